import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/types';
import { describeStoreContract } from './contract';
import { at, createTenant, MINUTE, newTask, T0 } from './contract/harness';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-sqlite-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describeStoreContract('sqlite :memory:', async () => createSqliteStore({ path: ':memory:' }));

describeStoreContract('sqlite file', async () => {
  files += 1;
  return createSqliteStore({ path: join(dir, `contract-${files}`, 'stopline.db') });
});

describe('sqlite: two connections on one file', () => {
  let path: string;
  let a: Store;
  let b: Store;
  beforeEach(() => {
    files += 1;
    path = join(dir, `shared-${files}.db`);
    a = createSqliteStore({ path });
    b = createSqliteStore({ path });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('lets only one connection claim a recipient or hold a lease', async () => {
    const tenant = await createTenant(a);
    const task = await a.createTask(tenant, newTask(), T0);
    await a.addRecipients(tenant, task.id, [{ contact: '+5511900000001', params: null }]);
    const [recipient] = await b.loadPending(task.id, 10, T0);
    expect(recipient).toBeDefined();
    const id = recipient?.id ?? '';
    const claims = await Promise.all([
      a.claimRecipients(task.id, [id], 'a', T0),
      b.claimRecipients(task.id, [id], 'b', T0),
    ]);
    expect(claims.flat()).toEqual([id]);
    const winner = claims[0]?.length ? 'a' : 'b';
    const loserStore = winner === 'a' ? b : a;
    const sent = { kind: 'sent' as const, messageId: 'wamid.1', waId: null };
    expect(await loserStore.recordSendResult(id, winner === 'a' ? 'b' : 'a', sent, T0)).toBe(false);
    expect(await loserStore.recordSendResult(id, winner, sent, T0)).toBe(true);

    expect(await a.acquireLease('phone:1', 'a', MINUTE, T0)).toBe(true);
    expect(await b.acquireLease('phone:1', 'b', MINUTE, at(MINUTE - 1))).toBe(false);
    expect(await b.acquireLease('phone:1', 'b', MINUTE, at(MINUTE))).toBe(true);
    expect(await a.acquireLease('phone:1', 'a', MINUTE, at(MINUTE))).toBe(false);
    expect(await b.claimOnce('k', T0)).toBe(true);
    expect(await a.claimOnce('k', T0)).toBe(false);
  });

  it("times a lease's expiry by the caller's clock (one machine, one clock)", async () => {
    const key = 'phone:106540352242922';
    expect(await a.acquireLease(key, 'instance-a', MINUTE, T0)).toBe(true);
    expect(await b.acquireLease(key, 'instance-b', MINUTE, at(MINUTE - 1))).toBe(false);
    expect(await a.acquireLease(key, 'instance-a', MINUTE, at(MINUTE - 1))).toBe(true);
    // Renewed at MINUTE - 1: still held at MINUTE, free from 2 * MINUTE - 1.
    expect(await b.acquireLease(key, 'instance-b', MINUTE, at(MINUTE))).toBe(false);
    expect(await b.acquireLease(key, 'instance-b', MINUTE, at(2 * MINUTE - 1))).toBe(true);
    expect(await a.acquireLease(key, 'instance-a', MINUTE, at(2 * MINUTE))).toBe(false);
  });

  it('keeps committed inbox rows across closing and reopening the file', async () => {
    const ids = await a.appendInbox([
      { body: '{"entry":[1]}', receivedAt: T0 },
      { body: '{"entry":[2]}', receivedAt: at(1) },
    ]);
    await a.close();
    await b.close();
    a = createSqliteStore({ path });
    b = createSqliteStore({ path });
    expect(await a.inboxBacklog()).toMatchObject({ pending: 2, oldestReceivedAt: T0 });
    const claimed = await b.claimInbox('worker', 10, MINUTE, at(MINUTE));
    expect(claimed.map((e) => [e.id, e.body])).toEqual([
      [ids[0], '{"entry":[1]}'],
      [ids[1], '{"entry":[2]}'],
    ]);
    expect(await a.claimInbox('worker-2', 10, MINUTE, at(MINUTE))).toEqual([]);
  });

  it('creates the parent folder of a new database file', async () => {
    const nested = createSqliteStore({ path: join(dir, 'deep', 'er', `nested-${files}.db`) });
    await expect(nested.ping()).resolves.toBeUndefined();
    await nested.close();
  });
});
