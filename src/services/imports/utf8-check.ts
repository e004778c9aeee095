/**
 * Refuses CSV bytes that are not UTF-8, naming the line, instead of letting the decoder turn them
 * into U+FFFD: a Latin-1 or Windows-1252 export (Excel's "CSV" outside "CSV UTF-8") would
 * otherwise be stored with "Jos�" for "José", silently. A file that starts with a UTF-16LE BOM is
 * left alone (the reader decodes it). Streaming: a sequence split between two chunks is held
 * until the next one; checking is native (buffer.isUtf8), the byte-by-byte search only runs to
 * name the place once a chunk is known to be bad.
 */
import { isUtf8 } from 'node:buffer';
import { ValidationError } from '../../errors';

export interface Utf8Check {
  /** Throws a ValidationError at the first byte that is not UTF-8. */
  write(chunk: Buffer): void;
  end(): void;
}

const LF = 10;

/** The length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Where `bytes` stop being UTF-8 (bytes.length when they are). */
function firstInvalid(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i] as number);
    if (n === 0 || i + n > bytes.length || !isUtf8(bytes.subarray(i, i + n))) return i;
    i += n;
  }
  return bytes.length;
}

/** How many bytes at the end of `bytes` start a sequence that the next chunk completes. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) !== 0x80) return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

function countLines(bytes: Buffer, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) n += 1;
  return n;
}

export function createUtf8Check(): Utf8Check {
  let head: Buffer | null = Buffer.alloc(0);
  let held = Buffer.alloc(0);
  let lines = 0;
  let offset = 0;
  let off = false;

  function check(bytes: Buffer): void {
    if (isUtf8(bytes)) {
      lines += countLines(bytes, bytes.length);
      offset += bytes.length;
      return;
    }
    const at = firstInvalid(bytes);
    const line = lines + countLines(bytes, at) + 1;
    const byte = (bytes[at] as number).toString(16).toUpperCase().padStart(2, '0');
    throw new ValidationError(
      `The CSV is not UTF-8: line ${line} has the byte 0x${byte} (byte ${offset + at + 1} of the file), ` +
        'as a Latin-1 or Windows-1252 export does. Save the file as "CSV UTF-8", or declare its ' +
        'encoding: Content-Type: text/csv; charset=windows-1252 (or iso-8859-1). Nothing was imported.',
    );
  }

  function take(chunk: Buffer): void {
    const bytes = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
    const tail = incompleteTail(bytes);
    held = Buffer.from(bytes.subarray(bytes.length - tail));
    check(bytes.subarray(0, bytes.length - tail));
  }

  return {
    write(chunk) {
      if (off) return;
      if (head !== null) {
        // The first two bytes decide: a UTF-16LE BOM (FF FE) is not UTF-8 and is not meant to be.
        const start: Buffer = Buffer.concat([head, chunk]);
        if (start.length < 2) {
          head = start;
          return;
        }
        head = null;
        if (start[0] === 0xff && start[1] === 0xfe) {
          off = true;
          return;
        }
        take(start);
        return;
      }
      take(chunk);
    },
    end() {
      if (off) return;
      if (head !== null && head.length > 0) take(head);
      head = null;
      if (held.length > 0) check(held);
    },
  };
}
