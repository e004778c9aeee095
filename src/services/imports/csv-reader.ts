/**
 * The CSV dialect every import reads, incrementally: header row, a UTF-8 (or UTF-16LE) BOM
 * skipped, spaces around fields trimmed, empty lines skipped, strict column counts, and a record
 * that cannot be read reported by line while the rest still import.
 *
 * It reads as csv-parse did with those options (bom, trim, skip_empty_lines,
 * skip_records_with_error): same records, same lines (where a record ends; a CRLF inside quotes
 * counts two, as there), same messages; test/unit/services/csv-reader.test.ts compares the two on
 * generated files. csv-parse cost a third of a million-row import, and the upload only needs to
 * count records, which this does without building them. Two deliberate differences, where
 * csv-parse lost rows silently: after a closing quote, spaces and another character it dropped
 * the rest of its input chunk (this reports the record and reads on); after a header with a bad
 * quote it skipped the first data row (this reads it).
 */
import { StringDecoder } from 'node:string_decoder';

export interface CsvHandlers {
  /** The first record. Returns the column names for error messages (the header as mapped). */
  header(fields: string[]): readonly string[];
  /** A data record and the line where it ends; `fields` is null when reading with `fields: false`. */
  record(fields: string[] | null, line: number): void;
  /** A record that cannot be read (csv-parse's on_skip): one call per problem, at its line. */
  unreadable(message: string, line: number): void;
}

export interface CsvReader {
  write(chunk: Buffer): void;
  end(): void;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
const FF = 12;
const SPACE = 32;
const TAB = 9;
/** Record delimiter, discovered at the first CR or LF outside quotes. */
const UNKNOWN = 0;
const LF_ONLY = 1;
const CRLF = 2;
const CR_ONLY = 3;
/** Characters after the current one a decision may look at; kept back until more input comes. */
const LOOKAHEAD = 2;

const trimmable = (c: number) => c === SPACE || c === TAB || c === LF || c === CR || c === FF;

/**
 * `fields: false` only counts (the upload): data records are reported without their fields,
 * which are not even cut out of the text; the header is still read in full.
 */
export function createCsvReader(handlers: CsvHandlers, opts: { fields: boolean }): CsvReader {
  let decoder: StringDecoder | null = null;
  let encoding: 'utf8' | 'utf16le' = 'utf8';
  let head: Buffer | null = null;
  let carry = '';
  let delimiter = UNKNOWN;
  let line = 1;
  let pendingBreak = false;
  let quoting = false;
  let wasQuoting = false;
  let escaping = false;
  // The current field: text from earlier segments, and the start of the segment being read.
  let field = '';
  let segment = -1;
  let fieldNonEmpty = false;
  let record: string[] = [];
  let fieldCount = 0;
  let recordHasError = false;
  let columns: readonly string[] | null = null;
  let collect = true;

  function fail(message: string): void {
    recordHasError = true;
    handlers.unreadable(message, line);
  }

  /** Adds s[from, to) to the field (counting, fields are not kept: only their number matters). */
  function keep(s: string, from: number, to: number): void {
    if (collect && from >= 0) field += s.slice(from, to);
    segment = -1;
  }

  function endField(s: string, at: number): void {
    keep(s, segment, at);
    if (collect) record.push(wasQuoting ? field : field.trimEnd());
    fieldCount += 1;
    field = '';
    fieldNonEmpty = false;
    wasQuoting = false;
  }

  function endRecord(): void {
    if (columns === null) {
      columns = handlers.header(record);
      collect = opts.fields;
    } else {
      if (fieldCount !== columns.length) {
        fail(
          `Invalid Record Length: columns length is ${columns.length}, got ${fieldCount} on line ${line}`,
        );
      }
      if (!recordHasError) handlers.record(collect ? record : null, line);
    }
    record = [];
    fieldCount = 0;
    recordHasError = false;
  }

  function columnName(): string {
    if (columns === null) return String(fieldCount);
    return JSON.stringify(fieldCount < columns.length ? columns[fieldCount] : null);
  }

  /** The first byte of the character at `at`, as csv-parse quoted it in messages. */
  function byteAt(s: string, at: number): string {
    const bytes = Buffer.from(s.slice(at, at + 2), encoding);
    return String.fromCharCode(bytes[0] ?? 0);
  }

  function delimiterLength(s: string, at: number, c: number): number {
    if (delimiter === LF_ONLY) return c === LF ? 1 : 0;
    if (delimiter === CRLF) return c === CR && s.charCodeAt(at + 1) === LF ? 2 : 0;
    if (delimiter === CR_ONLY) return c === CR ? 1 : 0;
    return 0;
  }

  /** Reads `s` up to where a decision needs more input (everything when `final`); returns that index. */
  function scan(s: string, final: boolean): number {
    const n = s.length;
    const stop = final ? n : n - LOOKAHEAD;
    let i = 0;
    for (; i < stop; i++) {
      if (pendingBreak) {
        line += 1;
        pendingBreak = false;
      }
      const c = s.charCodeAt(i);
      if (!quoting && delimiter === UNKNOWN) {
        if (c === LF) delimiter = LF_ONLY;
        else if (c === CR) delimiter = s.charCodeAt(i + 1) === LF ? CRLF : CR_ONLY;
      }
      if (c === CR || c === LF) pendingBreak = true;
      if (escaping) {
        // The second quote of "": a literal quote.
        escaping = false;
      } else if (c === QUOTE) {
        if (quoting) {
          const next = s.charCodeAt(i + 1);
          if (next === QUOTE) {
            keep(s, segment, i);
            escaping = true;
            continue;
          }
          // A NUL byte after the quote ends the field too: csv-parse tested `!nextChr`.
          if (Number.isNaN(next) || next === 0 || next === COMMA || trimmable(next)) {
            keep(s, segment, i);
            quoting = false;
            wasQuoting = true;
            continue;
          }
          fail(
            `Invalid Closing Quote: got "${byteAt(s, i + 1)}" at line ${line} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
          );
        } else if (fieldNonEmpty) {
          const sofar = segment >= 0 ? field + s.slice(segment, i) : field;
          const bom = sofar === '\ufeff' ? ` (${encoding} bom)` : '';
          fail(
            `Invalid Opening Quote: a quote is found on field ${columnName()} at line ${line}, value is ${JSON.stringify(sofar)}${bom}`,
          );
        } else {
          quoting = true;
          continue;
        }
      } else if (!quoting) {
        const length = delimiterLength(s, i, c);
        if (length > 0) {
          if (wasQuoting || fieldCount > 0 || fieldNonEmpty) {
            endField(s, i);
            endRecord();
          }
          i += length - 1;
          continue;
        }
        if (c === COMMA) {
          endField(s, i);
          continue;
        }
      }
      // Append the character to the field, or trim it (leading spaces; anything after a closing quote).
      if (wasQuoting) {
        keep(s, segment, i);
        // Where csv-parse dropped the rest of its chunk: reported once, and the record is skipped.
        if (!trimmable(c) && !recordHasError)
          fail(`Invalid Closing Quote: found non trimable byte after quote at line ${line}`);
      } else if (quoting || fieldNonEmpty || !trimmable(c)) {
        if (segment < 0) segment = i;
        fieldNonEmpty = true;
        // Nothing is decided until the next quote, line break or (outside quotes) comma: skip ahead.
        while (i + 1 < stop) {
          const d = s.charCodeAt(i + 1);
          if (d === QUOTE || d === LF || d === CR || (d === COMMA && !quoting)) break;
          i += 1;
          if (pendingBreak) {
            line += 1;
            pendingBreak = false;
          }
        }
      }
    }
    keep(s, segment, i);
    return i;
  }

  function finish(): void {
    if (quoting) {
      fail(`Quote Not Closed: the parsing is finished with an opening quote at line ${line}`);
      // csv-parse drops the unfinished record after reporting it.
      return;
    }
    if (wasQuoting || fieldCount > 0 || fieldNonEmpty) {
      endField('', 0);
      endRecord();
    }
  }

  function feed(text: string, final: boolean): void {
    const s = carry === '' ? text : carry + text;
    const at = scan(s, final);
    carry = at < s.length ? s.slice(at) : '';
  }

  /** Decides the encoding from a BOM once three bytes are in (or the input ends). */
  function start(chunk: Buffer, final: boolean): Buffer | null {
    const bytes = head ? Buffer.concat([head, chunk]) : chunk;
    if (bytes.length < 3 && !final) {
      head = bytes;
      return null;
    }
    head = null;
    let skip = 0;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
    else if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      skip = 2;
      encoding = 'utf16le';
    }
    decoder = new StringDecoder(encoding);
    return bytes.subarray(skip);
  }

  return {
    write(chunk: Buffer) {
      const bytes = decoder ? chunk : start(chunk, false);
      if (bytes && decoder) feed(decoder.write(bytes), false);
    },
    end() {
      const rest = decoder ? Buffer.alloc(0) : (start(Buffer.alloc(0), true) as Buffer);
      feed((decoder as StringDecoder).write(rest) + (decoder as StringDecoder).end(), true);
      finish();
    },
  };
}
