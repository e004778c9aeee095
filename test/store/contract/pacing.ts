import type { Store } from '../../../src/store/types';
import { at, createTenant, HOUR, MINUTE, newTask, T0, useStore } from './harness';

/** Deferred recipients (quiet hours, frequency cap, Meta's 131049) and the cap's count. */
export function pacingContract(open: () => Promise<Store>): void {
  describe('pacing: deferred recipients and recent sends', () => {
    const store = useStore(open);
    let tenant: string;
    let taskId: string;
    const contacts = ['+5511900000001', '+5511900000002', '+5511900000003'];

    beforeEach(async () => {
      tenant = await createTenant(store());
      taskId = (await store().createTask(tenant, newTask(), T0)).id;
      await store().addRecipients(
        tenant,
        taskId,
        contacts.map((contact, i) => ({
          contact,
          params: [`N${i}`],
          timeZone: i === 0 ? 'America/Chicago' : null,
        })),
      );
    });

    const ids = async () => (await store().loadPending(taskId, 10, T0)).map((r) => r.id);
    const byId = async (id: string) =>
      (await store().listRecipients(tenant, taskId, {}, { limit: 10 })).items.find(
        (r) => r.id === id,
      );

    it('keeps the time zone given at import', async () => {
      const rows = await store().loadPending(taskId, 10, T0);
      expect(rows.map((r) => r.timeZone)).toEqual(['America/Chicago', null, null]);
      expect(rows.every((r) => r.deferReason === null)).toBe(true);
    });

    it('skips a deferred recipient until its time, then loads it with its reason', async () => {
      const [a, b, c] = (await ids()) as [string, string, string];
      await store().deferRecipients(
        taskId,
        [{ recipientId: a, until: at(2 * HOUR), reason: 'outside_window' }],
        T0,
      );
      expect((await store().loadPending(taskId, 10, at(HOUR))).map((r) => r.id)).toEqual([b, c]);
      expect(await store().hasUnsentRecipients(taskId)).toBe(true);
      const due = await store().loadPending(taskId, 10, at(2 * HOUR));
      // The one that waited comes first.
      expect(due.map((r) => r.id)).toEqual([a, b, c]);
      expect(due[0]).toMatchObject({ deferReason: 'outside_window', nextAttemptAt: at(2 * HOUR) });
      expect((await store().loadPending(taskId, 1, at(2 * HOUR))).map((r) => r.id)).toEqual([a]);
    });

    it('ends a recipient at once when it can never be sent, and leaves non-pending ones alone', async () => {
      const [a, b] = (await ids()) as [string, string, string];
      await store().claimRecipients(taskId, [b], 'd1', T0);
      await store().deferRecipients(
        taskId,
        [
          { recipientId: a, until: null, reason: 'outside_window' },
          { recipientId: b, until: at(HOUR), reason: 'frequency_capped' },
        ],
        T0,
      );
      expect(await byId(a)).toMatchObject({ status: 'outside_window' });
      expect(await byId(b)).toMatchObject({ status: 'sending', deferReason: null });
    });

    it('closes the deferred recipients with their reason as status at the task end', async () => {
      const [a, b, c] = (await ids()) as [string, string, string];
      await store().deferRecipients(
        taskId,
        [
          { recipientId: a, until: at(HOUR), reason: 'outside_window' },
          { recipientId: b, until: at(HOUR), reason: 'frequency_capped' },
        ],
        T0,
      );
      await store().claimRecipients(taskId, [c], 'd1', T0);
      await store().recordSendResult(
        c,
        'd1',
        { kind: 'defer', retryAt: at(HOUR), reason: 'meta_limited', code: 131049, title: 'limit' },
        T0,
      );
      expect(await byId(c)).toMatchObject({
        status: 'pending',
        deferReason: 'meta_limited',
        errorCode: 131049,
        attempts: 1,
        claimedBy: null,
      });
      expect((await store().recipientStats(tenant, taskId)).deferred).toEqual({
        outside_window: 1,
        frequency_capped: 1,
        meta_limited: 1,
      });
      expect(await store().closeDeferredRecipients(taskId, at(30 * MINUTE))).toBe(3);
      const stats = await store().recipientStats(tenant, taskId);
      expect(stats).toMatchObject({
        outside_window: 1,
        frequency_capped: 1,
        meta_limited: 1,
        pending: 0,
        deferred: { outside_window: 0, frequency_capped: 0, meta_limited: 0 },
      });
      expect(await store().hasUnsentRecipients(taskId)).toBe(false);
    });

    it('a later send clears the reason the recipient waited for', async () => {
      const [a] = (await ids()) as [string, string, string];
      await store().deferRecipients(
        taskId,
        [{ recipientId: a, until: at(HOUR), reason: 'frequency_capped' }],
        T0,
      );
      await store().claimRecipients(taskId, [a], 'd1', at(HOUR));
      await store().recordSendResult(
        a,
        'd1',
        { kind: 'sent', messageId: 'wamid.pacing-a', waId: null },
        at(HOUR),
      );
      expect(await byId(a)).toMatchObject({ status: 'sent', deferReason: null });
      expect(await store().closeDeferredRecipients(taskId, at(2 * HOUR))).toBe(0);
    });

    it('puts a send Meta held (131049) back to pending with a growing wait, once', async () => {
      const [a] = (await ids()) as [string, string, string];
      const backoff = { baseMs: HOUR, maxMs: 24 * HOUR };
      const sendAndFail = async (when: Date, messageId: string) => {
        await store().claimRecipients(taskId, [a], 'd1', when);
        await store().recordSendResult(a, 'd1', { kind: 'sent', messageId, waId: null }, when);
        await store().applyStatus(tenant, {
          messageId,
          status: 'failed',
          at: when,
          errorCode: 131049,
          errorTitle: 'held',
          suppressedBy: null,
        });
      };
      await sendAndFail(T0, 'wamid.held-1');
      const first = await store().requeueHeldSend('wamid.held-1', 'meta_limited', backoff, T0);
      expect(first).toEqual({ recipientId: a, taskId, until: at(HOUR) });
      expect(await byId(a)).toMatchObject({
        status: 'pending',
        deferReason: 'meta_limited',
        nextAttemptAt: at(HOUR),
        messageId: null,
        errorCode: 131049,
      });
      // The same status again: nothing left to requeue.
      expect(await store().requeueHeldSend('wamid.held-1', 'meta_limited', backoff, T0)).toBeNull();
      // Sent again (attempt 2) and held again: the wait doubles.
      await sendAndFail(at(HOUR), 'wamid.held-2');
      expect(
        await store().requeueHeldSend('wamid.held-2', 'meta_limited', backoff, at(HOUR)),
      ).toEqual({ recipientId: a, taskId, until: at(3 * HOUR) });
      // A message that failed for another reason and is unknown: null.
      expect(await store().requeueHeldSend('wamid.none', 'meta_limited', backoff, T0)).toBeNull();
      // The held message no longer counts for the frequency cap.
      expect((await store().countRecentSends(tenant, [contacts[0] ?? ''], T0)).size).toBe(0);
    });

    it('counts a contact’s sends across the tenant’s tasks since an instant, and no one else’s', async () => {
      const other = (await store().createTask(tenant, newTask(), T0)).id;
      await store().addRecipients(tenant, other, [{ contact: contacts[0] ?? '', params: null }]);
      const otherTenant = await createTenant(store());
      const foreign = (await store().createTask(otherTenant, newTask(), T0)).id;
      await store().addRecipients(otherTenant, foreign, [
        { contact: contacts[0] ?? '', params: null },
      ]);
      const send = async (task: string, contact: string, when: Date, id: string) => {
        const r = (await store().loadPending(task, 10, when)).find((x) => x.contact === contact);
        if (!r) throw new Error('no pending recipient');
        await store().claimRecipients(task, [r.id], 'd1', when);
        await store().recordSendResult(
          r.id,
          'd1',
          { kind: 'sent', messageId: id, waId: null },
          when,
        );
      };
      await send(taskId, contacts[0] ?? '', at(HOUR), 'wamid.c1');
      await send(other, contacts[0] ?? '', at(3 * HOUR), 'wamid.c2');
      await send(foreign, contacts[0] ?? '', at(3 * HOUR), 'wamid.c3');
      await send(taskId, contacts[1] ?? '', at(MINUTE), 'wamid.c4');

      const recent = await store().countRecentSends(tenant, contacts, at(30 * MINUTE));
      expect(recent.get(contacts[0] ?? '')).toEqual({ count: 2, oldest: at(HOUR) });
      expect(recent.has(contacts[1] ?? '')).toBe(false); // sent before `since`
      expect(recent.has(contacts[2] ?? '')).toBe(false); // never sent
      const later = await store().countRecentSends(tenant, [contacts[0] ?? ''], at(2 * HOUR));
      expect(later.get(contacts[0] ?? '')).toEqual({ count: 1, oldest: at(3 * HOUR) });
      expect((await store().countRecentSends(tenant, [], T0)).size).toBe(0);
    });
  });
}
