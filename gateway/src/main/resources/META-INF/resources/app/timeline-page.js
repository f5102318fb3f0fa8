// The timeline: filters (reflected in the URL), the zoomable axis, the list in date order, live updates.
import * as api from './api.js';
import {TimeAxis} from './axis.js';
import {timexBounds} from './dates.js';
import {h, notice, replace} from './dom.js';
import {entityPicker} from './entity-picker.js';
import {eventItem} from './event-view.js';
import {onTimelineChange} from './live.js';
import {TimelineData} from './timeline-data.js';

const SHOWN_AT_FIRST = 200;

export async function timelinePage(main, params, navigate) {
    const data = new TimelineData();
    const filters = {entity: params.get('entity') || '', entityId: null, from: params.get('from') || '',
        to: params.get('to') || '', language: params.get('language') || '', q: params.get('q') || ''};
    const status = h('p', {class: 'count', role: 'status', 'aria-live': 'polite'}, 'Loading the timeline…');
    const list = h('ol', {class: 'events', id: 'event-list'});
    const more = h('button', {type: 'button', class: 'more', hidden: true}, 'Show more');
    const selected = h('section', {class: 'selected', 'aria-label': 'Selected event', hidden: true});
    const csvLink = h('a', {class: 'export', download: 'polychron-timeline.csv'}, 'CSV');
    const timelineJsLink = h('a', {class: 'export', download: 'polychron-timelinejs.json'}, 'TimelineJS');
    const canvas = h('canvas', {class: 'axis', tabindex: '0', role: 'img',
        'aria-label': 'Time axis: arrow keys move, + and - zoom, Home shows everything; the list below has every event'});
    const axis = new TimeAxis(canvas, event => showSelected(event));
    const languageSelect = h('select', {name: 'language'}, h('option', {value: ''}, 'any'));
    const picker = entityPicker('Entity', entity => {
        filters.entity = entity ? entity.id || entity.name : '';
        filters.entityId = entity ? entity.id : null;
        update();
    });
    picker.input.value = filters.entity;
    const field = (label, name, placeholder) => {
        const input = h('input', {name, type: 'search', value: filters[name], placeholder});
        input.addEventListener('change', () => {
            filters[name] = input.value.trim();
            update();
        });
        return h('label', {}, label, input);
    };
    const qField = field('Text', 'q', 'words in the sentences');
    qField.querySelector('input').addEventListener('input', e => {
        filters.q = e.target.value.trim();
        update();
    });
    languageSelect.addEventListener('change', () => {
        filters.language = languageSelect.value;
        update();
    });
    const form = h('form', {class: 'filters', role: 'search', onsubmit: e => e.preventDefault()},
        picker.element, field('From', 'from', '1989 or 1989-11-09'), field('To', 'to', '2014-04'),
        h('label', {}, 'Language', languageSelect), qField,
        h('button', {type: 'button', onclick: () => navigate('#/')}, 'Clear'));
    let shown = SHOWN_AT_FIRST;
    let current = [];
    let rendering = Promise.resolve();

    replace(main, h('h1', {}, 'Timeline'), form, status,
        h('div', {class: 'axis-tools'}, h('span', {class: 'muted'}, 'Export: '), csvLink, timelineJsLink,
            h('button', {type: 'button', 'aria-label': 'Zoom out', onclick: () => axis.zoom(2)}, '−'),
            h('button', {type: 'button', 'aria-label': 'Zoom in', onclick: () => axis.zoom(0.5)}, '+'),
            h('button', {type: 'button', onclick: () => axis.fit()}, 'Show all')),
        canvas, selected, list, more);
    more.addEventListener('click', () => {
        shown += SHOWN_AT_FIRST;
        renderList();
    });

    function showSelected(event) {
        replace(selected, h('h2', {}, 'Selected event'), h('ol', {class: 'events'}, eventItem(event, filters.language)));
        selected.querySelector('details').open = true;
        selected.hidden = false;
    }

    function renderList() {
        replace(list, current.slice(0, shown).map(event => eventItem(event, filters.language)));
        more.hidden = current.length <= shown;
    }

    // the URL says what is shown, so a view can be shared; the page itself is not reloaded
    function update() {
        const query = filterQuery();
        history.replaceState(null, '', query.size ? `#/?${query}` : '#/');
        rendering = rendering.then(render, render);
    }

    function filterQuery() {
        return new URLSearchParams(Object.entries({entity: filters.entity, from: filters.from, to: filters.to,
            language: filters.language, q: filters.q}).filter(([, v]) => v));
    }

    async function render() {
        const began = performance.now();
        csvLink.href = `/api/timeline/export?${new URLSearchParams([...filterQuery(), ['format', 'csv']])}`;
        timelineJsLink.href = `/api/timeline/export?${new URLSearchParams([...filterQuery(),
            ['format', 'timelinejs']])}`;
        const problems = ['from', 'to'].filter(name => filters[name] && !timexBounds(filters[name]));
        if (filters.entity && !filters.entityId) {
            const entity = await resolveEntity(filters.entity);
            filters.entityId = entity ? entity.id : null;
            if (entity && document.activeElement !== picker.input) picker.input.value = entity.name;
        }
        if (problems.length) {
            replace(status, notice('error', `Not a date: ${problems.map(p => filters[p]).join(', ')}`
                + ' (write 1989, 1989-11 or 1989-11-09)'));
            return;
        }
        current = filters.entity && !filters.entityId ? [] : await data.select(filters);
        shown = SHOWN_AT_FIRST;
        renderList();
        axis.setEvents(current);
        replace(status, `${current.length.toLocaleString('en')} event${current.length === 1 ? '' : 's'}`
            + (data.complete ? ` of ${data.events.size.toLocaleString('en')}` : ' (asked of the server)')
            + (filters.entity && !filters.entityId ? ` · no entity is called “${filters.entity}”` : ''));
        main.dataset.filterMs = (performance.now() - began).toFixed(1);
        document.dispatchEvent(new CustomEvent('timeline:rendered', {detail: {count: current.length}}));
    }

    try {
        await data.load(count => replace(status, `Loading the timeline… ${count.toLocaleString('en')} events`));
    } catch (error) {
        replace(status, notice('error', `The timeline could not be loaded: ${error.message}`));
        return;
    }
    replace(languageSelect, h('option', {value: ''}, 'any'),
        data.languages().map(code => h('option', {value: code, selected: code === filters.language}, code)));
    await render();
    axis.fit();
    // a burst of changes (a long article indexed) is drawn once, a moment after it ends
    const fresh = new Set();
    let pending = null;
    return onTimelineChange(change => {
        const event = data.apply(change);
        if (event && !selected.hidden && selected.querySelector(`[data-id="${CSS.escape(event.id)}"]`)) {
            showSelected(event);
        }
        fresh.add(change.timelineEventId);
        clearTimeout(pending);
        pending = setTimeout(() => {
            rendering = rendering.then(render, render).then(() => {
                fresh.forEach(id => list.querySelector(`[data-id="${CSS.escape(id)}"]`)?.classList.add('fresh'));
                fresh.clear();
            });
        }, 200);
    });
}

/** An entity by its id, else the best match for an alias in any language, else null. */
async function resolveEntity(text) {
    try {
        return await api.get(`/api/entities/${encodeURIComponent(text)}`);
    } catch (error) {
        const found = await api.get('/api/entities', {q: text, limit: 1}).catch(() => ({entities: []}));
        return found.entities[0] || null;
    }
}
