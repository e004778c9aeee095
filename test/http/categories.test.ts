import request from 'supertest';
import { adminFixture, as, createCategory, OVERSIZED, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

describe('POST /admin/categories', () => {
  it('creates a category', async () => {
    const res = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send({
        name: 'Promotions',
        unsubscribeDays: 90,
        description: 'Sales and coupons',
        keywords: ['offers', 'sales'],
      });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Promotions',
      unsubscribeDays: 90,
      description: 'Sales and coupons',
      keywords: ['offers', 'sales'],
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
    });
  });

  it('accepts unsubscribeDays null (until revoked)', async () => {
    const res = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send({ name: 'Forever', unsubscribeDays: null });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ unsubscribeDays: null, description: null, keywords: [] });
  });

  it('answers 409 for a name that exists in any case, but not across tenants', async () => {
    await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 7 });
    const dup = await as(f.ctx, f.key)
      .post('/admin/categories')
      .send({ name: 'PROMOTIONS', unsubscribeDays: 7 });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatch(/already exists/);
    expect(
      (
        await as(f.ctx, f.otherKey)
          .post('/admin/categories')
          .send({ name: 'Promotions', unsubscribeDays: 7 })
      ).status,
    ).toBe(201);
  });

  it.each([
    [{ unsubscribeDays: 7 }, /"name" is required/],
    [{ name: 'x' }, /"unsubscribeDays" is required/],
    [{ name: '', unsubscribeDays: 7 }, /"name": must not be empty/],
    [{ name: 'x'.repeat(101), unsubscribeDays: 7 }, /"name": must be at most 100/],
    [{ name: 'x', unsubscribeDays: 0 }, /"unsubscribeDays": must be at least 1/],
    [{ name: 'x', unsubscribeDays: -5 }, /"unsubscribeDays"/],
    [{ name: 'x', unsubscribeDays: 2.5 }, /"unsubscribeDays": must be a whole number/],
    [{ name: 'x', unsubscribeDays: '7' }, /"unsubscribeDays"/],
    [
      { name: 'x', unsubscribeDays: 7, description: 'd'.repeat(501) },
      /"description": must be at most 500/,
    ],
    [{ name: 'x', unsubscribeDays: 7, keywords: 'offers' }, /"keywords"/],
    [
      { name: 'x', unsubscribeDays: 7, keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) },
      /"keywords": at most 20/,
    ],
    [{ name: 'x', unsubscribeDays: 7, colour: 'red' }, /unknown field "colour"/],
  ])('rejects %j with 400', async (body, message) => {
    const res = await as(f.ctx, f.key).post('/admin/categories').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('rejects malformed JSON, oversized bodies and missing auth', async () => {
    expect(
      (
        await as(f.ctx, f.key)
          .post('/admin/categories')
          .set('Content-Type', 'application/json')
          .send('{')
      ).status,
    ).toBe(400);
    expect(
      (
        await as(f.ctx, f.key)
          .post('/admin/categories')
          .set('Content-Type', 'application/json')
          .send(OVERSIZED)
      ).status,
    ).toBe(413);
    expect(
      (await request(f.ctx.app).post('/admin/categories').send({ name: 'x', unsubscribeDays: 7 }))
        .status,
    ).toBe(401);
  });
});

describe('GET /admin/categories', () => {
  it("lists only the tenant's categories, page by page", async () => {
    for (const name of ['A', 'B', 'C'])
      await createCategory(f.ctx, f.key, { name, unsubscribeDays: 7 });
    await createCategory(f.ctx, f.otherKey, { name: 'Theirs', unsubscribeDays: 7 });
    const first = await as(f.ctx, f.key).get('/admin/categories?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['C', 'B']);
    const second = await as(f.ctx, f.key).get(
      `/admin/categories?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toEqual({
      items: [expect.objectContaining({ name: 'A' })],
      nextCursor: null,
    });
  });

  it('rejects a cursor it did not return', async () => {
    const res = await as(f.ctx, f.key).get('/admin/categories?cursor=abc');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/"cursor": is not a cursor this API returned/);
  });
});

describe('GET / PATCH / DELETE /admin/categories/:id', () => {
  it('reads, changes and deletes a category', async () => {
    const cat = await createCategory(f.ctx, f.key);
    expect((await as(f.ctx, f.key).get(`/admin/categories/${cat.id}`)).body).toMatchObject({
      name: 'Promotions',
      unsubscribeDays: 7,
    });
    f.ctx.clock.advance(60_000);
    const patched = await as(f.ctx, f.key)
      .patch(`/admin/categories/${cat.id}`)
      .send({ unsubscribeDays: null, description: 'All sales' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: 'Promotions',
      unsubscribeDays: null,
      description: 'All sales',
      updatedAt: '2026-01-15T10:01:00.000Z',
    });
    expect((await as(f.ctx, f.key).delete(`/admin/categories/${cat.id}`)).status).toBe(204);
    expect((await as(f.ctx, f.key).get(`/admin/categories/${cat.id}`)).status).toBe(404);
  });

  it("answers 404 for another tenant's category on every route", async () => {
    const theirs = await createCategory(f.ctx, f.otherKey);
    expect((await as(f.ctx, f.key).get(`/admin/categories/${theirs.id}`)).status).toBe(404);
    expect(
      (await as(f.ctx, f.key).patch(`/admin/categories/${theirs.id}`).send({ name: 'Mine' }))
        .status,
    ).toBe(404);
    expect((await as(f.ctx, f.key).delete(`/admin/categories/${theirs.id}`)).status).toBe(404);
    expect((await as(f.ctx, f.otherKey).get(`/admin/categories/${theirs.id}`)).body.name).toBe(
      'Promotions',
    );
  });

  it('rejects empty and invalid patches, and a rename onto another category', async () => {
    const cat = await createCategory(f.ctx, f.key);
    await createCategory(f.ctx, f.key, { name: 'News', unsubscribeDays: 30 });
    expect((await as(f.ctx, f.key).patch(`/admin/categories/${cat.id}`).send({})).status).toBe(400);
    expect(
      (await as(f.ctx, f.key).patch(`/admin/categories/${cat.id}`).send({ unsubscribeDays: 0 }))
        .status,
    ).toBe(400);
    expect(
      (await as(f.ctx, f.key).patch(`/admin/categories/${cat.id}`).send({ id: 'x' })).body.error,
    ).toMatch(/unknown field "id"/);
    expect(
      (await as(f.ctx, f.key).patch(`/admin/categories/${cat.id}`).send({ name: 'news' })).status,
    ).toBe(409);
  });

  it('refuses to delete a category that opt-outs and tasks use, saying what uses it', async () => {
    const cat = await createCategory(f.ctx, f.key);
    const optOut = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'whatsapp', contact: '+5511987654321', categoryId: cat.id });
    expect(optOut.status).toBe(201);
    const one = await as(f.ctx, f.key).delete(`/admin/categories/${cat.id}`);
    expect(one.status).toBe(409);
    expect(one.body.error).toMatch(/used by 1 opt-out:/);
    await f.ctx.store.createTask(
      f.tenantId,
      {
        name: 'January sale',
        categoryId: cat.id,
        template: { name: 'sale', language: 'en', optOutButtonIndex: null },
        startAt: null,
        endAt: null,
        policy: { window: null, messagesPerSecond: null },
        followUp: { assignees: [] },
      },
      f.ctx.clock.now(),
    );
    const both = await as(f.ctx, f.key).delete(`/admin/categories/${cat.id}`);
    expect(both.status).toBe(409);
    expect(both.body.error).toMatch(/used by 1 opt-out and 1 task/);
    expect((await as(f.ctx, f.key).get(`/admin/categories/${cat.id}`)).status).toBe(200);
  });
});
