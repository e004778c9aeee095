import type { Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, T0, useStore } from './harness';

const TTL = MINUTE;

export function leaseAndImportContract(open: () => Promise<Store>): void {
  describe('dispatch leases', () => {
    const store = useStore(open);

    it('gives a key to one owner at a time until the lease expires', async () => {
      const key = 'phone:106540352242922';
      expect(await store().acquireLease(key, 'instance-a', TTL, T0)).toBe(true);
      expect(await store().acquireLease(key, 'instance-b', TTL, at(TTL - 1))).toBe(false);
      expect(await store().acquireLease(key, 'instance-a', TTL, at(TTL - 1))).toBe(true);
      // Renewed at TTL - 1: still held at TTL, free from 2 * TTL - 1.
      expect(await store().acquireLease(key, 'instance-b', TTL, at(TTL))).toBe(false);
      expect(await store().acquireLease(key, 'instance-b', TTL, at(2 * TTL - 1))).toBe(true);
      expect(await store().acquireLease(key, 'instance-a', TTL, at(2 * TTL))).toBe(false);
      expect(await store().acquireLease('phone:other', 'instance-a', TTL, at(2 * TTL))).toBe(true);
    });

    it('releases only for the owner', async () => {
      const key = 'phone:1';
      await store().acquireLease(key, 'instance-a', TTL, T0);
      await store().releaseLease(key, 'instance-b');
      expect(await store().acquireLease(key, 'instance-b', TTL, T0)).toBe(false);
      await store().releaseLease(key, 'instance-a');
      expect(await store().acquireLease(key, 'instance-b', TTL, T0)).toBe(true);
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
