import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, ValidationError, codeForStatus, coerceError, type ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { requestIdOf, sendError } from './error-body';

/** 404 for every route nobody answered. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.locals.unmatched = true;
  sendError(
    req,
    res,
    404,
    'not_found',
    `No route for ${req.method} ${req.path}. See GET /openapi.json for the routes.`,
  );
};

/** What a JSON body that parsed but is not an object is, in words ("null", "a string"). */
function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * express.json (strict) refuses any body that does not start with { or [ as a parse failure.
 * A body like `null` or `"x"` is JSON, just not an object: say that, not "malformed".
 */
function parseFailureMessage(rawBody: unknown): {
  code: 'malformed_json' | 'validation_failed';
  message: string;
} {
  if (typeof rawBody === 'string' && rawBody.trim() !== '') {
    try {
      const value: unknown = JSON.parse(rawBody);
      return {
        code: 'validation_failed',
        message: `The body must be a JSON object ({...}); got ${describeJson(value)}.`,
      };
    } catch {
      // Not JSON at all: the message below.
    }
  }
  return {
    code: 'malformed_json',
    message:
      'Malformed JSON body: check quotes, commas and brackets (a JSON object is expected, e.g. {"name": "x"}).',
  };
}

/** A typed error's answer (its status, code and message), or null for anything else. */
export function typedErrorAnswer(
  err: unknown,
): { status: number; code: ErrorCode; message: string } | null {
  if (err instanceof AppError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof ValidationError) return { status: 400, code: err.code, message: err.message };
  return null;
}

/**
 * The one error handler: typed errors keep their status, code and message; body-parser errors
 * become 400/413/415 with a message that says what to fix; anything else is a 500 whose detail
 * is logged only, with the request id the client was given.
 */
export function createErrorHandler(log: Logger): ErrorRequestHandler {
  return function errorHandler(err, req, res, _next) {
    if (res.headersSent) return;
    const typed = typedErrorAnswer(err);
    if (typed) {
      sendError(req, res, typed.status, typed.code, typed.message);
      return;
    }
    const e = err as {
      type?: string;
      status?: number;
      statusCode?: number;
      limit?: number;
      body?: unknown;
    };
    if (e.type === 'entity.parse.failed') {
      const { code, message } = parseFailureMessage(e.body);
      sendError(req, res, 400, code, message);
      return;
    }
    if (e.type === 'entity.too.large') {
      sendError(
        req,
        res,
        413,
        'payload_too_large',
        `Body too large: the limit for ${req.path} is ${e.limit ?? '?'} bytes. Send less per request (CSV imports are streamed and take more).`,
      );
      return;
    }
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
      sendError(
        req,
        res,
        415,
        'unsupported_media_type',
        `Unsupported body encoding: ${coerceError(err).message}. Send UTF-8 (e.g. Content-Type: application/json; charset=utf-8), uncompressed or gzip.`,
      );
      return;
    }
    const status = e.status ?? e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(req, res, status, codeForStatus(status), coerceError(err).message);
      return;
    }
    log.error(
      { err: coerceError(err), method: req.method, path: req.path, requestId: requestIdOf(req) },
      'unhandled error',
    );
    sendError(
      req,
      res,
      500,
      'internal',
      `Internal error; it has been logged with request id ${requestIdOf(req)}: quote it when reporting the problem.`,
    );
  };
}
