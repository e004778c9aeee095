/**
 * Body, CSV and query generators for the admin fuzz: awkward values, random objects over a
 * route's own field names, and valid bodies with one part broken (they get past the first checks
 * and reach the service's own rules).
 */
import fc from 'fast-check';
import { flipType, pathsOf, updateAt, type Json } from './json-mutations';

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '+5511987654321',
    '5511987654321',
    '00:00',
    '24:00',
    '9:60',
    'pt_BR',
    'EN',
    'x'.repeat(600),
    '\u0000',
    '🛑',
    '2026-13-45T99:99:99Z',
  ),
);
const junk: fc.Arbitrary<Json> = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, 2 ** 53, 10_000_000),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(text, fc.integer()), { maxLength: 4 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** A valid body with one node replaced, deleted or flipped to another type. */
export function broken(valid: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(valid);
  return fc
    .tuple(fc.nat(paths.length - 1), fc.constantFrom('replace', 'delete', 'flip'), junk)
    .map(([i, how, value]) =>
      updateAt(valid, paths[i]!, (node) =>
        how === 'replace' ? value : how === 'delete' ? undefined : flipType(node),
      ),
    );
}

export const randomObject = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys, 'x', '__proto__'), junk, {
    maxKeys: 6,
  }) as fc.Arbitrary<Json>;

export const TASK_KEYS = [
  'name',
  'type',
  'channel',
  'categoryId',
  'template',
  'startAt',
  'endAt',
  'policy',
  'followUp',
];

/** A JSON body, sometimes not JSON at all. */
export function jsonBody(
  value: fc.Arbitrary<Json>,
): fc.Arbitrary<{ contentType: string; body: string }> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: value.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
    },
    { weight: 1, arbitrary: text.map((t) => ({ contentType: 'application/json', body: t })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          value,
          fc.constantFrom('text/xml', 'application/x-www-form-urlencoded', 'multipart/form-data'),
        )
        .map(([v, contentType]) => ({ contentType, body: JSON.stringify(v) })),
    },
  );
}

const csvCell = fc.oneof(
  text,
  fc.constantFrom('"', '""', '"a,b"', 'contact', 'params', '=cmd()', '\r'),
);
export const csv = fc
  .array(fc.array(csvCell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 8 })
  .chain((rows) =>
    fc
      .constantFrom('contact,name\n', 'contact\n', '', 'name;contact\n')
      .map((head) => head + rows.map((r) => r.join(',')).join('\n')),
  );

export const query = (keys: string[]) =>
  fc.dictionary(
    fc.constantFrom(...keys, 'x'),
    fc.oneof(text, fc.constantFrom('1', '0', '500', '501', '-1', 'true', 'pending', 'sent')),
    { maxKeys: 4 },
  );
