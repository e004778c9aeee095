import request from 'supertest';
import { adminFixture, bearer, OVERSIZED, platform, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const post = (body: unknown) =>
  request(f.ctx.app)
    .post('/admin/tenants')
    .set(platform)
    .send(body as object);

describe('POST /admin/tenants', () => {
  it('creates a tenant, shows the API key once and never the access token', async () => {
    const res = await post({
      name: 'Loja Azul',
      phoneNumberId: '200000000000002',
      accessToken: 'EAAG-secret',
      settings: { timeZone: 'America/Sao_Paulo' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      name: 'Loja Azul',
      phoneNumberId: '200000000000002',
      apiKey: expect.stringMatching(/^sl_/),
      hasAccessToken: true,
      createdAt: '2026-01-15T10:00:00.000Z',
    });
    expect(res.body.settings).toMatchObject({
      timeZone: 'America/Sao_Paulo',
      unsubscribeDays: 30,
      messagesPerSecond: 80,
    });
    expect(JSON.stringify(res.body)).not.toContain('EAAG-secret');
    expect(res.body).not.toHaveProperty('accessTokenEnc');
    // The key works on tenant routes, and shows this tenant's settings.
    const settings = await request(f.ctx.app).get('/admin/settings').set(bearer(res.body.apiKey));
    expect(settings.status).toBe(200);
    expect(settings.body.timeZone).toBe('America/Sao_Paulo');
  });

  it('needs only a name', async () => {
    const res = await post({ name: 'Minimal' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phoneNumberId: null, hasAccessToken: false });
  });

  it.each([
    [{}, /"name" is required/],
    [{ name: '' }, /"name": must not be empty/],
    [{ name: 42 }, /"name": must be a string/],
    [{ name: 'x', colour: 'red' }, /unknown field "colour"/],
    [{ name: 'x', phoneNumberId: '+55 11 98765-4321' }, /"phoneNumberId": must be digits only/],
    [
      { name: 'x', settings: { timeZone: 'Mars/Olympus' } },
      /"settings.timeZone": must be an IANA time zone/,
    ],
    [{ name: 'x', settings: { nope: 1 } }, /unknown field "settings.nope"/],
    [[{ name: 'x' }], /must be a JSON object/],
  ])('rejects %j with 400', async (body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('rejects malformed JSON (400) and oversized bodies (413)', async () => {
    const bad = await request(f.ctx.app)
      .post('/admin/tenants')
      .set(platform)
      .set('Content-Type', 'application/json')
      .send('{"name":');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/Malformed JSON/);
    const big = await request(f.ctx.app)
      .post('/admin/tenants')
      .set(platform)
      .set('Content-Type', 'application/json')
      .send(OVERSIZED);
    expect(big.status).toBe(413);
  });

  it('answers 409 for a phone number id another tenant has', async () => {
    expect((await post({ name: 'A', phoneNumberId: '300' })).status).toBe(201);
    const res = await post({ name: 'B', phoneNumberId: '300' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/phone number id 300/);
  });

  it('answers 401 without the platform token, and 403 to a tenant key (known, not allowed)', async () => {
    expect((await request(f.ctx.app).post('/admin/tenants').send({ name: 'x' })).status).toBe(401);
    expect(
      (await request(f.ctx.app).post('/admin/tenants').set(bearer('wrong')).send({ name: 'x' }))
        .status,
    ).toBe(401);
    const tenantKey = await request(f.ctx.app).get('/admin/tenants').set(bearer(f.key));
    expect(tenantKey.status).toBe(403);
    expect(tenantKey.body).toMatchObject({
      code: 'forbidden',
      error: expect.stringMatching(/tenant API key may not manage tenants.*ADMIN_TOKEN/),
    });
  });
});

describe('GET /admin/tenants', () => {
  it('lists tenants newest first, page by page', async () => {
    const first = await request(f.ctx.app).get('/admin/tenants?limit=2').set(platform);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).not.toHaveProperty('apiKey');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await request(f.ctx.app)
      .get(`/admin/tenants?limit=2&cursor=${first.body.nextCursor}`)
      .set(platform);
    expect(second.status).toBe(200);
    // Default tenant + the fixture's two.
    const ids = [...first.body.items, ...second.body.items].map((t: { id: string }) => t.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual(
      expect.arrayContaining([f.tenantId, f.otherTenantId, f.ctx.defaultTenantId]),
    );
    expect(second.body.nextCursor).toBeNull();
  });

  it.each(['cursor=nope', 'limit=0', 'limit=501', 'limit=abc', 'sort=name'])(
    'rejects ?%s with 400',
    async (query) => {
      const res = await request(f.ctx.app).get(`/admin/tenants?${query}`).set(platform);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/Invalid query/);
    },
  );
});

describe('GET / PATCH /admin/tenants/:id', () => {
  it('reads one tenant, 404 for an unknown id', async () => {
    const res = await request(f.ctx.app).get(`/admin/tenants/${f.tenantId}`).set(platform);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: f.tenantId, name: 'Acme', hasAccessToken: false });
    expect(
      (await request(f.ctx.app).get('/admin/tenants/0000000000000000deadbeef').set(platform))
        .status,
    ).toBe(404);
  });

  it('changes the name, number, access token and settings', async () => {
    const res = await request(f.ctx.app)
      .patch(`/admin/tenants/${f.tenantId}`)
      .set(platform)
      .send({
        name: 'Acme Ltd',
        phoneNumberId: '400',
        accessToken: 'EAAG-new',
        settings: { unsubscribeDays: null },
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Acme Ltd',
      phoneNumberId: '400',
      hasAccessToken: true,
    });
    expect(res.body.settings.unsubscribeDays).toBeNull();
    const cleared = await request(f.ctx.app)
      .patch(`/admin/tenants/${f.tenantId}`)
      .set(platform)
      .send({ accessToken: null });
    expect(cleared.body.hasAccessToken).toBe(false);
  });

  it('rejects empty and invalid patches, unknown tenants and taken numbers', async () => {
    const path = `/admin/tenants/${f.tenantId}`;
    expect((await request(f.ctx.app).patch(path).set(platform).send({})).status).toBe(400);
    expect(
      (await request(f.ctx.app).patch(path).set(platform).send({ apiKey: 'x' })).body.error,
    ).toMatch(/unknown field "apiKey"/);
    expect(
      (
        await request(f.ctx.app)
          .patch(path)
          .set(platform)
          .send({ settings: { messagesPerSecond: 0 } })
      ).status,
    ).toBe(400);
    expect(
      (
        await request(f.ctx.app)
          .patch('/admin/tenants/0000000000000000deadbeef')
          .set(platform)
          .send({ name: 'x' })
      ).status,
    ).toBe(404);
    await request(f.ctx.app)
      .patch(`/admin/tenants/${f.otherTenantId}`)
      .set(platform)
      .send({ phoneNumberId: '500' });
    expect(
      (await request(f.ctx.app).patch(path).set(platform).send({ phoneNumberId: '500' })).status,
    ).toBe(409);
  });
});

describe('POST /admin/tenants/:id/rotate-key', () => {
  it('issues a new key and revokes the old one', async () => {
    const res = await request(f.ctx.app)
      .post(`/admin/tenants/${f.tenantId}/rotate-key`)
      .set(platform);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ apiKey: expect.stringMatching(/^sl_/) });
    expect(
      (await request(f.ctx.app).get('/admin/settings').set(bearer(res.body.apiKey))).status,
    ).toBe(200);
    const old = await request(f.ctx.app).get('/admin/settings').set(bearer(f.key));
    expect(old.status).toBe(401);
    expect(old.body.error).toMatch(/Invalid API key/);
  });

  it('answers 404 for an unknown tenant', async () => {
    expect(
      (
        await request(f.ctx.app)
          .post('/admin/tenants/0000000000000000deadbeef/rotate-key')
          .set(platform)
      ).status,
    ).toBe(404);
  });
});
