import type { Request, Response } from 'express';
import type { ErrorCode } from '../errors';

/**
 * What every error answer carries: what was wrong and how to fix it (`error`, for people), a
 * stable word for programs (`code`), and the request's id (`requestId`, also the X-Request-Id
 * response header and in the log lines about the request) to quote in a support ticket.
 */
export interface ErrorBody {
  error: string;
  code: ErrorCode;
  requestId: string;
}

/** The id request-id.ts gave the request ("-" before it ran, which no route allows). */
export function requestIdOf(req: Request): string {
  const id = (req as { id?: unknown }).id;
  return typeof id === 'string' ? id : '-';
}

export function errorBody(req: Request, code: ErrorCode, error: string): ErrorBody {
  return { error, code, requestId: requestIdOf(req) };
}

export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  error: string,
): void {
  // RFC 9110 §11.6.1: a 401 names the scheme to authenticate with. The webhook's 401 is about
  // Meta's signature, not a bearer token. A route that named its own realm (/metrics) keeps it.
  if (status === 401 && !req.originalUrl.startsWith('/webhook') && !res.get('WWW-Authenticate'))
    res.set('WWW-Authenticate', 'Bearer realm="stopline"');
  res.status(status).json(errorBody(req, code, error));
}
