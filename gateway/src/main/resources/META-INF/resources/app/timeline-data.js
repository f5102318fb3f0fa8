// The events the page works on. Up to LOADED_AT_MOST events are loaded once and filtered in the browser, so a
// filter applies at once; a larger timeline is asked of the server again for every filter.
import * as api from './api.js';
import {span, timexBounds} from './dates.js';

const LOADED_AT_MOST = 20000;
const PAGE = 1000;

export class TimelineData {
    constructor() {
        this.events = new Map();
        this.complete = false;
    }

    async load(onProgress) {
        let cursor = null;
        do {
            const page = await api.get('/api/timeline', {limit: PAGE, cursor});
            page.events.forEach(event => this.events.set(event.id, event));
            cursor = page.nextCursor;
            onProgress(this.events.size);
        } while (cursor && this.events.size < LOADED_AT_MOST);
        this.complete = !cursor;
    }

    /** Applies a change from the live stream; answers the event, or null when it left. */
    apply(change) {
        if (change.change === 'DELETED' || !change.event) {
            this.events.delete(change.timelineEventId);
            return null;
        }
        const held = this.events.get(change.event.id);
        const event = held ? withHeldSources(change.event, held) : change.event;
        this.events.set(event.id, event);
        return event;
    }

    /** The events that pass the filters, in timeline order (date, then id), as the API orders them. */
    async select(filters) {
        const source = this.complete ? [...this.events.values()] : await this.fetch(filters);
        const bounds = {from: filters.from && timexBounds(filters.from), to: filters.to && timexBounds(filters.to)};
        const words = filters.q ? normalised(filters.q).split(/\s+/).filter(Boolean) : [];
        const chosen = [];
        for (const event of source) {
            const days = span(event.date);
            if ((!bounds.from || days.end > bounds.from.start)
                && (!bounds.to || days.start < bounds.to.end)
                && (!filters.entityId || event.entities.some(e => e.id === filters.entityId))
                && (!filters.language || event.languages.includes(filters.language))
                && (words.length === 0 || matches(event, words))) {
                chosen.push({start: days.start, event});
            }
        }
        // timeline order, as the API gives it: date, then id
        return chosen.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1)).map(c => c.event);
    }

    async fetch(filters) {
        const found = [];
        let cursor = null;
        do {
            const page = await api.get('/api/timeline', {limit: PAGE, cursor, from: filters.from, to: filters.to,
                language: filters.language, q: filters.q, entity: filters.entityId});
            found.push(...page.events);
            cursor = page.nextCursor;
        } while (cursor && found.length < LOADED_AT_MOST);
        return found;
    }

    languages() {
        const all = new Set();
        this.events.forEach(event => event.languages.forEach(language => all.add(language)));
        return [...all].sort();
    }
}

/**
 * A change carries only the sources it brought: with those the page already holds, the event is whole again when
 * the count adds up (when a source also left, the details fetch the event instead).
 */
function withHeldSources(event, held) {
    const key = source => `${source.documentId}:${source.start}`;
    const brought = new Set(event.sources.map(key));
    const sources = [...held.sources.filter(source => !brought.has(key(source))), ...event.sources]
        .sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start));
    return sources.length === event.sourceCount ? {...event, sources} : event;
}

function matches(event, words) {
    const text = normalised([event.summary, ...event.sources.map(s => s.sentence)].join(' '));
    return words.every(word => text.includes(word));
}

function normalised(text) {
    return text.normalize('NFC').toLocaleLowerCase();
}
