/**
 * What a user watches in the sandbox (the demo steps in the README): a running task stopped by
 * its opt-out rate when the sandbox's simulated customers answer STOP, its deliveries reported
 * by the sandbox's status echo; and a task paused by a burst of one error code injected with
 * POST /sandbox/failures, its 131050 opt-outs listed for review. Only the HTTP API, the sandbox
 * and the dispatcher's ticks.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { auth, numbers, publishedTask, sandboxOf, testDispatcher } from './dispatch-helpers';

let ctx: TestContext;
afterEach(async () => {
  await ctx.close();
  jest.useRealTimers();
});

const admin = () => request(ctx.app);
const getTask = async (id: string) =>
  (await admin().get(`/admin/tasks/${id}`).set(auth).expect(200)).body as {
    status: string;
    reason: string | null;
    stats: Record<string, number>;
  };

/** Lets the sandbox's status echo post its sent, delivered and read statuses, processed. */
async function statusesArrive(): Promise<void> {
  for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(400);
  await ctx.services.echo!.idle();
  await ctx.services.ingest.idle();
  await ctx.services.inbox.drain();
}

it('stops a running task by its opt-out rate when customers answer STOP', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'performance'] });
  ctx = await createTestContext({
    env: { SANDBOX_STATUS_ECHO: '1', SANDBOX_STATUS_ECHO_DELAY_MS: '50-400' },
  });
  await admin()
    .put('/admin/settings')
    .set(auth)
    .send({ optOutBreaker: { maxRate: 0.08, minDelivered: 20, windowSends: 100, spike: null } })
    .expect(200);
  const taskId = await publishedTask(
    ctx,
    numbers(200).map((contact) => ({ contact })),
    {
      policy: { messagesPerSecond: 10 },
    },
  );
  const dispatcher = testDispatcher(ctx, { maxTickMs: 3000 });
  await dispatcher.tick();
  await statusesArrive();
  const before = await getTask(taskId);
  expect(before.status).toBe('running');
  expect(before.stats.read).toBeGreaterThanOrEqual(20);

  // Customers who got the message answer STOP: 2 of the 30 reached is below 8 %, 3 above.
  const got = sandboxOf(ctx).messages().slice(0, 3);
  for (const [i, m] of got.entries()) {
    if (i === 2) expect((await getTask(taskId)).status).toBe('running');
    await admin().post('/sandbox/inbound').set(auth).send({ from: m.to, text: 'STOP' }).expect(200);
    await ctx.services.inbox.drain();
  }
  const stopped = await getTask(taskId);
  expect(stopped.status).toBe('paused');
  expect(stopped.reason).toMatch(
    /^Opt-out rate 10 % over a window of 30 of the task's sends \(3 of 30 recipients reached opted out\)/,
  );

  // ... and nothing more is sent.
  const sent = sandboxOf(ctx)
    .messages({})
    .filter((m) => m.type === 'template').length;
  ctx.clock.advance(60_000);
  await dispatcher.tick();
  expect(
    sandboxOf(ctx)
      .messages({})
      .filter((m) => m.type === 'template'),
  ).toHaveLength(sent);
});

it('pauses a task on a burst of one error code and lists its 131050 opt-outs for review', async () => {
  ctx = await createTestContext();
  await admin().post('/sandbox/failures').set(auth).send({ code: 131050, count: 60 }).expect(201);
  const taskId = await publishedTask(
    ctx,
    numbers(150).map((contact) => ({ contact })),
  );
  await testDispatcher(ctx).tick();

  const paused = await getTask(taskId);
  expect(paused.status).toBe('paused');
  expect(paused.reason).toMatch(
    /^Error burst: 60 of the task's 80 sends in the last 10 minutes \(75 %\) failed with error 131050/,
  );
  expect(paused.stats).toMatchObject({ suppressed: 60, sent: 20, pending: 70 });
  const from = /createdFrom=(\S+),/.exec(paused.reason ?? '')?.[1];
  const review = await admin()
    .get(`/admin/opt-outs?source=meta_error_131050&createdFrom=${from}&limit=100`)
    .set(auth)
    .expect(200);
  expect(review.body.items).toHaveLength(60);
  const dry = await admin()
    .post('/admin/opt-outs/revoke-error-burst')
    .set(auth)
    .send({ from, reason: 'Meta incident INC-1, confirmed', dryRun: true })
    .expect(200);
  expect(dry.body.revoked).toBe(60);
});
