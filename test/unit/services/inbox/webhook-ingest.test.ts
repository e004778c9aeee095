import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../../src/clock';
import { createLogger } from '../../../../src/logger';
import { createMetrics } from '../../../../src/metrics';
import { createWebhookIngest, QUIET_MS } from '../../../../src/services/inbox/webhook-ingest';
import { createSqliteStore } from '../../../../src/store/sqlite';
import type { Store } from '../../../../src/store/types';

/**
 * The group commit on a real SQLite file whose WAL flushes the test releases by hand, so what
 * is committed, what is durable and what is answered can be told apart.
 */
let dir: string;
let store: Store;
let gates: (() => void)[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-ingest-'));
  gates = [];
  store = createSqliteStore({
    path: join(dir, 'stopline.db'),
    flush: () => new Promise<void>((resolve) => gates.push(resolve)),
  });
});
afterEach(async () => {
  for (const open of gates.splice(0)) open();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const turn = () => new Promise((resolve) => setImmediate(resolve));
const ingestOn = (s: Store) =>
  createWebhookIngest({
    store: s,
    clock: new ManualClock(),
    log: createLogger({ level: 'silent' }),
    metrics: createMetrics(),
  });
const pending = async () => (await store.inboxBacklog()).pending;

describe('webhook ingest (group commit)', () => {
  it('stores the deliveries of one turn in one commit and answers none before its fsync', async () => {
    const ingest = ingestOn(store);
    const answered: string[] = [];
    const stored = ['{"n":1}', '{"n":2}', '{"n":3}'].map((body) =>
      ingest.store(body).then((id) => answered.push(id)),
    );
    await turn();
    // Committed (visible) but not yet durable: nobody has been answered.
    expect(await pending()).toBe(3);
    expect(gates).toHaveLength(1);
    expect(answered).toEqual([]);
    gates.shift()?.();
    await Promise.all(stored);
    expect(answered).toHaveLength(3);
    expect(new Set(answered).size).toBe(3);
  });

  it('commits the next group while the previous fsync runs, and answers each after its own', async () => {
    const ingest = ingestOn(store);
    let firstDone = false;
    let secondDone = false;
    const first = ingest.store('{"n":1}').then(() => (firstDone = true));
    await turn();
    const second = ingest.store('{"n":2}').then(() => (secondDone = true));
    await turn();
    // The second group is in the database already, while the first one's fsync is still out.
    expect(await pending()).toBe(2);
    expect(gates).toHaveLength(1);
    gates.shift()?.();
    await first;
    await turn();
    // That fsync may have begun before the second commit: the second waits for the next one.
    expect(secondDone).toBe(false);
    expect(gates).toHaveLength(1);
    gates.shift()?.();
    await second;
    expect([firstDone, secondDone]).toEqual([true, true]);
  });

  it('is idle only once every delivery is durable', async () => {
    const ingest = ingestOn(store);
    let idle = false;
    const stored = ingest.store('{"n":1}');
    const waiting = ingest.idle().then(() => (idle = true));
    await turn();
    expect(idle).toBe(false);
    gates.shift()?.();
    await stored;
    await waiting;
    expect(idle).toBe(true);
  });

  it('rejects the group whose commit fails, and stores the next one', async () => {
    const ingest = ingestOn(store);
    await store.close();
    const failed = ingest.store('{"n":1}');
    await expect(failed).rejects.toThrow(/not open/);
    store = createSqliteStore({
      path: join(dir, 'stopline.db'),
      flush: () => new Promise<void>((resolve) => gates.push(resolve)),
    });
    const again = ingestOn(store).store('{"n":2}');
    await turn();
    gates.shift()?.();
    await expect(again).resolves.toEqual(expect.any(String));
    expect(await pending()).toBe(1);
  });
});

/**
 * What the inbox processor waits for past its share: a real gap in the deliveries, not the
 * instant between one group commit's answer and the senders' next deliveries. The monotonic
 * clock is moved by hand; the wait for the rest of the gap runs on Jest's fake timers.
 */
describe('webhook ingest (quiet)', () => {
  let t: number;
  const quietOn = (s: Store) =>
    createWebhookIngest({
      store: s,
      clock: new ManualClock(),
      log: createLogger({ level: 'silent' }),
      metrics: createMetrics(),
      now: () => t,
    });
  beforeEach(() => {
    t = 1_000;
    jest.useFakeTimers({
      doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'performance'],
    });
  });
  afterEach(() => jest.useRealTimers());

  async function answered(ingest: ReturnType<typeof quietOn>, body: string): Promise<void> {
    const stored = ingest.store(body);
    await turn();
    gates.shift()?.();
    await stored;
  }

  it('is quiet at once when no delivery came for QUIET_MS', async () => {
    const ingest = quietOn(store);
    await answered(ingest, '{"n":1}');
    t += QUIET_MS;
    let quiet = false;
    await ingest.quiet().then(() => (quiet = true));
    expect(quiet).toBe(true);
  });

  it('is not quiet the moment a delivery is answered, only QUIET_MS later', async () => {
    const ingest = quietOn(store);
    await answered(ingest, '{"n":1}');
    let quiet = false;
    const waiting = ingest.quiet().then(() => (quiet = true));
    await turn();
    await jest.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(quiet).toBe(false);
    t += QUIET_MS;
    await jest.advanceTimersByTimeAsync(1);
    await waiting;
    expect(quiet).toBe(true);
  });

  it('stays busy while deliveries keep coming, and every caller shares one wait', async () => {
    const ingest = quietOn(store);
    let quiet = 0;
    const first = ingest.quiet().then(() => (quiet += 1));
    const second = ingest.quiet().then(() => (quiet += 1));
    expect(ingest.quiet()).toBe(ingest.quiet());
    for (let n = 0; n < 5; n++) {
      t += QUIET_MS - 1;
      await answered(ingest, `{"n":${n}}`);
      await jest.advanceTimersByTimeAsync(QUIET_MS - 1);
      expect(quiet).toBe(0);
    }
    t += QUIET_MS;
    await jest.advanceTimersByTimeAsync(QUIET_MS);
    await Promise.all([first, second]);
    expect(quiet).toBe(2);
  });
});
