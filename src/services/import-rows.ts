/**
 * Reading import rows, whatever the import is for (opt-outs, task recipients): CSV streamed
 * with a header row, or a JSON array already in memory. Rows come out one at a time, in order,
 * with their line, so memory stays constant however long the file is.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import { ValidationError } from '../errors';

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

/** The CSV dialect every import reads: header row, BOM and surrounding spaces ignored, strict column counts. */
export const CSV_OPTIONS: Options = {
  bom: true,
  trim: true,
  skip_empty_lines: true,
  relax_column_count: false,
  // A bad record (wrong column count, stray quote) is reported by line; the rest still import.
  skip_records_with_error: true,
};

/** Maps a CSV header to the canonical column names, or says what is wrong with it. */
export function checkHeader(
  header: readonly string[],
  spec: ColumnSpec,
): { columns: string[] } | { error: string } {
  const byLower = new Map(spec.allowed.map((name) => [name.toLowerCase(), name]));
  const columns = header.map((name) => byLower.get(name.trim().toLowerCase()) ?? name.trim());
  const unknown = columns.filter((name) => !spec.allowed.includes(name));
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

/** A file path (string) or a stream of CSV bytes; a JSON array of rows for `json`. */
export async function* rowItems(
  source: Source,
  format: ImportFormat,
  spec: ColumnSpec,
): AsyncGenerator<RowItem> {
  if (format === 'json') {
    if (!Array.isArray(source)) throw new TypeError('a JSON import reads an array of rows');
    yield* jsonItems(source);
    return;
  }
  if (Array.isArray(source)) throw new TypeError('a CSV import reads a file path or a stream');
  if (typeof source !== 'string') {
    yield* csvItems(source as Readable, spec);
    return;
  }
  const file = createReadStream(source);
  try {
    yield* csvItems(file, spec);
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

function* jsonItems(rows: readonly unknown[]): Generator<RowItem> {
  for (const [index, row] of rows.entries()) {
    const line = index + 1;
    if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
      yield { line, row: row as Record<string, unknown> };
    } else {
      yield { line, error: 'each row must be a JSON object', contact: '' };
    }
  }
}

async function* csvItems(input: Readable, spec: ColumnSpec): AsyncGenerator<RowItem> {
  const skipped: RowItem[] = [];
  let headerError: string | null = null;
  const parser = input.pipe(
    parse({
      ...CSV_OPTIONS,
      info: true,
      columns: (header: string[]) => {
        const checked = checkHeader(header, spec);
        if ('error' in checked) {
          headerError = checked.error;
          return header;
        }
        return checked.columns;
      },
      on_skip: (err) => {
        const line = (err as { lines?: number } | undefined)?.lines ?? 0;
        skipped.push({
          line,
          error: `unreadable CSV row: ${err?.message ?? 'bad record'}`,
          contact: '',
        });
      },
    }),
  );
  input.on('error', (err) => parser.destroy(err));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (headerError) throw new ValidationError(headerError);
      yield* skipped.splice(0);
      yield { line: info.lines, row: record };
    }
  } finally {
    parser.destroy();
  }
  if (headerError) throw new ValidationError(headerError);
  yield* skipped.splice(0);
}
