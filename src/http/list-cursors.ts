/**
 * List cursors the API can recognise as its own. A store's cursor is the last item's id, which a
 * client could make up (or carry over from another list or tenant) and get a silent first or
 * empty page back. So every `nextCursor` leaves sealed with an HMAC that binds it to the list it
 * came from (the path, ids included) and to who asked (the tenant, or the platform), under a key
 * derived from SECRETS_KEY; a `cursor` that does not verify is a 400 `invalid_cursor`, as the
 * paging rule promises ("a cursor the API did not return is a 400, never a silent first page").
 * Routes and services keep reading and returning the store's cursor: the seal is this edge's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors';

/** Base64url characters of the tag: 128 bits. */
const TAG_CHARS = 22;

export const INVALID_CURSOR_MESSAGE =
  'Invalid query: "cursor": is not a cursor this API returned for this list ' +
  "(a cursor works only on the list, and for the tenant, that returned it); pass the previous page's nextCursor unchanged, or leave cursor out for the first page.";

export interface CursorSeal {
  seal(cursor: string, binding: string): string;
  /** The store's cursor, or null when `sealed` was not made by seal() for this binding. */
  open(sealed: string, binding: string): string | null;
}

export function createCursorSeal(secretsKey: Buffer): CursorSeal {
  const key = createHmac('sha256', secretsKey).update('stopline-list-cursor').digest();
  const tag = (cursor: string, binding: string) =>
    createHmac('sha256', key)
      .update(`${binding}\0${cursor}`)
      .digest('base64url')
      .slice(0, TAG_CHARS);
  return {
    seal: (cursor, binding) => `${cursor}.${tag(cursor, binding)}`,
    open(sealed, binding) {
      const dot = sealed.lastIndexOf('.');
      if (dot <= 0) return null;
      const cursor = sealed.slice(0, dot);
      const given = Buffer.from(sealed.slice(dot + 1));
      const expected = Buffer.from(tag(cursor, binding));
      return given.length === expected.length && timingSafeEqual(given, expected) ? cursor : null;
    },
  };
}

/** The list a request reads: its path without a trailing slash (Express routes ignore one). */
function listPath(req: Request): string {
  const path = `${req.baseUrl}${req.path}`;
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * Middleware for a mount of list routes, after authentication: opens `?cursor=` (the routes then
 * see the store's cursor) and seals `nextCursor` in GET answers. `scope` names who asked.
 */
export function sealedCursors(seal: CursorSeal, scope: (res: Response) => string): RequestHandler {
  return function sealedCursors(req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const binding = `${scope(res)}\0${listPath(req)}`;
    const query = req.query as Record<string, unknown>;
    if (typeof query.cursor === 'string') {
      const cursor = seal.open(query.cursor, binding);
      if (cursor === null) throw new AppError(INVALID_CURSOR_MESSAGE, 400, 'invalid_cursor');
      // Express 5 computes req.query on each read: an own property takes its place.
      Object.defineProperty(req, 'query', {
        value: { ...query, cursor },
        configurable: true,
        enumerable: true,
        writable: true,
      });
    }
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (typeof body === 'object' && body !== null && 'nextCursor' in body) {
        const page = body as { nextCursor: unknown };
        if (typeof page.nextCursor === 'string')
          return json({ ...page, nextCursor: seal.seal(page.nextCursor, binding) });
      }
      return json(body);
    };
    next();
  };
}
