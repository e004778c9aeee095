import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * A sane incoming X-Request-Id (from a proxy or the client: letters, digits, `_ . -`, at most
 * 128) is kept so one id follows the request across systems; anything else is replaced by a
 * UUID, so a client cannot inject log lines or huge values. The id is echoed in X-Request-Id.
 */
const SANE_ID = /^[\w.-]{1,128}$/;

/** The id for a request whose X-Request-Id header is `incoming`. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
}

export function requestId(): RequestHandler {
  return function assignRequestId(req, res, next) {
    const id = requestIdFor(req.headers['x-request-id']);
    (req as { id?: string }).id = id;
    res.setHeader('x-request-id', id);
    next();
  };
}
