/**
 * How pino-http writes a request. Query strings carry phone numbers (`/admin/opt-outs/check?
 * contact=+55...`) and Meta's verify token (`/webhook?hub.verify_token=...`), and 4xx answers are
 * logged at warn: so the URL is logged without its query, and the query by its parameter names.
 * A contact named in the path (`/admin/contacts/:contact/...`) is logged masked.
 *
 * Headers are logged from an allow-list: a client may put a secret in any header (X-API-Key,
 * Proxy-Authorization, X-Auth-Token, a header of its own), and a deny-list only knows the names
 * someone thought of. The values of headers not listed are never logged, only their names.
 */
import { maskContact } from '../logger';

/** `/contacts/%2B5511987654321/export` → `/contacts/*******4321/export`. */
function maskPath(path: string): string {
  return path.replace(/\/contacts\/([^/]+)/, (_m, raw: string) => {
    let contact = raw;
    try {
      contact = decodeURIComponent(raw);
    } catch {
      // A malformed escape is logged masked as it came.
    }
    return `/contacts/${maskContact(contact)}`;
  });
}
interface SerializedRequest {
  url?: string;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Headers that describe a request without carrying credentials or personal data. */
export const LOGGED_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'user-agent',
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'accept',
  'accept-encoding',
  'accept-language',
  'connection',
  'x-request-id',
  'x-forwarded-proto',
  'x-forwarded-port',
  'via',
]);

export function requestLogView(req: SerializedRequest): SerializedRequest {
  const { url, query, headers, ...rest } = req;
  const kept: Record<string, unknown> = {};
  const withheld: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (LOGGED_HEADERS.has(name.toLowerCase())) kept[name] = value;
    else if (withheld.length < 20) withheld.push(name.toLowerCase().slice(0, 40));
  }
  return {
    ...rest,
    url: typeof url === 'string' ? maskPath(url.split('?')[0] ?? '') : url,
    ...(query && Object.keys(query).length > 0 ? { queryKeys: Object.keys(query) } : {}),
    ...(headers ? { headers: kept } : {}),
    ...(withheld.length > 0 ? { otherHeaders: withheld } : {}),
  };
}
