/**
 * The opt-out breaker through the inbox and the dispatcher: a running task whose recipients opt
 * out (STOP replies from the sandbox's simulated customers, Meta's 131050) above the tenant's
 * rate over its last sends, or in a spike, pauses itself with the figures as its reason and
 * tells the tenant's other systems (task.paused).
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { auth, numbers, sandboxOf, testDispatcher } from './dispatch-helpers';
import {
  messageId,
  sentTask,
  settings,
  stop,
  task,
  trips,
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

it('pauses the task once its opt-out rate passes the tenant limit, and not before', async () => {
  await settings(ctx, { optOutBreaker: { maxRate: 0.2, minDelivered: 10 } });
  const events = await watchTaskEvents(ctx);
  const taskId = await sentTask(ctx, 10);
  await stop(ctx, 0);
  await stop(ctx, 1);
  expect((await ctx.store.recipientStats(ctx.defaultTenantId, taskId)).optedOutAfter).toBe(2);
  expect((await task(ctx, taskId)).status).toBe('running');
  await stop(ctx, 9);
  const paused = await task(ctx, taskId);
  expect(paused.status).toBe('paused');
  expect(paused.reason).toMatch(
    /^Opt-out rate 30 % over a window of 10 of the task's sends \(3 of 10 recipients reached opted out\) is above the tenant's limit of 20 %/,
  );
  expect(await events()).toEqual([
    expect.objectContaining({
      type: 'task.paused',
      data: expect.objectContaining({ id: taskId, reason: paused.reason }),
    }),
  ]);
  expect(await trips(ctx)).toEqual({ opt_out_rate: 1 });
});

it('judges a late opt-out among the sends around the one it answers, not the newest', async () => {
  await settings(ctx, {
    optOutBreaker: { maxRate: 0.2, minDelivered: 10, windowSends: 10, spike: null },
  });
  const taskId = await sentTask(ctx, 30);
  // Sends 3, 4 and 5 answered hours later. The newest ten sends (20-29) drew no answer; the
  // window is the block of ten that holds the answered send (0-9, fewer came before it).
  ctx.clock.advance(3 * 3600_000);
  await stop(ctx, 3);
  await stop(ctx, 4);
  // 2 of 10: exactly the limit, allowed.
  expect((await task(ctx, taskId)).status).toBe('running');
  await stop(ctx, 5);
  expect((await task(ctx, taskId)).reason).toMatch(
    /^Opt-out rate 30 % over a window of 10 of the task's sends \(3 of 10 recipients reached/,
  );
});

it('slides: opt-outs on sends that left the window no longer count', async () => {
  await settings(ctx, {
    optOutBreaker: { maxRate: 0.2, minDelivered: 10, windowSends: 10, spike: null },
  });
  const taskId = await sentTask(ctx, 30);
  // Opt-outs on sends 0 and 1, then on 10 and 11: four of the first twelve sends (33 %) would
  // trip a rate over the whole task, but the window ending at send 11 (2-11) holds two of ten.
  for (const i of [0, 1, 10, 11]) await stop(ctx, i);
  expect((await task(ctx, taskId)).status).toBe('running');
  await stop(ctx, 12);
  expect((await task(ctx, taskId)).reason).toMatch(/\(3 of 10 recipients reached/);
});

it('pauses on a spike in the newest sends before the rate has its sample', async () => {
  await settings(ctx, {
    optOutBreaker: {
      maxRate: 0.02,
      minDelivered: 1000,
      spike: { sends: 100, factor: 3, minOptOuts: 5 },
    },
  });
  const taskId = await sentTask(ctx, 150);
  for (const i of [140, 141, 142, 143]) await stop(ctx, i);
  expect((await task(ctx, taskId)).status).toBe('running');
  await stop(ctx, 144);
  expect((await task(ctx, taskId)).reason).toMatch(
    /^Opt-out rate spike: 5 of the 100 recipients reached by the newest 100 sends of the window opted out \(5 %\), above the tenant's limit of 2 % and 3 × the task's running rate of 0 % over the 50 sends before them/,
  );
  expect(await trips(ctx)).toEqual({ opt_out_spike: 1 });
});

it("counts Meta's 131050 on a status as the recipient's opt-out after the task's send", async () => {
  await settings(ctx, {
    optOutBreaker: { maxRate: 0.2, minDelivered: 10, spike: null },
    errorBurst: null,
  });
  const taskId = await sentTask(ctx, 10);
  await failedStatus(ctx, messageId(7), 131050);
  await failedStatus(ctx, messageId(8), 131050);
  expect((await ctx.store.recipientStats(ctx.defaultTenantId, taskId)).optedOutAfter).toBe(2);
  expect((await task(ctx, taskId)).status).toBe('running');
  await failedStatus(ctx, messageId(9), 131050);
  expect((await task(ctx, taskId)).reason).toMatch(
    /^Opt-out rate 30 % .*\(3 of 10 recipients reached opted out; 3 of them Meta's error 131050/,
  );
});

it('leaves the task alone when the breaker is off (the default)', async () => {
  const taskId = await sentTask(ctx, 3);
  await stop(ctx, 0);
  await stop(ctx, 1);
  expect((await task(ctx, taskId)).status).toBe('running');
});

it.each([
  ['pauses it', { maxRate: 0.02, minDelivered: 10, spike: null }, 0],
  ['sends when the breaker is off', null, 5],
])(
  'checks before a batch too (a window over the limit that no opt-out announced): %s',
  async (_, optOutBreaker, sent) => {
    await settings(ctx, { optOutBreaker });
    const taskId = await sentTask(ctx, 10);
    // Three of the ten opted out without a check (say, before their delivered receipts came,
    // when the window was below its sample); five more recipients wait.
    const { items } = await ctx.store.listRecipients(
      ctx.defaultTenantId,
      taskId,
      {},
      { limit: 10 },
    );
    for (const r of items.slice(0, 3)) await ctx.store.markOptedOutAfter(r.id, ctx.clock.now());
    await ctx.store.addRecipients(
      ctx.defaultTenantId,
      taskId,
      numbers(5).map((contact) => ({ contact, params: null })),
    );
    await testDispatcher(ctx).tick();
    expect(sandboxOf(ctx).messages()).toHaveLength(sent);
    const after = await task(ctx, taskId);
    if (optOutBreaker) {
      expect(after.status).toBe('paused');
      expect(after.reason).toMatch(/^Opt-out rate 30 % over a window of 10 of the task's sends/);
    } else {
      expect(after.status).not.toBe('paused');
    }
  },
);

describe('settings.optOutBreaker', () => {
  it('keeps the first shape working and stores it with the new fields filled in', async () => {
    const res = await request(ctx.app)
      .put('/admin/settings')
      .set(auth)
      .send({ optOutBreaker: { maxRate: 0.02, minDelivered: 500 } });
    expect(res.status).toBe(200);
    expect(res.body.optOutBreaker).toEqual({
      maxRate: 0.02,
      minDelivered: 500,
      windowSends: 1000,
      spike: { sends: 200, factor: 3, minOptOuts: 10 },
    });
  });

  it.each([
    [{ maxRate: 2, minDelivered: 10 }, /optOutBreaker\.maxRate.*at most 1/],
    [
      { maxRate: 0.02, minDelivered: 600, windowSends: 500 },
      /optOutBreaker\.minDelivered.*at most windowSends \(500\)/,
    ],
    [
      {
        maxRate: 0.02,
        minDelivered: 10,
        windowSends: 100,
        spike: { sends: 100, factor: 3, minOptOuts: 5 },
      },
      /optOutBreaker\.spike\.sends.*below windowSends/,
    ],
    [
      { maxRate: 0.02, minDelivered: 10, spike: { sends: 100, factor: 0.5, minOptOuts: 5 } },
      /optOutBreaker\.spike\.factor.*at least 1/,
    ],
    [
      { maxRate: 0.02, minDelivered: 10, windowSends: 150 },
      /optOutBreaker\.spike\.sends.*below windowSends \(150\), and is 200 by default/,
    ],
    [{ maxRate: 0.02, minDelivered: 10, window: 100 }, /window/],
  ])('refuses %j with a message naming the field', async (optOutBreaker, message) => {
    const res = await request(ctx.app).put('/admin/settings').set(auth).send({ optOutBreaker });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
});
