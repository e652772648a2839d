// Talks to the node's /api. The browser carries the tokens as HttpOnly cookies, so this code never sees one:
// on a 401 it asks /api/auth/refresh once for fresh cookies and retries; if that fails too, the person is sent
// to the login page. Every refusal becomes an ApiError whose message is a sentence a person can read.

export class ApiError extends Error {
  constructor(status, message, field, body) {
    super(message);
    this.status = status;
    this.field = field ?? null;
    this.body = body ?? null; // the refusal as sent, for answers a page can act on (a note's "similar")
  }
}

let onSignedOut = () => {};
let refreshing = null;

/** What to do when the session has ended and cannot be refreshed. */
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

/** "username or password is wrong" → "Username or password is wrong." */
export function sentence(text) {
  const t = String(text ?? '').trim();
  if (!t) return '';
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

const GENERIC = {
  400: 'The node could not accept that request.',
  401: 'Your session has ended. Please log in again.',
  403: 'You are not allowed to do that.',
  404: 'That no longer exists.',
  409: 'That conflicts with what is already there.',
  429: 'Too many attempts. Please wait a moment and try again.',
};

async function problem(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: fall back to a sentence for the status
  }
  const text = body && typeof body.error === 'string' ? sentence(body.error)
    : GENERIC[response.status] ?? `The node could not do that right now (error ${response.status}). Please try again in a moment.`;
  return new ApiError(response.status, text, body && typeof body.field === 'string' ? body.field : null, body);
}

function send(method, path, body, accept) {
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, {
    method, headers, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => {
    throw new ApiError(0, 'The node cannot be reached. Check the connection and try again.');
  });
}

/** Asks for new cookies with the refresh cookie; all callers waiting on a 401 share one attempt. */
export function refresh() {
  if (!refreshing) {
    refreshing = fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin', cache: 'no-store' })
      .then(r => r.ok, () => false)
      .finally(() => setTimeout(() => { refreshing = null; }, 0));
  }
  return refreshing;
}

const NO_REFRESH = ['/api/auth/login', '/api/auth/bootstrap', '/api/auth/refresh', '/api/auth/status'];

/** Sends a request and answers the raw response once it is OK; throws ApiError otherwise. */
export async function request(method, path, body, accept = 'application/json') {
  let response = await send(method, path, body, accept);
  if (response.status === 401 && !NO_REFRESH.includes(path)) {
    if (await refresh()) response = await send(method, path, body, accept);
    if (response.status === 401) {
      const error = await problem(response);
      onSignedOut(GENERIC[401]);
      throw error;
    }
  }
  if (!response.ok) throw await problem(response);
  return response;
}

async function json(method, path, body) {
  const response = await request(method, path, body);
  const text = response.status === 204 ? '' : await response.text();
  return text ? JSON.parse(text) : null;
}

export const api = {
  get: path => json('GET', path),
  post: (path, body) => json('POST', path, body ?? {}),
  put: (path, body) => json('PUT', path, body ?? {}),
  patch: (path, body) => json('PATCH', path, body ?? {}),
  del: path => json('DELETE', path),
};
