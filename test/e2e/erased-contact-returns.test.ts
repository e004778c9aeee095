/**
 * An erased contact who comes back, or whose old links and messages are still out there: their
 * START, a yes to the double opt-in question, a preference link sent before the erasure, a reply
 * to a task message sent before it, and an admin lifting the erasure's entry. The erasure's
 * entry keeps them suppressed until an admin lifts it on purpose; nothing here records a consent
 * or writes their number back.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Consent } from '../../src/domain/consent';
import { createTestContext, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import {
  addRecipients,
  auth,
  createTask,
  driveUntil,
  publish,
  sandboxOf,
  taskStatus,
  testDispatcher,
} from './dispatch-helpers';
import { consentsOf, lastIdTo, replyText, sentTo, setDoubleOptIn } from './conversation-helpers';

const CUSTOMER = '+34611000111';
const WA = '34611000111';
const BLOCKED =
  "Noted. Promotions from Default tenant stay stopped for this number for now, so you won't receive them yet.";

let ctx: TestContext;
let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-erased-'));
  dbPath = join(dir, 'stopline.db');
  ctx = await createTestContext({ dbPath });
});
afterEach(async () => {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

const erase = () =>
  request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/erase`)
    .set(auth)
    .expect(200);

/** Every consent of the tenant (an erased contact's would be under a keyed hash). */
async function allConsents(): Promise<Consent[]> {
  return (await ctx.store.listConsents(ctx.defaultTenantId, {}, { limit: 500, cursor: null }))
    .items;
}

const suppressed = async (): Promise<boolean> =>
  (
    await request(ctx.app)
      .get('/admin/opt-outs/check')
      .query({ channel: 'whatsapp', contact: CUSTOMER })
      .set(auth)
      .expect(200)
  ).body.suppressed as boolean;

function databaseContains(text: string): boolean {
  return [dbPath, `${dbPath}-wal`]
    .filter((p) => existsSync(p))
    .some((p) => readFileSync(p).includes(Buffer.from(text)));
}

it('answers a START from an erased number as blocked, and records no consent', async () => {
  await request(ctx.app)
    .post('/admin/consents')
    .set(auth)
    .send({ channel: 'whatsapp', contact: CUSTOMER })
    .expect(201);
  await erase();
  await customerSays(ctx, { from: WA, text: 'START' });
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(BLOCKED);
  expect(await allConsents()).toEqual([]);
  expect(await suppressed()).toBe(true);
});

it('answers a yes to the double opt-in question from an erased number as blocked', async () => {
  await setDoubleOptIn(ctx, true);
  await customerSays(ctx, { from: WA, text: 'quiero recibir ofertas' });
  const question = lastIdTo(ctx, CUSTOMER);
  await erase();
  await customerSays(ctx, {
    from: WA,
    interactiveId: 'sl:consent_yes',
    interactiveTitle: 'Sí, quiero ofertas',
    contextId: question,
  });
  // The customer wrote in Spanish: the blocked answer, in Spanish.
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toMatch(
    /^Anotado\. Las promociones de Default tenant siguen detenidas/,
  );
  expect(await allConsents()).toEqual([]);
  expect(await suppressed()).toBe(true);
});

it('answers a reply to a task message sent before the erasure to the sender, not to the erased recipient', async () => {
  const task = await createTask(ctx, { name: 'Before' });
  await addRecipients(ctx, task, [{ contact: CUSTOMER, params: ['Ana'] }]);
  await publish(ctx, task);
  await driveUntil(
    ctx,
    [testDispatcher(ctx)],
    async () => (await taskStatus(ctx, task)) === 'completed',
  );
  const [sent] = sandboxOf(ctx).messages({ to: CUSTOMER });
  await erase();
  // The recipient row is a keyed hash now: before, the reply was addressed to it and failed.
  await customerSays(ctx, { from: WA, text: 'START', contextId: sent!.id });
  expect(replyText(sentTo(ctx, CUSTOMER).at(-1))).toBe(BLOCKED);
  expect(await allConsents()).toEqual([]);
  expect((await ctx.store.inboxBacklog()).pending).toBe(0);
});

it('refuses a preference link sent before the erasure: no page, nothing written back', async () => {
  const link = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/preference-link`)
    .set(auth)
    .send({})
    .expect(201);
  const token = new URL(link.body.url as string).searchParams.get('t') ?? '';
  expect((await request(ctx.app).get('/preferences').query({ t: token })).status).toBe(200);
  await erase();
  expect(databaseContains(WA)).toBe(false);

  const page = await request(ctx.app).get('/preferences').query({ t: token });
  expect(page.status).toBe(410);
  expect(page.text).toContain('This link is not valid.');
  // No new link for the erased number either.
  const again = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(CUSTOMER)}/preference-link`)
    .set(auth)
    .send({});
  expect(again.status).toBe(409);
  expect(JSON.stringify(again.body)).toMatch(/erased/);
  const chosen = await request(ctx.app)
    .post('/preferences')
    .type('form')
    .send({ t: token, choice: 'resubscribe' });
  expect(chosen.status).toBe(410);
  expect(await consentsOf(ctx, CUSTOMER)).toEqual([]);
  expect(databaseContains(WA)).toBe(false);
  expect(await suppressed()).toBe(true);
});

it('lifts an erasure’s entry only with a reason and an explicit override, and audits it', async () => {
  await erase();
  const check = await request(ctx.app)
    .get('/admin/opt-outs/check')
    .query({ channel: 'whatsapp', contact: CUSTOMER })
    .set(auth);
  const [entry] = check.body.optOuts as { id: string; source: string }[];
  expect(entry?.source).toBe('erasure');
  const lift = (body: object | undefined) => {
    const req = request(ctx.app).delete(`/admin/opt-outs/${entry!.id}`).set(auth);
    return body === undefined ? req : req.send(body);
  };
  for (const body of [undefined, { reason: 'customer called' }, { override: true }]) {
    const res = await lift(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await suppressed()).toBe(true);
  }
  expect(JSON.stringify((await lift(undefined)).body)).toMatch(/erased contact/);
  const lifted = await lift({ reason: 'the customer asked to hear from us again', override: true });
  expect(lifted.status).toBe(200);
  expect(await suppressed()).toBe(false);
  const events = await request(ctx.app).get(`/admin/opt-outs/${entry!.id}/events`).set(auth);
  expect(events.body.items.at(-1)).toMatchObject({
    type: 'revoked',
    actor: expect.stringMatching(/^admin/),
    evidence: { detail: 'the customer asked to hear from us again', override: true },
  });
});
