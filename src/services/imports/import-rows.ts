/**
 * Reading import rows, whatever the import is for (opt-outs, task recipients): CSV streamed
 * with a header row (the dialect is src/services/imports/csv-reader.ts), or a JSON array already in
 * memory. Rows come out in order with their line, a read chunk at a time, so memory stays
 * constant however long the file is.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { unguardCell } from '../../domain/csv';
import { ValidationError } from '../../errors';
import { createCsvReader } from './csv-reader';
import { clip } from './invalid-rows';

export type ImportFormat = 'csv' | 'json';

/**
 * One input row, or one that could not be read. `line` is the CSV line where the row ends
 * (the header is line 1), or the 1-based position of the row in a JSON array.
 */
export type RowItem =
  { line: number; row: Record<string, unknown> } | { line: number; error: string; contact: string };

/** Which CSV columns an import takes; header names match case-insensitively. */
export interface ColumnSpec {
  allowed: readonly string[];
  required: readonly string[];
}

/**
 * Maps a CSV header to the canonical column names, or says what is wrong with it. `count` is how
 * many columns the header had when the reader kept only the first ones (MAX_HEADER_COLUMNS).
 */
export function checkHeader(
  header: readonly string[],
  spec: ColumnSpec,
  count = header.length,
): { columns: string[] } | { error: string } {
  if (count > header.length) {
    return {
      error: `Invalid CSV header: ${count} columns. The columns are: ${spec.allowed.join(', ')}.`,
    };
  }
  const byLower = new Map(spec.allowed.map((name) => [name.toLowerCase(), name]));
  const columns = header.map((name) => byLower.get(name.trim().toLowerCase()) ?? name.trim());
  const unknown = columns
    .filter((name) => !spec.allowed.includes(name))
    .map((name) => clip(name, 100));
  const duplicated = columns.filter((name, i) => columns.indexOf(name) !== i);
  const missing = spec.required.filter((name) => !columns.includes(name));
  const problems: string[] = [];
  if (unknown.length > 0)
    problems.push(
      `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`,
    );
  if (duplicated.length > 0)
    problems.push(`duplicated column ${duplicated.map((c) => `"${c}"`).join(', ')}`);
  if (missing.length > 0)
    problems.push(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`,
    );
  if (problems.length === 0) return { columns };
  return {
    error: `Invalid CSV header: ${problems.join('; ')}. The columns are: ${spec.allowed.join(', ')}.`,
  };
}

type Source = Readable | string | readonly unknown[];

/**
 * Bytes read from a spooled file at a time (about 400 rows). Small on purpose: rows read ahead of
 * the import are short-lived garbage, and once they live long enough to be promoted to V8's old
 * generation a million-row import grows the heap by a hundred megabytes or more.
 */
const READ_BYTES = 16 * 1024;

/** A file path (string) or a stream of CSV bytes; a JSON array of rows for `json`. */
export async function* rowItems(
  source: Source,
  format: ImportFormat,
  spec: ColumnSpec,
): AsyncGenerator<RowItem> {
  for await (const batch of rowBatches(source, format, spec)) yield* batch;
}

/**
 * rowItems a batch at a time (a read chunk of CSV; a JSON array at once): the
 * form long imports use, without a promise per row.
 */
export async function* rowBatches(
  source: Source,
  format: ImportFormat,
  spec: ColumnSpec,
): AsyncGenerator<RowItem[]> {
  if (format === 'json') {
    if (!Array.isArray(source)) throw new TypeError('a JSON import reads an array of rows');
    yield jsonItems(source);
    return;
  }
  if (Array.isArray(source)) throw new TypeError('a CSV import reads a file path or a stream');
  if (typeof source !== 'string') {
    yield* csvBatches(source as Readable, spec);
    return;
  }
  const file = createReadStream(source, { highWaterMark: READ_BYTES });
  try {
    yield* csvBatches(file, spec);
  } finally {
    // Reading may stop early (a bad header, a consumer that gives up): close the file either way.
    file.destroy();
  }
}

/** Callback form of rowItems: `onRow` is awaited for each row, so a slow consumer slows the reading. */
export async function readRows(
  source: Source,
  format: ImportFormat,
  spec: ColumnSpec,
  onRow: (item: RowItem) => void | Promise<void>,
): Promise<number> {
  let count = 0;
  for await (const item of rowItems(source, format, spec)) {
    await onRow(item);
    count += 1;
  }
  return count;
}

function jsonItems(rows: readonly unknown[]): RowItem[] {
  return rows.map((row, index) => {
    const line = index + 1;
    if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
      return { line, row: row as Record<string, unknown> };
    }
    return { line, error: 'each row must be a JSON object', contact: '' };
  });
}

async function* csvBatches(input: Readable, spec: ColumnSpec): AsyncGenerator<RowItem[]> {
  let columns: string[] = [];
  let batch: RowItem[] = [];
  const reader = createCsvReader(
    {
      header(fields, count) {
        const checked = checkHeader(fields, spec, count);
        if ('error' in checked) throw new ValidationError(checked.error);
        columns = checked.columns;
        return columns;
      },
      record(fields, line) {
        const row: Record<string, string> = {};
        // Cells the export guarded against spreadsheet formulas ('+5511...) read as they were.
        for (let i = 0; i < columns.length; i++)
          row[columns[i] as string] = unguardCell((fields as string[])[i] as string);
        batch.push({ line, row });
      },
      unreadable(message, line, fields) {
        // The contact, when the row got that far: which row it is, besides its line.
        const contact = fields[columns.indexOf('contact')]?.trim() ?? '';
        batch.push({
          line,
          error: `unreadable CSV row: ${message}`,
          contact: unguardCell(contact),
        });
      },
    },
    { fields: true },
  );
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    reader.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  reader.end();
  if (batch.length > 0) yield batch;
}
