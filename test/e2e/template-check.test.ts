/**
 * The template check at publish and in the preview, against the sandbox's template registry:
 * a template without a way out is refused (or warned about, per tenant), a tenant without a
 * wabaId publishes as before and its preview says "not checked", an unregistered template counts
 * as approved.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { addRecipients, auth, createTask, numbers } from './dispatch-helpers';

const WABA = '102290129340398';
let ctx: TestContext;

beforeEach(async () => {
  ctx = await createTestContext();
  await ctx.services.tenants.update(ctx.defaultTenantId, { wabaId: WABA });
});
afterEach(async () => {
  await ctx.close();
});

async function register(body: Record<string, unknown>): Promise<void> {
  const res = await request(ctx.app)
    .post('/sandbox/templates')
    .set(auth)
    .send({ wabaId: WABA, name: 'spring_sale', language: 'pt_BR', ...body });
  expect(res.status).toBe(201);
}

async function draft(): Promise<string> {
  const id = await createTask(ctx);
  await addRecipients(
    ctx,
    id,
    numbers(2).map((contact) => ({ contact, params: ['Ana', '20%'] })),
  );
  return id;
}

const publish = (id: string) => request(ctx.app).post(`/admin/tasks/${id}/publish`).set(auth);
const preview = async (id: string) =>
  (await request(ctx.app).get(`/admin/tasks/${id}/preview`).set(auth).expect(200)).body;

it('refuses to publish a template without the opt-out button the task names, saying why', async () => {
  await register({
    body: 'Olá {{1}}, {{2}} de desconto!',
    buttons: [{ type: 'URL', text: 'Ver' }],
  });
  const id = await draft();
  expect((await preview(id)).template).toMatchObject({ checked: true, ok: false });
  const res = await publish(id);
  expect(res.status).toBe(409);
  expect(res.body.error).toMatch(/no quick-reply button at index 1/);
  expect(res.body.error).toMatch(/settings\.templateCheck/);
  expect((await ctx.store.getTask(ctx.defaultTenantId, id))?.status).toBe('draft');
});

it('publishes a fitting template, and refuses a paused or utility one', async () => {
  const buttons = [
    { type: 'URL', text: 'Ver' },
    { type: 'QUICK_REPLY', text: 'Parar promoções' },
  ];
  await register({ body: 'Olá {{1}}, {{2}}!', buttons, status: 'paused' });
  const id = await draft();
  expect((await publish(id)).body.error).toMatch(/is PAUSED, not APPROVED/);
  await register({ body: 'Olá {{1}}, {{2}}!', buttons, category: 'UTILITY' });
  expect((await publish(id)).body.error).toMatch(/UTILITY template/);
  await register({ body: 'Olá {{1}}, {{2}}!', buttons });
  expect((await preview(id)).template).toEqual({
    checked: true,
    ok: true,
    problems: [],
    note: null,
  });
  const ok = await publish(id);
  expect(ok.status).toBe(200);
  expect(ok.body.status).toBe('scheduled');
  expect(ok.body).not.toHaveProperty('templateWarnings');
});

it('publishes with warnings when the tenant allows it', async () => {
  await ctx.services.tenants.update(ctx.defaultTenantId, { settings: { templateCheck: 'warn' } });
  await register({ body: 'Olá {{first_name}}', buttons: [] });
  const id = await draft();
  const res = await publish(id);
  expect(res.status).toBe(200);
  expect(res.body.status).toBe('scheduled');
  expect(res.body.templateWarnings).toHaveLength(2);
  expect(res.body.templateWarnings[0]).toMatch(/takes named parameters first_name/);
});

it('counts a template the sandbox never heard of as approved', async () => {
  const id = await draft();
  expect((await preview(id)).template).toMatchObject({ checked: true, ok: true });
  expect((await preview(id)).template.note).toMatch(/no template "spring_sale" registered/);
  expect((await publish(id)).status).toBe(200);
});

it('without a wabaId publishes as today and the preview says the template was not checked', async () => {
  await register({ body: 'no way out' });
  await ctx.services.tenants.update(ctx.defaultTenantId, { wabaId: null });
  const id = await draft();
  expect((await preview(id)).template).toEqual({
    checked: false,
    reason: expect.stringMatching(/not checked: the tenant has no wabaId/),
  });
  expect((await publish(id)).status).toBe(200);
});

it('refuses a sandbox template registration that is not one Meta could describe', async () => {
  const res = await request(ctx.app)
    .post('/sandbox/templates')
    .set(auth)
    .send({ wabaId: WABA, name: 'Spring Sale', language: 'pt_BR', category: 'promo' });
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body)).toMatch(/name/);
  expect(JSON.stringify(res.body)).toMatch(/category must be one of MARKETING/);
});
