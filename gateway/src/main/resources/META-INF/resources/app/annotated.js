// Text with its date and entity mentions marked; hovering a mark tells the normalised value or the entity.
import {h} from './dom.js';

/** `text` starts at `offset` in its document; mentions carry document offsets. */
export function annotated(text, offset, mentions) {
    const marks = [
        ...(mentions.dates || []).map(d => ({start: d.start, end: d.end, kind: 'date',
            title: `${d.value} (${d.granularity}${d.modifier ? `, ${d.modifier.toLowerCase()}` : ''}`
                + `${d.rangeEnd ? `, until ${d.rangeEnd}` : ''})`})),
        ...(mentions.entities || []).map(e => ({start: e.start, end: e.end, kind: `entity ${e.type}`,
            title: `${e.name} · ${e.type}`, entityId: e.entityId}))
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const parts = [];
    let at = offset;
    for (const mark of marks) {
        if (mark.start < at || mark.end > offset + text.length) continue;
        parts.push(text.slice(at - offset, mark.start - offset));
        parts.push(h('mark', {class: mark.kind, title: mark.title, dataset: mark.entityId ? {entity: mark.entityId} : {}},
            text.slice(mark.start - offset, mark.end - offset)));
        at = mark.end;
    }
    parts.push(text.slice(at - offset));
    return parts;
}
