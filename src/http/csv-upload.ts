/**
 * The bytes of a CSV upload as UTF-8, whatever the client sent them as: `Content-Encoding: gzip`
 * (or deflate) inflated as a stream, a declared Latin-1 / Windows-1252 charset transcoded. The
 * import's limits (bytes, rows) then apply to what is read, i.e. the inflated bytes, so a small
 * compressed bomb is cut off like any large file. Anything else is a 415 naming what is read;
 * undeclared bytes are checked as UTF-8 by the import itself (src/services/imports/utf8-check.ts).
 */
import type { Request } from 'express';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import { UnsupportedMediaTypeError, ValidationError } from '../errors';

/** Charsets read as UTF-8 (ASCII is a subset of it). */
const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
/**
 * Latin-1 and Windows-1252: what Excel and most Western-European tools write when "CSV" is not
 * "CSV UTF-8". WHATWG decodes iso-8859-1 as windows-1252 (a superset for printable text), as
 * browsers do, so both go through the same decoder.
 */
const SINGLE_BYTE = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

function charsetOf(req: Request): string | null {
  const type = req.headers['content-type'] ?? '';
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type);
  return match ? (match[1] as string).toLowerCase() : null;
}

/** Windows-1252 bytes to UTF-8, a chunk at a time (every byte is one character: no state). */
function fromWindows1252(): Transform {
  const decoder = new TextDecoder('windows-1252');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'));
    },
  });
}

/**
 * Pipes `input` through `step`; a failure of the step (a corrupt gzip stream) reaches the reader
 * as a 400 saying so, not as a 500.
 */
function through(input: Readable, step: Transform, what: string): Readable {
  const out = new PassThrough();
  // The reader (the import spool) attaches its listeners only after an await, and a corrupt
  // stream can fail before that: an 'error' event nobody listens to would end the process. The
  // failure stays in `out.errored`, where the spool looks for it once it listens.
  out.on('error', () => {});
  step.on('error', (err) =>
    out.destroy(new ValidationError(`The body could not be read as ${what}: ${err.message}.`)),
  );
  input.on('error', (err) => out.destroy(err));
  input.pipe(step).pipe(out);
  // The spool listens for the client going away on what it reads.
  input.on('aborted', () => out.emit('aborted'));
  return out;
}

/** The upload as a stream of UTF-8 CSV bytes, or a 415 saying what is read. */
export function csvUpload(req: Request): Readable {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const charset = charsetOf(req);
  if (charset !== null && !UTF8.has(charset) && !SINGLE_BYTE.has(charset)) {
    throw new UnsupportedMediaTypeError(
      `CSV charset "${charset}" is not read. Save the file as "CSV UTF-8" (Content-Type: text/csv; charset=utf-8); ` +
        'Latin-1 and Windows-1252 files are read too (Content-Type: text/csv; charset=windows-1252).',
    );
  }
  let stream: Readable = req;
  if (encoding === 'gzip' || encoding === 'x-gzip')
    stream = through(stream, createGunzip(), 'gzip');
  else if (encoding === 'deflate') stream = through(stream, createInflate(), 'deflate');
  else if (encoding !== 'identity') {
    throw new UnsupportedMediaTypeError(
      `Content-Encoding "${encoding}" is not read. Send the CSV uncompressed or with Content-Encoding: gzip.`,
    );
  }
  if (charset !== null && SINGLE_BYTE.has(charset))
    stream = through(stream, fromWindows1252(), charset);
  return stream;
}
