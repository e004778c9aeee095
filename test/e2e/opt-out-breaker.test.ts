/**
 * The circuit breaker: a running task whose delivered recipients opt out (STOP replies, Meta's
 * stop) above the tenant's rate pauses itself, with the figures as its reason.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { auth } from './dispatch-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const contact = (i: number) => `+49151${String(20_000_000 + i)}`;
const waId = (i: number) => contact(i).slice(1);

/** A running task whose `n` recipients were sent and delivered. */
async function runningTask(n: number): Promise<string> {
  const tenantId = ctx.defaultTenantId;
  const now = ctx.clock.now();
  const task = await ctx.store.createTask(
    tenantId,
    {
      name: 'Spring sale',
      categoryId: null,
      template: { name: 'spring_sale', language: 'en', optOutButtonIndex: null },
      startAt: null,
      endAt: null,
      policy: { window: null, messagesPerSecond: null },
      followUp: { assignees: [] },
    },
    now,
  );
  await ctx.store.updateTask(tenantId, task.id, ['draft'], { status: 'running' }, now);
  await ctx.store.addRecipients(
    tenantId,
    task.id,
    Array.from({ length: n }, (_, i) => ({ contact: contact(i), params: null })),
  );
  const pending = await ctx.store.loadPending(task.id, n, now);
  await ctx.store.claimRecipients(
    task.id,
    pending.map((r) => r.id),
    'test',
    now,
  );
  for (const r of pending) {
    const messageId = `wamid.${r.id}`;
    await ctx.store.recordSendResult(r.id, 'test', { kind: 'sent', messageId, waId: null }, now);
    await ctx.store.applyStatus({
      messageId,
      status: 'delivered',
      at: now,
      errorCode: null,
      errorTitle: null,
    });
  }
  return task.id;
}

async function stop(i: number): Promise<void> {
  ctx.clock.advance(60_000);
  const res = await request(ctx.app)
    .post('/sandbox/inbound')
    .set(auth)
    .send({ from: `+${waId(i)}`, text: 'STOP' });
  expect(res.status).toBe(200);
  await ctx.services.inbox.drain();
}

it('pauses the task once its opt-out rate passes the tenant limit, and not before', async () => {
  await request(ctx.app)
    .put('/admin/settings')
    .set(auth)
    .send({ optOutBreaker: { maxRate: 0.2, minDelivered: 10 } })
    .expect(200);
  const taskId = await runningTask(10);
  await stop(0);
  await stop(1);
  const stats = await ctx.store.recipientStats(ctx.defaultTenantId, taskId);
  expect(stats.optedOutAfter).toBe(2);
  expect((await ctx.store.getTask(ctx.defaultTenantId, taskId))?.status).toBe('running');
  await stop(2);
  const task = await ctx.store.getTask(ctx.defaultTenantId, taskId);
  expect(task?.status).toBe('paused');
  expect(task?.reason).toMatch(
    /^Opt-out rate 30 % \(3 of 10 delivered recipients opted out\) is above the tenant's limit of 20 %/,
  );
});

it('leaves the task alone when the breaker is off (the default)', async () => {
  const taskId = await runningTask(3);
  await stop(0);
  await stop(1);
  expect((await ctx.store.getTask(ctx.defaultTenantId, taskId))?.status).toBe('running');
});

it('refuses a breaker that is not a rate', async () => {
  const res = await request(ctx.app)
    .put('/admin/settings')
    .set(auth)
    .send({ optOutBreaker: { maxRate: 2, minDelivered: 10 } });
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body)).toMatch(/maxRate/);
});
