import request from 'supertest';
import {
  adminFixture,
  as,
  createCategory,
  DAY,
  OVERSIZED,
  type AdminFixture,
} from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const add = (body: unknown, key = f.key) =>
  as(f.ctx, key)
    .post('/admin/opt-outs')
    .send(body as object);

describe('POST /admin/opt-outs', () => {
  it('creates an admin opt-out from all marketing with the tenant default of 30 days', async () => {
    const res = await add({
      channel: 'whatsapp',
      contact: '+55 (11) 98765-4321',
      remarks: 'asked by phone',
    });
    expect(res.status).toBe(201);
    expect(res.headers['x-opt-out-outcome']).toBe('created');
    expect(res.body).toEqual({
      id: expect.any(String),
      channel: 'whatsapp',
      contact: '+5511987654321',
      categoryId: null,
      startsAt: '2026-01-15T10:00:00.000Z',
      expiresAt: '2026-02-14T10:00:00.000Z',
      source: 'admin',
      origin: 'admin',
      remarks: 'asked by phone',
      active: true,
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
      revokedAt: null,
      revokedBy: null,
      evidence: null,
    });
  });

  it('logs the opt-out with the contact masked to its last 4 digits', async () => {
    await add({ channel: 'whatsapp', contact: '+5511987654321' });
    const line = f.ctx.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'opt-out recorded');
    expect(line).toMatchObject({ contact: '********4321', source: 'admin', outcome: 'created' });
    expect(f.ctx.logs.join('\n')).not.toContain('5511987654321');
  });

  it('normalises contacts: wa_id digits, the tenant region, BSUIDs and emails', async () => {
    expect((await add({ channel: 'whatsapp', contact: '16505551234' })).body.contact).toBe(
      '+16505551234',
    );
    expect(
      (await add({ channel: 'whatsapp', contact: 'US.13491208655302741918' })).body.contact,
    ).toBe('US.13491208655302741918');
    expect((await add({ channel: 'email', contact: ' Ana@Example.COM' })).body.contact).toBe(
      'ana@example.com',
    );
    await as(f.ctx, f.key).put('/admin/settings').send({ defaultRegion: 'BR' });
    expect((await add({ channel: 'sms', contact: '(11) 98765-4321' })).body.contact).toBe(
      '+5511987654321',
    );
  });

  it('answers 200 with the same record when an active opt-out matches', async () => {
    const first = await add({ channel: 'whatsapp', contact: '+5511987654321' });
    const again = await add({ channel: 'whatsapp', contact: '5511987654321' });
    expect(again.status).toBe(200);
    expect(again.headers['x-opt-out-outcome']).toBe('unchanged');
    expect(again.body.id).toBe(first.body.id);
  });

  it.each([
    [{ contact: '+5511987654321' }, /"channel": is required: one of whatsapp, sms, email/],
    [{ channel: 'whatsapp' }, /"contact" is required/],
    [
      { channel: 'telegram', contact: '+5511987654321' },
      /"channel": must be one of whatsapp, sms, email/,
    ],
    [{ channel: 'whatsapp', contact: 5511987654321 }, /"contact": must be a string/],
    [{ channel: 'whatsapp', contact: '' }, /"contact": must not be empty/],
    [
      { channel: 'whatsapp', contact: 'call me' },
      /Invalid contact for whatsapp: not a phone number: "call me"/,
    ],
    [{ channel: 'whatsapp', contact: '+55 11' }, /too short for \+55/],
    [{ channel: 'email', contact: 'ana@' }, /not an email address/],
    [
      { channel: 'whatsapp', contact: '+5511987654321', validDays: '30' },
      /"validDays": must be a whole number/,
    ],
    [
      { channel: 'whatsapp', contact: '+5511987654321', validDays: 0 },
      /"validDays": must be at least 1/,
    ],
    [
      { channel: 'whatsapp', contact: '+5511987654321', validUntil: '2026-13-01T00:00:00Z' },
      /"validUntil": must be an ISO 8601/,
    ],
    [
      { channel: 'whatsapp', contact: '+5511987654321', validUntil: '2027-01-01' },
      /"validUntil": must be an ISO 8601 timestamp with Z or an offset/,
    ],
    [
      { channel: 'whatsapp', contact: '+5511987654321', validUntil: '2026-01-15T09:59:59Z' },
      /validUntil 2026-01-15T09:59:59.000Z is not in the future/,
    ],
    [
      {
        channel: 'whatsapp',
        contact: '+5511987654321',
        validUntil: '2027-01-01T00:00:00Z',
        validDays: 10,
      },
      /either validUntil or validDays, not both/,
    ],
    [
      { channel: 'whatsapp', contact: '+5511987654321', remarks: 'r'.repeat(501) },
      /"remarks": must be at most 500/,
    ],
    [{ channel: 'whatsapp', contact: '+5511987654321', categoryId: 7 }, /"categoryId"/],
    [
      { channel: 'whatsapp', contact: '+5511987654321', source: 'keyword' },
      /unknown field "source"/,
    ],
  ])('rejects %j with 400', async (body, message) => {
    const res = await add(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('answers 404 for a category of another tenant or none at all', async () => {
    const theirs = await createCategory(f.ctx, f.otherKey);
    const res = await add({
      channel: 'whatsapp',
      contact: '+5511987654321',
      categoryId: theirs.id,
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/No category/);
    expect(
      (await add({ channel: 'whatsapp', contact: '+5511987654321', categoryId: 'nope' })).status,
    ).toBe(404);
  });

  it('rejects malformed JSON, a missing body, oversized bodies and no auth', async () => {
    expect(
      (
        await as(f.ctx, f.key)
          .post('/admin/opt-outs')
          .set('Content-Type', 'application/json')
          .send('{"channel"')
      ).status,
    ).toBe(400);
    const text = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .set('Content-Type', 'text/plain')
      .send('hello');
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ code: 'unsupported_media_type' });
    expect(text.body.error).toMatch(/Content-Type "text\/plain" is not read here/);
    expect(
      (
        await as(f.ctx, f.key)
          .post('/admin/opt-outs')
          .set('Content-Type', 'application/json')
          .send(OVERSIZED)
      ).status,
    ).toBe(413);
    expect(
      (
        await request(f.ctx.app)
          .post('/admin/opt-outs')
          .send({ channel: 'whatsapp', contact: '+5511987654321' })
      ).status,
    ).toBe(401);
  });
});

describe('GET /admin/opt-outs/:id', () => {
  it("reads an opt-out; another tenant's or an unknown id is 404", async () => {
    const created = await add({ channel: 'whatsapp', contact: '+5511987654321' });
    const res = await as(f.ctx, f.key).get(`/admin/opt-outs/${created.body.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(created.body);
    expect((await as(f.ctx, f.otherKey).get(`/admin/opt-outs/${created.body.id}`)).status).toBe(
      404,
    );
    expect((await as(f.ctx, f.key).get('/admin/opt-outs/0000000000000000deadbeef')).status).toBe(
      404,
    );
    expect((await request(f.ctx.app).get(`/admin/opt-outs/${created.body.id}`)).status).toBe(401);
  });

  it('shows active: false once expired', async () => {
    const created = await add({ channel: 'whatsapp', contact: '+5511987654321', validDays: 1 });
    f.ctx.clock.advance(DAY);
    expect((await as(f.ctx, f.key).get(`/admin/opt-outs/${created.body.id}`)).body.active).toBe(
      false,
    );
  });
});

describe('DELETE /admin/opt-outs/:id', () => {
  it('revokes, keeps the row, and revoking again changes nothing', async () => {
    const created = await add({ channel: 'whatsapp', contact: '+5511987654321' });
    f.ctx.clock.advance(60_000);
    const res = await as(f.ctx, f.key).delete(`/admin/opt-outs/${created.body.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: created.body.id,
      active: false,
      revokedAt: '2026-01-15T10:01:00.000Z',
      revokedBy: expect.stringMatching(/^admin:sl_/),
    });
    f.ctx.clock.advance(60_000);
    const again = await as(f.ctx, f.key).delete(`/admin/opt-outs/${created.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body.revokedAt).toBe('2026-01-15T10:01:00.000Z');
    expect((await as(f.ctx, f.key).get(`/admin/opt-outs/${created.body.id}`)).body.revokedAt).toBe(
      '2026-01-15T10:01:00.000Z',
    );
  });

  it("answers 404 for another tenant's opt-out, and leaves it active", async () => {
    const theirs = await add({ channel: 'whatsapp', contact: '+5511987654321' }, f.otherKey);
    expect((await as(f.ctx, f.key).delete(`/admin/opt-outs/${theirs.body.id}`)).status).toBe(404);
    expect((await as(f.ctx, f.otherKey).get(`/admin/opt-outs/${theirs.body.id}`)).body.active).toBe(
      true,
    );
  });
});
