/**
 * Meta retries and duplicates deliveries. Every fixture delivered three times, interleaved with
 * the others (A B A C B A D C B ...), must leave exactly the state of delivering each once: the
 * same opt-outs with the same audit events, the same replies (one per inbound message), the
 * same recipient states; every keyed event processed once and recognised as a duplicate twice.
 */
import { loadFixtures, type Fixture } from './support/fixtures';
import {
  createWorld,
  deliver,
  inboundEventCounts,
  snapshot,
  type World,
} from './support/replay-world';

const fixtures = loadFixtures();

/** Each fixture, then again one and two places later: first occurrences stay in file order. */
function interleavedThrice(fs: Fixture[]): Fixture[] {
  const out: Fixture[] = [];
  for (let i = 0; i < fs.length + 2; i++) {
    for (const j of [i, i - 1, i - 2]) if (fs[j]) out.push(fs[j]);
  }
  return out;
}

let once: World;
let thrice: World;
beforeAll(async () => {
  once = await createWorld(fixtures);
  await deliver(once, fixtures, fixtures, 1);
  thrice = await createWorld(fixtures);
  // Drained every 4 posts: duplicates are sometimes in the same claim batch, sometimes not.
  await deliver(thrice, interleavedThrice(fixtures), fixtures, 4);
});
afterAll(async () => {
  await once.ctx.close();
  await thrice.ctx.close();
});

it('the interleaving delivers every fixture three times, never twice in a row', () => {
  const seq = interleavedThrice(fixtures).map((f) => f.name);
  expect(seq).toHaveLength(fixtures.length * 3);
  for (const f of fixtures) expect(seq.filter((n) => n === f.name)).toHaveLength(3);
  expect(seq.some((n, i) => n === seq[i + 1])).toBe(false);
});

it('leaves exactly the state of delivering each fixture once', async () => {
  const reference = await snapshot(once);
  // Not vacuous: the fixtures opt people out, get replies and move task recipients.
  expect(reference.optOuts.length).toBeGreaterThanOrEqual(4);
  expect(reference.sent.length).toBeGreaterThanOrEqual(3);
  expect(
    reference.recipients.filter((r) => /"status":"(delivered|read|failed)"/.test(r)).length,
  ).toBeGreaterThanOrEqual(3);
  const replayed = await snapshot(thrice);
  expect(replayed.optOuts).toEqual(reference.optOuts);
  expect(replayed.recipients).toEqual(reference.recipients);
  expect(replayed.sent).toEqual(reference.sent);
});

it('answers each inbound message at most once', () => {
  const quoted = thrice.ctx.services
    .sandbox!.messages()
    .map((m) => (m.body as { context?: { message_id?: string } }).context?.message_id)
    .filter((id): id is string => id !== undefined);
  expect(quoted.length).toBeGreaterThan(0);
  expect(new Set(quoted).size).toBe(quoted.length);
});

it('processes every keyed event once and counts the two replays as duplicates', async () => {
  const single = await inboundEventCounts(once);
  const triple = await inboundEventCounts(thrice);
  for (const kind of ['message', 'status', 'preference']) {
    const done = single[`${kind}/done`] ?? 0;
    const seen = done + (single[`${kind}/duplicate`] ?? 0);
    expect(done).toBeGreaterThan(0);
    expect(triple[`${kind}/done`]).toBe(done);
    expect(triple[`${kind}/duplicate`]).toBe(3 * seen - done);
  }
  expect(triple['message/error'] ?? 0).toBe(0);
  expect((await thrice.ctx.store.inboxBacklog()).pending).toBe(0);
});
