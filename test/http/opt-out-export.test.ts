import request from 'supertest';
import { adminFixture, as, createCategory, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

/** The export; supertest buffers text/csv as a string in res.text. */
const exportCsv = (query = '') => as(f.ctx, f.key).get(`/admin/opt-outs/export.csv${query}`);

const HEADER =
  'id,channel,contact,categoryId,category,startsAt,expiresAt,active,source,origin,remarks,createdAt,updatedAt,revokedAt,revokedBy';

describe('GET /admin/opt-outs/export.csv', () => {
  it('streams the list as CSV with a header, quoting and formula guards', async () => {
    const promos = await createCategory(f.ctx, f.key, {
      name: 'Promotions, "big"',
      unsubscribeDays: 7,
    });
    const a = await as(f.ctx, f.key).post('/admin/opt-outs').send({
      channel: 'whatsapp',
      contact: '+5511987654321',
      categoryId: promos.id,
      remarks: '=HYPERLINK("http://evil")',
    });
    f.ctx.clock.advance(1000);
    const b = await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'email', contact: 'ana@example.com', remarks: 'line 1\nline 2' });
    const res = await exportCsv();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=opt-outs.csv');
    const body = res.text;
    expect(body).toBe(
      [
        HEADER,
        `${b.body.id},email,ana@example.com,,,2026-01-15T10:00:01.000Z,2026-02-14T10:00:01.000Z,true,admin,admin,"line 1\nline 2",2026-01-15T10:00:01.000Z,2026-01-15T10:00:01.000Z,,`,
        `${a.body.id},whatsapp,'+5511987654321,${promos.id},"Promotions, ""big""",2026-01-15T10:00:00.000Z,2026-01-22T10:00:00.000Z,true,admin,admin,"'=HYPERLINK(""http://evil"")",2026-01-15T10:00:00.000Z,2026-01-15T10:00:00.000Z,,`,
        '',
      ].join('\r\n'),
    );
  });

  it('exports every page, and only the filtered rows of the tenant', async () => {
    const rows = Array.from({ length: 1203 }, (_, i) => `+49151${String(10_000_000 + i)}`);
    const imported = await as(f.ctx, f.key)
      .post('/admin/opt-outs/import')
      .type('text/csv')
      .send(`contact\n${rows.join('\n')}\n`);
    expect(imported.body.created).toBe(1203);
    await as(f.ctx, f.key)
      .post('/admin/opt-outs')
      .send({ channel: 'sms', contact: '+16505551234' });
    await as(f.ctx, f.otherKey)
      .post('/admin/opt-outs')
      .send({ channel: 'sms', contact: '+16505551235' });
    const all = (await exportCsv()).text;
    const lines = all.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 1204);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(1204);
    const sms = (await exportCsv('?channel=sms')).text.trimEnd().split('\r\n');
    expect(sms).toHaveLength(2);
    expect(sms[1]).toContain("'+16505551234");
  });

  it('answers an empty export with the header only', async () => {
    expect((await exportCsv('?active=true')).text).toBe(`${HEADER}\r\n`);
  });

  it('rejects bad filters with a JSON 400 before sending any CSV', async () => {
    const res = await as(f.ctx, f.key).get('/admin/opt-outs/export.csv?channel=fax');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.error).toMatch(/"channel"/);
    expect((await as(f.ctx, f.key).get('/admin/opt-outs/export.csv?limit=10')).body.error).toMatch(
      /unknown field "limit"/,
    );
    const theirs = await createCategory(f.ctx, f.otherKey);
    expect(
      (await as(f.ctx, f.key).get(`/admin/opt-outs/export.csv?categoryId=${theirs.id}`)).status,
    ).toBe(404);
    expect((await request(f.ctx.app).get('/admin/opt-outs/export.csv')).status).toBe(401);
  });
});
