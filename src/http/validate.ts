import { z } from 'zod';
import { ValidationError } from '../errors';

/**
 * Parses `input` with a zod schema, turning failures into one ValidationError that names every
 * offending field, and unknown keys as "unknown field(s) x, y". Admin schemas are z.strictObject.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'body',
): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const onlyUnknown = result.error.issues.every((i) => i.code === 'unrecognized_keys');
  throw new ValidationError(
    formatZodError(result.error, what),
    onlyUnknown ? 'unknown_fields' : 'validation_failed',
  );
}

export function formatZodError(error: z.ZodError, what = 'body'): string {
  const parts = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k));
      return `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return `"${path || what}" is required`;
    }
    return path ? `"${path}": ${issue.message}` : issue.message;
  });
  return `Invalid ${what}: ${parts.join('; ')}`;
}

/** An ISO 8601 timestamp with Z or an offset → Date. */
export const isoDateTime = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s) &&
      !Number.isNaN(Date.parse(s)),
    {
      message: 'must be an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-31T23:59:59Z',
    },
  )
  .transform((s) => new Date(s));

/** A JSON body must be an object (express.json accepts arrays and, with strict off, primitives). */
export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) {
    throw new ValidationError(
      'Missing JSON body: send Content-Type: application/json with a JSON object.',
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}
