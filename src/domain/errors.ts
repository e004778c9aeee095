/**
 * The domain's one error: input it cannot work with. It carries no HTTP status (the domain knows
 * nothing of HTTP): the error handler answers it with 400, and src/errors.ts re-exports it, so
 * every layer throws and catches the same class.
 */
export class ValidationError extends Error {
  /** `message` says what was wrong and how to fix it. */
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
