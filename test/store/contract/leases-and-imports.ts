import type { Store } from '../../../src/store/types';
import { at, createTenant, HOUR, MINUTE, T0, useStore } from './harness';

export function leaseAndImportContract(open: () => Promise<Store>): void {
  describe('dispatch leases', () => {
    const store = useStore(open);

    // Expiry is measured by the store's clock: the caller's `now` on SQLite (one machine), the
    // database's own time on MongoDB (several dynos). So the contract speaks in TTLs: a lease
    // for an hour is held throughout the test; a lease for 0 ms has expired when it is written.
    // The SQLite-only test in sqlite.test.ts follows an expiry through the caller's clock.
    it('gives a key to one owner at a time, renewable by its owner, free once expired', async () => {
      const key = 'phone:106540352242922';
      expect(await store().acquireLease(key, 'instance-a', HOUR, T0)).toBe(true);
      expect(await store().acquireLease(key, 'instance-b', HOUR, T0)).toBe(false);
      expect(await store().acquireLease(key, 'instance-a', HOUR, T0)).toBe(true);
      expect(await store().acquireLease(key, 'instance-b', HOUR, T0)).toBe(false);
      expect(await store().acquireLease('phone:other', 'instance-b', HOUR, T0)).toBe(true);
      // Renewed by its owner for 0 ms: expired at once, so another instance takes it.
      expect(await store().acquireLease(key, 'instance-a', 0, T0)).toBe(true);
      expect(await store().acquireLease(key, 'instance-b', HOUR, T0)).toBe(true);
      expect(await store().acquireLease(key, 'instance-a', HOUR, T0)).toBe(false);
      expect(await store().acquireLease('phone:other', 'instance-a', HOUR, T0)).toBe(false);
    });

    it('releases only for the owner', async () => {
      const key = 'phone:1';
      await store().acquireLease(key, 'instance-a', HOUR, T0);
      await store().releaseLease(key, 'instance-b');
      expect(await store().acquireLease(key, 'instance-b', HOUR, T0)).toBe(false);
      await store().releaseLease(key, 'instance-a');
      expect(await store().acquireLease(key, 'instance-b', HOUR, T0)).toBe(true);
    });
  });

  describe('imports', () => {
    const store = useStore(open);

    it('tracks an import job within its tenant', async () => {
      const tenant = await createTenant(store());
      const other = await createTenant(store(), 'Other');
      const job = await store().createImport(tenant, 'recipients', 'task-1', T0, 'instance-a');
      expect(job).toEqual({
        id: job.id,
        tenantId: tenant,
        kind: 'recipients',
        taskId: 'task-1',
        owner: 'instance-a',
        status: 'running',
        processed: 0,
        summary: {},
        error: null,
        createdAt: T0,
        updatedAt: T0,
      });
      expect(
        await store().updateImport(
          job.id,
          { processed: 500, summary: { accepted: 498, duplicates: 2 } },
          at(MINUTE),
          'instance-a',
        ),
      ).toBe(true);
      expect(await store().getImport(tenant, job.id)).toMatchObject({
        status: 'running',
        processed: 500,
        summary: { accepted: 498, duplicates: 2 },
        updatedAt: at(MINUTE),
      });
      await store().updateImport(job.id, { status: 'completed' }, at(2 * MINUTE), 'instance-a');
      expect(await store().getImport(tenant, job.id)).toMatchObject({
        status: 'completed',
        processed: 500,
        error: null,
      });
      expect(await store().getImport(other, job.id)).toBeNull();
    });

    it('updates an import for its owner only, and only while it runs', async () => {
      const tenant = await createTenant(store());
      const job = await store().createImport(tenant, 'opt_outs', null, T0, 'instance-a');
      expect(await store().updateImport(job.id, { processed: 9 }, at(1), 'instance-b')).toBe(false);
      expect(await store().updateImport(job.id, { processed: 7 }, at(2), 'instance-a')).toBe(true);
      expect(await store().getImport(tenant, job.id)).toMatchObject({
        processed: 7,
        updatedAt: at(2),
      });
      await store().updateImport(job.id, { status: 'failed' }, at(3), 'instance-a');
      expect(await store().updateImport(job.id, { processed: 8 }, at(4), 'instance-a')).toBe(false);
      expect((await store().getImport(tenant, job.id))?.processed).toBe(7);
    });

    it('fails only the running imports whose heartbeat is stale, never one a live instance runs', async () => {
      const tenant = await createTenant(store());
      const dead = await store().createImport(tenant, 'opt_outs', null, T0, 'instance-a');
      await store().updateImport(dead.id, { processed: 3000 }, at(MINUTE), 'instance-a');
      const live = await store().createImport(tenant, 'opt_outs', null, T0, 'instance-b');
      await store().updateImport(live.id, { processed: 5000 }, at(3 * MINUTE), 'instance-b');
      const done = await store().createImport(tenant, 'opt_outs', null, T0, 'instance-a');
      await store().updateImport(done.id, { status: 'completed' }, T0, 'instance-a');

      // Heartbeats older than 2 minutes at 3m30s: only instance-a's import at 1m.
      const stale = await store().failStaleImports(at(MINUTE + 1), at(3 * MINUTE + 30_000));
      expect(stale).toEqual([expect.objectContaining({ id: dead.id, processed: 3000 })]);
      expect(await store().getImport(tenant, dead.id)).toMatchObject({
        status: 'failed',
        processed: 3000,
        error: expect.stringMatching(/stopped .*3,000 rows.*run the import again/),
        updatedAt: at(3 * MINUTE + 30_000),
      });
      expect(await store().getImport(tenant, live.id)).toMatchObject({
        status: 'running',
        processed: 5000,
      });
      expect((await store().getImport(tenant, done.id))?.status).toBe('completed');
      // Its owner, back after a pause, cannot overwrite what the sweep recorded.
      expect(
        await store().updateImport(dead.id, { processed: 4000 }, at(4 * MINUTE), 'instance-a'),
      ).toBe(false);
      expect(await store().failStaleImports(at(MINUTE + 1), at(4 * MINUTE))).toEqual([]);
    });
  });
}
