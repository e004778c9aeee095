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
      const job = await store().createImport(tenant, 'recipients', 'task-1', T0);
      expect(job).toEqual({
        id: job.id,
        tenantId: tenant,
        kind: 'recipients',
        taskId: 'task-1',
        status: 'running',
        processed: 0,
        summary: {},
        error: null,
        createdAt: T0,
        updatedAt: T0,
      });
      await store().updateImport(
        job.id,
        { processed: 500, summary: { accepted: 498, duplicates: 2 } },
        at(MINUTE),
      );
      expect(await store().getImport(tenant, job.id)).toMatchObject({
        status: 'running',
        processed: 500,
        summary: { accepted: 498, duplicates: 2 },
        updatedAt: at(MINUTE),
      });
      await store().updateImport(job.id, { status: 'completed' }, at(2 * MINUTE));
      expect(await store().getImport(tenant, job.id)).toMatchObject({
        status: 'completed',
        processed: 500,
        error: null,
      });
      expect(await store().getImport(other, job.id)).toBeNull();
    });

    it('fails the imports a dead process left running', async () => {
      const tenant = await createTenant(store());
      const running = await store().createImport(tenant, 'opt_outs', null, T0);
      const done = await store().createImport(tenant, 'opt_outs', null, T0);
      await store().updateImport(done.id, { status: 'completed' }, T0);
      expect(await store().failInterruptedImports(at(MINUTE))).toBe(1);
      expect(await store().getImport(tenant, running.id)).toMatchObject({
        status: 'failed',
        error: 'interrupted by a restart; run the import again',
        updatedAt: at(MINUTE),
      });
      expect((await store().getImport(tenant, done.id))?.status).toBe('completed');
      expect(await store().failInterruptedImports(at(MINUTE))).toBe(0);
    });
  });
}
