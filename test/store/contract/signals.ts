import type { NewSignal, Store } from '../../../src/store/types';
import { at, createTenant, HOUR, MINUTE, newTask, settings, T0, useStore } from './harness';

const paused = (overrides: Partial<NewSignal> = {}): NewSignal => ({
  wabaId: '102290129340398',
  type: 'template_status',
  subject: 'template:summer_promo_v3:en_US',
  event: 'PAUSED',
  key: 'message_template_status_update:template:summer_promo_v3:en_US:PAUSED:1768476900',
  detail: { event: 'PAUSED', other_info: { title: 'FIRST_PAUSE' } },
  at: T0,
  ...overrides,
});

export function signalContract(open: () => Promise<Store>): void {
  describe('tenants by WhatsApp Business Account and quality signals', () => {
    const store = useStore(open);

    it('stores a wabaId and lists every tenant of that account, oldest first', async () => {
      const a = await store().createTenant(
        {
          name: 'A',
          phoneNumberId: '1',
          wabaId: '900',
          accessTokenEnc: null,
          settings: settings(),
        },
        T0,
      );
      const b = await store().createTenant(
        {
          name: 'B',
          phoneNumberId: '2',
          wabaId: '900',
          accessTokenEnc: null,
          settings: settings(),
        },
        at(MINUTE),
      );
      await createTenant(store(), 'C', '3');
      expect(a.wabaId).toBe('900');
      expect((await store().getTenant(a.id))?.wabaId).toBe('900');
      expect((await store().listTenantsByWabaId('900')).map((t) => t.id)).toEqual([a.id, b.id]);
      expect(await store().listTenantsByWabaId('901')).toEqual([]);
      const moved = await store().updateTenant(b.id, { wabaId: '901' }, at(2 * MINUTE));
      expect(moved?.wabaId).toBe('901');
      expect((await store().updateTenant(b.id, { name: 'B2' }, at(3 * MINUTE)))?.wabaId).toBe(
        '901',
      );
      expect((await store().listTenantsByWabaId('901')).map((t) => t.name)).toEqual(['B2']);
      expect((await store().getTenant(b.id))?.wabaId).toBe('901');
    });

    it('records a signal once per tenant and key, and reads it back', async () => {
      const t1 = await createTenant(store(), 'A');
      const t2 = await createTenant(store(), 'B');
      expect(await store().recordSignal(t1, paused(), at(MINUTE))).toBe(true);
      expect(await store().recordSignal(t1, paused(), at(2 * MINUTE))).toBe(false);
      expect(await store().recordSignal(t2, paused(), at(MINUTE))).toBe(true);
      const page = await store().listSignals(t1, { limit: 10 });
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({
        tenantId: t1,
        type: 'template_status',
        event: 'PAUSED',
        detail: { other_info: { title: 'FIRST_PAUSE' } },
        at: T0,
        receivedAt: at(MINUTE),
      });
    });

    it("answers the newest signal of a subject by Meta's time, not by arrival", async () => {
      const t = await createTenant(store(), 'A');
      expect(await store().latestSignal(t, 'template_status', 'template:x:en')).toBeNull();
      await store().recordSignal(
        t,
        paused({ subject: 'template:x:en', event: 'APPROVED', key: 'k2', at: at(10 * MINUTE) }),
        at(11 * MINUTE),
      );
      // Delivered late: older by Meta's clock.
      await store().recordSignal(
        t,
        paused({ subject: 'template:x:en', key: 'k1', at: at(5 * MINUTE) }),
        at(12 * MINUTE),
      );
      await store().recordSignal(
        t,
        paused({ subject: 'template:y:en', key: 'k3', at: at(20 * MINUTE) }),
        at(20 * MINUTE),
      );
      const latest = await store().latestSignal(t, 'template_status', 'template:x:en');
      expect(latest).toMatchObject({ key: 'k2', event: 'APPROVED' });
      expect(await store().latestSignal(t, 'number_quality', 'template:x:en')).toBeNull();
      const other = await createTenant(store(), 'B');
      expect(await store().latestSignal(other, 'template_status', 'template:x:en')).toBeNull();
    });

    it('pages the signals newest first', async () => {
      const t = await createTenant(store(), 'A');
      for (let i = 0; i < 3; i++) {
        await store().recordSignal(t, paused({ key: `k${i}` }), at(i * MINUTE));
      }
      const first = await store().listSignals(t, { limit: 2 });
      expect(first.items.map((s) => s.key)).toEqual(['k2', 'k1']);
      const rest = await store().listSignals(t, { limit: 2, cursor: first.nextCursor });
      expect(rest.items.map((s) => s.key)).toEqual(['k0']);
      expect(rest.nextCursor).toBeNull();
    });

    it('counts the distinct contacts reached since a time (the messaging limit)', async () => {
      const t = await createTenant(store(), 'A');
      const task = await store().createTask(t, newTask(), T0);
      const other = await store().createTask(t, newTask(), T0);
      await store().addRecipients(t, task.id, [
        { contact: '+5511900000001', params: null },
        { contact: '+5511900000002', params: null },
        { contact: '+5511900000003', params: null },
      ]);
      await store().addRecipients(t, other.id, [{ contact: '+5511900000001', params: null }]);
      const send = async (taskId: string, n: number, when: Date) => {
        const pending = await store().loadPending(taskId, n, when);
        await store().claimRecipients(
          taskId,
          pending.map((r) => r.id),
          'w',
          when,
        );
        for (const r of pending) {
          await store().recordSendResult(
            r.id,
            'w',
            { kind: 'sent', messageId: `wamid.${r.id}`, waId: null },
            when,
          );
        }
      };
      await send(task.id, 2, T0);
      await send(other.id, 1, at(2 * HOUR));
      expect(await store().countContactsReachedSince(t, T0)).toBe(2);
      expect(await store().countContactsReachedSince(t, at(HOUR))).toBe(1);
      expect(await store().countContactsReachedSince(t, at(3 * HOUR))).toBe(0);
      const nobody = await createTenant(store(), 'B');
      expect(await store().countContactsReachedSince(nobody, T0)).toBe(0);
    });
  });
}
