/**
 * Spooling an uploaded CSV to a temporary file while counting its rows, so the import can decide
 * (synchronous or background) before processing, and a background import keeps reading after the
 * request has been answered. Constant memory: bytes go straight to disk.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { PayloadTooLargeError } from '../errors';
import { CSV_OPTIONS } from './import-rows';

export interface SpooledCsv {
  format: 'csv';
  /** The temporary file; removed by discardSpool. */
  path: string;
  /** Data rows (after the header), unreadable ones included. */
  rows: number;
  /** The header row as written (empty for an empty file). */
  header: string[];
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
): Promise<{ rows: number; header: string[]; bytes: number }> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let records = 0;
    let header: string[] | null = null;
    let failed = false;
    const tooManyRows = () =>
      new PayloadTooLargeError(
        `Too many rows: an import takes at most ${limits.maxRows.toLocaleString('en')}; split the file.`,
      );
    // The same dialect as the reader, but lenient on column counts: here we only count records.
    const counter = parse({
      ...CSV_OPTIONS,
      relax_column_count: true,
      on_skip: () => void (records += 1),
    });
    counter.on('data', (record: string[]) => {
      if (header === null) header = record;
      else records += 1;
    });
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
        counter.write(chunk);
        done(null, chunk);
      },
      flush(done) {
        counter.once('end', () => done(records > limits.maxRows ? tooManyRows() : null));
        counter.once('error', done);
        counter.end();
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
      counter.destroy();
      reject(err);
    };
    input.on('error', fail);
    input.on('aborted', () => fail(new Error('The upload was aborted by the client.')));
    tee.on('error', fail);
    counter.on('error', fail);
    file.on('error', fail);
    file.on('finish', () => {
      if (!failed) resolve({ rows: records, header: header ?? [], bytes });
    });
    input.pipe(tee).pipe(file);
  });
}
