// The zoomable time axis: a canvas that draws thousands of events in a few milliseconds. Events that would overlap
// are stacked in lanes; what does not fit becomes a numbered cluster that zooms in when clicked.
import {civil, dayNumber, isoOf, span, yearLabel} from './dates.js';

const LANE_HEIGHT = 14;
const LANES = 6;
const TOP = 26;
const CLUSTER_WIDTH = 24;
const MONTH_NAMES = Array.from({length: 12}, (_, i) =>
    new Intl.DateTimeFormat('en', {month: 'short', timeZone: 'UTC'}).format(Date.UTC(2000, i, 1)));
const YEAR_STEPS = [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1];
const MONTH_STEPS = [6, 3, 1];

export class TimeAxis {
    constructor(canvas, onSelect) {
        this.canvas = canvas;
        this.onSelect = onSelect;
        this.items = [];
        this.view = {start: dayNumber('1900-01-01'), end: dayNumber('2030-01-01')};
        this.selected = null;
        this.hits = [];
        new ResizeObserver(() => this.draw()).observe(canvas);
        canvas.addEventListener('wheel', e => this.wheel(e), {passive: false});
        canvas.addEventListener('pointerdown', e => this.drag(e));
        canvas.addEventListener('keydown', e => this.key(e));
    }

    setEvents(events) {
        this.items = events.map(event => ({event, ...span(event.date)}))
            .filter(item => Number.isFinite(item.start))
            .sort((a, b) => a.start - b.start || b.end - a.end);
        this.draw();
    }

    /** Shows every event, with a margin. */
    fit() {
        if (this.items.length === 0) return;
        const start = Math.min(...this.items.map(i => i.start));
        const end = Math.max(...this.items.map(i => i.end));
        const margin = Math.max(30, (end - start) * 0.04);
        this.view = {start: start - margin, end: end + margin};
        this.draw();
    }

    zoom(factor, centre = (this.view.start + this.view.end) / 2) {
        const width = Math.min(Math.max((this.view.end - this.view.start) * factor, 7), 365.25 * 6000);
        const ratio = (centre - this.view.start) / (this.view.end - this.view.start);
        this.view = {start: centre - width * ratio, end: centre - width * ratio + width};
        this.draw();
    }

    pan(fraction) {
        const shift = (this.view.end - this.view.start) * fraction;
        this.view = {start: this.view.start + shift, end: this.view.end + shift};
        this.draw();
    }

    centreOn(event) {
        const {start, end} = span(event.date);
        const width = Math.max(this.view.end - this.view.start, (end - start) * 1.5);
        this.view = {start: (start + end - width) / 2, end: (start + end + width) / 2};
        this.select(event);
    }

    select(event) {
        this.selected = event ? event.id : null;
        this.draw();
    }

    draw() {
        const canvas = this.canvas;
        const ratio = window.devicePixelRatio || 1;
        const width = canvas.clientWidth;
        const height = TOP + LANES * LANE_HEIGHT + 22;
        if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.height = `${height}px`;
        const g = canvas.getContext('2d');
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.clearRect(0, 0, width, height);
        const scale = width / (this.view.end - this.view.start);
        const x = day => (day - this.view.start) * scale;
        this.drawTicks(g, x, width, height);
        this.hits = [];
        this.drawEvents(g, x, width);
    }

    drawTicks(g, x, width, height) {
        const style = getComputedStyle(this.canvas);
        g.font = '12px system-ui, sans-serif';
        g.fillStyle = style.getPropertyValue('--axis-text') || '#444';
        g.strokeStyle = style.getPropertyValue('--axis-line') || '#ccc';
        g.lineWidth = 1;
        for (const tick of ticks(this.view, Math.max(2, Math.floor(width / 90)))) {
            const px = Math.round(x(tick.day)) + 0.5;
            g.beginPath();
            g.moveTo(px, 18);
            g.lineTo(px, height);
            g.stroke();
            g.fillText(tick.label, px + 3, 13);
        }
    }

    drawEvents(g, x, width) {
        const style = getComputedStyle(this.canvas);
        const colour = style.getPropertyValue('--event') || '#1f4e79';
        const chosen = style.getPropertyValue('--selected') || '#d9480f';
        const laneEnds = new Array(LANES).fill(-Infinity);
        const clusters = new Map();
        for (const item of this.items) {
            if (item.end < this.view.start || item.start > this.view.end) continue;
            let left = x(item.start);
            let right = Math.max(x(item.end), left + 1);
            if (right - left < 8) {
                const middle = (left + right) / 2;
                [left, right] = [middle - 4, middle + 4];
            }
            const lane = laneEnds.findIndex(end => end + 2 <= left);
            if (lane < 0) {
                const column = Math.floor(Math.max(0, left) / CLUSTER_WIDTH);
                const cluster = clusters.get(column) || {count: 0, start: item.start, end: item.end};
                cluster.count++;
                cluster.end = Math.max(cluster.end, item.end);
                clusters.set(column, cluster);
                continue;
            }
            laneEnds[lane] = right;
            const top = TOP + lane * LANE_HEIGHT;
            g.fillStyle = item.event.id === this.selected ? chosen : colour;
            drawShape(g, item.event.date, left, right, top);
            this.hits.push({left, right, top, bottom: top + LANE_HEIGHT - 3, event: item.event});
        }
        g.font = 'bold 11px system-ui, sans-serif';
        for (const [column, cluster] of clusters) {
            const left = column * CLUSTER_WIDTH;
            const top = TOP + LANES * LANE_HEIGHT + 2;
            g.fillStyle = colour;
            g.fillRect(left + 1, top, CLUSTER_WIDTH - 2, 16);
            g.fillStyle = '#fff';
            g.fillText(`+${cluster.count}`, left + 3, top + 12, CLUSTER_WIDTH - 4);
            this.hits.push({left, right: left + CLUSTER_WIDTH, top, bottom: top + 16, cluster});
        }
    }

    hitAt(clientX, clientY) {
        const box = this.canvas.getBoundingClientRect();
        const [px, py] = [clientX - box.left, clientY - box.top];
        return this.hits.find(h => px >= h.left && px <= h.right && py >= h.top && py <= h.bottom);
    }

    click(clientX, clientY) {
        const hit = this.hitAt(clientX, clientY);
        if (hit && hit.event) {
            this.select(hit.event);
            this.onSelect(hit.event);
        } else if (hit && hit.cluster) {
            const margin = Math.max(3, (hit.cluster.end - hit.cluster.start) * 0.1);
            this.view = {start: hit.cluster.start - margin, end: hit.cluster.end + margin};
            this.draw();
        }
    }

    wheel(e) {
        e.preventDefault();
        const box = this.canvas.getBoundingClientRect();
        const centre = this.view.start + (e.clientX - box.left) / box.width * (this.view.end - this.view.start);
        this.zoom(e.deltaY > 0 ? 1.25 : 0.8, centre);
    }

    drag(e) {
        const startX = e.clientX;
        const startView = {...this.view};
        let moved = false;
        this.canvas.setPointerCapture(e.pointerId);
        const move = m => {
            const shift = (m.clientX - startX) / this.canvas.clientWidth * (startView.end - startView.start);
            moved = moved || Math.abs(m.clientX - startX) > 3;
            this.view = {start: startView.start - shift, end: startView.end - shift};
            this.draw();
        };
        const up = u => {
            this.canvas.removeEventListener('pointermove', move);
            if (!moved) this.click(u.clientX, u.clientY);
        };
        this.canvas.addEventListener('pointermove', move);
        this.canvas.addEventListener('pointerup', up, {once: true});
    }

    key(e) {
        const actions = {
            ArrowLeft: () => this.pan(-0.2), ArrowRight: () => this.pan(0.2),
            '+': () => this.zoom(0.5), '=': () => this.zoom(0.5), '-': () => this.zoom(2), Home: () => this.fit()
        };
        if (actions[e.key]) {
            e.preventDefault();
            actions[e.key]();
        }
    }
}

// A point for a day or finer; a bar for longer spans; fuzzy ones ("late March") are paler away from their part.
function drawShape(g, date, left, right, top) {
    const height = LANE_HEIGHT - 3;
    if (right - left <= 8) {
        g.beginPath();
        g.arc((left + right) / 2, top + height / 2, 4, 0, 2 * Math.PI);
        g.fill();
        return;
    }
    const part = {START: [0, 1 / 3], MID: [1 / 3, 2 / 3], END: [2 / 3, 1]}[date.modifier];
    g.globalAlpha = part || date.modifier === 'APPROX' ? 0.35 : 0.8;
    g.fillRect(left, top, right - left, height);
    g.globalAlpha = 1;
    if (part) g.fillRect(left + (right - left) * part[0], top, (right - left) * (part[1] - part[0]), height);
}

/** Tick marks at whole centuries, years, months or days, about `count` of them across the view. */
export function ticks(view, count) {
    const days = view.end - view.start;
    const years = days / 365.2425;
    const startYear = civil(Math.floor(view.start)).year;
    const endYear = civil(Math.ceil(view.end)).year + 1;
    const yearStep = YEAR_STEPS.slice().reverse().find(step => years / step <= count);
    if (yearStep) {
        const result = [];
        for (let year = Math.ceil(startYear / yearStep) * yearStep; year <= endYear; year += yearStep) {
            result.push({day: dayNumber(isoOf(year, 1, 1)), label: yearLabel(year)});
        }
        return result;
    }
    const monthStep = MONTH_STEPS.slice().reverse().find(step => days / 30.44 / step <= count);
    if (monthStep) {
        const result = [];
        for (let year = startYear; year <= endYear; year++) {
            for (let month = 1; month <= 12; month += monthStep) {
                result.push({day: dayNumber(isoOf(year, month, 1)),
                    label: month === 1 ? yearLabel(year) : `${MONTH_NAMES[month - 1]} ${year}`});
            }
        }
        return result;
    }
    const dayStep = [7, 2, 1].reverse().find(step => days / step <= count) || 14;
    const result = [];
    for (let day = Math.ceil(view.start / dayStep) * dayStep; day <= view.end; day += dayStep) {
        const date = civil(day);
        result.push({day, label: `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`});
    }
    return result;
}
