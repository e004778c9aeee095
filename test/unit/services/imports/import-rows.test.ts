import { PassThrough, Readable } from 'node:stream';
import { ValidationError } from '../../../../src/errors';
import {
  checkHeader,
  readRows,
  rowItems,
  type RowItem,
} from '../../../../src/services/imports/import-rows';
import { discardSpool, spoolCsv } from '../../../../src/services/imports/import-spool';

const spec = { allowed: ['contact', 'channel', 'remarks'], required: ['contact'] };

async function collect(source: Readable | unknown[], format: 'csv' | 'json'): Promise<RowItem[]> {
  const items: RowItem[] = [];
  for await (const item of rowItems(source, format, spec)) items.push(item);
  return items;
}

const csv = (text: string) => Readable.from([Buffer.from(text, 'utf8')]);

describe('rowItems (CSV)', () => {
  it('reads a header row (BOM, case and spaces ignored) and gives each row its line', async () => {
    const items = await collect(
      csv('\ufeff Contact ,CHANNEL\r\n+5511987654321 , whatsapp\r\n\r\n"a, b",sms\n'),
      'csv',
    );
    expect(items).toEqual([
      { line: 2, row: { contact: '+5511987654321', channel: 'whatsapp' } },
      { line: 4, row: { contact: 'a, b', channel: 'sms' } },
    ]);
  });

  it('reports rows with the wrong number of columns by line and reads the rest', async () => {
    const items = await collect(csv('contact,channel\n1,whatsapp\n2,sms,extra\n3,email\n'), 'csv');
    expect(items).toHaveLength(3);
    expect(items.filter((i) => 'row' in i).map((i) => i.line)).toEqual([2, 4]);
    expect(items.find((i) => 'error' in i)).toEqual({
      line: 3,
      contact: '2',
      error: expect.stringMatching(/columns length is 2, got 3/),
    });
  });

  it('reports an unclosed quote by line', async () => {
    const items = await collect(csv('contact,channel\n"abc,sms\n'), 'csv');
    expect(items).toEqual([
      { line: 2, contact: 'abc,sms', error: expect.stringMatching(/Quote Not Closed/) },
    ]);
  });

  it('rejects unknown, duplicated and missing columns, naming them', async () => {
    await expect(collect(csv('contact,colour\n1,red\n'), 'csv')).rejects.toThrow(
      /unknown column "colour"/,
    );
    await expect(collect(csv('channel\nsms\n'), 'csv')).rejects.toThrow(/missing column "contact"/);
    await expect(collect(csv('contact,Contact\n1,2\n'), 'csv')).rejects.toThrow(
      /duplicated column "contact"/,
    );
  });

  it('reads a header-only file as no rows', async () => {
    expect(await collect(csv('contact,channel\n'), 'csv')).toEqual([]);
  });
});

describe('rowItems (JSON)', () => {
  it('numbers rows from 1 and reports rows that are not objects', async () => {
    const items = await collect([{ contact: '1' }, 'nope', null, { contact: '2' }], 'json');
    expect(items).toEqual([
      { line: 1, row: { contact: '1' } },
      { line: 2, contact: '', error: 'each row must be a JSON object' },
      { line: 3, contact: '', error: 'each row must be a JSON object' },
      { line: 4, row: { contact: '2' } },
    ]);
  });
});

describe('readRows', () => {
  it('awaits the callback for every row and returns the count', async () => {
    const seen: number[] = [];
    const count = await readRows(
      [{ contact: 'a' }, { contact: 'b' }],
      'json',
      spec,
      async (item) => {
        await Promise.resolve();
        seen.push(item.line);
      },
    );
    expect(count).toBe(2);
    expect(seen).toEqual([1, 2]);
  });
});

describe('checkHeader', () => {
  it('maps header names to the canonical spelling', () => {
    expect(checkHeader(['CONTACT', ' Remarks '], spec)).toEqual({
      columns: ['contact', 'remarks'],
    });
  });
});

describe('spoolCsv', () => {
  it('writes the upload to a temp file and counts data rows and the header', async () => {
    const text = 'contact,channel\n1,sms\n"multi\nline",sms\n3,sms,bad\n';
    const spool = await spoolCsv(csv(text), { maxBytes: 1024, maxRows: 10 });
    try {
      expect(spool.rows).toBe(3);
      expect(spool.header).toEqual(['contact', 'channel']);
      expect(spool.bytes).toBe(Buffer.byteLength(text));
      const items = [];
      for await (const item of rowItems(spool.path, 'csv', spec)) items.push(item);
      expect(items).toHaveLength(3);
    } finally {
      await discardSpool(spool);
    }
  });

  it('refuses more rows or bytes than allowed with a 413', async () => {
    const rows = `contact\n${Array.from({ length: 50 }, (_, i) => `${i}`).join('\n')}\n`;
    await expect(spoolCsv(csv(rows), { maxBytes: 1_000_000, maxRows: 10 })).rejects.toMatchObject({
      status: 413,
    });
    await expect(spoolCsv(csv(rows), { maxBytes: 20, maxRows: 1000 })).rejects.toMatchObject({
      status: 413,
    });
  });

  it('reports an upload that failed before the spool listened (a corrupt gzip body)', async () => {
    // csv-upload.ts inflates the body as it arrives; a corrupt one fails while the spool is
    // still making its folder. The failure must reach the import as its error: before the fix
    // the spool never heard of it and waited for ever (and the request hung).
    const upload = new PassThrough();
    upload.on('error', () => {});
    upload.destroy(new ValidationError('The body could not be read as gzip: invalid block type.'));
    await expect(spoolCsv(upload, { maxBytes: 1024, maxRows: 10 })).rejects.toThrow(
      new ValidationError('The body could not be read as gzip: invalid block type.'),
    );
  });
});
