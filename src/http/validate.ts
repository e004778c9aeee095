import { ValidationError } from '../errors';

// parseInput is shared with the WhatsApp sandbox, which may not import from src/http.
export { formatZodError, parseInput } from '../parse-input';
import { describeValue, isoTimestamp } from '../parse-input';

/** An ISO 8601 timestamp with Z or an offset → Date, strictly (no rolled-over dates). */
export const isoDateTime = isoTimestamp;

/** A JSON body must be an object (express.json accepts arrays and, with strict off, primitives). */
export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) {
    throw new ValidationError(
      'Missing JSON body: send Content-Type: application/json with a JSON object.',
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError(
      `The body must be a JSON object ({...}); got ${Array.isArray(body) ? 'an array' : describeValue(body)}.`,
    );
  }
  return body as Record<string, unknown>;
}

const CONTROL_CHARS = /[\p{Cc}\u2028\u2029]/u;

/**
 * For names and labels (a tenant, a category, a task, a brand): no control characters. A NUL,
 * an escape or a line break inside a name breaks CSV exports, logs and the console, and is
 * never what someone meant to type (field test finding 16). `.refine(...plainLabel)`.
 */
export const plainLabel = [
  (s: string) => !CONTROL_CHARS.test(s),
  {
    message:
      'must not contain control characters (NUL, line breaks, tabs, escapes): type it as one line of plain text',
  },
] as const;
