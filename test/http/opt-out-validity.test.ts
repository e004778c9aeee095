import { adminFixture, as, createCategory, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const contact = '+5511987654321';
const add = (body: Record<string, unknown>) =>
  as(f.ctx, f.key)
    .post('/admin/opt-outs')
    .send({ channel: 'whatsapp', contact, ...body });
const at = (ms: number) => new Date(Date.parse('2026-01-15T10:00:00.000Z') + ms).toISOString();

describe('validity of an admin opt-out', () => {
  it("takes the category's unsubscribeDays, expiring at start + days (a timestamp)", async () => {
    f.ctx.clock.set('2026-01-15T13:45:12.345Z');
    const cat = await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 7 });
    const res = await add({ categoryId: cat.id });
    expect(res.status).toBe(201);
    expect(res.body.startsAt).toBe('2026-01-15T13:45:12.345Z');
    expect(res.body.expiresAt).toBe('2026-01-22T13:45:12.345Z');
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.startsAt)).toBe(7 * DAY);
  });

  it('a category with unsubscribeDays null lasts until revoked', async () => {
    const cat = await createCategory(f.ctx, f.key, { name: 'Forever', unsubscribeDays: null });
    expect((await add({ categoryId: cat.id })).body.expiresAt).toBeNull();
  });

  it('all marketing takes the tenant setting: 30 by default, null = until revoked', async () => {
    expect((await add({})).body.expiresAt).toBe(at(30 * DAY));
    await as(f.ctx, f.key).put('/admin/settings').send({ unsubscribeDays: null });
    const other = await as(f.ctx, f.key).post('/admin/opt-outs').send({ channel: 'sms', contact });
    expect(other.body.expiresAt).toBeNull();
  });

  it('validDays and validUntil override the defaults', async () => {
    expect((await add({ validDays: 90 })).body.expiresAt).toBe(at(90 * DAY));
    const email = await as(f.ctx, f.key).post('/admin/opt-outs').send({
      channel: 'email',
      contact: 'ana@example.com',
      validUntil: '2026-03-01T12:00:00-03:00',
    });
    expect(email.body.expiresAt).toBe('2026-03-01T15:00:00.000Z');
  });

  it('an overlapping opt-out extends to the later expiry and never shortens it', async () => {
    const first = await add({ validDays: 90 });
    const shorter = await add({ validDays: 10 });
    expect(shorter.status).toBe(200);
    expect(shorter.headers['x-opt-out-outcome']).toBe('unchanged');
    expect(shorter.body.expiresAt).toBe(at(90 * DAY));
    f.ctx.clock.advance(DAY);
    const longer = await add({ validUntil: '2026-12-31T00:00:00Z' });
    expect(longer.status).toBe(200);
    expect(longer.headers['x-opt-out-outcome']).toBe('extended');
    expect(longer.body).toMatchObject({
      id: first.body.id,
      expiresAt: '2026-12-31T00:00:00.000Z',
      startsAt: first.body.startsAt,
    });
    const forever = await as(f.ctx, f.key).put('/admin/settings').send({ unsubscribeDays: null });
    expect(forever.status).toBe(200);
    expect((await add({})).body.expiresAt).toBeNull();
    expect((await add({ validDays: 1 })).body.expiresAt).toBeNull();
  });

  it('an expired or revoked opt-out starts again as new (201, renewed)', async () => {
    const first = await add({ validDays: 1 });
    f.ctx.clock.advance(2 * DAY);
    const renewed = await add({ validDays: 5 });
    expect(renewed.status).toBe(201);
    expect(renewed.headers['x-opt-out-outcome']).toBe('renewed');
    expect(renewed.body).toMatchObject({
      id: first.body.id,
      startsAt: at(2 * DAY),
      expiresAt: at(7 * DAY),
      active: true,
    });
    await as(f.ctx, f.key).delete(`/admin/opt-outs/${first.body.id}`);
    const again = await add({});
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ active: true, revokedAt: null, revokedBy: null });
  });
});

describe('GET /admin/opt-outs/:id/events', () => {
  it('keeps the append-only trail: created, extended, revoked, renewed', async () => {
    const created = await add({ validDays: 10 });
    f.ctx.clock.advance(60_000);
    await add({ validDays: 20 });
    await add({ validDays: 5 });
    f.ctx.clock.advance(60_000);
    await as(f.ctx, f.key).delete(`/admin/opt-outs/${created.body.id}`);
    f.ctx.clock.advance(60_000);
    await add({});
    const res = await as(f.ctx, f.key).get(`/admin/opt-outs/${created.body.id}/events`);
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const events = res.body.items as Record<string, unknown>[];
    expect(events.map((e) => e.type)).toEqual(['created', 'extended', 'revoked', 'renewed']);
    expect(events[0]).toMatchObject({
      id: expect.any(String),
      optOutId: created.body.id,
      actor: expect.stringMatching(/^admin:sl_/),
      source: 'admin',
      startsAt: at(0),
      expiresAt: at(10 * DAY),
      at: at(0),
    });
    expect(events[1]).toMatchObject({ expiresAt: at(60_000 + 20 * DAY), at: at(60_000) });
    expect(events[2]).toMatchObject({ at: at(120_000) });
    expect(events[3]).toMatchObject({ startsAt: at(180_000), expiresAt: at(180_000 + 30 * DAY) });
    expect(events[0]).not.toHaveProperty('tenantId');
  });

  it("answers 404 for another tenant's opt-out", async () => {
    const created = await add({});
    expect(
      (await as(f.ctx, f.otherKey).get(`/admin/opt-outs/${created.body.id}/events`)).status,
    ).toBe(404);
  });
});
