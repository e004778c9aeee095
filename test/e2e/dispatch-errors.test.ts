/**
 * Every Cloud API error path of the dispatcher, through the real client and the sandbox.
 */
import request from 'supertest';
import type { Recipient } from '../../src/domain/types';
import type { WhatsAppClient } from '../../src/whatsapp/types';
import { createTestContext, type TestContext } from '../support/context';
import {
  auth,
  driveUntil,
  numbers,
  publishedTask,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const [x, y, z] = numbers(3) as [string, string, string];
const sentTo = (contact: string) => sandboxOf(ctx).messages({ to: contact });
async function recipient(taskId: string, contact: string): Promise<Recipient> {
  const { items } = await ctx.store.listRecipients(ctx.defaultTenantId, taskId, {}, { limit: 500 });
  const found = items.find((r) => r.contact === contact);
  if (!found) throw new Error(`no recipient ${contact}`);
  return found;
}
const completed = (taskId: string) => async () => (await taskStatus(ctx, taskId)) === 'completed';

describe('throughput errors back the number off', () => {
  it.each([130429, 4, 80007, 131016])(
    '%i: the recipient is retried after the backoff and sent once',
    async (code) => {
      sandboxOf(ctx).failNext({ code, to: y });
      const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }, { contact: z }]);
      const d = testDispatcher(ctx, { random: () => 0.5 });
      await d.tick();
      const afterFirst = await recipient(taskId, y);
      expect(afterFirst).toMatchObject({ status: 'pending', errorCode: code, attempts: 1 });
      // Equal jitter with random() = 0.5: 1.5 s after the first throughput error.
      const firstSend = sentTo(x)[0]!.at.getTime();
      expect(afterFirst.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(firstSend + 1400);

      await driveUntil(ctx, [d], completed(taskId));
      for (const contact of [x, y, z]) expect(sentTo(contact)).toHaveLength(1);
      expect(sentTo(y)[0]!.at.getTime()).toBeGreaterThanOrEqual(
        afterFirst.nextAttemptAt!.getTime(),
      );
      expect(await recipient(taskId, y)).toMatchObject({
        status: 'sent',
        attempts: 2,
        errorCode: null,
      });
    },
  );

  it('gives up on a recipient after five attempts', async () => {
    sandboxOf(ctx).failNext({ code: 130429, to: y, count: 5 });
    const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }, { contact: z }]);
    await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId), { maxTicks: 200 });
    expect(await recipient(taskId, y)).toMatchObject({
      status: 'failed',
      attempts: 5,
      errorCode: 130429,
      errorTitle: expect.stringMatching(/gave up after 5 attempts/),
    });
    expect(sentTo(y)).toHaveLength(0);
    expect(await stats(ctx, taskId)).toMatchObject({ sent: 2, failed: 1, pending: 0 });
  });
});

it('131056 delays only that recipient, by 4^attempts seconds', async () => {
  sandboxOf(ctx).failNext({ code: 131056, to: x });
  const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }, { contact: z }]);
  const d = testDispatcher(ctx);
  const start = ctx.clock.now().getTime();
  await d.tick();
  expect(await recipient(taskId, y)).toMatchObject({ status: 'sent' });
  expect(await recipient(taskId, z)).toMatchObject({ status: 'sent' });
  const delayed = await recipient(taskId, x);
  expect(delayed).toMatchObject({ status: 'pending', errorCode: 131056 });
  expect(delayed.nextAttemptAt!.getTime() - start).toBeGreaterThanOrEqual(1000);
  expect(delayed.nextAttemptAt!.getTime() - start).toBeLessThan(2500);
  await driveUntil(ctx, [d], completed(taskId));
  expect(sentTo(x)).toHaveLength(1);
});

it('131050 suppresses the recipient and records Meta’s opt-out of all marketing', async () => {
  sandboxOf(ctx).failNext({ code: 131050, to: y });
  const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
  const d = testDispatcher(ctx);
  await driveUntil(ctx, [d], completed(taskId));
  const [optOut] = (
    await ctx.store.listOptOuts(
      ctx.defaultTenantId,
      { contacts: [y] },
      { limit: 10 },
      ctx.clock.now(),
    )
  ).items;
  expect(optOut).toMatchObject({
    channel: 'whatsapp',
    categoryId: null,
    origin: 'meta',
    source: 'meta_error_131050',
    expiresAt: null,
    revokedAt: null,
  });
  expect(await recipient(taskId, y)).toMatchObject({
    status: 'suppressed',
    errorCode: 131050,
    suppressedBy: optOut!.id,
  });
  expect(sentTo(y)).toHaveLength(0);

  const again = await publishedTask(ctx, [{ contact: y }, { contact: z }]);
  await driveUntil(ctx, [d], completed(again));
  expect(sentTo(y)).toHaveLength(0);
  expect(await recipient(again, y)).toMatchObject({
    status: 'suppressed',
    suppressedBy: optOut!.id,
  });
});

it('131049 holds the recipient back 1 h, then 2 h, and sends it after; never a failure or an opt-out', async () => {
  const start = ctx.clock.now().getTime();
  sandboxOf(ctx).failNext({ code: 131049, to: y });
  const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
  const d = testDispatcher(ctx);
  await d.tick();
  const held = await recipient(taskId, y);
  expect(held).toMatchObject({ status: 'pending', deferReason: 'meta_limited', errorCode: 131049 });
  const firstWait = held!.nextAttemptAt!.getTime() - start;
  expect(firstWait).toBeGreaterThanOrEqual(3_600_000);
  expect(firstWait).toBeLessThan(3_600_000 + 60_000);
  expect(await taskStatus(ctx, taskId)).toBe('running');
  // Not due yet: another tick sends nothing to it.
  ctx.clock.advance(30 * 60_000);
  await d.tick();
  expect(sentTo(y)).toHaveLength(0);
  // Due: Meta refuses once more, and the wait doubles.
  sandboxOf(ctx).failNext({ code: 131049, to: y });
  ctx.clock.set(held!.nextAttemptAt!);
  await d.tick();
  const again = await recipient(taskId, y);
  expect(again!.nextAttemptAt!.getTime() - ctx.clock.now().getTime()).toBeGreaterThanOrEqual(
    2 * 3_600_000,
  );
  ctx.clock.set(again!.nextAttemptAt!);
  await driveUntil(ctx, [d], completed(taskId));
  expect(sentTo(y)).toHaveLength(1);
  expect(await recipient(taskId, y)).toMatchObject({ status: 'sent', deferReason: null });
  const optOut = await ctx.store.findSuppressionIds(
    ctx.defaultTenantId,
    'whatsapp',
    [y],
    null,
    ctx.clock.now(),
  );
  expect(optOut.size).toBe(0);
});

it('131049 until the task ends: the recipient is recorded meta_limited', async () => {
  sandboxOf(ctx).failNext({ code: 131049, to: y });
  const endAt = new Date(ctx.clock.now().getTime() + 30 * 60_000).toISOString();
  const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }], { endAt });
  await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId), { stepMs: 60_000 });
  expect(await recipient(taskId, y)).toMatchObject({ status: 'meta_limited', errorCode: 131049 });
  const task = await ctx.store.getTask(ctx.defaultTenantId, taskId);
  expect(task?.reason).toContain(
    "1 recipients not sent (1 held by Meta's marketing limit (131049))",
  );
});

it.each([131026, 131047])('%i fails the recipient without a retry', async (code) => {
  sandboxOf(ctx).failNext({ code, to: y });
  const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
  await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId));
  expect(await recipient(taskId, y)).toMatchObject({
    status: 'failed',
    errorCode: code,
    attempts: 1,
  });
  expect(sentTo(y)).toHaveLength(0);
  expect(await stats(ctx, taskId)).toMatchObject({ sent: 1, failed: 1 });
});

describe('errors that concern every recipient pause the task', () => {
  it.each([131048, 132000, 132001, 132012, 132015, 132016, 190, 368, 131031, 100])(
    '%i',
    async (code) => {
      const contacts = numbers(10);
      sandboxOf(ctx).failNext({ code, to: contacts[1]! });
      const taskId = await publishedTask(
        ctx,
        contacts.map((contact) => ({ contact, params: ['Ana'] })),
      );
      const d = testDispatcher(ctx);
      await d.tick();
      const task = await ctx.store.getTask(ctx.defaultTenantId, taskId);
      expect(task).toMatchObject({
        status: 'paused',
        reason: expect.stringMatching(
          new RegExp(`^${code} .+: Simulated by the stopline sandbox$`),
        ),
      });
      expect(await recipient(taskId, contacts[1]!)).toMatchObject({
        status: 'pending',
        errorCode: code,
      });
      const paused = await stats(ctx, taskId);
      expect(paused.sending).toBe(0);
      expect(paused.sent + paused.pending).toBe(10);
      expect(paused.pending).toBeGreaterThan(1);

      // Nothing more goes out while paused; after resume everything is sent exactly once.
      ctx.clock.advance(60_000);
      await d.tick();
      expect(sandboxOf(ctx).messages()).toHaveLength(paused.sent);
      const resumed = await request(ctx.app).post(`/admin/tasks/${taskId}/resume`).set(auth);
      expect(resumed.body).toMatchObject({ status: 'scheduled', reason: null });
      await driveUntil(ctx, [d], completed(taskId));
      for (const contact of contacts) expect(sentTo(contact)).toHaveLength(1);
    },
  );
});

describe('ambiguous outcomes are recorded as unknown and never re-sent', () => {
  it('a timeout after the request left', async () => {
    sandboxOf(ctx).failNext({ timeout: true, to: y });
    const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
    await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId));
    expect(await recipient(taskId, y)).toMatchObject({
      status: 'unknown',
      messageId: null,
      attempts: 1,
    });
    expect(sentTo(y)).toHaveLength(1); // the sandbox got it once; we never sent it again
    expect(await stats(ctx, taskId)).toMatchObject({ sent: 1, unknown: 1, pending: 0 });
  });

  it('a 5xx without a Graph error code', async () => {
    sandboxOf(ctx).failNext({ httpStatus: 502, to: y });
    const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
    await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId));
    expect(await recipient(taskId, y)).toMatchObject({ status: 'unknown', attempts: 1 });
  });

  it('an error that is not a Cloud API answer pauses the task', async () => {
    const broken: WhatsAppClient = {
      send: () => Promise.reject(new Error('no access token for this number')),
    };
    const taskId = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
    await testDispatcher(ctx, { whatsapp: broken }).tick();
    expect(await ctx.store.getTask(ctx.defaultTenantId, taskId)).toMatchObject({
      status: 'paused',
      reason: 'Internal error while sending: no access token for this number',
    });
    expect(await recipient(taskId, x)).toMatchObject({ status: 'unknown' });
    expect(await recipient(taskId, y)).toMatchObject({ status: 'pending' });
  });
});

it('a recipient whose parameters Meta would refuse fails without a request', async () => {
  const taskId = await publishedTask(ctx, [{ contact: x, params: ['Ana'] }]);
  // Written around the import's checks, as a buggy import could.
  await ctx.store.updateTask(
    ctx.defaultTenantId,
    taskId,
    ['scheduled'],
    { status: 'paused' },
    ctx.clock.now(),
  );
  await ctx.store.addRecipients(ctx.defaultTenantId, taskId, [
    { contact: y, params: ['line\nbreak'] },
  ]);
  await ctx.store.updateTask(
    ctx.defaultTenantId,
    taskId,
    ['paused'],
    { status: 'scheduled' },
    ctx.clock.now(),
  );
  await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId));
  expect(await recipient(taskId, y)).toMatchObject({
    status: 'failed',
    errorCode: null,
    errorTitle: expect.stringMatching(/Cannot build a WhatsApp template message/),
  });
  expect(sentTo(y)).toHaveLength(0);
});

it('links a wa_id Meta resolves to a different number, so an opt-out under either suppresses', async () => {
  const waId = '4915199999999';
  sandboxOf(ctx).setWaId(x, waId);
  const first = await publishedTask(ctx, [{ contact: x }]);
  const d = testDispatcher(ctx);
  await driveUntil(ctx, [d], completed(first));
  expect(await recipient(first, x)).toMatchObject({ status: 'sent', waId });
  expect(await ctx.store.identifiersOf(ctx.defaultTenantId, 'whatsapp', [x])).toContain(`+${waId}`);

  const tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
  await ctx.services.optOuts.record({
    tenant,
    channel: 'whatsapp',
    contact: `+${waId}`,
    categoryId: null,
    origin: 'customer',
    source: 'keyword',
    at: ctx.clock.now(),
    validity: { kind: 'default' },
    remarks: null,
    evidence: null,
    actor: 'test',
  });
  const second = await publishedTask(ctx, [{ contact: x }, { contact: y }]);
  await driveUntil(ctx, [d], completed(second));
  expect(await recipient(second, x)).toMatchObject({ status: 'suppressed' });
  expect(sentTo(x)).toHaveLength(1);
});
