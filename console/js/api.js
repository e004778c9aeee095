/**
 * The admin API, with the key from sessionStorage in the Authorization header: never a cookie,
 * never a URL. Errors carry the API's own `error` text, which says what to fix.
 */
const KEY = 'stopline.apiKey';
const PLATFORM = 'stopline.platform';
const SETTINGS = 'stopline.settings';
const TENANT = 'stopline.tenant';
const NAME = 'stopline.tenantName';

export const session = {
  key: () => sessionStorage.getItem(KEY),
  isPlatform: () => sessionStorage.getItem(PLATFORM) === 'yes',
  settings: () => JSON.parse(sessionStorage.getItem(SETTINGS) ?? 'null'),
  signIn(key, settings, who) {
    sessionStorage.setItem(KEY, key);
    sessionStorage.setItem(SETTINGS, JSON.stringify(settings));
    sessionStorage.setItem(PLATFORM, who.platform ? 'yes' : 'no');
    sessionStorage.setItem(NAME, who.tenant.name);
  },
  /** The name of the tenant the key acts for (when no other is picked). */
  tenantName: () => session.tenant()?.name ?? sessionStorage.getItem(NAME),
  saveSettings(settings) {
    sessionStorage.setItem(SETTINGS, JSON.stringify(settings));
  },
  /** The tenant the platform token acts for ({ id, name }), or null: the default tenant. */
  tenant: () => JSON.parse(sessionStorage.getItem(TENANT) ?? 'null'),
  actAs(tenant) {
    if (tenant) sessionStorage.setItem(TENANT, JSON.stringify(tenant));
    else sessionStorage.removeItem(TENANT);
  },
  signOut() {
    sessionStorage.clear();
  },
};

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

async function failure(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's page): the status line is all there is.
  }
  const text =
    body && typeof body.error === 'string' ? body.error : `${res.status} ${res.statusText}`;
  return new ApiError(res.status, text, body);
}

/**
 * Calls the API. `json` sends a JSON body; `body` + `type` send anything else (CSV). `raw` answers
 * the Response itself (downloads). A 401 signs out: the key was rotated or mistyped.
 */
export async function api(path, { method = 'GET', json, body, type, raw = false, key } = {}) {
  const headers = { Accept: 'application/json' };
  const token = key ?? session.key();
  if (token) headers.Authorization = `Bearer ${token}`;
  const tenant = key === undefined ? session.tenant() : null;
  if (tenant) headers['X-Tenant-Id'] = tenant.id;
  let payload;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (body !== undefined) {
    headers['Content-Type'] = type;
    payload = body;
  }
  const res = await fetch(path, {
    method,
    headers,
    body: payload,
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!res.ok) {
    const err = await failure(res);
    if (res.status === 401 && key === undefined) {
      session.signOut();
      location.hash = '#/sign-in';
    }
    throw err;
  }
  if (raw) return res;
  if (res.status === 204) return null;
  return withMeta(await res.json(), res);
}

/** The parsed body, with the status and headers kept on a non-enumerable property. */
function withMeta(data, res) {
  if (data && typeof data === 'object') {
    Object.defineProperty(data, '$response', {
      value: { status: res.status, headers: res.headers },
    });
  }
  return data;
}

/** `?a=1&b=2` from an object, leaving out empty values. */
export function qs(params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Every category of the tenant (paged through), cached for one page view. */
export async function allCategories() {
  const out = [];
  let cursor = null;
  do {
    const page = await api(`/admin/categories${qs({ limit: 200, cursor })}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
