/**
 * Every `code` an error body can carry: a stable machine-readable word, one per kind of
 * problem, so clients branch on it instead of on the English message (which may improve).
 */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_cursor',
  'unknown_fields',
  'malformed_json',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code an error with this status has when nothing more specific is known. */
export function codeForStatus(status: number): ErrorCode {
  const byStatus: Record<number, ErrorCode> = {
    400: 'validation_failed',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    429: 'rate_limited',
    503: 'unavailable',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal' : 'validation_failed');
}

/**
 * The few typed errors that cross layers. The HTTP error handler maps them to status codes;
 * anything else becomes a 500 whose detail is logged, never sent.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode = codeForStatus(status),
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * 400: the input was wrong; the message says what and how to fix it. Defined in the domain (which
 * throws it too, and knows no HTTP statuses); the error handler maps it to 400.
 */
export { ValidationError } from './domain/errors';

/** 401 (no or bad credentials) or 403 (credentials that may not do this). */
export class AuthError extends AppError {
  constructor(message: string, status: 401 | 403 = 401) {
    super(message, status, status === 401 ? 'unauthorized' : 'forbidden');
  }
}

/** 404: no such thing for this tenant (another tenant's ids answer this too). */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, 404, 'not_found');
  }
}

/** 409: the request conflicts with the current state (a duplicate, a disallowed transition). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409, 'conflict');
  }
}

/** 413: the body is larger than the route accepts. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413, 'payload_too_large');
  }
}

/** 415: the body's Content-Type is not one the route reads; the message lists those it does. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(message, 415, 'unsupported_media_type');
  }
}

/**
 * 503: a dependency cannot serve right now (the store's indexes are still being built, it did
 * not answer in time); retrying later will work.
 */
export class ServiceUnavailableError extends AppError {
  constructor(message: string) {
    super(message, 503);
  }
}

/** Turns anything thrown into an Error, so every catch can log `.message` and `.stack`. */
export function coerceError(err: unknown): Error {
  if (err instanceof Error) return err;
  // An Error from another realm (a vm context, a native addon's) fails instanceof; keep it whole.
  if (Object.prototype.toString.call(err) === '[object Error]') return err as Error;
  if (typeof err === 'string') return new Error(err);
  try {
    return new Error(JSON.stringify(err));
  } catch {
    return new Error(String(err));
  }
}
