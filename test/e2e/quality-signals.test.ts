/**
 * Meta's quality signals, emitted by the sandbox through the signed webhook: a task pauses when
 * its template is paused and resumes when Meta approves it again; a flagged number pauses the
 * tenant's tasks; a restricted account pauses them for an admin; the tenant may keep every
 * signal-paused task for an admin.
 */
import request from 'supertest';
import type { Task } from '../../src/domain/types';
import { sign } from '../../src/whatsapp/signature';
import { createTestContext, TEST_APP_SECRET, type TestContext } from '../support/context';
import {
  auth,
  driveUntil,
  numbers,
  publishedTask,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

const WABA = '102290129340398';
let ctx: TestContext;

beforeEach(async () => {
  ctx = await createTestContext();
  await ctx.services.tenants.update(ctx.defaultTenantId, { wabaId: WABA });
});
afterEach(async () => {
  await ctx.close();
});

/** Emits a signal from the sandbox and drains the inbox; the clock moves on a minute. */
async function emit(body: Record<string, unknown>): Promise<void> {
  const res = await request(ctx.app)
    .post('/sandbox/signals')
    .set(auth)
    .send({ wabaId: WABA, ...body });
  expect(res.status).toBe(200);
  expect(res.body.delivered).toBe(200);
  await ctx.services.inbox.drain();
  ctx.clock.advance(60_000);
}

async function task(id: string): Promise<Task> {
  const found = await ctx.store.getTask(ctx.defaultTenantId, id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

const templateStatus = (event: string, extra: Record<string, unknown> = {}) => ({
  type: 'template_status',
  event,
  templateName: 'spring_sale',
  language: 'pt_BR',
  ...extra,
});

it('pauses a task when its template is paused and resumes it when Meta approves it again', async () => {
  const id = await publishedTask(
    ctx,
    numbers(3).map((contact) => ({ contact })),
  );
  const other = await publishedTask(
    ctx,
    numbers(2, 10).map((contact) => ({ contact })),
    {
      template: { name: 'autumn_sale', language: 'pt_BR', optOutButtonIndex: 1 },
    },
  );

  await emit(templateStatus('PAUSED', { reason: 'LOW_QUALITY' }));
  expect(await task(id)).toMatchObject({
    status: 'paused',
    reason: 'Meta template spring_sale (pt_BR) is PAUSED: LOW_QUALITY',
  });
  expect((await task(other)).status).toBe('scheduled');

  // Nothing of the paused task is sent meanwhile.
  const d = testDispatcher(ctx);
  await driveUntil(ctx, [d], async () => (await taskStatus(ctx, other)) === 'completed');
  expect((await stats(ctx, id)).pending).toBe(3);

  await emit(templateStatus('APPROVED'));
  expect(await task(id)).toMatchObject({ status: 'scheduled', reason: null });
  await driveUntil(ctx, [d], async () => (await taskStatus(ctx, id)) === 'completed');
  expect((await stats(ctx, id)).sent).toBe(3);

  const signals = await ctx.store.listSignals(ctx.defaultTenantId, { limit: 10 });
  expect(signals.items.map((s) => s.event)).toEqual(['APPROVED', 'PAUSED']);
});

it('does not act twice on a redelivery, nor resume a task an admin paused', async () => {
  const id = await publishedTask(
    ctx,
    numbers(1).map((contact) => ({ contact })),
  );
  const adminPaused = await publishedTask(
    ctx,
    numbers(1, 5).map((contact) => ({ contact })),
  );
  await request(ctx.app).post(`/admin/tasks/${adminPaused}/pause`).set(auth).expect(200);

  const raw = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: WABA,
        time: 1768476900,
        changes: [
          {
            field: 'message_template_status_update',
            value: {
              event: 'PAUSED',
              message_template_name: 'spring_sale',
              message_template_language: 'pt_BR',
              reason: 'NONE',
            },
          },
        ],
      },
    ],
  });
  const deliver = () =>
    request(ctx.app)
      .post('/webhook')
      .set('content-type', 'application/json')
      .set('x-hub-signature-256', sign(TEST_APP_SECRET, Buffer.from(raw)))
      .send(raw)
      .expect(200);

  await deliver();
  await ctx.services.inbox.drain();
  expect((await task(id)).status).toBe('paused');
  const adminReason = (await task(adminPaused)).reason;

  // The admin resumes anyway; Meta's duplicate of the same PAUSED must not pause it again.
  await request(ctx.app).post(`/admin/tasks/${id}/resume`).set(auth).expect(200);
  await deliver();
  await ctx.services.inbox.drain();
  expect((await task(id)).status).toBe('scheduled');
  expect((await ctx.store.listSignals(ctx.defaultTenantId, { limit: 10 })).items).toHaveLength(1);

  ctx.clock.advance(60_000);
  await emit(templateStatus('APPROVED'));
  expect(await task(adminPaused)).toMatchObject({ status: 'paused', reason: adminReason });
});

it('pauses every sending task when the number is flagged, and resumes them when unflagged', async () => {
  const a = await publishedTask(
    ctx,
    numbers(1).map((contact) => ({ contact })),
  );
  const b = await publishedTask(
    ctx,
    numbers(1, 5).map((contact) => ({ contact })),
    {
      template: { name: 'autumn_sale', language: 'en_US', optOutButtonIndex: null },
    },
  );
  await emit({ type: 'number_quality', event: 'FLAGGED', currentLimit: 'TIER_1K' });
  for (const id of [a, b]) {
    expect((await task(id)).status).toBe('paused');
    expect((await task(id)).reason).toMatch(/^Meta flagged the sending number .*TIER_1K/);
  }
  await emit({ type: 'number_quality', event: 'UNFLAGGED' });
  expect((await task(a)).status).toBe('scheduled');
  expect((await task(b)).status).toBe('scheduled');
});

it('keeps signal-paused tasks for an admin when the tenant says so', async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, {
    settings: { resumeAfterSignal: 'admin' },
  });
  const id = await publishedTask(
    ctx,
    numbers(1).map((contact) => ({ contact })),
  );
  await emit(templateStatus('PAUSED'));
  await emit(templateStatus('APPROVED'));
  expect(await task(id)).toMatchObject({
    status: 'paused',
    reason: 'Meta template spring_sale (pt_BR) is PAUSED; the task resumes when Meta reinstates it',
  });
});

it('pauses for an account restriction and never resumes by itself', async () => {
  const id = await publishedTask(
    ctx,
    numbers(1).map((contact) => ({ contact })),
  );
  await emit({ type: 'account', event: 'ACCOUNT_RESTRICTION' });
  expect((await task(id)).reason).toMatch(/ACCOUNT_RESTRICTION/);
  await emit({ type: 'account', event: 'VERIFIED_ACCOUNT' });
  expect((await task(id)).status).toBe('paused');
});

it('skips a signal for an account no tenant has, and refuses a bad sandbox request', async () => {
  const id = await publishedTask(
    ctx,
    numbers(1).map((contact) => ({ contact })),
  );
  await emit({ ...templateStatus('PAUSED'), wabaId: '999' });
  expect((await task(id)).status).toBe('scheduled');
  expect(ctx.logs.some((l) => l.includes('unknown WhatsApp Business Account'))).toBe(true);

  const bad = await request(ctx.app)
    .post('/sandbox/signals')
    .set(auth)
    .send({ type: 'template_status', event: 'PAUSED' });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toMatch(/templateName/);
  const noAccount = await request(ctx.app)
    .post('/sandbox/signals')
    .set(auth)
    .send({ type: 'account', event: 'ACCOUNT_BANNED' });
  expect(noAccount.status).toBe(400);
  expect(noAccount.body.error).toMatch(/wabaId is required/);
});

it('sets and validates a tenant wabaId through the admin API', async () => {
  const ok = await request(ctx.app)
    .patch(`/admin/tenants/${ctx.defaultTenantId}`)
    .set(auth)
    .send({ wabaId: '555000111' });
  expect(ok.status).toBe(200);
  expect(ok.body.wabaId).toBe('555000111');
  const bad = await request(ctx.app)
    .patch(`/admin/tenants/${ctx.defaultTenantId}`)
    .set(auth)
    .send({ wabaId: 'waba-1' });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toMatch(/wabaId.*WhatsApp Business Account id/);
});

it("defers sends past the messaging tier's unique-recipient limit until the 24 h window frees up", async () => {
  await emit({
    type: 'number_quality',
    event: 'DOWNGRADE',
    currentLimit: 'TIER_250',
    oldLimit: 'TIER_1K',
  });
  const id = await publishedTask(
    ctx,
    numbers(300).map((contact) => ({ contact })),
  );
  const d = testDispatcher(ctx);
  await driveUntil(ctx, [d], async () => (await stats(ctx, id)).sent >= 250);
  for (let i = 0; i < 5; i++) {
    await d.tick();
    ctx.clock.advance(60_000);
  }
  expect(await stats(ctx, id)).toMatchObject({ sent: 250, pending: 50, failed: 0 });
  expect((await task(id)).status).toBe('running');
  ctx.clock.advance(24 * 3600_000);
  await driveUntil(ctx, [d], async () => (await taskStatus(ctx, id)) === 'completed');
  expect(await stats(ctx, id)).toMatchObject({ sent: 300, pending: 0 });
});
