/**
 * Field test findings 10 and 11: CSV uploads in the dialects and encodings spreadsheets write.
 * Semicolon and TAB separators are read from the header line; a declared Latin-1/Windows-1252
 * charset is decoded; undeclared bytes that are not UTF-8 are refused naming the line; gzip is
 * inflated; other encodings and charsets get a 415 that says what is read.
 */
import { gzipSync } from 'node:zlib';
import { adminFixture, as, createCategory, type AdminFixture } from './admin-helpers';

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.ctx.close();
});

const api = () => as(f.ctx, f.key);
const importCsv = (body: string | Buffer, type = 'text/csv') =>
  api().post('/admin/opt-outs/import').set('Content-Type', type).send(body);
const remarksOf = async (contact: string) => {
  const res = await api().get(`/admin/opt-outs?contact=${encodeURIComponent(contact)}`);
  return (res.body.items as { remarks: string | null }[]).map((o) => o.remarks);
};
const row = 'channel,contact,remarks\nwhatsapp,+34611111119,José caña €\n';
const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('separators', () => {
  it("reads Excel's semicolon CSV (es, de, fr, pt, it)", async () => {
    const res = await importCsv('channel;contact;remarks\nwhatsapp;+34611111112;punto, y coma\n');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, invalidCount: 0 });
    expect(await remarksOf('+34611111112')).toEqual(['punto, y coma']);
  });

  it('reads TAB-separated text, quoted fields included', async () => {
    const res = await importCsv('contact\tremarks\r\n+34611111113\t"a\tb"\r\n');
    expect(res.body).toMatchObject({ created: 1, invalidCount: 0 });
    expect(await remarksOf('+34611111113')).toEqual(['a\tb']);
  });

  it('keeps semicolons inside comma-separated fields as text', async () => {
    const res = await importCsv('contact,remarks\n+34611111114,uno;dos;tres\n');
    expect(res.body).toMatchObject({ created: 1, invalidCount: 0 });
    expect(await remarksOf('+34611111114')).toEqual(['uno;dos;tres']);
  });

  it('reads semicolons in task recipients and consent imports too', async () => {
    const task = await api()
      .post('/admin/tasks')
      .send({
        name: 'Sale',
        type: 'marketing',
        channel: 'whatsapp',
        template: { name: 'sale', language: 'es', optOutButtonIndex: 0 },
      });
    const recipients = await api()
      .post(`/admin/tasks/${task.body.id}/recipients`)
      .type('text/csv')
      .send('contact;1\n+34611111115;Ana\n');
    expect(recipients.body).toMatchObject({ accepted: 1, invalidCount: 0 });
    const category = await createCategory(f.ctx, f.key);
    const consents = await api()
      .post('/admin/consents/import')
      .type('text/csv')
      .send(`channel;contact;categoryId\nwhatsapp;+34611111116;${category.id}\n`);
    expect(consents.status).toBe(200);
    expect(consents.body.invalid).toEqual([]);
  });
});

describe('charsets', () => {
  it('decodes a declared ISO-8859-1 / Windows-1252 file', async () => {
    const bytes = Buffer.concat([
      latin1('channel,contact,remarks\nwhatsapp,+34611111119,José caña '),
      Buffer.from([0x80, 0x0a]),
    ]);
    const res = await importCsv(bytes, 'text/csv; charset=iso-8859-1');
    expect(res.body).toMatchObject({ created: 1, invalidCount: 0 });
    expect(await remarksOf('+34611111119')).toEqual(['José caña €']);
    const again = await importCsv(bytes, 'text/csv; charset=windows-1252');
    expect(again.body).toMatchObject({ unchanged: 1 });
  });

  it('refuses undeclared bytes that are not UTF-8, naming the line, and stores nothing', async () => {
    const bytes = latin1(
      'channel,contact,remarks\nwhatsapp,+34611111120,ok\nwhatsapp,+34611111119,José\n',
    );
    const res = await importCsv(bytes);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/not UTF-8: line 3 has the byte 0xE9/);
    expect(res.body.error).toMatch(/charset=windows-1252/);
    expect(await remarksOf('+34611111120')).toEqual([]);
  });

  it('still reads UTF-8 (with or without a BOM) and UTF-16LE with a BOM', async () => {
    expect((await importCsv(Buffer.from(`\ufeff${row}`, 'utf8'))).body).toMatchObject({
      created: 1,
    });
    expect(await remarksOf('+34611111119')).toEqual(['José caña €']);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(row.replace('19', '21'), 'utf16le'),
    ]);
    expect((await importCsv(utf16)).body).toMatchObject({ created: 1 });
    expect(await remarksOf('+34611111121')).toEqual(['José caña €']);
  });

  it('refuses other charsets with 415 naming the fix', async () => {
    const res = await importCsv(row, 'text/csv; charset=shift_jis');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
    expect(res.body.error).toMatch(/charset "shift_jis".*CSV UTF-8/);
  });
});

describe('compressed uploads', () => {
  it('inflates Content-Encoding: gzip', async () => {
    const res = await importCsv(gzipSync(Buffer.from(row, 'utf8'))).set('Content-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1 });
    expect(await remarksOf('+34611111119')).toEqual(['José caña €']);
  });

  it('answers a corrupt gzip body with a 400 that echoes no bytes', async () => {
    const bad = Buffer.concat([gzipSync(Buffer.from(row)).subarray(0, 10), Buffer.from('garbage')]);
    const res = await importCsv(bad).set('Content-Encoding', 'gzip');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/could not be read as gzip/);
    expect(res.body.error).not.toMatch(/garbage/);
  });

  it('refuses an encoding it does not read with 415', async () => {
    const res = await importCsv(Buffer.from([1, 2, 3])).set('Content-Encoding', 'br');
    expect(res.status).toBe(415);
    expect(res.body.error).toMatch(/Content-Encoding "br" is not read/);
  });
});
