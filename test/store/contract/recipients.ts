import { NotFoundError } from '../../../src/errors';
import type { Store } from '../../../src/store/types';
import { at, createTenant, MINUTE, newTask, T0, useStore } from './harness';

export function recipientContract(open: () => Promise<Store>): void {
  describe('recipients', () => {
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

    it('adds recipients once per contact and tells how many were new', async () => {
      const first = await store().addRecipients(tenant, taskId, [
        { contact: contacts[0] ?? '', params: ['Ana'] },
        { contact: contacts[1] ?? '', params: { first_name: 'Bruno' } },
        { contact: contacts[0] ?? '', params: ['Ana again'] },
      ]);
      expect(first).toEqual({ inserted: 2 });
      const second = await store().addRecipients(tenant, taskId, [
        { contact: contacts[1] ?? '', params: null },
        { contact: contacts[2] ?? '', params: null },
      ]);
      expect(second).toEqual({ inserted: 1 });
      const page = await store().listRecipients(tenant, taskId, {}, { limit: 10 });
      expect(page.items.map((r) => r.contact).sort()).toEqual(contacts.slice(0, 3));
      const ana = page.items.find((r) => r.contact === contacts[0]);
      expect(ana).toMatchObject({
        tenantId: tenant,
        taskId,
        params: ['Ana'],
        status: 'pending',
        attempts: 0,
        nextAttemptAt: null,
        claimedBy: null,
        messageId: null,
        optedOutAt: null,
      });
      expect(page.items.find((r) => r.contact === contacts[1])?.params).toEqual({
        first_name: 'Bruno',
      });
    });

    it('adds a large batch in order, keeping the first of each contact however far apart', async () => {
      // 250 rows: more than one multi-row statement, duplicates inside the batch across them.
      const rows = Array.from({ length: 250 }, (_, i) => ({
        contact: `+49151${String(10_000_000 + (i % 200))}`,
        params: [`row ${i}`],
      }));
      expect(await store().addRecipients(tenant, taskId, rows)).toEqual({ inserted: 200 });
      const page = await store().listRecipients(tenant, taskId, {}, { limit: 500 });
      expect(page.items).toHaveLength(200);
      // Newest first: the upload's last new contact leads, its first one closes the list.
      expect(page.items.map((r) => r.params)).toEqual(
        Array.from({ length: 200 }, (_, i) => [`row ${199 - i}`]),
      );
    });

    it("refuses recipients for another tenant's task and lists none for it", async () => {
      const other = await createTenant(store(), 'Other');
      await expect(
        store().addRecipients(other, taskId, [{ contact: '+5511900000009', params: null }]),
      ).rejects.toBeInstanceOf(NotFoundError);
      await addAll();
      expect((await store().listRecipients(other, taskId, {}, { limit: 10 })).items).toEqual([]);
      expect((await store().recipientStats(other, taskId)).total).toBe(0);
    });

    it('pages recipients and filters them by status', async () => {
      const ids = await addAll();
      await store().markSuppressed(taskId, [{ recipientId: ids[0] ?? '', optOutId: 'opt-1' }], T0);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await store().listRecipients(tenant, taskId, {}, { limit: 3, cursor });
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 5);
      expect(pages).toBe(2);
      expect(seen.sort()).toEqual([...ids].sort());
      const suppressed = await store().listRecipients(
        tenant,
        taskId,
        { status: 'suppressed' },
        { limit: 10 },
      );
      expect(suppressed.items.map((r) => [r.id, r.suppressedBy])).toEqual([[ids[0], 'opt-1']]);
    });

    it('loads pending recipients oldest first, up to the limit, skipping the suppressed', async () => {
      const ids = await addAll();
      expect(ids).toHaveLength(4);
      expect((await store().loadPending(taskId, 2, T0)).map((r) => r.id)).toEqual(ids.slice(0, 2));
      await store().markSuppressed(taskId, [{ recipientId: ids[1] ?? '', optOutId: 'opt-1' }], T0);
      expect((await store().loadPending(taskId, 10, T0)).map((r) => r.id)).toEqual([
        ids[0],
        ids[2],
        ids[3],
      ]);
    });

    it('counts recipients per status', async () => {
      const [a, b, c] = (await addAll()) as [string, string, string];
      await store().markSuppressed(taskId, [{ recipientId: a, optOutId: 'opt-1' }], T0);
      await store().claimRecipients(taskId, [b, c], 'dispatcher-a', T0);
      await store().recordSendResult(
        b,
        'dispatcher-a',
        { kind: 'sent', messageId: 'wamid.b', waId: null },
        T0,
      );
      await store().markOptedOutAfter(b, at(MINUTE));
      expect(await store().recipientStats(tenant, taskId)).toEqual({
        pending: 1,
        sending: 1,
        sent: 1,
        delivered: 0,
        read: 0,
        failed: 0,
        suppressed: 1,
        unknown: 0,
        no_consent: 0,
        outside_window: 0,
        frequency_capped: 0,
        meta_limited: 0,
        deferred: { outside_window: 0, frequency_capped: 0, meta_limited: 0 },
        total: 4,
        optedOutAfter: 1,
      });
    });
  });
}
