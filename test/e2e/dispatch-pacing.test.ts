/**
 * Pacing through the dispatcher with the injected clock: windows on each recipient's clock
 * (three zones, each sent inside its own window), the tenant's frequency cap across tasks, and
 * what a task's end records for the recipients still waiting.
 */
import request from 'supertest';
import { localTime } from '../../src/domain/tasks';
import { createTestContext, type TestContext } from '../support/context';
import {
  addRecipients,
  auth,
  createTask,
  driveUntil,
  publish,
  publishedTask,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext(); // the clock starts at 2026-01-15T10:00:00Z
});
afterEach(async () => {
  await ctx.close();
});

const HOUR = 3_600_000;
const completed = (taskId: string) => async () => (await taskStatus(ctx, taskId)) === 'completed';
const NEW_YORK = '+12125550100';
const LOS_ANGELES = '+13105550100';
const TOKYO = '+81312345678';
const recipientWindow = { start: '09:00', end: '12:00', timeZone: 'recipient' };
/** The send times, each within a minute after the expected opening (the fake sleeps add seconds). */
function expectSentAt(times: Date[], openings: string[]): void {
  const sorted = [...times].sort((a, b) => a.getTime() - b.getTime());
  expect(sorted).toHaveLength(openings.length);
  sorted.forEach((t, i) => {
    const opening = new Date(openings[i]!).getTime();
    expect(t.getTime()).toBeGreaterThanOrEqual(opening);
    expect(t.getTime()).toBeLessThan(opening + 60_000);
  });
}

it('recipients in three time zones each get the message inside their own window', async () => {
  const taskId = await publishedTask(
    ctx,
    [{ contact: NEW_YORK }, { contact: LOS_ANGELES }, { contact: TOKYO }],
    { policy: { window: recipientWindow } },
  );
  // 10:00Z is 05:00 in New York, 02:00 in Los Angeles, 19:00 in Tokyo: nobody's window.
  const preview = await request(ctx.app).get(`/admin/tasks/${taskId}/preview`).set(auth);
  expect(preview.body.window).toEqual({
    timeZone: 'recipient',
    openNow: false,
    nextOpensAt: '2026-01-15T14:00:00.000Z',
    recipients: { insideNow: 0, outsideNow: 3, neverOpen: 0 },
  });
  const d = testDispatcher(ctx);
  await d.tick();
  expect(sandboxOf(ctx).messages()).toHaveLength(0);
  expect(await stats(ctx, taskId)).toMatchObject({
    pending: 3,
    sent: 0,
    deferred: { outside_window: 3, frequency_capped: 0, meta_limited: 0 },
  });
  const waiting = (await ctx.store.listRecipients(ctx.defaultTenantId, taskId, {}, { limit: 5 }))
    .items;
  expect(waiting.map((r) => r.deferReason)).toEqual([
    'outside_window',
    'outside_window',
    'outside_window',
  ]);
  // Ten-minute steps for a day: each recipient is sent when its own window opens.
  await driveUntil(ctx, [d], completed(taskId), { stepMs: 10 * 60_000, maxTicks: 24 * 6 });
  const zones: Record<string, string> = {
    [NEW_YORK]: 'America/New_York',
    [LOS_ANGELES]: 'America/Los_Angeles',
    [TOKYO]: 'Asia/Tokyo',
  };
  const sent = sandboxOf(ctx).messages();
  expect(sent).toHaveLength(3);
  for (const m of sent) {
    const local = localTime(m.at, zones[`+${m.to.replace(/^\+/, '')}`] ?? 'UTC');
    expect(local.hour).toBeGreaterThanOrEqual(9);
    expect(local.hour).toBeLessThan(12);
  }
  // Each at its own opening: New York 14:00Z, Los Angeles 17:00Z, Tokyo 00:00Z the next day.
  expectSentAt(
    sent.map((m) => m.at),
    ['2026-01-15T14:00:00.000Z', '2026-01-15T17:00:00.000Z', '2026-01-16T00:00:00.000Z'],
  );
});

it('a recipient time zone given at import overrides the number’s', async () => {
  const taskId = await createTask(ctx, { policy: { window: recipientWindow } });
  await addRecipients(ctx, taskId, [
    { contact: NEW_YORK, timeZone: 'Asia/Tokyo' } as { contact: string },
  ]);
  await publish(ctx, taskId);
  await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId), { stepMs: 10 * 60_000 });
  expectSentAt(
    sandboxOf(ctx)
      .messages()
      .map((m) => m.at),
    ['2026-01-16T00:00:00.000Z'],
  );
});

it('an import with a time zone Node does not know is refused for that row, with the fix', async () => {
  const taskId = await createTask(ctx, { policy: { window: recipientWindow } });
  const res = await addRecipients(ctx, taskId, [
    { contact: NEW_YORK, timeZone: 'Eastern' } as { contact: string },
    { contact: TOKYO },
  ]);
  expect(res.accepted).toBe(1);
  expect(JSON.stringify(res.invalid)).toContain('is not an IANA time zone');
});

it('the task’s end records those still outside their window as outside_window', async () => {
  const endAt = new Date(ctx.clock.now().getTime() + 5 * HOUR).toISOString(); // 15:00Z
  const taskId = await publishedTask(
    ctx,
    [{ contact: NEW_YORK }, { contact: LOS_ANGELES }, { contact: TOKYO }],
    { endAt, policy: { window: recipientWindow } },
  );
  await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId), { stepMs: 10 * 60_000 });
  // Only New York's window (14:00-17:00Z) opened before 15:00Z.
  expect(
    sandboxOf(ctx)
      .messages()
      .map((m) => m.to.replace(/^\+/, '')),
  ).toEqual([NEW_YORK.slice(1)]);
  expect(await stats(ctx, taskId)).toMatchObject({ sent: 1, outside_window: 2, pending: 0 });
  const task = await ctx.store.getTask(ctx.defaultTenantId, taskId);
  expect(task?.reason).toContain('2 recipients not sent (2 outside their window)');
});

it('the frequency cap holds a contact after N messages across tasks, and the task’s end records it', async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, {
    settings: { frequencyCap: { max: 2, hours: 24 } },
  });
  const contact = '+5511987654321';
  const other = '+5511987654322';
  const d = testDispatcher(ctx);
  for (let i = 0; i < 2; i++) {
    const id = await publishedTask(ctx, [{ contact }]);
    await driveUntil(ctx, [d], completed(id));
  }
  expect(sandboxOf(ctx).messages({ to: contact })).toHaveLength(2);
  const endAt = new Date(ctx.clock.now().getTime() + 2 * HOUR).toISOString();
  const third = await publishedTask(ctx, [{ contact }, { contact: other }], { endAt });
  await driveUntil(ctx, [d], completed(third), { stepMs: 10 * 60_000 });
  expect(sandboxOf(ctx).messages({ to: contact })).toHaveLength(2);
  expect(sandboxOf(ctx).messages({ to: other })).toHaveLength(1);
  expect(await stats(ctx, third)).toMatchObject({ sent: 1, frequency_capped: 1 });
});

it('a capped contact is sent once its oldest counted message leaves the rolling window', async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, {
    settings: { frequencyCap: { max: 1, hours: 24 } },
  });
  const contact = '+5511987654321';
  const d = testDispatcher(ctx);
  const first = await publishedTask(ctx, [{ contact }]);
  await driveUntil(ctx, [d], completed(first));
  const firstAt = sandboxOf(ctx).messages({ to: contact })[0]!.at;
  const second = await publishedTask(ctx, [{ contact }]);
  await d.tick();
  const [held] = (await ctx.store.listRecipients(ctx.defaultTenantId, second, {}, { limit: 1 }))
    .items;
  expect(held).toMatchObject({
    status: 'pending',
    deferReason: 'frequency_capped',
    nextAttemptAt: new Date(firstAt.getTime() + 24 * HOUR),
  });
  await driveUntil(ctx, [d], completed(second), { stepMs: HOUR, maxTicks: 30 });
  const times = sandboxOf(ctx)
    .messages({ to: contact })
    .map((m) => m.at.getTime());
  expect(times).toHaveLength(2);
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(24 * HOUR);
});

it('two tasks running side by side never pass the cap for a shared contact', async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, {
    settings: { frequencyCap: { max: 1, hours: 24 } },
  });
  const contact = '+5511987654321';
  const endAt = new Date(ctx.clock.now().getTime() + HOUR).toISOString();
  const a = await publishedTask(ctx, [{ contact }], { endAt });
  const b = await publishedTask(ctx, [{ contact }], { endAt });
  // Two instances on one database: each task's batch reads the other's send from the store.
  const d1 = testDispatcher(ctx, { instanceId: 'dispatcher-a' });
  const d2 = testDispatcher(ctx, { instanceId: 'dispatcher-b' });
  await driveUntil(ctx, [d1, d2], async () => (await completed(a)()) && (await completed(b)()), {
    stepMs: 10 * 60_000,
  });
  expect(sandboxOf(ctx).messages({ to: contact })).toHaveLength(1);
  const both = [await stats(ctx, a), await stats(ctx, b)];
  expect(both.map((s) => s.sent + s.frequency_capped)).toEqual([1, 1]);
});

it('settings refuse a malformed cap and a task refuses a preset on the tenant’s clock', async () => {
  const bad = await request(ctx.app)
    .put('/admin/settings')
    .set(auth)
    .send({ frequencyCap: { max: 0, hours: 24 } });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('frequencyCap');
  const ok = await request(ctx.app)
    .put('/admin/settings')
    .set(auth)
    .send({ frequencyCap: { max: 3, hours: 24 } });
  expect(ok.status).toBe(200);
  const preset = await request(ctx.app)
    .post('/admin/tasks')
    .set(auth)
    .send({
      name: 'x',
      type: 'marketing',
      channel: 'whatsapp',
      template: { name: 'spring_sale', language: 'en' },
      policy: { window: { preset: 'us_marketing', timeZone: 'tenant' } },
    });
  expect(preset.status).toBe(400);
  expect(JSON.stringify(preset.body)).toContain('recipient');
});

it('the us_marketing preset sends a Florida number by 20:00 and a New York one until 21:00', async () => {
  const MIAMI = '+13055550100';
  // 00:30Z on the 16th is 19:30 in both; start there.
  ctx.clock.set('2026-01-16T00:30:00.000Z');
  await ctx.services.tenants.update(ctx.defaultTenantId, { settings: { messagesPerSecond: 1 } });
  const taskId = await createTask(ctx, { policy: { window: { preset: 'us_marketing' } } });
  const res = await request(ctx.app).get(`/admin/tasks/${taskId}`).set(auth);
  expect(res.body.policy.window).toMatchObject({ timeZone: 'recipient', preset: 'us_marketing' });
  await addRecipients(ctx, taskId, [{ contact: MIAMI }, { contact: NEW_YORK }]);
  await publish(ctx, taskId);
  ctx.clock.set('2026-01-16T01:30:00.000Z'); // 20:30 in both: Florida closed, New York open
  await driveUntil(ctx, [testDispatcher(ctx)], completed(taskId), { stepMs: 10 * 60_000 });
  const sent = sandboxOf(ctx).messages();
  const at = (n: string) => sent.find((m) => m.to.replace(/^\+/, '') === n.slice(1))!.at;
  expectSentAt([at(NEW_YORK)], ['2026-01-16T01:30:00.000Z']);
  expectSentAt([at(MIAMI)], ['2026-01-16T13:00:00.000Z']); // 08:00 in Miami
});
