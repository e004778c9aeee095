import type { ParkedStatus, Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, newTask, T0, useStore } from './harness';

/** Statuses that came before the send recorded their message id (Meta's webhook won the race). */
export function parkedStatusContract(open: () => Promise<Store>): void {
  describe('parked statuses', () => {
    const store = useStore(open);
    let tenant: string;
    let taskId: string;

    /** Claims a recipient for `contact`; `record` then records its message id. */
    async function claim(contact: string) {
      await store().addRecipients(tenant, taskId, [{ contact, params: null }]);
      const recipient = (await store().loadPending(taskId, 100, T0)).find(
        (r) => r.contact === contact,
      );
      if (!recipient) throw new Error(`no pending recipient ${contact}`);
      await store().claimRecipients(taskId, [recipient.id], 'dispatcher-a', T0);
      return {
        id: recipient.id,
        record: (messageId: string) =>
          store().recordSendResult(
            recipient.id,
            'dispatcher-a',
            { kind: 'sent', messageId, waId: null },
            T0,
          ),
      };
    }

    const parked = (
      messageId: string,
      status: ParkedStatus['status'],
      when: Date,
      overrides: Partial<ParkedStatus> = {},
    ): ParkedStatus => ({
      tenantId: tenant,
      messageId,
      status,
      at: when,
      errors: [],
      recipientId: '5511900000001',
      recipientUserId: null,
      ...overrides,
    });

    beforeEach(async () => {
      tenant = await createTenant(store());
      taskId = (await store().createTask(tenant, newTask(), T0)).id;
    });

    it('keeps a status until its message id is recorded, then hands it over once, oldest first', async () => {
      const r = await claim('+5511900000001');
      const failed = parked('wamid.1', 'failed', at(2 * MINUTE), {
        errors: [{ code: 131049, title: 'limit', details: 'per user' }],
      });
      await store().parkStatus(parked('wamid.1', 'delivered', at(MINUTE)), at(MINUTE));
      await store().parkStatus(failed, at(2 * MINUTE));
      // A repeat (Meta redelivers) is one parked status.
      await store().parkStatus(parked('wamid.1', 'delivered', at(MINUTE)), at(3 * MINUTE));
      expect(await store().takeParkedStatuses(['wamid.1'])).toEqual([]);

      expect(await r.record('wamid.1')).toBe(true);
      const taken = await Promise.all([
        store().takeParkedStatuses(['wamid.1', 'wamid.other']),
        store().takeParkedStatuses(['wamid.1']),
      ]);
      // Each to one caller only (on MongoDB the two may share them out): by time, all of them.
      const all = taken.flat().sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(all).toEqual([parked('wamid.1', 'delivered', at(MINUTE)), failed]);
      expect(taken[0]).toEqual(
        [...(taken[0] ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime()),
      );
      expect(await store().takeParkedStatuses(['wamid.1'])).toEqual([]);
      expect(await store().takeParkedStatuses([])).toEqual([]);
    });

    it("never hands a status to another tenant's task message", async () => {
      const r = await claim('+5511900000001');
      const other = await createTenant(store(), 'Other');
      await store().parkStatus(parked('wamid.1', 'read', at(MINUTE), { tenantId: other }), T0);
      await r.record('wamid.1');
      expect(await store().takeParkedStatuses(['wamid.1'])).toEqual([]);
      expect(await store().parkedMessageIds(at(MINUTE), 10)).toEqual(['wamid.1']);
      expect(await store().pruneParkedStatuses(['wamid.1'], at(MINUTE))).toBe(1);
    });

    it('parks what a status batch finds no task message for, and takes it once recorded', async () => {
      const r = await claim('+5511900000002');
      const outcomes = await store().applyStatusBatch(
        [
          {
            tenantId: tenant,
            key: `st:${tenant}:wamid.2:delivered`,
            update: {
              messageId: 'wamid.2',
              status: 'delivered',
              at: at(MINUTE),
              errorCode: null,
              errorTitle: null,
            },
            recipientId: '5511900000002',
            recipientUserId: 'BR.123',
          },
        ],
        at(MINUTE),
      );
      expect(outcomes).toEqual([{ outcome: 'unknown_message' }]);
      await r.record('wamid.2');
      expect(await store().takeParkedStatuses(['wamid.2'])).toEqual([
        parked('wamid.2', 'delivered', at(MINUTE), {
          recipientId: '5511900000002',
          recipientUserId: 'BR.123',
        }),
      ]);
    });

    it('lists what was parked before an instant, oldest first, and prunes it by message id', async () => {
      for (let i = 0; i < 5; i++)
        await store().parkStatus(parked(`wamid.${i}`, 'sent', T0), at((4 - i) * MINUTE));
      await store().parkStatus(parked('wamid.4', 'delivered', T0), at(5 * MINUTE));
      // Parked at 4, 3, 2, 1, 0 minutes, and wamid.4 again at 5: before 3 minutes, oldest first.
      expect(await store().parkedMessageIds(at(3 * MINUTE), 2)).toEqual(['wamid.4', 'wamid.3']);
      expect(await store().parkedMessageIds(at(3 * MINUTE), 10)).toEqual([
        'wamid.4',
        'wamid.3',
        'wamid.2',
      ]);
      // Only what was parked before the instant goes: wamid.4's later status stays.
      expect(await store().pruneParkedStatuses(['wamid.4', 'wamid.3'], at(3 * MINUTE))).toBe(2);
      expect(await store().pruneParkedStatuses([], at(3 * MINUTE))).toBe(0);
      expect(await store().parkedMessageIds(at(3 * MINUTE), 10)).toEqual(['wamid.2']);
      expect(await store().parkedMessageIds(at(6 * MINUTE), 10)).toEqual([
        'wamid.2',
        'wamid.1',
        'wamid.0',
        'wamid.4',
      ]);
      // What is left is still there to take.
      const r = await claim('+5511900000003');
      await r.record('wamid.4');
      expect(await store().takeParkedStatuses(['wamid.0', 'wamid.4'])).toEqual([
        parked('wamid.4', 'delivered', T0),
      ]);
    });
  });
}
