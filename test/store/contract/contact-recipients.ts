import type { Store } from '../../../src/store/types';
import { createTenant, MINUTE, newTask, at, useStore } from './harness';

/** listContactRecipients: the console's "task messages this contact got", newest task first. */
export function contactRecipientContract(open: () => Promise<Store>): void {
  describe('a contact’s recipients across tasks', () => {
    const store = useStore(open);

    it('finds the contact under any of its identifiers in the newest tasks, newest task first', async () => {
      const tenant = await createTenant(store());
      const number = '+5511987654321';
      const waId = '551187654321';
      const older = await store().createTask(tenant, newTask({ name: 'Older' }), at(0));
      const newer = await store().createTask(tenant, newTask({ name: 'Newer' }), at(MINUTE));
      const other = await store().createTask(tenant, newTask({ name: 'Without' }), at(2 * MINUTE));
      await store().addRecipients(tenant, older.id, [
        { contact: number, params: null },
        { contact: '+5511900000001', params: null },
      ]);
      await store().addRecipients(tenant, newer.id, [{ contact: waId, params: ['Ana'] }]);
      await store().addRecipients(tenant, other.id, [{ contact: '+5511900000002', params: null }]);

      const found = await store().listContactRecipients(tenant, [number, waId, number], 10);
      expect(found.map((r) => [r.taskId, r.contact])).toEqual([
        [newer.id, waId],
        [older.id, number],
      ]);
      expect(found[0]).toMatchObject({ params: ['Ana'], status: 'pending', tenantId: tenant });

      // Only the newest `recentTasks` tasks are looked at.
      expect(
        (await store().listContactRecipients(tenant, [number, waId], 2)).map((r) => r.taskId),
      ).toEqual([newer.id]);
      expect(await store().listContactRecipients(tenant, [], 10)).toEqual([]);
    });

    it('never answers another tenant’s rows', async () => {
      const tenant = await createTenant(store());
      const otherTenant = await createTenant(store(), 'Other');
      const task = await store().createTask(tenant, newTask(), at(0));
      await store().addRecipients(tenant, task.id, [{ contact: '+5511987654321', params: null }]);
      expect(await store().listContactRecipients(otherTenant, ['+5511987654321'], 10)).toEqual([]);
    });
  });
}
