import { adminFixture, as, createCategory, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
let promosId: string;
const ids: Record<string, string> = {};

/**
 * Five opt-outs a minute apart: a (whatsapp, all marketing), b (whatsapp, promotions, 1 day),
 * c (sms), d (email, revoked), e (whatsapp, imported); plus one of another tenant.
 */
beforeEach(async () => {
  f = await adminFixture();
  promosId = (await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 1 })).id;
  const add = async (name: string, body: Record<string, unknown>) => {
    const res = await as(f.ctx, f.key).post('/admin/opt-outs').send(body);
    ids[name] = res.body.id;
    f.ctx.clock.advance(60_000);
  };
  await add('a', { channel: 'whatsapp', contact: '+5511987654321' });
  await add('b', { channel: 'whatsapp', contact: '+5511987654321', categoryId: promosId });
  await add('c', { channel: 'sms', contact: '+16505551234' });
  await add('d', { channel: 'email', contact: 'ana@example.com' });
  await as(f.ctx, f.key).delete(`/admin/opt-outs/${ids.d}`);
  const imported = await as(f.ctx, f.key)
    .post('/admin/opt-outs/import')
    .type('text/csv')
    .send('contact\n+4915112345678\n');
  expect(imported.status).toBe(200);
  await as(f.ctx, f.otherKey)
    .post('/admin/opt-outs')
    .send({ channel: 'whatsapp', contact: '+5511987654321' });
});
afterEach(async () => {
  await f.ctx.close();
});

async function list(query: string): Promise<string[]> {
  const res = await as(f.ctx, f.key).get(`/admin/opt-outs?${query}`);
  expect(res.status).toBe(200);
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return (res.body.items as { id: string; contact: string }[]).map((o) => byId[o.id] ?? o.contact);
}

describe('GET /admin/opt-outs', () => {
  it('lists every row of the tenant newest first, revoked and expired included', async () => {
    f.ctx.clock.advance(2 * DAY);
    expect(await list('')).toEqual(['+4915112345678', 'd', 'c', 'b', 'a']);
  });

  it('filters by channel, contact (any form), category, source and origin', async () => {
    expect(await list('channel=whatsapp')).toEqual(['+4915112345678', 'b', 'a']);
    expect(await list('contact=5511987654321')).toEqual(['b', 'a']);
    expect(await list('contact=551187654321&channel=whatsapp')).toEqual(['b', 'a']);
    expect(await list('contact=ANA@example.com')).toEqual(['d']);
    expect(await list(`categoryId=${promosId}`)).toEqual(['b']);
    expect(await list('categoryId=all&channel=whatsapp')).toEqual(['+4915112345678', 'a']);
    expect(await list('source=import')).toEqual(['+4915112345678']);
    expect(await list('origin=customer')).toEqual([]);
  });

  it('filters by active at the current time', async () => {
    expect(await list('active=false')).toEqual(['d']);
    f.ctx.clock.advance(DAY);
    expect(await list('active=false')).toEqual(['d', 'b']);
    expect(await list('active=true')).toEqual(['+4915112345678', 'c', 'a']);
  });

  it('filters by a half-open created range', async () => {
    expect(await list('createdFrom=2026-01-15T10:01:00Z&createdTo=2026-01-15T10:03:00Z')).toEqual([
      'c',
      'b',
    ]);
    expect(await list('createdFrom=2026-01-15T07:02:00-03:00')).toEqual([
      '+4915112345678',
      'd',
      'c',
    ]);
  });

  it('pages with a stable order and a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await as(f.ctx, f.key).get(
        `/admin/opt-outs?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((o: { id: string }) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it.each([
    ['cursor=abc', /"cursor": is not a cursor this API returned/],
    ['limit=501', /"limit": must be at most 500/],
    ['limit=0', /"limit": must be at least 1/],
    ['active=yes', /"active": must be true or false/],
    ['channel=fax', /"channel": must be one of/],
    ['source=robot', /"source": must be one of admin, import/],
    ['createdFrom=yesterday', /"createdFrom": must be an ISO 8601/],
    ['contact=hello', /not a phone number/],
    ['colour=red', /unknown field "colour"/],
  ])('rejects ?%s with 400', async (query, message) => {
    const res = await as(f.ctx, f.key).get(`/admin/opt-outs?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('answers 404 for a category filter of another tenant', async () => {
    const theirs = await createCategory(f.ctx, f.otherKey);
    expect((await as(f.ctx, f.key).get(`/admin/opt-outs?categoryId=${theirs.id}`)).status).toBe(
      404,
    );
  });
});
