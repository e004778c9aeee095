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
