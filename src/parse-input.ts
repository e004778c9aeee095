import { z } from 'zod';
import { parseIsoTimestamp } from './domain/iso-timestamp';
import { ValidationError } from './errors';

/**
 * An ISO 8601 timestamp with Z or an offset → Date, strictly (domain/iso-timestamp.ts): an
 * impossible date such as 2030-02-30 is an error, never rolled over. Every JSON body, query
 * string and CSV import reads timestamps with it.
 */
export const isoTimestamp = z.string().transform((s, ctx) => {
  const parsed = parseIsoTimestamp(s);
  if (parsed.ok) return parsed.date;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
});

/**
 * Parses `input` with a zod schema, turning failures into one ValidationError that names every
 * offending field, and unknown keys as "unknown field(s) x, y". Admin schemas are z.strictObject.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'body',
): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true, error: plainMessage });
  if (result.success) return result.data;
  const onlyUnknown = result.error.issues.every((i) => i.code === 'unrecognized_keys');
  throw new ValidationError(
    formatZodError(result.error, what),
    onlyUnknown ? 'unknown_fields' : 'validation_failed',
  );
}

/** A value's kind in words, for "got ..." in messages (never the value: it may be personal). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'not a number';
  const kind = typeof value;
  return kind === 'object' ? 'an object' : `a ${kind === 'bigint' ? 'number' : kind}`;
}

const KIND_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
};

/**
 * Plain messages for the checks a schema gave no message of its own, instead of zod's defaults
 * ("Invalid input: expected number, received NaN", "Too small: expected string to have >=1
 * characters"). Schema messages win; an issue this does not cover keeps zod's.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${KIND_WORDS[issue.expected] ?? issue.expected} (got ${describeValue(issue.input)})`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string')
        return n === 1 ? 'must not be empty' : `must be at least ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must list at least ${n} item${n === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must list at most ${n} item${n === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${n}`;
    }
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}`;
    case 'invalid_format':
      return `must be ${issue.format === 'regex' ? 'in the expected format' : `a valid ${issue.format}`}`;
    default:
      return undefined;
  }
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
