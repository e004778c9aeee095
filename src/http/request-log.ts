/**
 * How pino-http writes a request. Query strings carry phone numbers (`/admin/opt-outs/check?
 * contact=+55...`) and Meta's verify token (`/webhook?hub.verify_token=...`), and 4xx answers are
 * logged at warn: so the URL is logged without its query, and the query by its parameter names.
 * A contact named in the path (`/admin/contacts/:contact/...`) is logged masked.
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
  [key: string]: unknown;
}

export function requestLogView(req: SerializedRequest): SerializedRequest {
  const { url, query, ...rest } = req;
  return {
    ...rest,
    url: typeof url === 'string' ? maskPath(url.split('?')[0] ?? '') : url,
    ...(query && Object.keys(query).length > 0 ? { queryKeys: Object.keys(query) } : {}),
  };
}
