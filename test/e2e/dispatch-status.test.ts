/**
 * Status webhooks' effect on task recipients (applyDeliveryStatus, as the inbox calls it).
 */
import { createLogger } from '../../src/logger';
import { applyDeliveryStatus, type StatusInput } from '../../src/services/inbox/delivery-status';
import type { Recipient, Tenant } from '../../src/domain/types';
import { createTestContext, type TestContext } from '../support/context';
import { driveUntil, numbers, publishedTask, taskStatus, testDispatcher } from './dispatch-helpers';

let ctx: TestContext;
let tenant: Tenant;
beforeEach(async () => {
  ctx = await createTestContext();
  tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
});
afterEach(async () => {
  await ctx.close();
});

const apply = (status: Partial<StatusInput> & { messageId: string }) =>
  applyDeliveryStatus(
    {
      store: ctx.store,
      clock: ctx.clock,
      log: createLogger({ level: 'silent' }),
      optOuts: ctx.services.optOuts,
    },
    tenant,
    { status: 'delivered', timestamp: ctx.clock.now(), errors: [], ...status },
  );

async function sentTask(count = 3): Promise<{ taskId: string; recipients: Recipient[] }> {
  const taskId = await publishedTask(
    ctx,
    numbers(count).map((contact) => ({ contact })),
  );
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  const { items } = await ctx.store.listRecipients(ctx.defaultTenantId, taskId, {}, { limit: 100 });
  return { taskId, recipients: items };
}
const reload = async (r: Recipient) =>
  (await ctx.store.listRecipients(ctx.defaultTenantId, r.taskId, {}, { limit: 100 })).items.find(
    (i) => i.id === r.id,
  )!;

it('moves a recipient forward only, whatever the order and however often', async () => {
  const { recipients } = await sentTask(1);
  const r = recipients[0]!;
  const t = (s: number) => new Date(ctx.clock.now().getTime() + s * 1000);
  expect(await apply({ messageId: r.messageId!, status: 'read', timestamp: t(20) })).toMatchObject({
    recipientId: r.id,
    taskId: r.taskId,
  });
  await apply({ messageId: r.messageId!, status: 'delivered', timestamp: t(10) });
  await apply({ messageId: r.messageId!, status: 'sent', timestamp: t(5) });
  await apply({ messageId: r.messageId!, status: 'read', timestamp: t(20) });
  expect(await reload(r)).toMatchObject({ status: 'read', deliveredAt: t(10), readAt: t(20) });
});

it('ignores statuses of messages that are not task messages, and ones it does not track', async () => {
  const { recipients } = await sentTask(1);
  expect(await apply({ messageId: 'wamid.not-ours' })).toBeNull();
  expect(await apply({ messageId: recipients[0]!.messageId!, status: 'played' })).toBeNull();
});

it('131050 on a failed status records Meta’s opt-out and ends the recipient suppressed by it', async () => {
  const { recipients } = await sentTask(2);
  const r = recipients[0]!;
  await apply({
    messageId: r.messageId!,
    status: 'failed',
    errors: [{ code: 131050, title: 'Unable to deliver the message', details: null }],
  });
  const active = await ctx.store.findActiveOptOuts(
    ctx.defaultTenantId,
    'whatsapp',
    [r.contact],
    ctx.clock.now(),
  );
  expect(active).toEqual([
    expect.objectContaining({
      categoryId: null,
      origin: 'meta',
      source: 'meta_error_131050',
      expiresAt: null,
    }),
  ]);
  expect(await reload(r)).toMatchObject({
    status: 'suppressed',
    errorCode: 131050,
    suppressedBy: active[0]!.id,
  });
  // A late `delivered` for the same message never undoes it.
  await apply({ messageId: r.messageId!, status: 'delivered' });
  expect(await reload(r)).toMatchObject({ status: 'suppressed' });
  // Delivered twice by Meta: still one opt-out, unchanged.
  await apply({
    messageId: r.messageId!,
    status: 'failed',
    errors: [{ code: 131050, title: 'Unable to deliver the message', details: null }],
  });
  expect(
    await ctx.store.findActiveOptOuts(
      ctx.defaultTenantId,
      'whatsapp',
      [r.contact],
      ctx.clock.now(),
    ),
  ).toHaveLength(1);
});

it('131049 on a failed status of a finished task records the recipient meta_limited, once', async () => {
  const { recipients } = await sentTask(1);
  const r = recipients[0]!;
  const status = {
    messageId: r.messageId!,
    status: 'failed' as const,
    errors: [{ code: 131049, title: 'Not delivered', details: 'healthy ecosystem engagement' }],
  };
  await apply(status);
  expect(await reload(r)).toMatchObject({
    status: 'meta_limited',
    deferReason: 'meta_limited',
    errorCode: 131049,
    messageId: null,
  });
  await apply(status); // Meta's redelivery changes nothing
  expect(await reload(r)).toMatchObject({ status: 'meta_limited' });
  const opted = await ctx.store.findSuppressionIds(
    tenant.id,
    'whatsapp',
    [r.contact],
    null,
    ctx.clock.now(),
  );
  expect(opted.size).toBe(0);
});

it('131049 on a failed status of a running task: the recipient is sent again after an hour', async () => {
  const endAt = new Date(ctx.clock.now().getTime() + 5 * 3_600_000).toISOString();
  const contacts = numbers(2);
  const taskId = await publishedTask(
    ctx,
    contacts.map((contact) => ({ contact })),
    { endAt, policy: { messagesPerSecond: 1 } },
  );
  const d = testDispatcher(ctx, { maxTickMs: 1 });
  await d.tick();
  const [first] = (
    await ctx.store.listRecipients(tenant.id, taskId, { status: 'sent' }, { limit: 5 })
  ).items;
  await apply({
    messageId: first!.messageId!,
    status: 'failed',
    errors: [{ code: 131049, title: 'Not delivered', details: null }],
  });
  const held = await reload(first!);
  expect(held).toMatchObject({ status: 'pending', deferReason: 'meta_limited' });
  expect(held.nextAttemptAt!.getTime() - ctx.clock.now().getTime()).toBe(3_600_000);
  await driveUntil(ctx, [d], async () => (await reload(first!)).status === 'sent', {
    stepMs: 10 * 60_000,
  });
  expect(ctx.clock.now().getTime()).toBeGreaterThanOrEqual(held.nextAttemptAt!.getTime());
  expect(await taskStatus(ctx, taskId)).not.toBe('failed');
});

it.each([131026, 131047])('%i on a failed status fails the recipient', async (code) => {
  const { recipients } = await sentTask(1);
  await apply({
    messageId: recipients[0]!.messageId!,
    status: 'failed',
    errors: [{ code, title: 'Not delivered', details: 'why' }],
  });
  expect(await reload(recipients[0]!)).toMatchObject({
    status: 'failed',
    errorCode: code,
    errorTitle: 'Not delivered: why',
  });
});

it('a template error on a failed status pauses the running task with the reason', async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, { settings: { messagesPerSecond: 1 } });
  const taskId = await publishedTask(
    ctx,
    numbers(5).map((contact) => ({ contact })),
  );
  // One round per tick: one message sent, the task running with four to go.
  await testDispatcher(ctx, { maxTickMs: 1 }).tick();
  expect(await taskStatus(ctx, taskId)).toBe('running');
  const [sent] = (
    await ctx.store.listRecipients(ctx.defaultTenantId, taskId, { status: 'sent' }, { limit: 5 })
  ).items;
  await apply({
    messageId: sent!.messageId!,
    status: 'failed',
    errors: [{ code: 132015, title: 'Template is Paused', details: 'quality too low' }],
  });
  expect(await ctx.store.getTask(ctx.defaultTenantId, taskId)).toMatchObject({
    status: 'paused',
    reason: '132015 Template is Paused: quality too low',
  });
});
