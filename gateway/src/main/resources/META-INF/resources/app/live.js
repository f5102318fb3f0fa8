// One Server-Sent Events connection for the whole page. EventSource reconnects by itself and sends Last-Event-ID,
// so the gateway replays what was missed; the header shows the connection's state.
const listeners = new Set();
let source = null;

export function onTimelineChange(listener) {
    connect();
    listeners.add(listener);
    return () => listeners.delete(listener);
}

function connect() {
    if (source) return;
    const indicator = document.getElementById('live');
    const show = (state, text) => {
        indicator.dataset.state = state;
        indicator.textContent = text;
    };
    source = new EventSource('/api/stream/events');
    source.onopen = () => show('live', 'live');
    source.onerror = () => show('reconnecting', source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting…');
    for (const kind of ['created', 'updated', 'deleted']) {
        source.addEventListener(kind, message => {
            const change = JSON.parse(message.data);
            show('live', `live · ${kind} ${new Date().toLocaleTimeString()}`);
            listeners.forEach(listener => listener(change));
        });
    }
}
