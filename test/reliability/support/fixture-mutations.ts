/**
 * Structural mutations of a webhook fixture for the fuzz: awkward values of every JSON type
 * put anywhere, nodes deleted or flipped to another type, numbers and numeric strings swapped,
 * arrays multiplied, deep nesting, awkward unicode in the texts, fresh message ids, other phone
 * number ids; and the ways to serialise the result.
 */
import fc from 'fast-check';
import { serializeLikeMeta } from '../../../src/whatsapp/sandbox/build-inbound-webhook';
import {
  bury,
  flipAllNumbers,
  flipType,
  multiply,
  pathsOf,
  replaceStrings,
  updateAt,
  type Json,
} from './json-mutations';

const DEEP = '\u0000DEEP\u0000';
const DEEP_JSON = JSON.stringify(DEEP);

const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  // Lone and reversed surrogates, BOM, bidi overrides, zero-width and NUL.
  fc.string({
    unit: fc.constantFrom(
      '\ud800',
      '\udfff',
      '\ud83d',
      '\ude00',
      '\ufeff',
      '\u202e',
      '\u200b',
      '\u0000',
      'S',
    ),
    maxLength: 12,
  }),
  fc.constantFrom(
    'STOP',
    'stop 🛑',
    'ＳＴＯＰ',
    'S\u0336T\u0336O\u0336P',
    'إيقاف',
    'стоп',
    '停止',
    'não quero',
    '👨‍👩‍👧‍👦',
    'e\u0301',
    '__proto__',
    'constructor',
    '',
    ' ',
    '9'.repeat(40),
    '1e309',
    '-0',
    'NaN',
    'null',
    '+5511987654321',
    'wamid.',
    'US.1234',
    'optout:',
    'optout:../../etc',
    'x'.repeat(5000),
  ),
);

const scalar = fc.oneof(
  awkwardText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    1.5,
    -1e-300,
    99999999999,
    1e21,
  ),
);
const junk: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: scalar as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
);

export type Mutation =
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'delete' | 'flip'; pick: number }
  | { op: 'flipAll' }
  | { op: 'multiply'; pick: number; n: number }
  | { op: 'deep'; pick: number; depth: number; shape: 'array' | 'object' }
  | { op: 'text'; text: string }
  | { op: 'ids'; suffix: string }
  | { op: 'number'; value: string };

const TEXT_KEYS = new Set([
  'body',
  'name',
  'title',
  'caption',
  'payload',
  'text',
  'emoji',
  'detail',
  'description',
]);
const ID_KEYS = new Set(['id']);

export function mutation(phoneNumberIds: string[]): fc.Arbitrary<Mutation> {
  const pick = fc.nat();
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('replace' as const), pick, value: junk }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'flip' as const), pick }),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'flipAll' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('multiply' as const),
        pick,
        n: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 1000, max: 5000 })),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('deep' as const),
        pick,
        depth: fc.oneof(fc.integer({ min: 10, max: 2000 }), fc.integer({ min: 5000, max: 50_000 })),
        shape: fc.constantFrom('array' as const, 'object' as const),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('text' as const), text: awkwardText }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('ids' as const),
        suffix: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('number' as const),
        value: fc.constantFrom(...phoneNumberIds, '0', '', 'x'),
      }),
    },
  );
}

/** The most one multiplied part may take up, serialised. */
export const MULTIPLIED_BYTES = 300_000;

/**
 * The longest a node serialises to, `depth` levels down: the pretty form, whose every line after
 * the first carries two spaces a level, or Meta's form, which escapes all but ASCII.
 */
function largestSerialisedSize(node: Json, depth: number): number {
  const pretty = JSON.stringify(node, null, 2) ?? 'null';
  const lines = pretty.split('\n').length;
  return Math.max(pretty.length + 2 * depth * (lines - 1) + lines, serializeLikeMeta(node).length);
}

function deepText(depth: number, shape: 'array' | 'object'): string {
  const open = shape === 'array' ? '['.repeat(depth) : '{"a":'.repeat(depth);
  const close = shape === 'array' ? ']'.repeat(depth) : '}'.repeat(depth);
  return `${open}"STOP"${close}`;
}

/** Applies the mutations; a deep-nesting one is left as a placeholder spliced in as text later. */
function mutate(doc: Json, mutations: Mutation[]): { doc: Json; deep: string | null } {
  let deep: string | null = null;
  for (const m of mutations) {
    const paths = pathsOf(doc);
    const at = 'pick' in m && paths.length > 0 ? paths[m.pick % paths.length]! : null;
    switch (m.op) {
      case 'replace':
        if (at) doc = updateAt(doc, at, () => m.value);
        break;
      case 'delete':
        if (at) doc = updateAt(doc, at, () => undefined);
        break;
      case 'flip':
        if (at) doc = updateAt(doc, at, flipType);
        break;
      case 'flipAll':
        doc = flipAllNumbers(doc);
        break;
      case 'multiply':
        // Copies share one object, so multiplying twice would serialise to gigabytes: cap the
        // copies so the part stays under ~300 KB however it is serialised. Pretty-printing is the
        // largest: a node buried 999 deep is 2 KB compact and 2 MB indented, and two of those
        // multiplied past V8's longest string (RangeError in CI).
        if (at)
          doc = updateAt(doc, at, (node) => {
            const item = Array.isArray(node) ? (node[0] ?? null) : node;
            const size = largestSerialisedSize(item, at.length + 1) + 1;
            return multiply(node, Math.max(1, Math.min(m.n, Math.floor(MULTIPLIED_BYTES / size))));
          });
        break;
      case 'deep':
        if (!at) break;
        if (m.depth < 1000) {
          doc = updateAt(doc, at, (node) => bury(node, m.depth, m.shape));
        } else if (deep === null) {
          // JSON.stringify overflows the stack past a few thousand levels: splice it in as text.
          deep = deepText(m.depth, m.shape);
          doc = updateAt(doc, at, () => DEEP);
        }
        break;
      case 'text':
        doc = replaceStrings(doc, TEXT_KEYS, () => m.text);
        break;
      case 'ids':
        doc = replaceStrings(doc, ID_KEYS, (old) => `${old}.${m.suffix}`);
        break;
      case 'number':
        doc = replaceStrings(doc, new Set(['phone_number_id']), () => m.value);
        break;
    }
  }
  return { doc, deep };
}

export const serializers: Record<string, (doc: Json) => string> = {
  plain: (doc) => JSON.stringify(doc),
  meta: (doc) => serializeLikeMeta(doc),
  pretty: (doc) => JSON.stringify(doc, null, 2).replace(/\n/g, '\r\n'),
};

/** The fixture mutated and serialised `how`, deep nesting spliced in as text. */
export function mutatedText(json: Json, mutations: Mutation[], how: string): string {
  const { doc, deep } = mutate(json, mutations);
  const text = serializers[how]!(doc);
  return deep === null ? text : text.replace(DEEP_JSON, deep);
}
