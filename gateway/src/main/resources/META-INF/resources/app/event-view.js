// One timeline event: its date, summary and entities, and when opened every source sentence in every language.
import * as api from './api.js';
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
    const details = h('details', {class: 'event', dataset: {id: event.id}},
        h('summary', {},
            h('time', {class: `when ${event.date.granularity}`, datetime: event.date.from}, describe(event.date)),
            h('span', {class: 'granularity'}, event.date.granularity),
            h('span', {class: 'text'}, summaryFor(event, language)),
            h('span', {class: 'langs', 'aria-label': 'Source languages'}, event.languages.join(' · '))));
    details.addEventListener('toggle', async () => {
        if (!details.open || details.dataset.filled) return;
        details.dataset.filled = 'true';
        details.append(eventBody(await withEverySource(event)));
    });
    return h('li', {}, details);
}

/** A change from the live stream carries only the sources it brought; the API has them all. */
async function withEverySource(event) {
    if (event.sources.length >= event.sourceCount) return event;
    return api.get(`/api/events/${encodeURIComponent(event.id)}`).catch(() => event);
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
