/**
 * Field test findings 9 and 15: replies say what is true. START while an admin's opt-out still
 * covers the customer does not promise promotions; repeated STOPs get one confirmation; a 👎 from
 * a contact who already stopped everything gets no question; a bare STOP is answered in the
 * conversation's language, else the tenant's `language`.
 */
import request from 'supertest';
import { createTestContext, TEST_ADMIN_TOKEN, type TestContext } from '../support/context';
import { customerSays } from '../support/webhook';
import { REPEAT_CONFIRM_WINDOW_MS } from '../../src/services/conversation/conversation';
import { replyButtons, replyText, sentTo } from './conversation-helpers';

const CUSTOMER = '+34697000001';
const WA = '34697000001';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

const admin = () => request(ctx.app);
const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const setLanguage = (language: string) =>
  admin().put('/admin/settings').set(auth).send({ language }).expect(200);
const texts = () => sentTo(ctx, CUSTOMER).map(replyText);

it('answers ALTA under an admin opt-out with what is true, in Spanish', async () => {
  await admin()
    .post('/admin/opt-outs')
    .set(auth)
    .send({ channel: 'whatsapp', contact: CUSTOMER })
    .expect(201);
  await customerSays(ctx, { from: WA, text: 'ALTA' });
  expect(texts()).toEqual([
    'Anotado. Las promociones de Default tenant siguen detenidas para este número por ahora, así que todavía no las recibirás.',
  ]);
  const check = await admin()
    .get(`/admin/opt-outs/check?channel=whatsapp&contact=${encodeURIComponent(CUSTOMER)}`)
    .set(auth);
  expect(check.body.suppressed).toBe(true);
});

it('still confirms START when only the customer’s own opt-out stood', async () => {
  await customerSays(ctx, { from: WA, text: 'BAJA' });
  await customerSays(ctx, { from: WA, text: 'ALTA' });
  expect(texts()[1]).toMatch(/^Volverás a recibir promociones de Default tenant/);
});

it('confirms three STOPs in a row once, and a STOP after the window again', async () => {
  for (let i = 0; i < 3; i++) {
    await customerSays(ctx, { from: WA, text: 'STOP' });
    ctx.clock.advance(20_000);
  }
  expect(texts()).toHaveLength(1);
  ctx.clock.advance(REPEAT_CONFIRM_WINDOW_MS);
  await customerSays(ctx, { from: WA, text: 'STOP' });
  expect(texts()).toHaveLength(2);
  expect(texts()[1]).toBe(texts()[0]);
});

it('asks nothing about a 👎 from a contact already opted out of all marketing', async () => {
  await customerSays(ctx, { from: '34697000002', text: '👎' });
  // The question is what a 👎 gets otherwise.
  expect(replyButtons(sentTo(ctx, '+34697000002')[0])).toHaveLength(2);
  await customerSays(ctx, { from: WA, text: 'STOP' });
  await customerSays(ctx, { from: WA, text: '👎' });
  expect(texts()).toHaveLength(1);
});

it("answers a bare STOP in the tenant's language, a Spanish phrase in Spanish", async () => {
  await setLanguage('es');
  await customerSays(ctx, { from: WA, text: 'STOP' });
  expect(texts()[0]).toMatch(/^Ya no recibirás promociones de Default tenant/);
  await setLanguage('fr');
  await customerSays(ctx, { from: '34697000003', text: 'Stop!' });
  expect(replyText(sentTo(ctx, '+34697000003')[0])).toMatch(/^Vous ne recevrez plus/);
});

it('keeps the language the customer wrote in before over the tenant’s', async () => {
  await setLanguage('es');
  await customerSays(ctx, { from: WA, text: 'hello, what is this?' });
  await customerSays(ctx, { from: WA, text: 'unsubscribe me please' });
  ctx.clock.advance(REPEAT_CONFIRM_WINDOW_MS);
  await customerSays(ctx, { from: WA, text: 'STOP' });
  const all = texts();
  expect(all[all.length - 1]).toMatch(/^You won't receive promotions from Default tenant/);
});

it('logs each reply sent, with the number masked (the sandbox record is in memory)', async () => {
  await customerSays(ctx, { from: WA, text: 'STOP' });
  const lines = ctx.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
  const sent = lines.filter((l) => l.msg === 'reply sent');
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ kind: 'opt_out' });
  expect(JSON.stringify(sent[0])).not.toContain('697000001');
});
