// The page's router: the part of the URL after # names the view and carries its filters, so views can be shared.
import {documentPage} from './document-page.js';
import {documentsPage} from './documents-page.js';
import {entityPage} from './entity-page.js';
import {h, notice, replace} from './dom.js';
import {timelinePage} from './timeline-page.js';
import {uploadPage} from './upload-page.js';

const main = document.getElementById('main');
let leave = null;

function navigate(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
}

async function route() {
    if (typeof leave === 'function') leave();
    leave = null;
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, query] = hash.split('?');
    const params = new URLSearchParams(query || '');
    const [, page, id] = path.split('/').map(decodeURIComponent);
    document.querySelectorAll('nav a').forEach(a => a.toggleAttribute('aria-current',
        a.dataset.page === ({'': 'timeline', document: 'documents', entity: 'timeline'}[page] ?? page)));
    try {
        if (!page) leave = await timelinePage(main, params, navigate);
        else if (page === 'entity' && id) await entityPage(main, id, navigate);
        else if (page === 'documents') await documentsPage(main);
        else if (page === 'document' && id) await documentPage(main, id);
        else if (page === 'upload') uploadPage(main, navigate);
        else replace(main, h('h1', {}, 'Not found'), h('p', {}, h('a', {href: '#/'}, 'Back to the timeline')));
    } catch (error) {
        main.append(notice('error', error.message));
    }
}

window.addEventListener('hashchange', route);
route();
