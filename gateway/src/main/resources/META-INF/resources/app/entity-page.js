// One entity: its names in every language, how often it is mentioned, its own timeline, and curation.
import * as api from './api.js';
import {TimeAxis} from './axis.js';
import {h, notice, replace} from './dom.js';
import {entityPicker} from './entity-picker.js';
import {eventItem} from './event-view.js';

export async function entityPage(main, id, navigate) {
    replace(main, h('p', {}, 'Loading…'));
    let entity;
    try {
        entity = await api.get(`/api/entities/${encodeURIComponent(id)}`);
    } catch (error) {
        replace(main, h('h1', {}, 'Entity'), notice('error', error.message));
        return;
    }
    if (entity.id !== id) {
        navigate(`#/entity/${encodeURIComponent(entity.id)}`);
        return;
    }
    const byLanguage = new Map();
    entity.aliases.forEach(alias => byLanguage.set(alias.language, [...(byLanguage.get(alias.language) || []),
        alias.name]));
    const canvas = h('canvas', {class: 'axis', tabindex: '0', role: 'img', 'aria-label': `Time axis of ${entity.name}`});
    const list = h('ol', {class: 'events'});
    const message = h('div', {'aria-live': 'polite'});
    replace(main,
        h('h1', {}, entity.name, ' ', h('span', {class: `chip ${entity.type}`}, entity.type)),
        h('p', {}, `${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} · `,
            h('a', {href: `#/?entity=${encodeURIComponent(entity.id)}`}, 'filter the timeline by it')),
        h('h2', {}, 'Names'),
        h('dl', {class: 'aliases'}, [...byLanguage].map(([language, names]) =>
            [h('dt', {}, language), h('dd', {lang: language}, names.join(' · '))])),
        h('h2', {}, 'Its timeline'), canvas, list,
        h('h2', {}, 'Curate'), message, mergeForm(entity, message, navigate), splitForm(entity, message, navigate));
    const axis = new TimeAxis(canvas, event => {
        const item = list.querySelector(`[data-id="${CSS.escape(event.id)}"]`);
        item.open = true;
        item.scrollIntoView({block: 'nearest'});
    });
    const page = await api.get(`/api/entities/${encodeURIComponent(entity.id)}/timeline`, {limit: 1000});
    replace(list, page.events.map(event => eventItem(event, null)));
    axis.setEvents(page.events);
    axis.fit();
}

function mergeForm(entity, message, navigate) {
    let into = null;
    const picker = entityPicker('Merge into', chosen => {
        into = chosen && chosen.id !== entity.id ? chosen : null;
    });
    return h('form', {class: 'curation', onsubmit: async e => {
        e.preventDefault();
        if (!into) {
            replace(message, notice('error', 'Choose the entity to merge into from the list.'));
            return;
        }
        try {
            const merged = await api.write('POST', `/api/entities/${encodeURIComponent(entity.id)}/merge`,
                {into: into.id});
            navigate(`#/entity/${encodeURIComponent(merged.id)}`);
        } catch (error) {
            replace(message, notice('error', error.message));
        }
    }}, h('p', {}, `The same thing as another entity? Merge ${entity.name} into it; its mentions follow.`),
    picker.element, h('button', {class: 'primary'}, 'Merge'));
}

function splitForm(entity, message, navigate) {
    const boxes = entity.aliases.map(alias => h('label', {class: 'check'},
        h('input', {type: 'checkbox', value: alias.name}), `${alias.name} (${alias.language})`));
    return h('form', {class: 'curation', onsubmit: async e => {
        e.preventDefault();
        const aliases = boxes.map(b => b.querySelector('input')).filter(b => b.checked).map(b => b.value);
        if (aliases.length === 0) {
            replace(message, notice('error', 'Tick the names that belong to another entity.'));
            return;
        }
        try {
            const created = await api.write('POST', `/api/entities/${encodeURIComponent(entity.id)}/split`,
                {aliases});
            navigate(`#/entity/${encodeURIComponent(created.id)}`);
        } catch (error) {
            replace(message, notice('error', error.message));
        }
    }}, h('fieldset', {}, h('legend', {}, 'Split names off into a new entity'), boxes),
    h('button', {class: 'primary'}, 'Split'));
}
