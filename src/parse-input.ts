import type { z } from 'zod';
import { ValidationError } from './errors';

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
  throw new ValidationError(formatZodError(result.error, what));
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
