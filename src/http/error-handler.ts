import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, ValidationError, coerceError } from '../errors';
import type { Logger } from '../logger';

/** 404 for every route nobody answered. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.locals.unmatched = true;
  res.status(404).json({
    error: `No route for ${req.method} ${req.path}. See GET /openapi.json for the routes.`,
  });
};

/**
 * The one error handler: typed errors keep their status and message; body-parser errors become
 * 400/413 with a message that says what to fix; anything else is a 500 whose detail is logged only.
 */
export function createErrorHandler(log: Logger): ErrorRequestHandler {
  return function errorHandler(err, req, res, _next) {
    if (res.headersSent) return;
    if (err instanceof AppError) {
      res.status(err.status).json({ error: err.message });
      return;
    }
    if (err instanceof ValidationError) {
      res.status(400).json({ error: err.message });
      return;
    }
    const e = err as { type?: string; status?: number; statusCode?: number; limit?: number };
    if (e.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'Malformed JSON body: check quotes, commas and brackets.' });
      return;
    }
    if (e.type === 'entity.too.large') {
      res
        .status(413)
        .json({ error: `Body too large: the limit for ${req.path} is ${e.limit ?? '?'} bytes.` });
      return;
    }
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
      res.status(415).json({ error: 'Unsupported body encoding: send UTF-8.' });
      return;
    }
    const status = e.status ?? e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ error: coerceError(err).message });
      return;
    }
    log.error({ err: coerceError(err), method: req.method, path: req.path }, 'unhandled error');
    res.status(500).json({ error: 'Internal error; it has been logged.' });
  };
}
