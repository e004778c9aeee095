import request from 'supertest';
import { adminFixture, as, createCategory, DAY, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const importCsv = (csv: string, key = f.key) =>
  as(f.ctx, key).post('/admin/opt-outs/import').type('text/csv').send(csv);
const importJson = (body: unknown) =>
  as(f.ctx, f.key)
    .post('/admin/opt-outs/import')
    .send(body as object);
const at = (ms: number) => new Date(Date.parse('2026-01-15T10:00:00.000Z') + ms).toISOString();

describe('POST /admin/opt-outs/import (CSV, synchronous)', () => {
  it('imports valid rows and reports invalid ones by line, without aborting', async () => {
    const promos = await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 7 });
    const theirs = await createCategory(f.ctx, f.otherKey, { name: 'Theirs', unsubscribeDays: 7 });
    const csv = [
      '\ufeffChannel,Contact,Category,categoryId,validDays,validUntil,remarks',
      'whatsapp,+55 11 98765-4321,promotions,,,,"from the store, by phone"',
      'sms,16505551234,,,10,,',
      'email,ANA@example.com,,,,2026-06-01T00:00:00Z,',
      ',5511912345678,,,,,',
      'whatsapp,call me,,,,,',
      'whatsapp,+4915112345678,Unknown,,,,',
      `whatsapp,+4915112345679,,${theirs.id},,,`,
      'whatsapp,+4915112345670,,,ten,,',
      'whatsapp,+4915112345671,,,,2020-01-01T00:00:00Z,',
      'whatsapp,+4915112345672,,,5,2027-01-01T00:00:00Z,',
      'whatsapp,+4915112345673,,,,,,too many',
      'fax,+4915112345674,,,,,',
    ].join('\r\n');
    const res = await importCsv(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 4, extended: 0, unchanged: 0, invalidCount: 8 });
    expect(res.body.invalid).toEqual([
      { line: 6, contact: 'call me', error: expect.stringMatching(/not a phone number/) },
      { line: 7, contact: '+4915112345678', error: 'no category named "Unknown"' },
      { line: 8, contact: '+4915112345679', error: `no category with id "${theirs.id}"` },
      {
        line: 9,
        contact: '+4915112345670',
        error: expect.stringMatching(/validDays: must be a whole number/),
      },
      { line: 10, contact: '+4915112345671', error: expect.stringMatching(/not in the future/) },
      {
        line: 11,
        contact: '+4915112345672',
        error: 'give either validUntil or validDays, not both',
      },
      {
        line: 12,
        contact: '+4915112345673',
        error: expect.stringMatching(/columns length is 7, got 8/),
      },
      { line: 13, contact: '+4915112345674', error: expect.stringMatching(/channel/) },
    ]);
    const rows = (await as(f.ctx, f.key).get('/admin/opt-outs?source=import')).body.items as Record<
      string,
      unknown
    >[];
    const byContact = Object.fromEntries(rows.map((r) => [r.contact, r]));
    expect(byContact['+5511987654321']).toMatchObject({
      categoryId: promos.id,
      expiresAt: at(7 * DAY),
      origin: 'admin',
      remarks: 'from the store, by phone',
    });
    expect(byContact['+16505551234']).toMatchObject({ channel: 'sms', expiresAt: at(10 * DAY) });
    expect(byContact['ana@example.com']).toMatchObject({ expiresAt: '2026-06-01T00:00:00.000Z' });
    // A row without a channel is a WhatsApp contact, with the tenant's 30 days.
    expect(byContact['+5511912345678']).toMatchObject({
      channel: 'whatsapp',
      categoryId: null,
      expiresAt: at(30 * DAY),
    });
  });

  it('counts rows that match active opt-outs as extended or unchanged', async () => {
    await importCsv('contact,validDays\n+5511987654321,10\n+16505551234,10\n');
    const res = await importCsv(
      'contact,validDays\n+5511987654321,20\n16505551234,5\n+4915112345678,5\n',
    );
    expect(res.body).toEqual({
      created: 1,
      extended: 1,
      unchanged: 1,
      skipped: 0,
      invalidCount: 0,
      invalid: [],
    });
    // An imported Brazilian mobile also matches Meta's form without the ninth digit.
    const alias = await as(f.ctx, f.key).get(
      '/admin/opt-outs/check?channel=whatsapp&contact=551187654321',
    );
    expect(alias.body.suppressed).toBe(true);
    const links = await f.ctx.store.identifiersOf(f.tenantId, 'whatsapp', ['+5511987654321']);
    expect(links).toEqual(expect.arrayContaining(['+5511987654321', '+551187654321']));
  });

  it('answers 400 for a header with unknown or missing columns, and for an empty file', async () => {
    const unknown = await importCsv('contact,colour\n+5511987654321,red\n');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(
      /unknown column "colour".*The columns are: channel, contact/,
    );
    const missing = await importCsv('channel\nwhatsapp\n');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/missing column "contact"/);
    expect((await importCsv('')).status).toBe(400);
    expect((await as(f.ctx, f.key).get('/admin/opt-outs')).body.items).toEqual([]);
  });

  it('answers 415 for other content types and 401 without a key', async () => {
    const xml = await as(f.ctx, f.key)
      .post('/admin/opt-outs/import')
      .type('application/xml')
      .send('<rows/>');
    expect(xml.status).toBe(415);
    expect(xml.body.error).toMatch(/text\/csv/);
    expect(
      (
        await request(f.ctx.app)
          .post('/admin/opt-outs/import')
          .type('text/csv')
          .send('contact\n1\n')
      ).status,
    ).toBe(401);
  });
});

describe('POST /admin/opt-outs/import (JSON, synchronous)', () => {
  it('imports rows and reports invalid ones by position', async () => {
    const res = await importJson({
      rows: [
        { channel: 'whatsapp', contact: '+5511987654321', validDays: 3 },
        { contact: 16505551234 },
        'not a row',
        { contact: '+4915112345678', colour: 'red' },
        { channel: 'email', contact: 'nope' },
        { contact: '+4915112345679', categoryId: null, remarks: null },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 3, invalidCount: 3 });
    expect(res.body.invalid).toEqual([
      { line: 3, contact: '', error: 'each row must be a JSON object' },
      { line: 4, contact: '+4915112345678', error: expect.stringMatching(/unknown field colour/) },
      { line: 5, contact: 'nope', error: expect.stringMatching(/not an email address/) },
    ]);
  });

  it.each([
    [{}, /"rows" is required/],
    [{ rows: 'a,b' }, /"rows"/],
    [{ rows: [], dryRun: true }, /unknown field "dryRun"/],
  ])('rejects the body %j with 400', async (body, message) => {
    const res = await importJson(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('rejects malformed JSON (400) and bodies over 20 MB (413)', async () => {
    expect(
      (
        await as(f.ctx, f.key)
          .post('/admin/opt-outs/import')
          .type('application/json')
          .send('{"rows": [')
      ).status,
    ).toBe(400);
    const big = JSON.stringify({
      rows: [{ contact: '+5511987654321', remarks: 'x'.repeat(21 * 1024 * 1024) }],
    });
    expect(
      (await as(f.ctx, f.key).post('/admin/opt-outs/import').type('application/json').send(big))
        .status,
    ).toBe(413);
  });
});

describe('background imports (more than 10,000 rows)', () => {
  const bigCsv = (n: number) => {
    const lines = ['contact,remarks'];
    for (let i = 0; i < n; i++) lines.push(`+49151${String(10_000_000 + i)},row ${i}`);
    return `${lines.join('\n')}\n`;
  };

  it('answers 202 with an import id, then reports the summary at GET /admin/imports/:id', async () => {
    const csv = `${bigCsv(10_001)}not a number,bad\n+5511,short\n`;
    const res = await importCsv(csv);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ importId: expect.any(String), status: 'running' });
    expect(res.headers.location).toBe(`/admin/imports/${res.body.importId}`);
    await f.ctx.services.imports.idle();
    const job = await as(f.ctx, f.key).get(`/admin/imports/${res.body.importId}`);
    expect(job.status).toBe(200);
    expect(job.body).toEqual({
      id: res.body.importId,
      kind: 'opt_outs',
      taskId: null,
      status: 'completed',
      processed: 10_003,
      summary: {
        created: 10_001,
        extended: 0,
        unchanged: 0,
        skipped: 0,
        invalidCount: 2,
        invalid: [
          {
            line: 10_003,
            contact: 'not a number',
            error: expect.stringMatching(/not a phone number/),
          },
          { line: 10_004, contact: '+5511', error: expect.stringMatching(/too short/) },
        ],
      },
      error: null,
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: expect.any(String),
    });
    const check = await as(f.ctx, f.key).get(
      '/admin/opt-outs/check?channel=whatsapp&contact=4915110010000',
    );
    expect(check.body.suppressed).toBe(true);
    // Another tenant cannot see the import; an unknown id is 404 too.
    expect((await as(f.ctx, f.otherKey).get(`/admin/imports/${res.body.importId}`)).status).toBe(
      404,
    );
    expect((await as(f.ctx, f.key).get('/admin/imports/0000000000000000deadbeef')).status).toBe(
      404,
    );
  });

  it('runs a large JSON import in the background too', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => ({
      channel: 'sms',
      contact: `+1650${String(1_000_000 + i)}`,
    }));
    const res = await importJson({ rows });
    expect(res.status).toBe(202);
    await f.ctx.services.imports.idle();
    const job = await as(f.ctx, f.key).get(`/admin/imports/${res.body.importId}`);
    expect(job.body).toMatchObject({
      status: 'completed',
      processed: 10_001,
      summary: { created: 10_001, invalidCount: 0 },
    });
  });
});
