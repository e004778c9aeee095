/**
 * GET /admin/opt-outs/check agrees with dispatch about an erased contact: suppressed, by a
 * source `erasure` entry that carries the keyed hash, never the number or address.
 */
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/context';
import { auth } from './dispatch-helpers';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => ctx.close());

const erase = (contact: string, channel = 'whatsapp') =>
  request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent(contact)}/erase`)
    .set(auth)
    .send({ channel })
    .expect(200);

const check = async (contact: string, channel = 'whatsapp') => {
  const res = await request(ctx.app)
    .get('/admin/opt-outs/check')
    .query({ channel, contact })
    .set(auth)
    .expect(200);
  return res;
};

it.each([
  ['whatsapp', '+34699990000', '+34699990000'],
  ['whatsapp', '+34699990000', '34699990000'],
  ['email', 'ana@example.com', 'Ana@Example.com'],
  ['sms', '+34699990001', '+34699990001'],
])(
  'answers suppressed for an erased %s contact (%s asked as %s)',
  async (channel, contact, asked) => {
    expect((await check(asked, channel)).body).toEqual({ suppressed: false, optOuts: [] });
    await erase(contact, channel);
    const res = await check(asked, channel);
    expect(res.body.suppressed).toBe(true);
    expect(res.body.optOuts).toEqual([
      expect.objectContaining({
        source: 'erasure',
        categoryId: null,
        contact: expect.stringMatching(/^erased:/),
      }),
    ]);
    expect(res.text).not.toContain(contact.replace('+', ''));
    expect(res.text.toLowerCase()).not.toContain('ana@');
  },
);

it('answers suppressed for a contact that had a live opt-out before its erasure', async () => {
  await request(ctx.app)
    .post('/admin/opt-outs')
    .set(auth)
    .send({ channel: 'whatsapp', contact: '+34611000199' })
    .expect(201);
  await erase('+34611000199');
  const res = await check('+34611000199');
  expect(res.body.suppressed).toBe(true);
  expect(res.body.optOuts.map((o: { source: string }) => o.source)).toEqual(['erasure']);
});

it('keeps another contact of the tenant, and the same contact of another tenant, unsuppressed', async () => {
  await erase('+34699990000');
  expect((await check('+34699990002')).body.suppressed).toBe(false);
  const other = await ctx.createTenant('Other');
  const res = await request(ctx.app)
    .get('/admin/opt-outs/check')
    .query({ channel: 'whatsapp', contact: '+34699990000' })
    .set({ Authorization: `Bearer ${other.apiKey}` })
    .expect(200);
  expect(res.body.suppressed).toBe(false);
});

it('erases in the channel given in the query as in the body, and refuses two that disagree', async () => {
  await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent('+34699990077')}/erase`)
    .query({ channel: 'sms' })
    .set(auth)
    .expect(200);
  expect((await check('+34699990077', 'sms')).body.suppressed).toBe(true);
  expect((await check('+34699990077', 'whatsapp')).body.suppressed).toBe(false);
  const both = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent('+34699990078')}/erase`)
    .query({ channel: 'sms' })
    .set(auth)
    .send({ channel: 'whatsapp' });
  expect(both.status).toBe(400);
  expect(both.body.error).toMatch(/channel "whatsapp" and the query "sms"/);
  const unknown = await request(ctx.app)
    .post(`/admin/contacts/${encodeURIComponent('+34699990079')}/erase`)
    .query({ chanel: 'sms' })
    .set(auth);
  expect(unknown.status).toBe(400);
  expect(unknown.body.error).toMatch(/chanel/);
  expect((await check('+34699990078', 'whatsapp')).body.suppressed).toBe(false);
});
