import type { Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, newTask, T0, useStore } from './harness';

export function sendContract(open: () => Promise<Store>): void {
  describe('recipient sends', () => {
    const store = useStore(open);
    let tenant: string;
    let taskId: string;
    const contacts = ['+5511900000001', '+5511900000002', '+5511900000003', '+5511900000004'];

    beforeEach(async () => {
      tenant = await createTenant(store());
      taskId = (await store().createTask(tenant, newTask(), T0)).id;
    });

    async function addAll(): Promise<string[]> {
      await store().addRecipients(
        tenant,
        taskId,
        contacts.map((contact, i) => ({ contact, params: [`Name ${i}`] })),
      );
      return (await store().loadPending(taskId, 100, T0)).map((r) => r.id);
    }

    it('lets exactly one owner claim a recipient', async () => {
      const ids = await addAll();
      const mine = await store().claimRecipients(
        taskId,
        ids.slice(0, 3),
        'dispatcher-a',
        at(MINUTE),
      );
      expect(mine).toEqual(ids.slice(0, 3));
      const theirs = await store().claimRecipients(taskId, ids, 'dispatcher-b', at(MINUTE));
      expect(theirs).toEqual([ids[3]]);
      expect(await store().claimRecipients(taskId, ids, 'dispatcher-b', at(MINUTE))).toEqual([]);
      const claimed = (
        await store().listRecipients(tenant, taskId, { status: 'sending' }, { limit: 10 })
      ).items;
      expect(claimed.find((r) => r.id === ids[0])).toMatchObject({
        claimedBy: 'dispatcher-a',
        claimedAt: at(MINUTE),
        attempts: 1,
      });
      expect((await store().loadPending(taskId, 10, at(MINUTE))).length).toBe(0);
      await store().markSuppressed(
        taskId,
        [{ recipientId: ids[0] ?? '', optOutId: 'opt-late' }],
        at(MINUTE),
      );
      expect(
        (await store().listRecipients(tenant, taskId, { status: 'suppressed' }, { limit: 10 }))
          .items,
      ).toEqual([]);
    });

    it('applies a send result only for the owner of a recipient still sending', async () => {
      const [a, b, c, d] = (await addAll()) as [string, string, string, string];
      await store().claimRecipients(taskId, [a, b, c, d], 'dispatcher-a', T0);
      const now = at(MINUTE);
      const sent = { kind: 'sent' as const, messageId: 'wamid.out1', waId: '551190000001' };
      expect(await store().recordSendResult(a, 'dispatcher-b', sent, now)).toBe(false);
      expect(await store().recordSendResult(a, 'dispatcher-a', sent, now)).toBe(true);
      expect(await store().recordSendResult(a, 'dispatcher-a', sent, now)).toBe(false);
      expect(
        await store().recordSendResult(
          b,
          'dispatcher-a',
          { kind: 'failed', code: 131026, title: 'Message undeliverable' },
          now,
        ),
      ).toBe(true);
      expect(
        await store().recordSendResult(
          c,
          'dispatcher-a',
          { kind: 'unknown', title: 'timeout after the request left' },
          now,
        ),
      ).toBe(true);
      expect(
        await store().recordSendResult(
          d,
          'dispatcher-a',
          { kind: 'suppressed', optOutId: 'opt-9', code: 131050, title: 'user stopped marketing' },
          now,
        ),
      ).toBe(true);
      const byId = new Map(
        (await store().listRecipients(tenant, taskId, {}, { limit: 10 })).items.map((r) => [
          r.id,
          r,
        ]),
      );
      expect(byId.get(a)).toMatchObject({
        status: 'sent',
        messageId: 'wamid.out1',
        waId: '551190000001',
        sentAt: now,
      });
      expect(byId.get(b)).toMatchObject({
        status: 'failed',
        errorCode: 131026,
        errorTitle: 'Message undeliverable',
        messageId: null,
      });
      expect(byId.get(c)).toMatchObject({
        status: 'unknown',
        errorTitle: 'timeout after the request left',
      });
      expect(byId.get(d)).toMatchObject({
        status: 'suppressed',
        suppressedBy: 'opt-9',
        errorCode: 131050,
      });
      expect(await store().findTaskMessage('wamid.out1')).toMatchObject({
        recipientId: a,
        taskId,
        sentAt: now,
      });
    });

    it('puts a retried recipient back to pending, not before its retry time', async () => {
      const [a] = (await addAll()) as [string];
      await store().claimRecipients(taskId, [a], 'dispatcher-a', T0);
      const retry = {
        kind: 'retry' as const,
        retryAt: at(5 * MINUTE),
        code: 130429,
        title: 'Rate limit hit',
      };
      expect(await store().recordSendResult(a, 'dispatcher-a', retry, at(MINUTE))).toBe(true);
      const pendingNow = await store().loadPending(taskId, 10, at(MINUTE));
      expect(pendingNow.map((r) => r.id)).not.toContain(a);
      const later = await store().loadPending(taskId, 10, at(5 * MINUTE));
      expect(later.find((r) => r.id === a)).toMatchObject({
        status: 'pending',
        nextAttemptAt: at(5 * MINUTE),
        claimedBy: null,
        errorCode: 130429,
        attempts: 1,
      });
      expect(await store().claimRecipients(taskId, [a], 'dispatcher-b', at(5 * MINUTE))).toEqual([
        a,
      ]);
      expect(
        (await store().listRecipients(tenant, taskId, { status: 'sending' }, { limit: 10 }))
          .items[0]?.attempts,
      ).toBe(2);
    });

    it('releases a claimed but untried recipient without counting an attempt', async () => {
      const [a] = (await addAll()) as [string];
      await store().claimRecipients(taskId, [a], 'dispatcher-a', T0);
      const release = { kind: 'release' as const, retryAt: at(2 * MINUTE) };
      expect(await store().recordSendResult(a, 'dispatcher-b', release, at(MINUTE))).toBe(false);
      expect(await store().recordSendResult(a, 'dispatcher-a', release, at(MINUTE))).toBe(true);
      expect((await store().loadPending(taskId, 10, at(MINUTE))).map((r) => r.id)).not.toContain(a);
      expect(
        (await store().loadPending(taskId, 10, at(2 * MINUTE))).find((r) => r.id === a),
      ).toMatchObject({
        status: 'pending',
        claimedBy: null,
        attempts: 0,
      });
    });

    it('tells whether anything is left to send: pending (due or not) or sending', async () => {
      expect(await store().hasUnsentRecipients(taskId)).toBe(false);
      const [a, b] = (await addAll()) as [string, string, string, string];
      expect(await store().hasUnsentRecipients(taskId)).toBe(true);
      const rest = (await store().loadPending(taskId, 10, T0)).map((r) => r.id);
      await store().markSuppressed(
        taskId,
        rest.filter((id) => id !== a && id !== b).map((id) => ({ recipientId: id, optOutId: 'o' })),
        T0,
      );
      await store().claimRecipients(taskId, [a, b], 'dispatcher-a', T0);
      expect(await store().hasUnsentRecipients(taskId)).toBe(true); // both sending
      await store().recordSendResult(a, 'dispatcher-a', { kind: 'unknown', title: 'timeout' }, T0);
      const retry = { kind: 'retry' as const, retryAt: at(MINUTE), code: 130429, title: 'slow' };
      await store().recordSendResult(b, 'dispatcher-a', retry, T0);
      // b waits for its retry: not due now, still left to send.
      expect(await store().loadPending(taskId, 10, T0)).toEqual([]);
      expect(await store().hasUnsentRecipients(taskId)).toBe(true);
      await store().claimRecipients(taskId, [b], 'dispatcher-a', at(MINUTE));
      const sent = { kind: 'sent' as const, messageId: 'wamid.b', waId: null };
      await store().recordSendResult(b, 'dispatcher-a', sent, at(MINUTE));
      expect(await store().hasUnsentRecipients(taskId)).toBe(false);
      expect(await store().hasUnsentRecipients('no-such-task')).toBe(false);
    });

    it('resolves abandoned sends: started ones as unknown (never re-sent), untried ones as pending', async () => {
      const [a, b, c, d] = (await addAll()) as [string, string, string, string];
      await store().claimRecipients(taskId, [a, b, d], 'dead-dispatcher', T0);
      await store().recordSendResult(
        a,
        'dead-dispatcher',
        { kind: 'sent', messageId: 'wamid.x', waId: null },
        T0,
      );
      expect(await store().markSendsStarted([b], 'someone-else', T0)).toBe(0);
      expect(await store().markSendsStarted([b], 'dead-dispatcher', T0)).toBe(1);
      // Counted as still claimed when marked again at the same instant (nothing to change).
      expect(await store().markSendsStarted([b, c], 'dead-dispatcher', T0)).toBe(1);
      expect(await store().resolveAbandonedSends(taskId, at(MINUTE))).toBe(1);
      const unknown = (
        await store().listRecipients(tenant, taskId, { status: 'unknown' }, { limit: 10 })
      ).items;
      expect(unknown.map((r) => [r.id, r.errorTitle])).toEqual([
        [b, 'claimed by a dispatcher that stopped before recording the result'],
      ]);
      const pending = await store().loadPending(taskId, 10, at(MINUTE));
      expect(pending.map((r) => r.id).sort()).toEqual([c, d].sort());
      expect(pending.find((r) => r.id === d)).toMatchObject({ claimedBy: null, attempts: 0 });
      expect(await store().resolveAbandonedSends(taskId, at(MINUTE))).toBe(0);
      // A new claim starts clean: an earlier start mark does not make it ambiguous.
      await store().claimRecipients(taskId, [d], 'next-dispatcher', at(MINUTE));
      expect(await store().resolveAbandonedSends(taskId, at(2 * MINUTE))).toBe(0);
      expect((await store().loadPending(taskId, 10, at(2 * MINUTE))).map((r) => r.id)).toContain(d);
    });
  });
}
