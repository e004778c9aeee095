/**
 * Spooling an uploaded CSV to a temporary file while counting its rows, so the import can decide
 * (synchronous or background) before processing, and a background import keeps reading after the
 * request has been answered. Constant memory: bytes go straight to disk. Rows are counted by the
 * same reader that imports them (records only, no fields), so the count is what the import sees.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { PayloadTooLargeError } from '../../errors';
import { createCsvReader } from './csv-reader';
import { createUtf8Check } from './utf8-check';

export interface SpooledCsv {
  format: 'csv';
  /** The temporary file; removed by discardSpool. */
  path: string;
  /** Data rows (after the header), unreadable ones included. */
  rows: number;
  /** The header row as written (empty for an empty file), its first MAX_HEADER_COLUMNS. */
  header: string[];
  /** How many columns the header had. */
  headerColumns: number;
  bytes: number;
}

export interface SpoolLimits {
  maxBytes: number;
  maxRows: number;
}

export async function spoolCsv(input: Readable, limits: SpoolLimits): Promise<SpooledCsv> {
  const dir = await mkdtemp(join(tmpdir(), 'stopline-import-'));
  const path = join(dir, 'rows.csv');
  try {
    const counted = await writeCounting(input, path, limits);
    return { format: 'csv', path, ...counted };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

export async function discardSpool(spool: SpooledCsv): Promise<void> {
  await rm(join(spool.path, '..'), { recursive: true, force: true });
}

function writeCounting(
  input: Readable,
  path: string,
  limits: SpoolLimits,
): Promise<{ rows: number; header: string[]; headerColumns: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let records = 0;
    let header: string[] | null = null;
    let headerColumns = 0;
    let failed = false;
    const tooManyRows = () =>
      new PayloadTooLargeError(
        `Too many rows: an import takes at most ${limits.maxRows.toLocaleString('en')}; split the file.`,
      );
    const counter = createCsvReader(
      {
        header(fields, count) {
          header = fields;
          headerColumns = count;
          return fields;
        },
        record: () => void (records += 1),
        unreadable: () => void (records += 1),
      },
      { fields: false },
    );
    // The bytes are checked on the way in: the file is read again later (maybe in the background,
    // after the answer), so this is the one place a non-UTF-8 file can still be refused whole.
    const utf8 = createUtf8Check();
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limits.maxBytes) {
          return done(
            new PayloadTooLargeError(
              `CSV too large: an import takes at most ${limits.maxBytes} bytes; split the file.`,
            ),
          );
        }
        if (records > limits.maxRows) return done(tooManyRows());
        try {
          utf8.write(chunk);
        } catch (err) {
          return done(err as Error);
        }
        counter.write(chunk);
        done(null, chunk);
      },
      flush(done) {
        try {
          utf8.end();
        } catch (err) {
          return done(err as Error);
        }
        counter.end();
        done(records > limits.maxRows ? tooManyRows() : null);
      },
    });
    const file = createWriteStream(path);
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      // Unpiped, not destroyed: the request stays open long enough for the error response.
      input.unpipe(tee);
      tee.destroy();
      file.destroy();
      reject(err);
    };
    input.on('error', fail);
    input.on('aborted', () => fail(new Error('The upload was aborted by the client.')));
    tee.on('error', fail);
    file.on('error', fail);
    file.on('finish', () => {
      if (!failed) resolve({ rows: records, header: header ?? [], headerColumns, bytes });
    });
    // A stream that already failed before these listeners were attached (a corrupt gzip body
    // inflated while the spool's folder was being made) emits nothing more: its error is kept.
    if (input.errored) {
      fail(input.errored);
      return;
    }
    input.pipe(tee).pipe(file);
  });
}
