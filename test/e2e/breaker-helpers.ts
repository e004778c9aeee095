/**
 * Helpers for the breaker tests: a running task whose recipients were sent (one a second, so
 * "the newest sends" is well defined) and delivered, customers answering through the sandbox,
 * and the outbox read back to see the task.paused event.
 */
import request from 'supertest';
import type { TestContext } from '../support/context';
import { auth } from './dispatch-helpers';

export const contact = (i: number) => `+49151${String(20_000_000 + i)}`;
export const waId = (i: number) => contact(i).slice(1);
export const messageId = (i: number) => `wamid.breaker.${i}`;

/** A running task whose `n` recipients were sent one second apart, delivered unless told not. */
export async function sentTask(
  ctx: TestContext,
  n: number,
  opts: { delivered?: boolean } = {},
): Promise<string> {
  const tenantId = ctx.defaultTenantId;
  const start = ctx.clock.now();
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
    start,
  );
  await ctx.store.updateTask(tenantId, task.id, ['draft'], { status: 'running' }, start);
  await ctx.store.addRecipients(
    tenantId,
    task.id,
    Array.from({ length: n }, (_, i) => ({ contact: contact(i), params: null })),
  );
  const pending = await ctx.store.loadPending(task.id, n, start);
  for (const r of pending) {
    const i = Number(r.contact.slice(-8)) - 20_000_000;
    const at = new Date(start.getTime() + i * 1000);
    await ctx.store.claimRecipients(task.id, [r.id], 'test', at);
    await ctx.store.recordSendResult(
      r.id,
      'test',
      { kind: 'sent', messageId: messageId(i), waId: null },
      at,
    );
    if (opts.delivered !== false)
      await ctx.store.applyStatus(tenantId, {
        messageId: messageId(i),
        status: 'delivered',
        at,
        errorCode: null,
        errorTitle: null,
      });
  }
  ctx.clock.advance(n * 1000);
  return task.id;
}

/** Customer `i` writes STOP (a signed webhook through the sandbox), processed. */
export async function stop(ctx: TestContext, i: number): Promise<void> {
  ctx.clock.advance(1000);
  await request(ctx.app)
    .post('/sandbox/inbound')
    .set(auth)
    .send({ from: `+${waId(i)}`, text: 'STOP' })
    .expect(200);
  await ctx.services.inbox.drain();
}

export async function settings(ctx: TestContext, body: Record<string, unknown>): Promise<void> {
  await request(ctx.app).put('/admin/settings').set(auth).send(body).expect(200);
}

export async function task(ctx: TestContext, taskId: string) {
  const found = await ctx.store.getTask(ctx.defaultTenantId, taskId);
  if (!found) throw new Error(`no task ${taskId}`);
  return found;
}

/** Registers an endpoint for task events; `pausedEvents()` then reads the outbox. */
export async function watchTaskEvents(ctx: TestContext) {
  await request(ctx.app)
    .post('/admin/event-endpoints')
    .set(auth)
    .send({ url: 'https://crm.example.com/stopline', events: ['task.paused'] })
    .expect(201);
  return async () => {
    const due = await ctx.store.claimDeliveries('test-reader', 100, 60_000, ctx.clock.now());
    return due.map(
      (d) => JSON.parse(d.body) as { type: string; data: { id: string; reason: string } },
    );
  };
}

/** The breaker trips counted by rule (and code). */
export async function trips(ctx: TestContext): Promise<Record<string, number>> {
  const metric = await ctx.metrics.taskBreakerTrips.get();
  return Object.fromEntries(
    metric.values.map((v) => [
      `${v.labels.rule}${v.labels.code ? `:${v.labels.code}` : ''}`,
      v.value,
    ]),
  );
}
