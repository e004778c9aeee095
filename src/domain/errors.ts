/**
 * The domain's one error: input it cannot work with. It carries no HTTP status (the domain knows
 * nothing of HTTP): the error handler answers it with 400, and src/errors.ts re-exports it, so
 * every layer throws and catches the same class.
 */
export class ValidationError extends Error {
  /**
   * `message` says what was wrong and how to fix it; `code` is the kind of problem as a stable
   * word: fields the input may not have (`unknown_fields`), input that is not JSON at all
   * (`malformed_json`), or anything else wrong with it (`validation_failed`).
   */
  constructor(
    message: string,
    readonly code: 'validation_failed' | 'unknown_fields' | 'malformed_json' = 'validation_failed',
  ) {
    super(message);
    this.name = new.target.name;
  }
}
