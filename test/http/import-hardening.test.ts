/**
 * Issue 12, items 1 to 5: what a new user broke in the CSV imports (opt-outs and task recipients)
 * and the category names they match.
 */
import { adminFixture, as, createCategory, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const api = () => as(f.ctx, f.key);
const importCsv = (csv: string | Buffer) =>
  api().post('/admin/opt-outs/import').type('text/csv').send(csv);
const numbers = (n: number, from = 10000001) =>
  Array.from({ length: n }, (_, i) => `+55119${from + i}`);

describe('a malformed row costs that row and nothing else', () => {
  it('imports the 1,000 valid rows after a bad closing quote on line 2 (item 1)', async () => {
    const csv = ['contact', '"+5511910000000"x', ...numbers(1000)].join('\n');
    const res = await importCsv(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1000, invalidCount: 1 });
    expect(res.body.invalid).toEqual([
      {
        line: 2,
        contact: '+5511910000000',
        error: expect.stringMatching(/Invalid Closing Quote/),
      },
    ]);
  });

  it('reports a row with a stray quote once (item 2)', async () => {
    const res = await importCsv(
      'contact,remarks\n+5511910000000,he said "stop"\n+5511910000001,ok\n',
    );
    expect(res.body).toMatchObject({ created: 1, invalidCount: 1 });
    expect(res.body.invalid).toEqual([
      {
        line: 2,
        contact: '+5511910000000',
        error: expect.stringMatching(/Invalid Opening Quote/),
      },
    ]);
  });

  it('does the same for task recipients', async () => {
    const task = await api()
      .post('/admin/tasks')
      .send({
        name: 'Sale',
        type: 'marketing',
        channel: 'whatsapp',
        template: { name: 'sale', language: 'en', optOutButtonIndex: 0 },
      });
    const csv = ['contact', '"+5511910000000"x', '+5511 "9"', ...numbers(500)].join('\r\n');
    const res = await api()
      .post(`/admin/tasks/${task.body.id}/recipients`)
      .type('text/csv')
      .send(csv);
    expect(res.body).toMatchObject({ accepted: 500, invalidCount: 2 });
    expect(res.body.invalid.map((r: { line: number }) => r.line)).toEqual([2, 3]);
  });
});

describe('oversized fields and many bad rows make a bounded answer (item 3)', () => {
  it('reports a 5 MB field as an error for its row, quoting at most ~100 characters', async () => {
    const csv = Buffer.concat([
      Buffer.from('contact,remarks\n'),
      Buffer.alloc(5 * 1024 * 1024, '9'),
      Buffer.from(',x\n+5511910000000,ok\n"'),
      Buffer.alloc(5 * 1024 * 1024, '8'),
      Buffer.from('",x\n+5511910000001,ok\n'),
    ]);
    const res = await importCsv(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, invalidCount: 2 });
    expect(res.body.invalid).toEqual([
      // The contact quoted: its first 99 characters and an ellipsis.
      {
        line: 2,
        contact: `${'9'.repeat(99)}…`,
        error: expect.stringMatching(/longer than 1024 characters/),
      },
      {
        line: 4,
        contact: `${'8'.repeat(99)}…`,
        error: expect.stringMatching(/longer than 1024 characters/),
      },
    ]);
    expect(res.text.length).toBeLessThan(2000);
  });

  it('clips a huge contact in a JSON row to about 100 characters, in the entry and its error', async () => {
    const contact = 'x'.repeat(1_000_000);
    const res = await api()
      .post('/admin/opt-outs/import')
      .send({ rows: [{ contact }] });
    expect(res.body.invalidCount).toBe(1);
    const [entry] = res.body.invalid as { contact: string; error: string }[];
    expect(entry?.contact.length).toBeLessThanOrEqual(100);
    expect(entry?.error.length).toBeLessThanOrEqual(300);
    expect(res.text.length).toBeLessThan(1000);
  });

  it('lists the first 1,000 invalid rows and counts them all', async () => {
    const csv = ['contact', ...Array.from({ length: 3000 }, (_, i) => `not a number ${i}`)].join(
      '\n',
    );
    const res = await importCsv(csv);
    expect(res.body.invalidCount).toBe(3000);
    expect(res.body.invalid).toHaveLength(1000);
    expect(res.body.invalid[999].line).toBe(1001);
  });
});

describe('the export imports again (item 4)', () => {
  it('accepts the export columns, strips the formula guard and keeps what the rows meant', async () => {
    const promos = await createCategory(f.ctx, f.key, { name: 'Promotions', unsubscribeDays: 7 });
    const forever = await createCategory(f.ctx, f.key, { name: 'Forever', unsubscribeDays: null });
    const post = (body: object) => api().post('/admin/opt-outs').send(body);
    await post({
      channel: 'whatsapp',
      contact: '+5511987654321',
      categoryId: promos.id,
      remarks: '=1+1',
    });
    await post({ channel: 'whatsapp', contact: '+5511987654322', categoryId: forever.id });
    await post({ channel: 'email', contact: 'ana@example.com', validDays: 90 });
    const gone = await post({ channel: 'whatsapp', contact: '+5511987654323' });
    await api().delete(`/admin/opt-outs/${gone.body.id}`);
    const exported = await api().get('/admin/opt-outs/export.csv');
    expect(exported.text).toContain("'+5511987654321");

    const before = (await api().get('/admin/opt-outs')).body.items as Record<string, unknown>[];
    const shape = (o: Record<string, unknown>) =>
      JSON.stringify([o.channel, o.contact, o.categoryId, o.expiresAt, o.remarks]);
    const active = before
      .filter((o) => o.revokedAt === null)
      .map(shape)
      .sort();

    // Again as it is: nothing changes.
    const again = await importCsv(exported.text);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, unchanged: 3, skipped: 1, invalidCount: 0 });

    // After everything was revoked, the file brings back what it listed, as it was.
    for (const o of before.filter((o) => o.revokedAt === null))
      await api().delete(`/admin/opt-outs/${String(o.id)}`);
    const restored = await importCsv(exported.text);
    expect(restored.body).toMatchObject({ created: 3, skipped: 1, invalidCount: 0 });
    const after = (await api().get('/admin/opt-outs')).body.items as Record<string, unknown>[];
    expect(
      after
        .filter((o) => o.revokedAt === null)
        .map(shape)
        .sort(),
    ).toEqual(active);
    expect(after.find((o) => o.contact === '+5511987654322')?.expiresAt).toBeNull();
  });
});

describe('category names: one Unicode folding rule for uniqueness and matching (item 5)', () => {
  it('refuses äpfel next to Äpfel, and an import row naming äpfel lands under Äpfel', async () => {
    const apples = await createCategory(f.ctx, f.key, { name: 'Äpfel', unsubscribeDays: 7 });
    const clash = await api().post('/admin/categories').send({ name: 'äpfel', unsubscribeDays: 7 });
    expect(clash.status).toBe(409);
    const res = await importCsv(
      'contact,category\n+5511910000000,ÄPFEL\n+5511910000001,a\u0308pfel\n',
    );
    expect(res.body).toMatchObject({ created: 2, invalidCount: 0 });
    const check = await api().get(
      `/admin/opt-outs/check?channel=whatsapp&contact=%2B5511910000001&categoryId=${apples.id}`,
    );
    expect(check.body).toMatchObject({ suppressed: true });
  });
});
