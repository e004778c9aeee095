/**
 * The webhook fuzz's own generator: however the mutations stack up, every mutated fixture
 * serialises (a soak run in CI once died of a RangeError inside JSON.stringify: two nodes buried
 * 999 deep, each multiplied, pretty-printed past V8's longest string).
 */
import fc from 'fast-check';
import {
  MULTIPLIED_BYTES,
  mutatedText,
  mutation,
  serializers,
  type Mutation,
} from './support/fixture-mutations';
import { loadFixtures, phoneNumberIdsOf } from './support/fixtures';
import { pathsOf, type Json, type Path } from './support/json-mutations';

const fixtures = loadFixtures();
const isAncestor = (p: Path, q: Path) => q.length > p.length && p.every((x, i) => q[i] === x);

/** Indexes (into pathsOf) of two leaves far apart in the fixture. */
function twoLeaves(json: Json): [number, number] {
  const paths = pathsOf(json);
  const leaves = paths.flatMap((p, i) => (paths.some((q) => isAncestor(p, q)) ? [] : [i]));
  return [leaves[0]!, leaves[leaves.length - 1]!];
}

it.each(Object.keys(serializers))(
  'two deeply buried nodes, each multiplied, serialise %s within bounds',
  (how) => {
    const json = fixtures[0]!.json as Json;
    const [a, b] = twoLeaves(json);
    // b first: burying and multiplying the later leaf leaves the earlier one's index as it was.
    const ms: Mutation[] = [
      { op: 'deep', pick: b, depth: 999, shape: 'array' },
      { op: 'multiply', pick: b, n: 5000 },
      { op: 'deep', pick: a, depth: 999, shape: 'object' },
      { op: 'multiply', pick: a, n: 5000 },
    ];
    const text = mutatedText(json, ms, how);
    // A node 999 deep pretty-prints to 2 MB on its own, so multiplying it must leave it single:
    // two of them, 4 MB, and not the 300 KB budget times 150 copies each.
    expect(text.length).toBeLessThan(8 * 2 ** 20);
    expect(text.length).toBeLessThan(
      2 * MULTIPLIED_BYTES + 2 * 999 * 1000 * 2 + 4 * JSON.stringify(json).length,
    );
    expect(text.length).toBeGreaterThan(JSON.stringify(json).length);
  },
);

it('any stack of up to four mutations serialises, every way, to under 64 MB', () => {
  const ids = phoneNumberIdsOf(fixtures);
  fc.assert(
    fc.property(
      fc.constantFrom(...fixtures),
      fc.array(mutation(ids), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...Object.keys(serializers)),
      (f, ms, how) => {
        expect(mutatedText(f.json as Json, ms, how).length).toBeLessThan(64 * 2 ** 20);
      },
    ),
    { numRuns: 200 },
  );
});
