/**
 * A `consented` task: only contacts holding an active consent covering the task's category (or
 * all marketing), under any of their identifiers, and no active opt-out, receive it; the rest
 * end `no_consent` and are never sent. Consents withdrawn and opt-outs recorded while the task
 * runs are seen by the next batch (the check reads both in one snapshot at send time).
 */
import request from 'supertest';
import type { Tenant } from '../../src/domain/types';
import type { WhatsAppClient } from '../../src/whatsapp/types';
import { createTestContext, type TestContext } from '../support/context';
import {
  addRecipients,
  auth,
  createTask,
  driveUntil,
  numbers,
  publish,
  sandboxOf,
  stats,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';

let ctx: TestContext;
let tenant: Tenant;
beforeEach(async () => {
  ctx = await createTestContext();
  tenant = (await ctx.store.getTenant(ctx.defaultTenantId))!;
});
afterEach(async () => {
  await ctx.close();
});

async function category(name: string): Promise<string> {
  const res = await request(ctx.app)
    .post('/admin/categories')
    .set(auth)
    .send({ name, unsubscribeDays: 30 });
  if (res.status !== 201) throw new Error(`category not created: ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

async function consent(contact: string, categoryId: string | null): Promise<string> {
  const res = await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact, categoryId });
  if (res.status !== 201) throw new Error(`consent not recorded: ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

const optOut = (contact: string, categoryId: string | null) =>
  ctx.services.optOuts.record({
    tenant,
    channel: 'whatsapp',
    contact,
    categoryId,
    origin: 'customer',
    source: 'keyword',
    at: ctx.clock.now(),
    validity: { kind: 'default' },
    remarks: null,
    evidence: null,
    actor: `customer:${contact}`,
  });

it('sends only to consented contacts without an opt-out; the rest end no_consent, never sent', async () => {
  const sandbox = sandboxOf(ctx);
  const promos = await category('Promotions');
  const news = await category('News');
  const contacts = numbers(290);
  const brazil = Array.from({ length: 10 }, (_, i) => `+55119${String(87_650_000 + i)}`);
  const all = [...contacts, ...brazil];
  const slice = (from: number, n: number) => contacts.slice(from, from + n);

  const expected = new Set<string>();
  // Imported consents for the category (40), and all-marketing consents added one by one (20).
  const imported = await request(ctx.app)
    .post('/admin/consents/import')
    .set(auth)
    .type('text/csv')
    .send(['contact,categoryId', ...slice(0, 40).map((c) => `${c},${promos}`)].join('\n'));
  expect(imported.body).toMatchObject({ created: 40, invalidCount: 0, invalid: [] });
  slice(0, 40).forEach((c) => expected.add(c));
  for (const c of slice(40, 20)) {
    await consent(c, null);
    expected.add(c);
  }
  // Consented but opted out (suppressed), consented for another category, consent withdrawn.
  for (const c of slice(60, 10)) {
    await consent(c, promos);
    await optOut(c, promos);
  }
  for (const c of slice(70, 10)) await consent(c, news);
  for (const c of slice(80, 10)) {
    const id = await consent(c, promos);
    await request(ctx.app)
      .delete(`/admin/consents/${id}`)
      .set(auth)
      .send({ reason: 'asked by phone' });
  }
  // Brazilian numbers whose consent was recorded in Meta's eight-digit wa_id form.
  for (const c of brazil) {
    await consent(c.replace(/^\+55119/, '+5511'), promos);
    expected.add(c);
  }
  // Consented contacts late in the list: 5 withdraw, 5 opt out while the task is running.
  const lateWithdrawn = slice(280, 5);
  const lateOptOut = slice(285, 5);
  const lateIds: string[] = [];
  for (const c of lateWithdrawn) lateIds.push(await consent(c, promos));
  for (const c of lateOptOut) await consent(c, promos);

  let sends = 0;
  let injected: Promise<void> | null = null;
  const base = ctx.services.whatsapp;
  const whatsapp: WhatsAppClient = {
    async send(sender, message) {
      sends += 1;
      if (sends === 1) {
        injected = (async () => {
          for (const id of lateIds)
            await request(ctx.app)
              .delete(`/admin/consents/${id}`)
              .set(auth)
              .send({ reason: 'changed their mind' });
          for (const c of lateOptOut) await optOut(c, null);
        })();
        await injected;
      }
      return base.send(sender, message);
    },
  };

  const taskId = await createTask(ctx, {
    categoryId: promos,
    policy: { audience: 'consented', messagesPerSecond: 20 },
  });
  await addRecipients(
    ctx,
    taskId,
    all.map((contact) => ({ contact })),
  );
  await publish(ctx, taskId);
  const task = await request(ctx.app).get(`/admin/tasks/${taskId}`).set(auth);
  expect(task.body.policy.audience).toBe('consented');

  const before = await ctx.metrics.registry.getSingleMetricAsString('stopline_no_consent_total');
  await driveUntil(
    ctx,
    [testDispatcher(ctx, { whatsapp })],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  expect(injected).not.toBeNull();

  const to = sandbox.messages().map((m) => `+${m.to}`);
  expect(new Set(to).size).toBe(to.length);
  expect([...to].sort()).toEqual([...expected].sort());
  expect(await stats(ctx, taskId)).toMatchObject({
    total: 300,
    sent: expected.size,
    suppressed: 10 + 5,
    // No consent: 10 other category + 10 withdrawn + 190 never asked + 5 withdrawn mid-run.
    no_consent: 215,
    pending: 0,
  });
  const noConsent = await request(ctx.app)
    .get(`/admin/tasks/${taskId}/recipients?status=no_consent&limit=500`)
    .set(auth);
  expect(noConsent.body.items).toHaveLength(215);
  expect(before).toMatch(/stopline_no_consent_total 0/);
  expect(await ctx.metrics.registry.getSingleMetricAsString('stopline_no_consent_total')).toMatch(
    /stopline_no_consent_total 215/,
  );
});

it('a not_opted_out task (the default) still sends to everyone without an opt-out', async () => {
  const sandbox = sandboxOf(ctx);
  const contacts = numbers(20);
  await consent(contacts[0]!, null);
  await optOut(contacts[1]!, null);
  const taskId = await createTask(ctx);
  await addRecipients(
    ctx,
    taskId,
    contacts.map((contact) => ({ contact })),
  );
  await publish(ctx, taskId);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, taskId)) === 'completed',
  );
  expect(sandbox.messages()).toHaveLength(19);
  expect(await stats(ctx, taskId)).toMatchObject({ sent: 19, suppressed: 1, no_consent: 0 });
});
