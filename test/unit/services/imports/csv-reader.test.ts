import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { createCsvReader } from '../../../../src/services/imports/csv-reader';
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
      compared += 1;
      const actual = await readerItems(pieces(bytes, random)).then(
        (items) => ({ items: inFileOrder(items), quirk: false }),
        (err: Error) => ({ error: err.message }),
      );
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
    // About 2,100 records and 2,900 problems of every kind in the cases compared.
    expect(compared).toBeGreaterThan(2400);
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
        contact: '',
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
