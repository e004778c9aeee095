/**
 * SANDBOX_STATUS_ECHO=1: the sandbox reports every message it accepts back to the app's own
 * webhook like Meta does (signed sent, delivered, read; failed for the configured share), so a
 * task's stats show deliveries and reads. The echo's timers run on Jest's fake timers.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import {
  auth,
  driveUntil,
  numbers,
  publishedTask,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

let ctx: TestContext;
afterEach(async () => {
  await ctx.close();
  jest.useRealTimers();
});

async function campaign(env: Record<string, string>, count: number) {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'performance'] });
  ctx = await createTestContext({
    env: { SANDBOX_STATUS_ECHO: '1', SANDBOX_STATUS_ECHO_DELAY_MS: '50-400', ...env },
  });
  const taskId = await publishedTask(
    ctx,
    numbers(count).map((contact) => ({ contact })),
  );
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  // Three statuses, each at most 400 ms after the one before.
  for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(400);
  await ctx.services.echo!.idle();
  await ctx.services.ingest.idle();
  await ctx.services.inbox.drain();
  const res = await request(ctx.app).get(`/admin/tasks/${taskId}`).set(auth);
  expect(res.status).toBe(200);
  return res.body as { stats: Record<string, number> };
}

it('shows every message delivered and read in the task report', async () => {
  const task = await campaign({}, 12);
  expect(task.stats).toMatchObject({ total: 12, read: 12, failed: 0 });
  expect(ctx.services.echo!.counts()).toEqual({ posted: 36, refused: 0 });
});

it('reports the configured share failed, and a 131050 failure records Meta’s opt-out', async () => {
  const task = await campaign(
    { SANDBOX_STATUS_ECHO_FAILED_RATE: '1', SANDBOX_STATUS_ECHO_FAILED_CODE: '131050' },
    3,
  );
  expect(task.stats).toMatchObject({ total: 3, suppressed: 3, read: 0 });
  const optOuts = await request(ctx.app).get('/admin/opt-outs').set(auth);
  expect(optOuts.body.items).toHaveLength(3);
  expect(optOuts.body.items[0]).toMatchObject({ origin: 'meta', source: 'meta_error_131050' });
});

it('reports a send an asStatus failure rule matched as failed, and refuses the rule without the echo', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'performance'] });
  ctx = await createTestContext({ env: { SANDBOX_STATUS_ECHO: '1' } });
  const [first, second] = numbers(2);
  const rule = await request(ctx.app)
    .post('/sandbox/failures')
    .set(auth)
    .send({ code: 131050, to: first, asStatus: true });
  expect(rule.status).toBe(201);
  const taskId = await publishedTask(ctx, [{ contact: first! }, { contact: second! }]);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(1000);
  await ctx.services.echo!.idle();
  await ctx.services.ingest.idle();
  await ctx.services.inbox.drain();
  const { items } = await ctx.store.listRecipients(ctx.defaultTenantId, taskId, {}, { limit: 5 });
  expect(items.find((r) => r.contact === first)).toMatchObject({ status: 'suppressed' });
  expect(items.find((r) => r.contact === second)).toMatchObject({ status: 'read' });

  const plain = await createTestContext();
  try {
    const refused = await request(plain.app)
      .post('/sandbox/failures')
      .set(auth)
      .send({ code: 131050, asStatus: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/SANDBOX_STATUS_ECHO=1/);
    const bad = await request(ctx.app)
      .post('/sandbox/failures')
      .set(auth)
      .send({ httpStatus: 500, asStatus: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/asStatus: true needs a code/);
  } finally {
    await plain.close();
  }
});
