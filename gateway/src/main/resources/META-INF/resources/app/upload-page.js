// Paste text or drop a plain-text or HTML file; then follow the document until it is indexed.
import * as api from './api.js';
import {h, notice, replace} from './dom.js';

export function uploadPage(main, navigate) {
    const text = h('textarea', {name: 'text', rows: '12', placeholder: 'Paste an article in any language…'});
    const file = h('input', {type: 'file', accept: '.txt,.text,.html,.htm,text/plain,text/html'});
    const drop = h('div', {class: 'drop', tabindex: '-1'}, 'or drop a .txt or .html file here, or ', h('label', {},
        'choose one ', file));
    const input = (label, name, type = 'text', placeholder = '') => h('label', {}, label,
        h('input', {name, type, placeholder}));
    const message = h('div', {'aria-live': 'polite'});
    let html = null;

    const useFile = async chosen => {
        const content = await chosen.text();
        html = /\.html?$/i.test(chosen.name) || chosen.type === 'text/html' ? content : null;
        text.value = content;
        const title = form.elements.title;
        if (!title.value) title.value = chosen.name.replace(/\.[^.]+$/, '');
        replace(message, notice('info', `${chosen.name}: ${html ? 'HTML, its text will be extracted' : 'plain text'}`));
    };
    file.addEventListener('change', () => file.files[0] && useFile(file.files[0]));
    drop.addEventListener('dragover', e => {
        e.preventDefault();
        drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', e => {
        e.preventDefault();
        drop.classList.remove('over');
        if (e.dataTransfer.files[0]) useFile(e.dataTransfer.files[0]);
    });
    text.addEventListener('input', () => {
        html = null;
    });

    const form = h('form', {class: 'upload', onsubmit: async e => {
        e.preventDefault();
        const fields = Object.fromEntries(['title', 'url', 'language', 'publishedAt']
            .map(name => [name, form.elements[name].value.trim() || undefined]));
        if (fields.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(fields.publishedAt)) fields.publishedAt += 'T00:00:00Z';
        const body = html !== null ? {html, ...fields} : {text: text.value, ...fields};
        try {
            const accepted = await api.write('POST', '/api/documents', body);
            navigate(`#/document/${encodeURIComponent(accepted.id)}`);
        } catch (error) {
            replace(message, notice('error', error.message));
        }
    }},
    h('label', {class: 'wide'}, 'Text', text), drop,
    h('div', {class: 'fields'}, input('Title', 'title'), input('URL', 'url', 'url', 'https://…'),
        input('Language', 'language', 'text', 'detected if empty, e.g. vi, el, en-GB'),
        input('Published', 'publishedAt', 'date')),
    message, h('button', {class: 'primary'}, 'Upload'));
    replace(main, h('h1', {}, 'Upload an article'), form);
}
