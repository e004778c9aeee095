/**
 * Issue 12, item 1's property: for random valid files with corrupted rows injected, every valid
 * row is read exactly once, with its fields and line, and every corrupted row is reported once,
 * at its line, with its contact; however the bytes are cut into chunks.
 */
import { Readable } from 'node:stream';
import { createCsvReader } from '../../../../src/services/imports/csv-reader';
import { rowItems, type RowItem } from '../../../../src/services/imports/import-rows';
import { fuzzCsv, randomPieces } from '../../../support/csv-fuzz';
import { seededRandom } from '../../../reliability/support/random';

const spec = { allowed: ['contact', 'channel', 'remarks'], required: ['contact'] };

async function read(chunks: Buffer[]): Promise<RowItem[]> {
  const items: RowItem[] = [];
  for await (const item of rowItems(Readable.from(chunks), 'csv', spec)) items.push(item);
  return items;
}

describe('CSV resynchronisation (property)', () => {
  it('reads every valid row once and reports every corrupted row once, by line', async () => {
    let validRows = 0;
    let corruptRows = 0;
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const file = fuzzCsv(random, {
        header: ['contact', 'channel', 'remarks'],
        second: ['whatsapp', 'sms'],
        rows: 1 + Math.floor(random() * 40),
        corruptRate: random() * 0.5,
        multiline: true,
      });
      const items = await read(randomPieces(file.bytes, random, 1 + Math.floor(random() * 300)));
      const rows = items.flatMap((i) => ('row' in i ? [i] : []));
      const errors = items.flatMap((i) => ('error' in i ? [i] : []));
      const actual = {
        seed,
        rows: rows.map((r) => ({
          line: r.line,
          fields: [r.row.contact, r.row.channel, r.row.remarks],
        })),
        errors: errors.map((e) => [e.line, e.contact]),
      };
      const expected = {
        seed,
        rows: file.valid,
        errors: file.corrupt.map((c) => [c.line, c.contact]),
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        // The case, for reproducing: seed, input and what was read.
        expect({ ...actual, input: file.bytes.toString('utf8'), messages: errors }).toEqual({
          ...expected,
          input: file.bytes.toString('utf8'),
          messages: errors,
        });
      }
      // The upload counts rows without reading fields (import-spool.ts): the same number.
      let counted = 0;
      const counter = createCsvReader(
        {
          header: (f) => f,
          record: () => void (counted += 1),
          unreadable: () => void (counted += 1),
        },
        { fields: false },
      );
      for (const piece of randomPieces(file.bytes, random, 1 + Math.floor(random() * 300)))
        counter.write(piece);
      counter.end();
      expect({ seed, counted }).toEqual({ seed, counted: items.length });
      validRows += file.valid.length;
      corruptRows += file.corrupt.length;
      for (const c of file.corrupt) kinds.add(c.kind);
    }
    expect(validRows).toBeGreaterThan(3000);
    expect(corruptRows).toBeGreaterThan(1000);
    expect(kinds.size).toBe(7);
  });
});
