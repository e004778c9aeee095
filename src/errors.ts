/**
 * The few typed errors that cross layers. The HTTP error handler maps them to status codes;
 * anything else becomes a 500 whose detail is logged, never sent.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
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
    super(message, status);
  }
}

/** 404: no such thing for this tenant (another tenant's ids answer this too). */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super(message, 404);
  }
}

/** 409: the request conflicts with the current state (a duplicate, a disallowed transition). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409);
  }
}

/** 413: the body is larger than the route accepts. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413);
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
