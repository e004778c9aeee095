import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../../../src/store/sqlite';
import type { Store } from '../../../../src/store/types';
import { createTenant, optOutInput, T0 } from '../../../store/contract/harness';

/**
 * A file store whose WAL flushes the test releases by hand: a write method must not resolve
 * before a flush that began after its commit has completed ("resolved" means "on the disk").
 */
let dir: string;
let store: Store;
let gates: (() => void)[];
let flushes: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-commit-'));
  gates = [];
  flushes = 0;
  store = createSqliteStore({
    path: join(dir, 'stopline.db'),
    flush: () => {
      flushes += 1;
      return new Promise<void>((resolve) => gates.push(resolve));
    },
  });
});
afterEach(async () => {
  for (const open of gates.splice(0)) open();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Resolves `promise` by releasing flushes one at a time; returns how many it took. */
async function releaseUntil(promise: Promise<unknown>): Promise<number> {
  let done = false;
  void promise.then(() => (done = true));
  let released = 0;
  await settle();
  while (!done) {
    const open = gates.shift();
    if (!open) throw new Error('waiting for a flush that was never started');
    open();
    released += 1;
    await settle();
  }
  return released;
}

describe('sqlite file store: writes answer after their fsync', () => {
  it('holds a webhook delivery until the WAL is flushed', async () => {
    let stored = false;
    const append = store
      .appendInbox([{ body: '{"object":"whatsapp_business_account"}', receivedAt: T0 }])
      .then((ids) => {
        stored = true;
        return ids;
      });
    await settle();
    expect(stored).toBe(false);
    expect(flushes).toBe(1);
    expect(await releaseUntil(append)).toBe(1);
    expect(await append).toHaveLength(1);
  });

  it('holds an opt-out until flushed, and answers reads without a flush', async () => {
    const tenantId = await releaseFor(createTenant(store));
    const before = flushes;
    let recorded = false;
    const upsert = store.upsertOptOut(optOutInput(tenantId), T0).then(() => (recorded = true));
    await settle();
    expect(recorded).toBe(false);
    await releaseUntil(upsert);
    expect(flushes).toBe(before + 1);
    const afterWrite = flushes;
    expect((await store.listOptOuts(tenantId, {}, { limit: 10 }, T0)).items).toHaveLength(1);
    await store.getTenant(tenantId);
    expect(flushes).toBe(afterWrite);
  });

  it('does not wait for deferred bookkeeping, and does for a durable key', async () => {
    const [id] = await releaseFor(store.appendInbox([{ body: '{}', receivedAt: T0 }]));
    const before = flushes;
    const claimed = await store.claimInbox('worker', 10, 10_000, T0);
    expect(claimed.map((e) => e.id)).toEqual([id]);
    await store.completeInbox(id ?? '', 'processed', null, T0);
    await store.saveConversation('tenant', '+15550001111', { language: 'pt' }, T0);
    expect(await store.claimOnce('in:event', T0, 'deferred')).toBe(true);
    expect(flushes).toBe(before);
    const reply = store.claimOnce('reply:event', T0);
    await settle();
    expect(flushes).toBe(before + 1);
    await releaseUntil(reply);
    expect(await reply).toBe(true);
  });
});

/** Awaits a store call, releasing the flushes it waits for. */
async function releaseFor<T>(promise: Promise<T>): Promise<T> {
  await releaseUntil(promise);
  return promise;
}
