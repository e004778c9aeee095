import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../../src/clock';
import { createLogger } from '../../../../src/logger';
import { createMetrics } from '../../../../src/metrics';
import { createWebhookIngest } from '../../../../src/services/inbox/webhook-ingest';
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
