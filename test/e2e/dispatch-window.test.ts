/**
 * When a task sends: its window in the tenant's time zone (across a DST change), startAt,
 * endAt, its own rate cap, and the admin's pause and cancel while it runs.
 */
import request from 'supertest';
import { isInsideWindow, localTime, nextWindowStart } from '../../src/domain/tasks';
import type { SendingWindow } from '../../src/domain/types';
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
afterEach(async () => {
  await ctx.close();
});

async function setup(start: string, settings: Record<string, unknown>): Promise<void> {
  ctx = await createTestContext();
  ctx.clock.set(start);
  await ctx.services.tenants.update(ctx.defaultTenantId, { settings });
}

it('sends only inside the window in Berlin, before and after the 2026-03-29 DST change', async () => {
  await setup('2026-03-28T06:00:00Z', { timeZone: 'Europe/Berlin', messagesPerSecond: 1 });
  const window: SendingWindow = { start: '09:00', end: '09:01', days: [] };
  const taskId = await publishedTask(
    ctx,
    numbers(130).map((contact) => ({ contact })),
    { policy: { window } },
  );
  const d = testDispatcher(ctx);
  for (let i = 0; i < 50 && (await taskStatus(ctx, taskId)) !== 'completed'; i++) {
    await d.tick();
    // Jump to the next opening instead of ticking through the night.
    const later = new Date(ctx.clock.now().getTime() + 1000);
    ctx.clock.set(nextWindowStart(window, 'Europe/Berlin', later) ?? later);
  }
  expect(await taskStatus(ctx, taskId)).toBe('completed');
  const times = sandboxOf(ctx)
    .messages()
    .map((m) => m.at);
  expect(times).toHaveLength(130);
  for (const at of times) {
    expect([at.toISOString(), isInsideWindow(window, 'Europe/Berlin', at)]).toEqual([
      at.toISOString(),
      true,
    ]);
    expect(localTime(at, 'Europe/Berlin')).toMatchObject({ hour: 9, minute: 0 });
  }
  // 09:00 local is 08:00Z in CET (the 28th) and 07:00Z in CEST (from the 29th).
  const byDay = new Map<string, Set<number>>();
  for (const at of times) {
    const day = at.toISOString().slice(0, 10);
    byDay.set(day, (byDay.get(day) ?? new Set()).add(at.getUTCHours()));
  }
  expect(byDay).toEqual(
    new Map([
      ['2026-03-28', new Set([8])],
      ['2026-03-29', new Set([7])],
      ['2026-03-30', new Set([7])],
    ]),
  );
});

it('waits for startAt and never sends before it', async () => {
  await setup('2026-01-15T10:00:00Z', {});
  const taskId = await publishedTask(
    ctx,
    numbers(3).map((contact) => ({ contact })),
    { startAt: '2026-01-15T12:00:00+01:00' },
  );
  const d = testDispatcher(ctx);
  await d.tick();
  ctx.clock.set('2026-01-15T10:59:59Z');
  await d.tick();
  expect(sandboxOf(ctx).messages()).toHaveLength(0);
  expect(await taskStatus(ctx, taskId)).toBe('scheduled');
  ctx.clock.set('2026-01-15T11:00:00Z');
  await d.tick();
  expect(await taskStatus(ctx, taskId)).toBe('completed');
  expect(
    sandboxOf(ctx)
      .messages()
      .every((m) => m.at.getTime() >= Date.parse('2026-01-15T11:00:00Z')),
  ).toBe(true);
});

it('completes at endAt with the rest left pending and counted', async () => {
  await setup('2026-01-15T10:00:00Z', { messagesPerSecond: 2 });
  const taskId = await publishedTask(
    ctx,
    numbers(100).map((contact) => ({ contact })),
    { endAt: '2026-01-15T10:00:10Z' },
  );
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  const s = await stats(ctx, taskId);
  expect(s.sent).toBeGreaterThan(10);
  expect(s.sent).toBeLessThanOrEqual(20);
  expect(s.pending).toBe(100 - s.sent);
  const task = await ctx.store.getTask(ctx.defaultTenantId, taskId);
  expect(task).toMatchObject({
    status: 'completed',
    reason: `Ended at endAt (2026-01-15T10:00:10.000Z) with ${s.pending} recipients not sent.`,
  });
  expect(
    sandboxOf(ctx)
      .messages()
      .every((m) => m.at.getTime() < Date.parse('2026-01-15T10:00:10Z')),
  ).toBe(true);
});

it('holds a task to its own messagesPerSecond below the number’s', async () => {
  await setup('2026-01-15T10:00:00Z', { messagesPerSecond: 80 });
  const taskId = await publishedTask(
    ctx,
    numbers(30).map((contact) => ({ contact })),
    { policy: { messagesPerSecond: 5 } },
  );
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  const times = sandboxOf(ctx)
    .messages()
    .map((m) => m.at.getTime());
  for (let i = 5; i < times.length; i++)
    expect(times[i]! - times[i - 5]!).toBeGreaterThanOrEqual(1000);
});

it('stops sending when an admin pauses or cancels, and goes on after resume', async () => {
  await setup('2026-01-15T10:00:00Z', { messagesPerSecond: 1 });
  const taskId = await publishedTask(
    ctx,
    numbers(10).map((contact) => ({ contact })),
  );
  const d = testDispatcher(ctx, { maxTickMs: 2500 });
  await d.tick();
  const sentBeforePause = sandboxOf(ctx).messages().length;
  expect(sentBeforePause).toBeGreaterThan(0);
  expect((await request(ctx.app).post(`/admin/tasks/${taskId}/pause`).set(auth)).body.status).toBe(
    'paused',
  );
  for (let i = 0; i < 5; i++) {
    ctx.clock.advance(10_000);
    await d.tick();
  }
  expect(sandboxOf(ctx).messages()).toHaveLength(sentBeforePause);
  await request(ctx.app).post(`/admin/tasks/${taskId}/resume`).set(auth);
  await d.tick();
  const sentBeforeCancel = sandboxOf(ctx).messages().length;
  expect(sentBeforeCancel).toBeGreaterThan(sentBeforePause);
  expect((await request(ctx.app).post(`/admin/tasks/${taskId}/cancel`).set(auth)).body.status).toBe(
    'cancelled',
  );
  ctx.clock.advance(10_000);
  await d.tick();
  expect(sandboxOf(ctx).messages()).toHaveLength(sentBeforeCancel);
  expect((await stats(ctx, taskId)).sending).toBe(0);
});

it('stop() lets the batch in flight finish, leaves the rest claimable and releases the lease', async () => {
  await setup('2026-01-15T10:00:00Z', { messagesPerSecond: 10 });
  const taskId = await publishedTask(
    ctx,
    numbers(50).map((contact) => ({ contact })),
  );
  const d = testDispatcher(ctx);
  const tick = d.tick();
  for (let i = 0; i < 1000 && sandboxOf(ctx).messages().length < 3; i++)
    await new Promise<void>((resolve) => setImmediate(resolve));
  await d.stop();
  await tick;
  const s = await stats(ctx, taskId);
  expect(s.sending).toBe(0);
  expect(s.sent).toBeGreaterThanOrEqual(3);
  expect(s.sent).toBeLessThan(50);
  expect(s.pending).toBe(50 - s.sent);
  // Another instance takes over at once: the lease was released, not left to expire.
  const other = testDispatcher(ctx, { instanceId: 'dispatcher-b' });
  await driveUntil(ctx, [other], async () => (await taskStatus(ctx, taskId)) === 'completed');
  const to = sandboxOf(ctx)
    .messages()
    .map((m) => m.to);
  expect(new Set(to).size).toBe(50);
  expect(to).toHaveLength(50);
});
