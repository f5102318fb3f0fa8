// Every call to the gateway's API. Writes ask for the API key once per browser session when the gateway wants one.
const KEY = 'polychron.apiKey';

export class ApiError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
    }
}

export async function get(path, params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));
    const response = await fetch(query.size ? `${path}?${query}` : path, {headers: {Accept: 'application/json'}});
    return answer(response);
}

export async function write(method, path, body, contentType = 'application/json') {
    for (let attempt = 0; ; attempt++) {
        const headers = {Accept: 'application/json'};
        if (body !== undefined) headers['Content-Type'] = contentType;
        const key = sessionStorage.getItem(KEY);
        if (key) headers['X-API-Key'] = key;
        const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
        const response = await fetch(path, {method, headers, body: payload});
        if (response.status === 401 && attempt < 2 && await askForKey(key !== null)) continue;
        return answer(response);
    }
}

async function answer(response) {
    if (response.status === 204) return {};
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : {detail: await response.text()};
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
}

function askForKey(rejected) {
    const dialog = document.getElementById('key-dialog');
    const input = document.getElementById('key-input');
    input.value = '';
    input.setCustomValidity('');
    dialog.querySelector('p').textContent = rejected
        ? 'The gateway did not accept that key. Try another one.'
        : 'Writes on this Polychron need an API key. It is kept for this browser session only.';
    return new Promise(resolve => {
        dialog.addEventListener('close', () => {
            const accepted = dialog.returnValue === 'ok' && input.value.trim() !== '';
            if (accepted) sessionStorage.setItem(KEY, input.value.trim());
            resolve(accepted);
        }, {once: true});
        dialog.showModal();
    });
}
