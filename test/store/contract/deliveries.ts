import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, HOUR, MINUTE, newTask, T0, useStore } from './harness';

export function deliveryContract(open: () => Promise<Store>): void {
  describe('delivery statuses and replies', () => {
    const store = useStore(open);
    let tenant: string;
    let taskId: string;

    /** Sends one task message to `contact` at `sentAt`; returns the recipient id. */
    async function send(
      task: string,
      contact: string,
      messageId: string,
      sentAt: Date,
    ): Promise<string> {
      await store().addRecipients(tenant, task, [{ contact, params: null }]);
      const recipient = (await store().loadPending(task, 100, sentAt)).find(
        (r) => r.contact === contact,
      );
      if (!recipient) throw new Error(`no pending recipient ${contact}`);
      await store().claimRecipients(task, [recipient.id], 'dispatcher-a', sentAt);
      await store().recordSendResult(
        recipient.id,
        'dispatcher-a',
        { kind: 'sent', messageId, waId: null },
        sentAt,
      );
      return recipient.id;
    }

    beforeEach(async () => {
      tenant = await createTenant(store());
      taskId = (await store().createTask(tenant, newTask({ categoryId: 'cat-a' }), T0)).id;
    });

    it('applies statuses by message id, forward only, and answers with the task message', async () => {
      const recipientId = await send(taskId, '+5511900000001', 'wamid.1', T0);
      const expected = {
        tenantId: tenant,
        taskId,
        categoryId: 'cat-a',
        recipientId,
        contact: '+5511900000001',
        messageId: 'wamid.1',
        sentAt: T0,
      };
      const status = (s: 'sent' | 'delivered' | 'read' | 'failed', when: Date) =>
        store().applyStatus(tenant, {
          messageId: 'wamid.1',
          status: s,
          at: when,
          errorCode: null,
          errorTitle: null,
        });
      expect(await status('read', at(2 * MINUTE))).toEqual(expected);
      expect(await status('delivered', at(MINUTE))).toEqual(expected);
      expect(await status('sent', at(MINUTE))).toEqual(expected);
      const [recipient] = (await store().listRecipients(tenant, taskId, {}, { limit: 1 })).items;
      expect(recipient).toMatchObject({
        status: 'read',
        readAt: at(2 * MINUTE),
        deliveredAt: at(MINUTE),
        sentAt: T0,
      });
      expect(await store().findTaskMessage('wamid.1')).toEqual(expected);
      expect(
        await store().applyStatus(tenant, {
          messageId: 'wamid.unknown',
          status: 'read',
          at: T0,
          errorCode: null,
          errorTitle: null,
        }),
      ).toBeNull();
      expect(await store().findTaskMessage('wamid.unknown')).toBeNull();
    });

    it('moves only the reporting tenant’s task message, and names another tenant’s', async () => {
      await send(taskId, '+5511900000001', 'wamid.1', T0);
      const other = await createTenant(store(), 'Other');
      const ref = await store().applyStatus(other, {
        messageId: 'wamid.1',
        status: 'failed',
        at: at(MINUTE),
        errorCode: 131026,
        errorTitle: 'Message undeliverable',
      });
      expect(ref).toMatchObject({ tenantId: tenant, messageId: 'wamid.1' });
      const [recipient] = (await store().listRecipients(tenant, taskId, {}, { limit: 1 })).items;
      expect(recipient).toMatchObject({ status: 'sent', errorCode: null });
      expect(recipient?.failedAt ?? null).toBeNull();
    });

    it('applies a batch of statuses: forward only, each key once, only to its tenant', async () => {
      const one = await send(taskId, '+5511900000001', 'wamid.1', T0);
      const two = await send(taskId, '+5511900000002', 'wamid.2', T0);
      const other = await createTenant(store(), 'Other');
      const item = (
        messageId: string,
        s: 'sent' | 'delivered' | 'read',
        when: Date,
        tenantId = tenant,
      ) => ({
        tenantId,
        key: `st:${tenantId}:${messageId}:${s}`,
        update: { messageId, status: s, at: when, errorCode: null, errorTitle: null },
      });
      const first = await store().applyStatusBatch(
        [
          item('wamid.1', 'read', at(2 * MINUTE)),
          item('wamid.1', 'delivered', at(MINUTE)),
          item('wamid.2', 'delivered', at(MINUTE)),
          item('wamid.2', 'delivered', at(MINUTE)),
          item('wamid.unknown', 'read', at(MINUTE)),
          item('wamid.2', 'read', at(MINUTE), other),
        ],
        at(3 * MINUTE),
      );
      const applied = (recipientId: string, contact: string) => ({
        outcome: 'applied',
        recipientId,
        taskId,
        contact,
      });
      expect(first).toEqual([
        applied(one, '+5511900000001'),
        applied(one, '+5511900000001'),
        applied(two, '+5511900000002'),
        { outcome: 'duplicate' },
        { outcome: 'unknown_message' },
        { outcome: 'unknown_message' },
      ]);
      const again = await store().applyStatusBatch(
        [item('wamid.2', 'delivered', at(MINUTE)), item('wamid.2', 'read', at(4 * MINUTE))],
        at(4 * MINUTE),
      );
      expect(again).toEqual([{ outcome: 'duplicate' }, applied(two, '+5511900000002')]);
      expect(await store().applyStatusBatch([], at(4 * MINUTE))).toEqual([]);
      const recipients = (await store().listRecipients(tenant, taskId, {}, { limit: 5 })).items;
      expect(recipients.find((r) => r.id === one)).toMatchObject({
        status: 'read',
        readAt: at(2 * MINUTE),
        deliveredAt: at(MINUTE),
      });
      expect(recipients.find((r) => r.id === two)).toMatchObject({
        status: 'read',
        deliveredAt: at(MINUTE),
        readAt: at(4 * MINUTE),
      });
      expect(await store().hasKey(`st:${tenant}:wamid.unknown:read`)).toBe(true);
      expect(await store().hasKey(`st:${other}:wamid.2:read`)).toBe(true);
      expect((await store().recipientStats(tenant, taskId)).read).toBe(2);
    });

    it('keeps a failed message failed, with its error, whatever arrives later', async () => {
      await send(taskId, '+5511900000001', 'wamid.1', T0);
      await store().applyStatus(tenant, {
        messageId: 'wamid.1',
        status: 'delivered',
        at: at(MINUTE),
        errorCode: null,
        errorTitle: null,
      });
      await store().applyStatus(tenant, {
        messageId: 'wamid.1',
        status: 'failed',
        at: at(2 * MINUTE),
        errorCode: 131050,
        errorTitle: 'User stopped marketing messages',
      });
      await store().applyStatus(tenant, {
        messageId: 'wamid.1',
        status: 'read',
        at: at(3 * MINUTE),
        errorCode: null,
        errorTitle: null,
      });
      await store().applyStatus(tenant, {
        messageId: 'wamid.1',
        status: 'failed',
        at: at(4 * MINUTE),
        errorCode: 1,
        errorTitle: 'x',
      });
      const [recipient] = (await store().listRecipients(tenant, taskId, {}, { limit: 1 })).items;
      expect(recipient).toMatchObject({
        status: 'failed',
        failedAt: at(2 * MINUTE),
        errorCode: 131050,
        errorTitle: 'User stopped marketing messages',
        deliveredAt: at(MINUTE),
      });
      expect((await store().recipientStats(tenant, taskId)).failed).toBe(1);
    });

    it('ends a failure that revealed an opt-out (131050) suppressed by it, for good', async () => {
      const recipientId = await send(taskId, '+5511900000009', 'wamid.9', T0);
      await store().applyStatus(tenant, {
        messageId: 'wamid.9',
        status: 'failed',
        at: at(MINUTE),
        errorCode: 131050,
        errorTitle: 'stopped marketing',
        suppressedBy: 'opt-meta',
      });
      await store().applyStatus(tenant, {
        messageId: 'wamid.9',
        status: 'read',
        at: at(2 * MINUTE),
        errorCode: null,
        errorTitle: null,
      });
      const recipient = (await store().listRecipients(tenant, taskId, {}, { limit: 5 })).items.find(
        (r) => r.id === recipientId,
      );
      expect(recipient).toMatchObject({
        status: 'suppressed',
        suppressedBy: 'opt-meta',
        errorCode: 131050,
      });
      expect((await store().recipientStats(tenant, taskId)).suppressed).toBe(1);
    });

    it('finds the latest task message sent to any identifier within the window', async () => {
      const other = (await store().createTask(tenant, newTask({ categoryId: null }), T0)).id;
      await send(taskId, '+5511900000001', 'wamid.old', T0);
      await send(other, '+5511900000001', 'wamid.new', at(HOUR));
      await send(taskId, '+5511900000002', 'wamid.someone', at(2 * HOUR));
      const latest = await store().latestTaskMessageTo(
        tenant,
        ['551100000001', '+5511900000001'],
        at(-DAY),
      );
      expect(latest).toMatchObject({
        messageId: 'wamid.new',
        taskId: other,
        categoryId: null,
        sentAt: at(HOUR),
      });
      expect(
        (await store().latestTaskMessageTo(tenant, ['+5511900000001'], at(HOUR)))?.messageId,
      ).toBe('wamid.new');
      expect(
        await store().latestTaskMessageTo(tenant, ['+5511900000001'], at(HOUR + 1)),
      ).toBeNull();
      const stranger = await createTenant(store(), 'Other');
      expect(await store().latestTaskMessageTo(stranger, ['+5511900000001'], at(-DAY))).toBeNull();
    });

    it('records a reply once per message id and keeps it on the recipient', async () => {
      const recipientId = await send(taskId, '+5511900000001', 'wamid.1', T0);
      const reply = {
        tenantId: tenant,
        taskId,
        recipientId,
        contact: '+5511900000001',
        messageId: 'wamid.in1',
        text: 'Which sizes do you have?',
        at: at(MINUTE),
      };
      expect(await store().recordReply(reply)).toBe(true);
      expect(await store().recordReply(reply)).toBe(false);
      expect(
        await store().recordReply({
          ...reply,
          messageId: 'wamid.in2',
          text: 'And colours?',
          at: at(2 * MINUTE),
        }),
      ).toBe(true);
      const [recipient] = (await store().listRecipients(tenant, taskId, {}, { limit: 1 })).items;
      expect(recipient).toMatchObject({ lastReply: 'And colours?', lastReplyAt: at(2 * MINUTE) });
      const page = await store().listReplies(tenant, taskId, { limit: 1 });
      expect(page.items).toEqual([
        {
          ...reply,
          id: page.items[0]?.id,
          messageId: 'wamid.in2',
          text: 'And colours?',
          at: at(2 * MINUTE),
        },
      ]);
      const rest = await store().listReplies(tenant, taskId, { limit: 1, cursor: page.nextCursor });
      expect(rest.items.map((r) => r.messageId)).toEqual(['wamid.in1']);
      expect(rest.nextCursor).toBeNull();
      const stranger = await createTenant(store(), 'Other');
      expect((await store().listReplies(stranger, taskId, { limit: 10 })).items).toEqual([]);
    });

    it('marks a recipient as opted out after the message, once', async () => {
      const recipientId = await send(taskId, '+5511900000001', 'wamid.1', T0);
      await store().markOptedOutAfter(recipientId, at(MINUTE));
      await store().markOptedOutAfter(recipientId, at(2 * MINUTE));
      const [recipient] = (await store().listRecipients(tenant, taskId, {}, { limit: 1 })).items;
      expect(recipient?.optedOutAt).toEqual(at(MINUTE));
      expect((await store().recipientStats(tenant, taskId)).optedOutAfter).toBe(1);
    });
  });
}
