import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import {
  createCsvReader,
  CSV_READER_BUFFER_BOUND,
  MAX_HEADER_COLUMNS,
} from '../../../../src/services/imports/csv-reader';
import { checkHeader, rowItems, type RowItem } from '../../../../src/services/imports/import-rows';
import { seededRandom } from '../../../reliability/support/random';

const spec = { allowed: ['contact', 'channel', 'remarks'], required: ['contact'] };

/** What the imports read before csv-reader.ts: csv-parse with the dialect's options. */
async function csvParseItems(text: Buffer): Promise<{ items: RowItem[]; quirk: boolean }> {
  const items: RowItem[] = [];
  let headerSeen = false;
  let quirk = false;
  let headerError: string | null = null;
  const parser = Readable.from([text]).pipe(
    parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: false,
      skip_records_with_error: true,
      info: true,
      columns: (header: string[]) => {
        headerSeen = true;
        const checked = checkHeader(header, spec);
        if ('error' in checked) {
          headerError = checked.error;
          return header;
        }
        return checked.columns;
      },
      on_skip: (err) => {
        // Where csv-parse loses rows silently, the reader deliberately differs.
        if (!headerSeen || /non trimable byte after quote/.test(err?.message ?? '')) quirk = true;
        const line = (err as { lines?: number } | undefined)?.lines ?? 0;
        items.push({ line, error: `unreadable CSV row: ${err?.message ?? ''}`, contact: '' });
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    if (headerError) throw new Error(headerError);
    items.push({ line: info.lines, row: record });
  }
  if (headerError) throw new Error(headerError);
  return { items, quirk };
}

/** The bytes cut at random places (inside CRLFs and multi-byte characters too). */
function pieces(bytes: Buffer, random: () => number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * 9);
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

/**
 * csv-parse reported problems as it met them, ahead of records still buffered in its stream; the
 * reader keeps file order. The summaries sort by line either way, so compare in line order.
 */
function inFileOrder(items: RowItem[]): RowItem[] {
  const key = (item: RowItem) => `${String(item.line).padStart(9, '0')}${JSON.stringify(item)}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function readerItems(chunks: Buffer[]): Promise<RowItem[]> {
  const items: RowItem[] = [];
  for await (const item of rowItems(Readable.from(chunks), 'csv', spec)) items.push(item);
  return items;
}

const TEXT = [
  'a',
  '+55 11 98765-4321',
  'é€',
  '𝄞',
  ' ',
  '\t',
  '\f',
  '\u00a0',
  'sms',
  '\ufeff',
  '\0',
  '"',
];
const QUOTED = ['x', ', ', '""', '\n', '\r\n', '\r', ' ', 'é'];
const SOUP = [...TEXT, ',', ',', '"', '""', '\n', '\r\n', '\r'];
const HEADERS = [
  'contact,channel,remarks',
  ' Contact , CHANNEL,remarks ',
  '"contact",channel,remarks',
];
const ENDINGS = ['\n', '\n', '\r\n', '\r'];

/**
 * A header, then rows of (mostly 3) cells (plain, quoted with escapes and line breaks, spaces around),
 * blank lines, and now and then raw characters in any order, stray quotes included.
 */
function generated(random: () => number): Buffer {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const some = (list: readonly string[], max: number) => {
    let out = '';
    for (let i = Math.floor(random() * max); i > 0; i--) out += pick(list);
    return out;
  };
  let text = random() < 0.2 ? '\ufeff' : '';
  if (random() < 0.1) text += pick(ENDINGS);
  text += pick(HEADERS);
  for (let row = Math.floor(random() * 6); row > 0; row--) {
    text += pick(ENDINGS);
    if (random() < 0.1) text += some([' ', '\t'], 3) + pick(ENDINGS);
    const cells: string[] = [];
    for (let cell = random() < 0.7 ? 3 : 1 + Math.floor(random() * 4); cell > 0; cell--) {
      const r = random();
      if (r < 0.5) cells.push(some(TEXT.slice(0, -1), 4));
      else if (r < 0.85) cells.push(`${some([' '], 2)}"${some(QUOTED, 4)}"${some([' ', '\t'], 2)}`);
      else cells.push(some(SOUP, 6));
    }
    text += cells.join(',');
  }
  if (random() < 0.5) text += pick(ENDINGS);
  return Buffer.from(text, 'utf8');
}

describe('createCsvReader', () => {
  it('reads generated files exactly as csv-parse did, however the bytes are cut', async () => {
    let compared = 0;
    let records = 0;
    let problems = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const random = seededRandom(seed);
      const bytes = generated(random);
      let expected: { items: RowItem[]; quirk: boolean } | { error: string };
      try {
        expected = await csvParseItems(bytes);
      } catch (err) {
        expected = { error: (err as Error).message };
      }
      if ('quirk' in expected && expected.quirk) continue;
      // csv-parse is the reference for well-formed quoting only. After a malformed quote it lost
      // rows (issue 12, item 1), which the reader deliberately does not: such files, and files
      // where the reader read a row with a quoted line break again as a stray quote, are left
      // out here; the property and fuzz tests cover them.
      if ('items' in expected && expected.items.some((i) => 'error' in i && /Quote/.test(i.error)))
        continue;
      const actual = await readerItems(pieces(bytes, random)).then(
        // csv-parse gave no contact for a row it could not read; the reader gives what it read.
        (items) => ({
          items: inFileOrder(items.map((i) => ('error' in i ? { ...i, contact: '' } : i))),
          quirk: false,
        }),
        (err: Error) => ({ error: err.message }),
      );
      if (
        'items' in actual &&
        actual.items.some((i) => 'error' in i && /stray quote/.test(i.error))
      )
        continue;
      compared += 1;
      if ('items' in expected) {
        records += expected.items.filter((i) => 'row' in i).length;
        problems += expected.items.filter((i) => 'error' in i).length;
      }
      if ('items' in expected) expected.items = inFileOrder(expected.items);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        // The case, for reproducing: seed and input.
        expect({ seed, input: bytes.toString('utf8'), actual }).toEqual({
          seed,
          input: bytes.toString('utf8'),
          actual: expected,
        });
      }
    }
    // About 1,500 files, 1,300 records and 500 problems (column counts, a bad header) compared.
    expect(compared).toBeGreaterThan(1400);
    expect(records).toBeGreaterThan(1200);
    expect(problems).toBeGreaterThan(450);
  });

  it('counts without fields the records and problems it reads with fields', async () => {
    for (let seed = 1; seed <= 500; seed++) {
      const random = seededRandom(seed);
      const bytes = generated(random);
      let counted = 0;
      const counter = createCsvReader(
        {
          header: (f) => f,
          record: () => void (counted += 1),
          unreadable: () => void (counted += 1),
        },
        { fields: false },
      );
      for (const piece of pieces(bytes, random)) counter.write(piece);
      counter.end();
      let read = 0;
      const reader = createCsvReader(
        { header: (f) => f, record: () => void (read += 1), unreadable: () => void (read += 1) },
        { fields: true },
      );
      reader.write(bytes);
      reader.end();
      expect({ seed, counted }).toEqual({ seed, counted: read });
    }
  });

  it('reports a record with text after its closing quote and reads on (csv-parse lost the rest)', async () => {
    const items = await readerItems([Buffer.from('contact,channel\n"ab" c,sms\n1,sms\n2,sms\n')]);
    expect(items).toEqual([
      {
        line: 2,
        contact: 'ab',
        error:
          'unreadable CSV row: Invalid Closing Quote: found non trimable byte after quote at line 2',
      },
      { line: 3, row: { contact: '1', channel: 'sms' } },
      { line: 4, row: { contact: '2', channel: 'sms' } },
    ]);
  });

  it('reads UTF-16LE files with a BOM', async () => {
    const text = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('contact,channel\r\n+5511987654321,sms\r\n', 'utf16le'),
    ]);
    expect(await readerItems(pieces(text, seededRandom(7)))).toEqual([
      { line: 2, row: { contact: '+5511987654321', channel: 'sms' } },
    ]);
  });
});

describe('createCsvReader: a malformed row costs that row only', () => {
  const valid = (n: number) =>
    Array.from({ length: n }, (_, i) => `+55119${String(10000001 + i)},sms\n`).join('');

  it('resynchronises at the next line break after a bad closing quote (issue 12, item 1)', async () => {
    const text = `contact,channel\n"+5511910000000"x,sms\n${valid(1000)}`;
    const items = await readerItems(pieces(Buffer.from(text), seededRandom(3)));
    expect(items.filter((i) => 'row' in i)).toHaveLength(1000);
    expect(items.filter((i) => 'error' in i)).toEqual([
      {
        line: 2,
        contact: '+5511910000000',
        error: expect.stringMatching(/Invalid Closing Quote/),
      },
    ]);
    expect(items.at(-1)).toEqual({
      line: 1002,
      row: { contact: '+5511910001000', channel: 'sms' },
    });
  });

  it('reads a quote left open as a stray quote on its own line, and the next line as the next row', async () => {
    const text = `contact,channel\n+5511910000000,"sms\n${valid(3)}+5511920000000,"a\nb`;
    const items = await readerItems(pieces(Buffer.from(text), seededRandom(4)));
    expect(items.map((i) => ('row' in i ? i.line : `error ${i.line}`))).toEqual([
      'error 2',
      3,
      4,
      5,
      'error 6',
      'error 7',
    ]);
  });

  it('keeps legal RFC 4180 fields: quoted commas, doubled quotes, quoted line breaks', async () => {
    const text = 'contact,channel\n"+55, 11","he said ""stop"""\n"a\r\nb",sms\n"x\ny",""\n';
    expect(await readerItems(pieces(Buffer.from(text), seededRandom(5)))).toEqual([
      { line: 2, row: { contact: '+55, 11', channel: 'he said "stop"' } },
      { line: 5, row: { contact: 'a\r\nb', channel: 'sms' } },
      { line: 7, row: { contact: 'x\ny', channel: '' } },
    ]);
  });

  it('reports a row with a stray quote once (issue 12, item 2)', async () => {
    const text = 'contact,channel\n+5511987654321,he said "stop"\n+5511987654322,sms\n';
    const items = await readerItems([Buffer.from(text)]);
    expect(items).toEqual([
      {
        line: 2,
        contact: '+5511987654321',
        error: expect.stringMatching(/Invalid Opening Quote/),
      },
      { line: 3, row: { contact: '+5511987654322', channel: 'sms' } },
    ]);
  });

  it('reports a row with too many fields and a stray quote once', async () => {
    const items = await readerItems([Buffer.from('contact,channel\n1,2,3"x"\n4,5\n')]);
    expect(items.map((i) => i.line)).toEqual([2, 3]);
  });
});

describe('createCsvReader: memory stays bounded whatever the input (issue 12, item 3)', () => {
  /** Feeds `total` bytes made by `make` in 64 KB pieces, never holding the whole input. */
  function feedLarge(
    reader: ReturnType<typeof createCsvReader>,
    total: number,
    make: (offset: number, size: number) => Buffer,
  ): void {
    for (let at = 0; at < total; at += 65536) reader.write(make(at, Math.min(65536, total - at)));
  }

  function collecting() {
    const records: number[] = [];
    const problems: { line: number; message: string }[] = [];
    const reader = createCsvReader(
      {
        header: (f) => f,
        record: (_f, line) => void records.push(line),
        unreadable: (message, line) => void problems.push({ line, message }),
      },
      { fields: true },
    );
    return { reader, records, problems };
  }

  it('skips a 30 MB field as an error for its row without buffering it', () => {
    const { reader, records, problems } = collecting();
    reader.write(Buffer.from('contact,channel\n'));
    feedLarge(reader, 30 * 1024 * 1024, (_at, size) => Buffer.alloc(size, 0x37));
    reader.write(Buffer.from(',sms\n+5511987654321,sms\n'));
    reader.end();
    expect(problems).toEqual([
      { line: 2, message: expect.stringMatching(/longer than 1024 characters/) },
    ]);
    expect(records).toEqual([3]);
    expect(reader.peakBufferedChars()).toBeLessThanOrEqual(CSV_READER_BUFFER_BOUND(2));
  });

  it('bounds a quote left open before 30 MB of rows, and reads the rows', () => {
    const { reader, records, problems } = collecting();
    reader.write(Buffer.from('contact,channel\n+5511900000000,"sms\n'));
    const rows = Buffer.from('+5511987654321,sms\n'.repeat(3200));
    for (let i = 0; i < 500; i++) reader.write(rows);
    reader.end();
    expect(problems).toEqual([{ line: 2, message: expect.stringMatching(/line 2/) }]);
    expect(records).toHaveLength(1_600_000);
    expect(reader.peakBufferedChars()).toBeLessThanOrEqual(CSV_READER_BUFFER_BOUND(2));
  });

  it('bounds a header with a million columns', () => {
    let header: readonly string[] = [];
    let count = 0;
    const reader = createCsvReader(
      {
        header: (f, n) => {
          header = f;
          count = n;
          return f;
        },
        record: () => undefined,
        unreadable: () => undefined,
      },
      { fields: true },
    );
    feedLarge(reader, 2_000_000, (_at, size) => Buffer.alloc(size, 'a,'));
    reader.write(Buffer.from('\n'));
    reader.end();
    expect(header).toHaveLength(MAX_HEADER_COLUMNS);
    // Two million bytes of "a," are a million fields and the empty one after the last comma.
    expect(count).toBe(1_000_001);
    expect(reader.peakBufferedChars()).toBeLessThanOrEqual(
      CSV_READER_BUFFER_BOUND(MAX_HEADER_COLUMNS),
    );
  });
});
