import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, MINUTE, T0, useStore } from './harness';

const LEASE = 5 * MINUTE;

export function inboxContract(open: () => Promise<Store>): void {
  describe('webhook inbox and idempotency keys', () => {
    const store = useStore(open);

    it('appends deliveries in one call and returns their ids in order', async () => {
      const ids = await store().appendInbox([
        { body: '{"n":1}', receivedAt: at(2) },
        { body: '{"n":2}', receivedAt: at(1) },
        { body: '{"n":3}', receivedAt: at(3) },
      ]);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
      expect(await store().inboxBacklog()).toMatchObject({ pending: 3, oldestReceivedAt: at(1) });
      const claimed = await store().claimInbox('worker-1', 10, LEASE, at(MINUTE));
      expect(claimed.map((e) => e.body)).toEqual(['{"n":2}', '{"n":1}', '{"n":3}']);
      expect(claimed.map((e) => e.id)).toEqual([ids[1], ids[0], ids[2]]);
      expect(claimed[0]).toEqual({
        id: ids[1],
        body: '{"n":2}',
        receivedAt: at(1),
        attempts: 1,
        lane: 'priority',
      });
      expect(await store().appendInbox([])).toEqual([]);
    });

    it('claims oldest first up to the limit, and not again while the claim is live', async () => {
      await store().appendInbox([1, 2, 3].map((n) => ({ body: `{"n":${n}}`, receivedAt: at(n) })));
      const first = await store().claimInbox('worker-1', 2, LEASE, T0);
      expect(first.map((e) => e.body)).toEqual(['{"n":1}', '{"n":2}']);
      const second = await store().claimInbox('worker-2', 10, LEASE, at(MINUTE));
      expect(second.map((e) => e.body)).toEqual(['{"n":3}']);
      expect(await store().claimInbox('worker-2', 10, LEASE, at(LEASE - 1))).toEqual([]);
    });

    it('lets another worker take an entry whose claim expired, counting the attempt', async () => {
      const [id] = await store().appendInbox([{ body: '{}', receivedAt: T0 }]);
      await store().claimInbox('worker-1', 10, LEASE, T0);
      const retaken = await store().claimInbox('worker-2', 10, LEASE, at(LEASE));
      expect(retaken).toEqual([{ id, body: '{}', receivedAt: T0, attempts: 2, lane: 'priority' }]);
    });

    it('never hands out a completed entry again and counts only the unprocessed backlog', async () => {
      const [a, b, c] = (await store().appendInbox(
        [1, 2, 3].map((n) => ({ body: `${n}`, receivedAt: at(n) })),
      )) as [string, string, string];
      await store().claimInbox('worker-1', 10, LEASE, T0);
      await store().completeInbox(a, 'processed', null, at(MINUTE));
      await store().completeInbox(b, 'failed', 'unparseable entry', at(MINUTE));
      expect(await store().inboxBacklog()).toMatchObject({ pending: 1, oldestReceivedAt: at(3) });
      const later = await store().claimInbox('worker-2', 10, LEASE, at(LEASE * 3));
      expect(later.map((e) => e.id)).toEqual([c]);
      await store().completeInbox(c, 'processed', null, at(LEASE * 3));
      expect(await store().inboxBacklog()).toEqual({
        pending: 0,
        oldestReceivedAt: null,
        lanes: {
          priority: { pending: 0, oldestReceivedAt: null },
          status: { pending: 0, oldestReceivedAt: null },
        },
      });
      expect(await store().claimInbox('worker-3', 10, LEASE, at(LEASE * 10))).toEqual([]);
    });

    it('keeps each delivery in its lane: claims one lane at a time, counts each lane', async () => {
      const lanes = ['status', 'priority', 'status', undefined, 'status'] as const;
      const ids = await store().appendInbox(
        lanes.map((lane, n) => ({
          body: `{"n":${n}}`,
          receivedAt: at(n),
          ...(lane ? { lane } : {}),
        })),
      );
      expect(await store().inboxBacklog()).toEqual({
        pending: 5,
        oldestReceivedAt: at(0),
        lanes: {
          priority: { pending: 2, oldestReceivedAt: at(1) },
          status: { pending: 3, oldestReceivedAt: at(0) },
        },
      });
      const urgent = await store().claimInbox('worker-1', 10, LEASE, T0, 'priority');
      expect(urgent.map((e) => [e.id, e.lane])).toEqual([
        [ids[1], 'priority'],
        [ids[3], 'priority'],
      ]);
      const receipts = await store().claimInbox('worker-1', 2, LEASE, T0, 'status');
      expect(receipts.map((e) => [e.id, e.lane])).toEqual([
        [ids[0], 'status'],
        [ids[2], 'status'],
      ]);
      expect(await store().claimInbox('worker-2', 10, LEASE, T0, 'priority')).toEqual([]);
      expect((await store().claimInbox('worker-2', 10, LEASE, T0)).map((e) => e.id)).toEqual([
        ids[4],
      ]);
    });

    it('completes a batch of entries in one call, and only those', async () => {
      const ids = (await store().appendInbox(
        [1, 2, 3].map((n) => ({ body: `${n}`, receivedAt: at(n), lane: 'status' as const })),
      )) as [string, string, string];
      await store().claimInbox('worker-1', 10, LEASE, T0, 'status');
      await store().completeInboxEntries([ids[0], ids[2]], at(MINUTE));
      await store().completeInboxEntries([], at(MINUTE));
      expect(await store().inboxBacklog()).toMatchObject({
        pending: 1,
        lanes: { status: { pending: 1, oldestReceivedAt: at(2) } },
      });
      const later = await store().claimInbox('worker-2', 10, LEASE, at(LEASE * 2), 'status');
      expect(later.map((e) => e.id)).toEqual([ids[1]]);
    });

    it('requeues the completed priority entries noted for a number since a time, and only those', async () => {
      const named = '{"phone_number_id":"555000000000001","text":"STOP"}';
      const [old, fresh, failed, other, pending, receipt, unnoted] = await store().appendInbox([
        { body: named, receivedAt: at(1) },
        { body: named, receivedAt: at(MINUTE) },
        { body: named, receivedAt: at(MINUTE + 1) },
        { body: '{"phone_number_id":"555000000000002"}', receivedAt: at(MINUTE + 2) },
        { body: named, receivedAt: at(MINUTE + 3) },
        { body: named, receivedAt: at(MINUTE + 4), lane: 'status' },
        // Names the number, but was not noted (it had a tenant): the body is never searched.
        { body: named, receivedAt: at(MINUTE + 5) },
      ]);
      const claimed = await store().claimInbox('worker-1', 10, LEASE, at(2 * MINUTE), 'priority');
      expect(claimed).toHaveLength(6);
      const note = (id: string | undefined, numbers: string[], n: number) =>
        store().noteUnclaimedInbox(id!, numbers, at(n));
      await note(old, ['555000000000001'], 1);
      await note(fresh, ['555000000000001', '555000000000003'], MINUTE);
      await note(fresh, ['555000000000001'], MINUTE); // noted twice: one note
      await note(failed, ['555000000000001'], MINUTE + 1);
      await note(other, ['555000000000002'], MINUTE + 2);
      await note(pending, ['555000000000001'], MINUTE + 3);
      await note(receipt, ['555000000000001'], MINUTE + 4);
      await note(unnoted, [], MINUTE + 5);
      await store().completeInboxEntries([old!, fresh!, other!, unnoted!], at(2 * MINUTE));
      await store().completeInbox(failed!, 'failed', 'boom', at(2 * MINUTE));
      await store().completeInbox(receipt!, 'processed', null, at(2 * MINUTE));

      expect(await store().requeueInbox('555000000000001', at(MINUTE))).toBe(2);
      // Pending again, unclaimed, attempts reset: the next claim takes them (and the one that
      // was pending all along, once its claim lapses).
      const again = await store().claimInbox('worker-2', 10, LEASE, at(2 * MINUTE + LEASE));
      expect(again.map((e) => e.id).sort()).toEqual([fresh, failed, pending].sort());
      expect(again.find((e) => e.id === fresh)?.attempts).toBe(1);
      await store().completeInboxEntries([fresh!, failed!, pending!], at(3 * MINUTE));
      // The notes that led to a requeue are gone; the entry that was pending kept its own, and
      // is requeued now that it is complete. Then nothing is left to replay.
      expect(await store().requeueInbox('555000000000001', at(MINUTE))).toBe(1);
      await store().completeInboxEntries([pending!], at(3 * MINUTE));
      expect(await store().requeueInbox('555000000000001', at(MINUTE))).toBe(0);
      // The entry's other number still finds it; the old entry is still noted, before `since`.
      expect(await store().requeueInbox('555000000000003', at(MINUTE))).toBe(1);
      expect(await store().requeueInbox('555000000000001', at(0))).toBe(1);
      expect(await store().requeueInbox('', at(0))).toBe(0);
      expect(await store().requeueInbox('555000000000009', at(0))).toBe(0);
    });

    it('prunes completed entries and event keys older than the retention, never pending ones, oldest first', async () => {
      const number = '555000000000007';
      const [oldDone, oldFailed, oldPending, edge, young] = (await store().appendInbox([
        { body: '{"n":1}', receivedAt: at(DAY) },
        { body: '{"n":2}', receivedAt: at(2 * DAY) },
        { body: '{"n":3}', receivedAt: at(3 * DAY) },
        // Received at the very moment of the cut: kept (only entries before it go).
        { body: '{"n":4}', receivedAt: at(30 * DAY) },
        { body: '{"n":5}', receivedAt: at(31 * DAY) },
      ])) as [string, string, string, string, string];
      await store().claimInbox('worker-1', 10, LEASE, at(DAY));
      for (const id of [oldDone, oldFailed, edge, young])
        await store().noteUnclaimedInbox(id, [number], at(DAY));
      await store().completeInboxEntries([oldDone, edge, young], at(32 * DAY));
      await store().completeInbox(oldFailed, 'failed', 'boom', at(32 * DAY));
      // oldPending stays pending (its claim lapses): never pruned, whatever its age.
      expect(await store().claimOnce('msg:old', at(DAY))).toBe(true);
      expect(await store().claimOnce('msg:edge', at(30 * DAY))).toBe(true);
      expect(await store().claimOnce('msg:young', at(31 * DAY))).toBe(true);

      // Bounded: one of each per call, the oldest first.
      expect(await store().pruneInbox(at(30 * DAY), 1)).toEqual({ entries: 1, keys: 1 });
      expect(await store().hasKey('msg:old')).toBe(false);
      expect(await store().pruneInbox(at(30 * DAY), 10)).toEqual({ entries: 1, keys: 0 });
      expect(await store().pruneInbox(at(30 * DAY), 10)).toEqual({ entries: 0, keys: 0 });
      expect(await store().pruneInbox(at(30 * DAY), 0)).toEqual({ entries: 0, keys: 0 });
      expect(await store().hasKey('msg:edge')).toBe(true);
      expect(await store().hasKey('msg:young')).toBe(true);
      // A pruned key can be claimed again (Meta retries for 7 days; the retention is at least 8).
      expect(await store().claimOnce('msg:old', at(32 * DAY))).toBe(true);
      // The pending entry is still there to be processed, and the pruned entries' notes went
      // with them: only the two entries kept are replayed.
      const pending = await store().claimInbox('worker-2', 10, LEASE, at(32 * DAY));
      expect(pending.map((e) => e.id)).toEqual([oldPending]);
      expect(await store().inboxBacklog()).toMatchObject({
        pending: 1,
        oldestReceivedAt: at(3 * DAY),
      });
      expect(await store().requeueInbox(number, at(0))).toBe(2);
      const replayed = await store().claimInbox('worker-3', 10, LEASE, at(40 * DAY));
      expect(replayed.map((e) => e.id).sort()).toEqual([oldPending, edge, young].sort());
    });

    it('claims an idempotency key exactly once', async () => {
      expect(await store().hasKey('msg:wamid.1')).toBe(false);
      expect(await store().claimOnce('msg:wamid.1', T0)).toBe(true);
      expect(await store().claimOnce('msg:wamid.1', at(MINUTE))).toBe(false);
      expect(await store().hasKey('msg:wamid.1')).toBe(true);
      expect(await store().claimOnce('msg:wamid.2', T0)).toBe(true);
      const racing = await Promise.all([
        store().claimOnce('status:x', T0),
        store().claimOnce('status:x', T0),
      ]);
      expect(racing.sort()).toEqual([false, true]);
    });
  });

  describe('conversations', () => {
    const store = useStore(open);

    it('saves a patch, keeping every field the patch leaves out', async () => {
      const tenant = await createTenant(store());
      const other = await createTenant(store(), 'Other');
      expect(await store().getConversation(tenant, '+5511987654321')).toBeNull();
      const pending = {
        kind: 'confirm_opt_out' as const,
        categoryId: 'cat-a',
        taskId: 'task-1',
        messageId: 'wamid.in1',
        askedAt: at(MINUTE),
      };
      await store().saveConversation(
        tenant,
        '+5511987654321',
        { pending, lastInboundAt: T0, language: 'pt' },
        T0,
      );
      expect(await store().getConversation(tenant, '+5511987654321')).toEqual({
        tenantId: tenant,
        contact: '+5511987654321',
        pending,
        lastInboundAt: T0,
        language: 'pt',
      });
      await store().saveConversation(
        tenant,
        '+5511987654321',
        { lastInboundAt: at(2 * MINUTE) },
        at(2 * MINUTE),
      );
      expect(await store().getConversation(tenant, '+5511987654321')).toMatchObject({
        pending,
        lastInboundAt: at(2 * MINUTE),
        language: 'pt',
      });
      await store().saveConversation(
        tenant,
        '+5511987654321',
        { pending: null, language: null },
        at(3 * MINUTE),
      );
      expect(await store().getConversation(tenant, '+5511987654321')).toMatchObject({
        pending: null,
        lastInboundAt: at(2 * MINUTE),
        language: null,
      });
      expect(await store().getConversation(other, '+5511987654321')).toBeNull();
      await store().saveConversation(other, '+5511987654321', { language: 'es' }, T0);
      expect(await store().getConversation(other, '+5511987654321')).toEqual({
        tenantId: other,
        contact: '+5511987654321',
        pending: null,
        lastInboundAt: null,
        language: 'es',
      });
    });
  });
}
