// One document: its status until INDEXED, then its text with every date and entity marked.
import {annotated} from './annotated.js';
import * as api from './api.js';
import {h, notice, replace} from './dom.js';

const POLL_MS = 1000;

export async function documentPage(main, id) {
    const status = h('p', {class: 'doc-status', role: 'status', 'aria-live': 'polite'});
    const text = h('div', {class: 'annotated'});
    replace(main, h('h1', {}, 'Document'), status, text);
    let document;
    for (;;) {
        try {
            document = await api.get(`/api/documents/${encodeURIComponent(id)}`);
        } catch (error) {
            replace(status, notice('error', error.message));
            return;
        }
        replace(status, 'Status: ', h('strong', {class: `status ${document.status}`}, document.status),
            document.reason ? ` — ${document.reason}` : '',
            document.status === 'INDEXED' || document.status === 'FAILED' ? '' : ' … waiting');
        if (document.status === 'INDEXED' || document.status === 'FAILED' || !main.isConnected) break;
        await new Promise(resolve => setTimeout(resolve, POLL_MS));
    }
    if (document.status !== 'INDEXED') return;
    const [full, annotations] = await Promise.all([
        api.get(`/api/documents/${encodeURIComponent(id)}`, {include: 'text'}),
        api.get(`/api/documents/${encodeURIComponent(id)}/annotations`)]);
    main.querySelector('h1').textContent = full.title || 'Document';
    status.append(` · ${full.language}`, full.duplicateOf ? h('span', {}, ' · duplicate of ',
        h('a', {href: `#/document/${encodeURIComponent(full.duplicateOf)}`}, full.duplicateOf)) : '',
    ` · ${annotations.dates.length} dates, ${annotations.entities.length} entity mentions`);
    replace(text, h('p', {lang: full.language}, annotated(full.text, 0, annotations)));
}
