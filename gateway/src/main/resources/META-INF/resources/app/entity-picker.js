// Type-ahead over entity aliases in every language: "Nga" or "Ρωσία" offers Russia.
import * as api from './api.js';
import {h} from './dom.js';

let pickers = 0;

/** An input that offers entities as you type; `onPick` gets {id, name} or null when cleared. */
export function entityPicker(label, onPick) {
    const listId = `entity-options-${++pickers}`;
    const input = h('input', {type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
        'aria-controls': listId, autocomplete: 'off', placeholder: 'any alias, any language'});
    const list = h('ul', {id: listId, role: 'listbox', class: 'options', hidden: true});
    let options = [];
    let active = -1;
    let timer = null;

    const close = () => {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    };
    const pick = entity => {
        input.value = entity ? entity.name : '';
        close();
        onPick(entity);
    };
    const highlight = index => {
        active = index;
        [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
        if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    };
    const suggest = async () => {
        const text = input.value.trim();
        if (!text) {
            options = [];
            close();
            return;
        }
        options = (await api.get('/api/entities', {q: text, limit: 8})).entities;
        list.replaceChildren(...options.map((entity, i) => {
            const alias = entity.aliases.find(a => a.name.toLocaleLowerCase().includes(text.toLocaleLowerCase()));
            return h('li', {id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false',
                onmousedown: e => {
                    e.preventDefault();
                    pick(entity);
                }},
            h('strong', {}, entity.name), ' ', h('span', {class: 'muted'},
                `${entity.type}${alias && alias.name !== entity.name ? ` · ${alias.name} (${alias.language})` : ''}`
                + ` · ${entity.mentions} mentions`));
        }));
        list.hidden = options.length === 0;
        input.setAttribute('aria-expanded', String(!list.hidden));
    };
    input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(() => suggest().catch(() => close()), 150);
        if (!input.value.trim()) pick(null);
    });
    input.addEventListener('keydown', async e => {
        if (e.key === 'ArrowDown' && options.length) highlight(Math.min(active + 1, options.length - 1));
        else if (e.key === 'ArrowUp' && options.length) highlight(Math.max(active - 1, 0));
        else if (e.key === 'Escape') close();
        else if (e.key === 'Enter') {
            e.preventDefault();
            clearTimeout(timer);
            if (!input.value.trim()) {
                pick(null);
                return;
            }
            if (active < 0) await suggest();
            if (options.length) pick(options[Math.max(active, 0)]);
            else onPick({id: null, name: input.value.trim()});
        } else return;
        e.preventDefault();
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
    return {element: h('div', {class: 'picker'}, h('label', {}, label, input), list), input};
}
