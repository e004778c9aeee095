import type { Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, newTask, T0, useStore } from './harness';

/** BreakerStore: a task's recent sends and its failures by code, as the task breakers read them. */
export function breakerContract(open: () => Promise<Store>): void {
  describe('task breakers: recent sends and error bursts', () => {
    const store = useStore(open);
    let tenant: string;
    let taskId: string;

    beforeEach(async () => {
      tenant = await createTenant(store());
      taskId = (await store().createTask(tenant, newTask(), T0)).id;
    });

    const contact = (i: number) => `+55119${String(10_000_000 + i)}`;

    /** Claims recipient `i` at `when` and records `result`; returns its id. */
    async function settle(
      i: number,
      when: Date,
      result: Parameters<Store['recordSendResult']>[2],
    ): Promise<string> {
      await store().addRecipients(tenant, taskId, [{ contact: contact(i), params: null }]);
      const r = (await store().loadPending(taskId, 500, when)).find(
        (x) => x.contact === contact(i),
      );
      if (!r) throw new Error(`no pending recipient ${i}`);
      await store().claimRecipients(taskId, [r.id], 'dispatcher-a', when);
      await store().recordSendResult(r.id, 'dispatcher-a', result, when);
      return r.id;
    }
    const sent = (i: number, when: Date) =>
      settle(i, when, { kind: 'sent', messageId: `wamid.${i}`, waId: null });

    it('answers the newest sends first, up to a limit and a send time, with reach and opt-outs', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await sent(i, at(i * MINUTE)));
      await store().applyStatus(tenant, {
        messageId: 'wamid.3',
        status: 'delivered',
        at: at(4 * MINUTE),
        errorCode: null,
        errorTitle: null,
      });
      await store().applyStatus(tenant, {
        messageId: 'wamid.1',
        status: 'read',
        at: at(4 * MINUTE),
        errorCode: null,
        errorTitle: null,
      });
      await store().markOptedOutAfter(ids[1]!, at(30 * MINUTE));
      await store().applyStatus(tenant, {
        messageId: 'wamid.0',
        status: 'failed',
        at: at(5 * MINUTE),
        errorCode: 131050,
        errorTitle: 'stop',
        suppressedBy: null,
      });
      // A recipient never sent is no send.
      await store().addRecipients(tenant, taskId, [{ contact: contact(99), params: null }]);

      const all = await store().recentSends(tenant, taskId, 10, null);
      expect(all.map((s) => s.sentAt)).toEqual([4, 3, 2, 1, 0].map((m) => at(m * MINUTE)));
      expect(all.map((s) => s.reached)).toEqual([false, true, false, true, false]);
      expect(all.map((s) => s.optedOutAt)).toEqual([null, null, null, at(30 * MINUTE), null]);
      expect(all.map((s) => s.errorCode)).toEqual([null, null, null, null, 131050]);

      expect((await store().recentSends(tenant, taskId, 2, null)).map((s) => s.sentAt)).toEqual([
        at(4 * MINUTE),
        at(3 * MINUTE),
      ]);
      // The window ending at the send an opt-out answers (inclusive) ...
      expect(
        (await store().recentSends(tenant, taskId, 2, at(2 * MINUTE))).map((s) => s.sentAt),
      ).toEqual([at(2 * MINUTE), at(MINUTE)]);
      // ... or, with fewer sends before it, the task's first sends, newest first.
      expect(
        (await store().recentSends(tenant, taskId, 3, at(MINUTE))).map((s) => s.sentAt),
      ).toEqual([at(2 * MINUTE), at(MINUTE), T0]);
      expect(await store().recentSends(tenant, taskId, 0, null)).toEqual([]);
    });

    it("never answers another tenant's task", async () => {
      await sent(0, T0);
      const other = await createTenant(store());
      expect(await store().recentSends(other, taskId, 10, null)).toEqual([]);
      expect(await store().errorBurstCounts(other, taskId, 131050, at(-MINUTE))).toEqual({
        sends: 0,
        failed: 0,
        failedUnsent: 0,
      });
    });

    it('counts sends and failures of one code since a moment, in the response or a status', async () => {
      await sent(0, at(-20 * MINUTE)); // before the interval
      await sent(1, T0);
      await sent(2, at(MINUTE));
      // Refused in the send response: no message went out.
      await settle(3, at(MINUTE), {
        kind: 'suppressed',
        optOutId: null,
        code: 131050,
        title: 'stop',
      });
      await settle(4, at(MINUTE), { kind: 'failed', code: 131026, title: 'undeliverable' });
      // Accepted, then reported failed with 131050 on a status.
      await store().applyStatus(tenant, {
        messageId: 'wamid.2',
        status: 'failed',
        at: at(2 * MINUTE),
        errorCode: 131050,
        errorTitle: 'stop',
        suppressedBy: null,
      });
      // A retryable error leaves the recipient pending: not a failure.
      await settle(5, at(MINUTE), {
        kind: 'retry',
        retryAt: at(2 * MINUTE),
        code: 131050,
        title: 'x',
      });

      const since = at(-10 * MINUTE);
      expect(await store().errorBurstCounts(tenant, taskId, 131050, since)).toEqual({
        sends: 2,
        failed: 2,
        failedUnsent: 1,
      });
      expect(await store().errorBurstCounts(tenant, taskId, 131026, since)).toEqual({
        sends: 2,
        failed: 1,
        failedUnsent: 1,
      });
      expect(await store().errorBurstCounts(tenant, taskId, 131050, at(90_000))).toEqual({
        sends: 0,
        failed: 1,
        failedUnsent: 0,
      });
    });
  });
}
