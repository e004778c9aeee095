import request from 'supertest';
import { adminFixture, as, createCategory, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const add = (body: Record<string, unknown>, key = f.key) =>
  as(f.ctx, key).post('/admin/opt-outs').send(body);
const check = (query: string, key = f.key) => as(f.ctx, key).get(`/admin/opt-outs/check?${query}`);

describe('GET /admin/opt-outs/check', () => {
  it('a category opt-out suppresses that category only; it is listed either way', async () => {
    const promos = await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 7 });
    const news = await createCategory(f.ctx, f.key, { name: 'News', unsubscribeDays: 7 });
    await add({ channel: 'whatsapp', contact: '+5511987654321', categoryId: promos.id });
    const forPromos = await check(
      `channel=whatsapp&contact=%2B5511987654321&categoryId=${promos.id}`,
    );
    expect(forPromos.status).toBe(200);
    expect(forPromos.body.suppressed).toBe(true);
    expect(forPromos.body.optOuts).toEqual([
      expect.objectContaining({ categoryId: promos.id, active: true }),
    ]);
    const forNews = await check(`channel=whatsapp&contact=%2B5511987654321&categoryId=${news.id}`);
    expect(forNews.body).toMatchObject({
      suppressed: false,
      optOuts: [expect.objectContaining({ categoryId: promos.id })],
    });
    expect((await check('channel=whatsapp&contact=%2B5511987654321')).body.suppressed).toBe(false);
  });

  it('an all-marketing opt-out suppresses every category and none', async () => {
    const promos = await createCategory(f.ctx, f.key);
    await add({ channel: 'whatsapp', contact: '+5511987654321' });
    expect(
      (await check(`channel=whatsapp&contact=%2B5511987654321&categoryId=${promos.id}`)).body
        .suppressed,
    ).toBe(true);
    expect((await check('channel=whatsapp&contact=%2B5511987654321')).body.suppressed).toBe(true);
    // Channels are separate lists.
    expect((await check('channel=sms&contact=%2B5511987654321')).body).toEqual({
      suppressed: false,
      optOuts: [],
    });
  });

  it("matches the contact in any accepted form, and Meta's alternate forms", async () => {
    await add({ channel: 'whatsapp', contact: '+55 11 98765-4321' });
    // wa_id digits, an unencoded "+" (arrives as a space), and the form without the ninth digit.
    for (const form of [
      '5511987654321',
      '+5511987654321',
      '551187654321',
      '%2B55%2011%2098765-4321',
    ]) {
      expect((await check(`channel=whatsapp&contact=${form}`)).body.suppressed).toBe(true);
    }
    await add({ channel: 'whatsapp', contact: '5215512345678' });
    expect((await check('channel=whatsapp&contact=%2B525512345678')).body.suppressed).toBe(true);
  });

  it('matches identifiers linked to the contact (a BSUID seen with the number)', async () => {
    await f.ctx.store.linkIdentifiers(
      f.tenantId,
      'whatsapp',
      ['+16505551234', 'US.13491208655302741918'],
      f.ctx.clock.now(),
    );
    await add({ channel: 'whatsapp', contact: 'US.13491208655302741918' });
    const res = await check('channel=whatsapp&contact=16505551234');
    expect(res.body.suppressed).toBe(true);
    expect(res.body.optOuts[0].contact).toBe('US.13491208655302741918');
  });

  it('stops suppressing when the opt-out expires or is revoked', async () => {
    const created = await add({ channel: 'whatsapp', contact: '+5511987654321', validDays: 2 });
    f.ctx.clock.advance(2 * DAY - 1);
    expect((await check('channel=whatsapp&contact=5511987654321')).body.suppressed).toBe(true);
    f.ctx.clock.advance(1);
    expect((await check('channel=whatsapp&contact=5511987654321')).body).toEqual({
      suppressed: false,
      optOuts: [],
    });
    const renewed = await add({ channel: 'whatsapp', contact: '+5511987654321' });
    await as(f.ctx, f.key).delete(`/admin/opt-outs/${renewed.body.id}`);
    expect(renewed.body.id).toBe(created.body.id);
    expect((await check('channel=whatsapp&contact=5511987654321')).body.suppressed).toBe(false);
  });

  it("sees only the tenant's own opt-outs", async () => {
    await add({ channel: 'whatsapp', contact: '+5511987654321' }, f.otherKey);
    expect((await check('channel=whatsapp&contact=5511987654321')).body.suppressed).toBe(false);
  });

  it.each([
    ['contact=5511987654321', /"channel": is required/],
    ['channel=whatsapp', /"contact" is required/],
    ['channel=fax&contact=1', /"channel": must be one of/],
    ['channel=whatsapp&contact=hello', /not a phone number/],
    ['channel=whatsapp&contact=1&contact=2', /"contact"/],
    ['channel=whatsapp&contact=5511987654321&extra=1', /unknown field "extra"/],
  ])('rejects ?%s with 400', async (query, message) => {
    const res = await check(query);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it("answers 404 for another tenant's category and 401 without a key", async () => {
    const theirs = await createCategory(f.ctx, f.otherKey);
    expect(
      (await check(`channel=whatsapp&contact=5511987654321&categoryId=${theirs.id}`)).status,
    ).toBe(404);
    expect(
      (await request(f.ctx.app).get('/admin/opt-outs/check?channel=whatsapp&contact=1')).status,
    ).toBe(401);
  });
});
