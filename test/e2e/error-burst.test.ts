/**
 * The error-burst guard through the inbox (failed statuses) and the dispatcher (errors in the
 * send response, injected in the sandbox): a burst of one error code across many contacts
 * pauses the task and alerts (log at error, a metric, task.paused naming the code and counts)
 * instead of going on recording suppressions. The 131050 opt-outs recorded meanwhile are kept,
 * and an admin lifts those nothing else confirms, in one call, once Meta confirms an incident.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import { auth, numbers, publishedTask, sandboxOf, stats, testDispatcher } from './dispatch-helpers';
import {
  contact,
  messageId,
  sentTask,
  settings,
  task,
  trips,
  waId,
  watchTaskEvents,
} from './breaker-helpers';
import { failedStatus } from './burst-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const burst = { minutes: 10, minCount: 10, share: 0.5 };
const listMetaStops = async () =>
  (
    await request(ctx.app)
      .get('/admin/opt-outs?source=meta_error_131050&state=active&limit=500')
      .set(auth)
      .expect(200)
  ).body.items as { id: string; contact: string }[];
const suppressed = async (i: number) =>
  (
    await request(ctx.app)
      .get(`/admin/opt-outs/check?channel=whatsapp&contact=${encodeURIComponent(contact(i))}`)
      .set(auth)
      .expect(200)
  ).body.suppressed as boolean;

describe('a burst of 131050 on status webhooks', () => {
  it('pauses at the minimum count and share, alerts, and keeps every opt-out', async () => {
    await settings(ctx, { errorBurst: burst });
    const events = await watchTaskEvents(ctx);
    // The interval starts 10 minutes back, or when the task last changed status if later.
    const since = ctx.clock.now().toISOString();
    const taskId = await sentTask(ctx, 20, { delivered: false });
    for (let i = 0; i < 9; i++) await failedStatus(ctx, messageId(i), 131050, waId(i));
    expect((await task(ctx, taskId)).status).toBe('running');
    await failedStatus(ctx, messageId(9), 131050, waId(9));

    const paused = await task(ctx, taskId);
    expect(paused.status).toBe('paused');
    expect(paused.reason).toBe(
      `Error burst: 10 of the task's 20 sends in the last 10 minutes (50 %) failed with error 131050, at or above the tenant's limit of 50 % and 10 failures (settings.errorBurst); a provider fault is suspected, so the task stays paused until an admin resumes it. The 131050 opt-outs recorded since ${since} are kept (a real opt-out is never dropped): review them with GET /admin/opt-outs?source=meta_error_131050&createdFrom=${since}, and if Meta confirms an incident, revoke them in one call with POST /admin/opt-outs/revoke-error-burst {"from": "${since}", "reason": "..."}`,
    );
    expect(await events()).toEqual([
      expect.objectContaining({
        type: 'task.paused',
        data: expect.objectContaining({ id: taskId, reason: paused.reason }),
      }),
    ]);
    expect(await trips(ctx)).toEqual({ 'error_burst:131050': 1 });
    const alert = ctx.logs
      .map((l) => JSON.parse(l) as { level: number; msg: string })
      .find((l) => l.msg === 'task paused by an error burst');
    expect(alert?.level).toBe(50);

    // A status still in flight after the pause: its opt-out is recorded too, never dropped.
    await failedStatus(ctx, messageId(10), 131050, waId(10));
    expect(await listMetaStops()).toHaveLength(11);
    expect((await task(ctx, taskId)).reason).toBe(paused.reason);
  });

  it('lifts in one call only the opt-outs nothing else confirms, after a dry run', async () => {
    await settings(ctx, { errorBurst: burst });
    // Contact 12 had stopped marketing in WhatsApp before the burst: a real, older opt-out.
    await customerSays(ctx, { from: waId(12), preference: 'stop' });
    const taskId = await sentTask(ctx, 20, { delivered: false });
    const from = ctx.clock.now().toISOString();
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12])
      await failedStatus(ctx, messageId(i), 131050, waId(i));
    expect((await task(ctx, taskId)).status).toBe('paused');
    // Contact 1 resumed and stopped again in WhatsApp during the burst: that stop is real.
    await customerSays(ctx, { from: waId(1), preference: 'resume' });
    await customerSays(ctx, { from: waId(1), preference: 'stop' });

    const revoke = (body: Record<string, unknown>) =>
      request(ctx.app).post('/admin/opt-outs/revoke-error-burst').set(auth).send(body);
    const dry = await revoke({ from, reason: 'Meta incident, confirmed', dryRun: true }).expect(
      200,
    );
    expect(dry.body.revoked).toBe(9);
    // Contact 1's opt-out is Meta's switch now (its source moved on): not the burst's to lift.
    expect(dry.body.kept).toEqual([]);
    const listed = await listMetaStops();
    expect(listed.map((o) => o.contact)).not.toContain(contact(1));
    expect(dry.body.ids).toEqual(
      expect.arrayContaining(listed.filter((o) => o.contact !== contact(12)).map((o) => o.id)),
    );
    // Another task's burst lifts none of these.
    const other = await revoke({ from, reason: 'x', taskId: 'no-such-task', dryRun: true }).expect(
      200,
    );
    expect(other.body.revoked).toBe(0);
    expect(await suppressed(0)).toBe(true);

    const done = await revoke({ from, reason: 'Meta incident, confirmed' }).expect(200);
    expect(done.body).toMatchObject({ revoked: 9, ids: dry.body.ids });
    for (const i of [0, 2, 9]) expect(await suppressed(i)).toBe(false);
    // The real ones stay: the older stop, and the stop made again during the burst.
    expect(await suppressed(12)).toBe(true);
    expect(await suppressed(1)).toBe(true);
    const trail = await request(ctx.app)
      .get(`/admin/opt-outs/${dry.body.ids[0]}/events`)
      .set(auth)
      .expect(200);
    expect(trail.body.items.at(-1)).toMatchObject({
      type: 'revoked',
      evidence: expect.objectContaining({ reason: 'Meta incident, confirmed' }),
    });
    // Lifting opt-outs resumes nothing: the task waits for an admin.
    expect((await task(ctx, taskId)).status).toBe('paused');
  });

  it('checks at most once a second per task and code on an instance', async () => {
    await settings(ctx, { errorBurst: { minutes: 10, minCount: 2, share: 0.05 } });
    const taskId = await sentTask(ctx, 20, { delivered: false });
    await failedStatus(ctx, messageId(0), 131026);
    await failedStatus(ctx, messageId(1), 131026, undefined, { sameSecond: true });
    // Two failures (10 %) would trip it, but the second came within the second of the first check.
    expect((await task(ctx, taskId)).status).toBe('running');
    await failedStatus(ctx, messageId(2), 131026);
    expect((await task(ctx, taskId)).reason).toMatch(
      /^Error burst: 3 of the task's 20 sends .* error 131026/,
    );
  });

  it('asks for a reason and a start', async () => {
    const res = await request(ctx.app)
      .post('/admin/opt-outs/revoke-error-burst')
      .set(auth)
      .send({ reason: ' ' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/from/);
    expect(res.body.error).toMatch(/reason.*must not be empty/);
  });
});

describe('a burst in the send response, through the dispatcher', () => {
  it('pauses after the batch with the default rule (on without any setting)', async () => {
    sandboxOf(ctx).failNext({ code: 131026, count: 60 });
    const taskId = await publishedTask(
      ctx,
      numbers(100).map((c) => ({ contact: c })),
    );
    await testDispatcher(ctx, { events: ctx.services.events }).tick();
    const paused = await task(ctx, taskId);
    expect(paused.status).toBe('paused');
    expect(paused.reason).toMatch(
      /^Error burst: 60 of the task's 80 sends in the last 10 minutes \(75 %\) failed with error 131026, at or above the tenant's limit of 50 % and 50 failures/,
    );
    // Not a 131050: no opt-out review in the reason.
    expect(paused.reason).not.toMatch(/revoke-error-burst/);
    expect(await stats(ctx, taskId)).toMatchObject({ failed: 60, sent: 20, pending: 20 });
  });

  it('keeps the 131050 opt-outs of the burst and stops sending', async () => {
    await settings(ctx, { errorBurst: burst });
    sandboxOf(ctx).failNext({ code: 131050, count: 30 });
    const taskId = await publishedTask(
      ctx,
      numbers(100).map((c) => ({ contact: c })),
      {
        policy: { messagesPerSecond: 40 },
      },
    );
    const d = testDispatcher(ctx);
    await d.tick();
    expect((await task(ctx, taskId)).reason).toMatch(
      /^Error burst: 30 of the task's 40 sends .* error 131050/,
    );
    expect(await stats(ctx, taskId)).toMatchObject({ suppressed: 30, sent: 10 });
    expect(await listMetaStops()).toHaveLength(30);
    ctx.clock.advance(60_000);
    await d.tick();
    expect(sandboxOf(ctx).messages()).toHaveLength(10);
  });

  it('goes on when the guard is off or the code ignored', async () => {
    await settings(ctx, { errorBurst: { ...burst, ignoreCodes: [131026] } });
    sandboxOf(ctx).failNext({ code: 131026, count: 30 });
    const taskId = await publishedTask(
      ctx,
      numbers(40).map((c) => ({ contact: c })),
    );
    await testDispatcher(ctx).tick();
    expect((await task(ctx, taskId)).status).not.toBe('paused');
    expect(await stats(ctx, taskId)).toMatchObject({ failed: 30, sent: 10 });
  });

  it('counts after an admin resumed only the failures since', async () => {
    await settings(ctx, { errorBurst: burst });
    sandboxOf(ctx).failNext({ code: 131026, count: 10 });
    const taskId = await publishedTask(
      ctx,
      numbers(40).map((c) => ({ contact: c })),
      {
        policy: { messagesPerSecond: 10 },
      },
    );
    const d = testDispatcher(ctx);
    await d.tick();
    expect((await task(ctx, taskId)).status).toBe('paused');
    await request(ctx.app).post(`/admin/tasks/${taskId}/resume`).set(auth).expect(200);
    sandboxOf(ctx).failNext({ code: 131026, count: 1 });
    ctx.clock.advance(1000);
    await d.tick();
    expect((await task(ctx, taskId)).status).not.toBe('paused');
  });
});

describe('settings.errorBurst', () => {
  it('fills omitted fields, turns off with null', async () => {
    const res = await request(ctx.app)
      .put('/admin/settings')
      .set(auth)
      .send({ errorBurst: { minCount: 5 } });
    expect(res.body.errorBurst).toEqual({ minutes: 10, minCount: 5, share: 0.5, ignoreCodes: [] });
    const off = await request(ctx.app).put('/admin/settings').set(auth).send({ errorBurst: null });
    expect(off.body.errorBurst).toBeNull();
  });

  it.each([
    [{ share: 0 }, /errorBurst\.share.*above 0/],
    [{ minutes: 0 }, /errorBurst\.minutes.*at least 1/],
    [{ codes: [1] }, /codes/],
  ])('refuses %j with a message naming the field', async (errorBurst, message) => {
    const res = await request(ctx.app).put('/admin/settings').set(auth).send({ errorBurst });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
});
