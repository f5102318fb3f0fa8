// One timeline event: its date, summary and entities, and when opened every source sentence in every language.
import {annotated} from './annotated.js';
import {describe} from './dates.js';
import {h} from './dom.js';

export function entityChips(entities) {
    return h('ul', {class: 'chips', 'aria-label': 'Entities'},
        entities.map(e => h('li', {}, h('a', {class: `chip ${e.type}`, href: `#/entity/${encodeURIComponent(e.id)}`,
            title: e.type}, e.name))));
}

/** What to show as the event's summary: a sentence in the reader's language where a source has one. */
export function summaryFor(event, language) {
    const source = language && event.sources.find(s => s.language === language);
    return source ? source.sentence : event.summary;
}

export function eventItem(event, language) {
    const languages = [...new Set(event.sources.map(s => s.language))];
    const details = h('details', {class: 'event', dataset: {id: event.id}},
        h('summary', {},
            h('time', {class: `when ${event.date.granularity}`, datetime: event.date.from}, describe(event.date)),
            h('span', {class: 'granularity'}, event.date.granularity),
            h('span', {class: 'text'}, summaryFor(event, language)),
            h('span', {class: 'langs', 'aria-label': 'Source languages'}, languages.join(' · '))));
    details.addEventListener('toggle', () => {
        if (details.open && details.childElementCount === 1) details.append(eventBody(event));
    });
    return h('li', {}, details);
}

export function eventBody(event) {
    return h('div', {class: 'body'},
        entityChips(event.entities),
        h('h3', {}, `${event.sources.length} source${event.sources.length === 1 ? '' : 's'}`),
        h('ol', {class: 'sources'}, event.sources.map(source => h('li', {lang: source.language},
            h('span', {class: 'lang', title: 'language'}, source.language),
            h('a', {href: `#/document/${encodeURIComponent(source.documentId)}`},
                source.title || source.documentId),
            h('blockquote', {}, annotated(source.sentence, source.start, source.mentions))))));
}
