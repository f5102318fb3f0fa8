// Every uploaded document, newest first, with its status, language and duplicate; delete or reprocess them.
import * as api from './api.js';
import {h, notice, replace} from './dom.js';

export async function documentsPage(main) {
    const body = h('tbody');
    const more = h('button', {type: 'button', hidden: true}, 'Show more');
    const message = h('div', {'aria-live': 'polite'});
    const statusFilter = h('select', {'aria-label': 'Status'}, ['', 'RECEIVED', 'ANALYZED', 'INDEXED', 'FAILED']
        .map(s => h('option', {value: s}, s || 'any status')));
    let cursor = null;
    const act = async (what, done) => {
        try {
            replace(message, notice('info', done(await what())));
        } catch (error) {
            replace(message, notice('error', error.message));
        }
    };
    const row = d => h('tr', {dataset: {id: d.id}},
        h('td', {}, h('a', {href: `#/document/${encodeURIComponent(d.id)}`}, d.title || d.id)),
        h('td', {}, h('span', {class: `status ${d.status}`, title: d.reason || ''}, d.status)),
        h('td', {}, d.language || ''),
        h('td', {}, d.duplicateOf ? h('a', {href: `#/document/${encodeURIComponent(d.duplicateOf)}`}, d.duplicateOf)
            : ''),
        h('td', {}, d.counts ? d.counts.events : ''),
        h('td', {}, new Date(d.receivedAt).toLocaleString()),
        h('td', {class: 'actions'},
            h('button', {type: 'button', class: 'reprocess', onclick: () => act(
                () => api.write('POST', `/api/documents/${encodeURIComponent(d.id)}/reprocess`),
                () => `“${d.title || d.id}” is being analysed again; it stays on the timeline meanwhile.`)},
            'Reprocess'),
            h('button', {type: 'button', class: 'delete', onclick: () => {
                if (!confirm(`Delete “${d.title || d.id}”? Its sentences leave the timeline.`)) return;
                act(() => api.write('DELETE', `/api/documents/${encodeURIComponent(d.id)}`), () => {
                    body.querySelector(`tr[data-id="${CSS.escape(d.id)}"]`)?.remove();
                    return `“${d.title || d.id}” was deleted.`;
                });
            }}, 'Delete')));
    const reprocessAll = h('button', {type: 'button', onclick: () => act(() => api.write('POST', '/api/reprocess'),
        summary => `${summary.accepted} of ${summary.documents} documents are being analysed again.`)},
    'Reprocess all');
    replace(main, h('h1', {}, 'Documents'), h('div', {class: 'toolbar'}, h('label', {}, 'Show ', statusFilter),
        reprocessAll), message,
    h('div', {class: 'table'}, h('table', {class: 'documents'},
        h('thead', {}, h('tr', {}, ['Title', 'Status', 'Language', 'Duplicate of', 'Events', 'Received', 'Actions']
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
