// The API client of the pages: JSON over fetch, problem+json turned into ApiError with a human
// message, and the session. The access token lives only in this module's memory; the refresh
// token is an HttpOnly cookie the page never sees (docs/web.md). A localStorage flag (no token)
// only says whether a session cookie is worth trying, so anonymous visitors make no refresh call.

const SIGNED_IN_HINT = 'tripavail.signedIn';
const SESSION = '/v1/auth/session';
const CLIENT_HEADER = { 'TripAvail-Client': 'web' };

let session = null; // { accessToken, user }
const listeners = new Set();

export class ApiError extends Error {
  constructor(status, problem) {
    super(humanMessage(status, problem));
    this.status = status;
    this.code = problem && problem.code;
    this.fieldErrors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

function humanMessage(status, problem) {
  if (problem && typeof problem.detail === 'string' && problem.detail) {
    const fields = Array.isArray(problem.errors) ? problem.errors : [];
    const extra = fields.map(e => `${e.field}: ${e.message}`).join('; ');
    return extra ? `${problem.detail} (${extra})` : problem.detail;
  }
  if (status === 0) return 'TripAvail could not be reached. Check your connection and try again.';
  return `Something went wrong (HTTP ${status}). Please try again.`;
}

async function send(method, path, { body, headers = {}, auth = true } = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) h['Content-Type'] = 'application/json';
  if (auth && session) h.Authorization = `Bearer ${session.accessToken}`;
  let res;
  try {
    res = await fetch(path, {
      method, headers: h, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin', cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, null);
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') && res.status !== 204 ? await res.json().catch(() => null) : null;
  return { res, data };
}

/** Calls the API; a 401 with a session refreshes it once and retries. Throws ApiError. */
export async function api(method, path, options = {}) {
  let { res, data } = await send(method, path, options);
  if (res.status === 401 && session && options.auth !== false && await refresh()) {
    ({ res, data } = await send(method, path, options));
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return { status: res.status, data };
}

export const get = (path) => api('GET', path).then(r => r.data);

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** One key per user action; a retry of the same action would reuse it. */
export function idempotencyKey() {
  return crypto.randomUUID();
}

export function currentUser() {
  return session && session.user;
}

export function onSessionChange(fn) {
  listeners.add(fn);
}

function open(view) {
  session = view ? { accessToken: view.accessToken, user: view.user } : null;
  if (view) localStorage.setItem(SIGNED_IN_HINT, '1');
  else localStorage.removeItem(SIGNED_IN_HINT);
  listeners.forEach(fn => fn(currentUser()));
}

// one refresh at a time across tabs: the cookie rotates, and a second use of an old one would end the session
async function refresh() {
  const run = async () => {
    const { res, data } = await send('POST', `${SESSION}/refresh`, { headers: CLIENT_HEADER, auth: false });
    if (res.ok) { open(data); return true; }
    if (res.status === 401 || res.status === 403) open(null);
    return false;
  };
  return navigator.locks ? navigator.locks.request('tripavail-session', run) : run();
}

/** At page load: picks the session up from the cookie when there may be one. */
export async function restoreSession() {
  if (!localStorage.getItem(SIGNED_IN_HINT)) return null;
  try { await refresh(); } catch { /* offline: stay signed out */ }
  return currentUser();
}

export async function logIn(email, password) {
  const { data } = await api('POST', SESSION, { body: { email, password }, headers: CLIENT_HEADER, auth: false });
  open(data);
  return data.user;
}

export async function signUp(displayName, email, password) {
  const { data } = await api('POST', `${SESSION}/register`, {
    body: { displayName, email, password, role: 'TRAVELER' }, headers: CLIENT_HEADER, auth: false,
  });
  open(data);
  return data.user;
}

export async function logOut() {
  try {
    await api('DELETE', SESSION, { headers: CLIENT_HEADER });
  } finally {
    open(null);
  }
}
