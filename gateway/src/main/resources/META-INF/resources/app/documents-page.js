// Every uploaded document, newest first, with its status, language and duplicate.
import * as api from './api.js';
import {h, notice, replace} from './dom.js';

export async function documentsPage(main) {
    const body = h('tbody');
    const more = h('button', {type: 'button', hidden: true}, 'Show more');
    const message = h('div', {'aria-live': 'polite'});
    const statusFilter = h('select', {'aria-label': 'Status'}, ['', 'RECEIVED', 'ANALYZED', 'INDEXED', 'FAILED']
        .map(s => h('option', {value: s}, s || 'any status')));
    let cursor = null;
    replace(main, h('h1', {}, 'Documents'), h('p', {}, h('label', {}, 'Show ', statusFilter)), message,
        h('div', {class: 'table'}, h('table', {class: 'documents'},
            h('thead', {}, h('tr', {}, ['Title', 'Status', 'Language', 'Duplicate of', 'Events', 'Received']
                .map(t => h('th', {scope: 'col'}, t)))), body)), more);

    async function load(reset) {
        if (reset) {
            body.replaceChildren();
            cursor = null;
        }
        try {
            const page = await api.get('/api/documents', {limit: 50, cursor, status: statusFilter.value});
            page.documents.forEach(d => body.append(row(d)));
            cursor = page.nextCursor;
            more.hidden = !cursor;
            if (reset && page.documents.length === 0) replace(message, notice('info', 'No documents yet.'));
            else replace(message);
        } catch (error) {
            replace(message, notice('error', error.message));
        }
    }
    statusFilter.addEventListener('change', () => load(true));
    more.addEventListener('click', () => load(false));
    await load(true);
}

function row(d) {
    return h('tr', {dataset: {id: d.id}},
        h('td', {}, h('a', {href: `#/document/${encodeURIComponent(d.id)}`}, d.title || d.id)),
        h('td', {}, h('span', {class: `status ${d.status}`, title: d.reason || ''}, d.status)),
        h('td', {}, d.language || ''),
        h('td', {}, d.duplicateOf ? h('a', {href: `#/document/${encodeURIComponent(d.duplicateOf)}`}, d.duplicateOf)
            : ''),
        h('td', {}, d.counts ? d.counts.events : ''),
        h('td', {}, new Date(d.receivedAt).toLocaleString()));
}
