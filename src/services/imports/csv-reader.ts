/**
 * The CSV dialect every import reads, incrementally: header row, a UTF-8 (or UTF-16LE) BOM
 * skipped, spaces around fields trimmed, empty lines skipped, strict column counts, and a record
 * that cannot be read reported by line while the rest still import.
 *
 * On well-formed input it reads as csv-parse did with those options (bom, trim, skip_empty_lines,
 * skip_records_with_error): same records, same lines (where a record ends; a CRLF inside quotes
 * counts two, as there); test/unit/services/csv-reader.test.ts compares the two on generated
 * files. csv-parse cost a third of a million-row import, and the upload only needs to count
 * records, which this does without building them.
 *
 * Malformed input is where it differs on purpose, because csv-parse lost rows there: one bad quote
 * could swallow every row after it. Here a malformed row costs that row and nothing else, reported
 * once, at its line:
 * - a row with a stray quote (text after a closing quote, a quote inside an unquoted field) is
 *   reported and reading resumes at the next line break;
 * - a quote that does not close on its own line, in a row that then goes wrong (the quote never
 *   closes, or closes into text, or the row gets the wrong number of fields), is read as a stray
 *   quote on that line: the row is reported at that line and the text after the line break is read
 *   again as the next rows. A legal quoted line break (RFC 4180) in a row that is otherwise
 *   well-formed is kept;
 * - a field longer than MAX_FIELD_CHARS is an error for its row and is never held whole.
 * So what the reader holds is bounded whatever the input (see CSV_READER_BUFFER_BOUND).
 */
import { StringDecoder } from 'node:string_decoder';

export interface CsvHandlers {
  /**
   * The first record: its first MAX_HEADER_COLUMNS fields, and how many it had. Returns the column
   * names for error messages (the header as mapped).
   */
  header(fields: string[], count: number): readonly string[];
  /** A data record and the line where it ends; `fields` is null when reading with `fields: false`. */
  record(fields: string[] | null, line: number): void;
  /**
   * A record that cannot be read: one call per data row, at its line (per problem in the header),
   * with the fields read before the problem (none when reading with `fields: false`).
   */
  unreadable(message: string, line: number, fields: readonly string[]): void;
}

export interface CsvReader {
  write(chunk: Buffer): void;
  end(): void;
  /** The most characters held between writes (kept fields, a partial record, lookahead). */
  peakBufferedChars(): number;
}

/** Longer than any contact, template parameter (Meta's limit is 1,024) or remark. */
export const MAX_FIELD_CHARS = 1024;
/** The header's fields kept; an import has a handful of columns, a recipient list a few dozen. */
export const MAX_HEADER_COLUMNS = 256;

/** The raw text of a record with a quoted line break kept for reading again: all its fields, quoted. */
const maxRawChars = (columns: number) => (columns + 1) * (2 * MAX_FIELD_CHARS + 4);

/**
 * What the reader holds between two writes, in characters, for a file of `columns` columns (the
 * chunk being written is the caller's): the lookahead, the record's kept fields and the current
 * one (each at most MAX_FIELD_CHARS), and a record with a quoted line break's raw text.
 */
export const CSV_READER_BUFFER_BOUND = (columns: number) =>
  LOOKAHEAD + (columns + 1) * MAX_FIELD_CHARS + maxRawChars(columns);

const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
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

/** How much of the first line is looked at for the separator. */
const MAX_HEADER_SCAN = 64 * 1024;

/**
 * The field separator of a file, from its header line: the most frequent of comma, semicolon and
 * TAB outside quotes. Excel saves "CSV" with semicolons wherever the decimal mark is a comma
 * (es, de, fr, pt, it, ...) and "Text (Tab delimited)" with TABs; a header names the columns, so
 * none of these appears inside a name. A one-column header (no separator at all) reads as comma.
 * Ties go to the comma (RFC 4180).
 */
export function detectSeparator(text: string): number {
  let quoted = false;
  const counts = new Map<number, number>([
    [COMMA, 0],
    [SEMICOLON, 0],
    [TAB, 0],
  ]);
  for (let i = 0; i < text.length && i < MAX_HEADER_SCAN; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best = COMMA;
  for (const [c, n] of counts) if (n > (counts.get(best) as number)) best = c;
  return best;
}

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
  // The field separator, decided from the header line (see detectSeparator); -1 until then.
  let sep = -1;
  let pending = '';
  let line = 1;
  let pendingBreak = false;
  let quoting = false;
  let wasQuoting = false;
  let escaping = false;
  // The current field: text from earlier segments, and the start of the segment being read.
  let field = '';
  let fieldLength = 0;
  let segment = -1;
  let fieldNonEmpty = false;
  let record: string[] = [];
  let recordChars = 0;
  let fieldCount = 0;
  let recordHasError = false;
  let columns: readonly string[] | null = null;
  let collect = true;
  // After an error: the rest of the row is ignored up to the next line break.
  let skipping = false;
  // A record whose quoted text crossed a line break: that line, and the raw text from the break
  // (earlier segments in `raw`, this one from `rawFrom` of the text being scanned).
  let breakLine = 0;
  let raw: string | null = null;
  let rawFrom = 0;
  // The text being scanned, and what to scan instead once an error asks to read a break again.
  let text = '';
  let replay: string | null = null;
  let peak = 0;

  function resetRecord(): void {
    record = [];
    recordChars = 0;
    fieldCount = 0;
    recordHasError = false;
    field = '';
    fieldLength = 0;
    segment = -1;
    fieldNonEmpty = false;
    quoting = false;
    wasQuoting = false;
    escaping = false;
    skipping = false;
    raw = null;
  }

  /**
   * The row cannot be read: reported once. In a row whose quote crossed a line break, that quote
   * is taken for a stray one (reported at its line) and the text after it is read again;
   * otherwise the rest of the line is skipped.
   */
  function fail(message: string, atEnd = false): void {
    const sofar = field === '' ? [...record] : [...record, field];
    if (columns === null) {
      // The header is read whole, as csv-parse did: a header with a problem fails the import anyway.
      recordHasError = true;
      handlers.unreadable(message, line, sofar);
      return;
    }
    if (recordHasError) return;
    recordHasError = true;
    if (raw !== null) {
      // The row is what its line holds: the stray quote's text ends at the line break.
      for (let k = 0; k < sofar.length; k++)
        sofar[k] = (sofar[k] as string).split(/[\r\n]/)[0] ?? '';
      handlers.unreadable(
        `${message} (the quote opened on line ${breakLine} does not close on that line: it is read as a stray quote, and the next line as the next row)`,
        breakLine,
        sofar,
      );
      replay = raw + text.slice(rawFrom);
      resetRecord();
      line = breakLine;
      pendingBreak = false;
      return;
    }
    handlers.unreadable(message, line, sofar);
    if (!atEnd) {
      skipping = true;
      quoting = false;
    }
  }

  /** Adds s[from, to) to the field (counting, fields are not kept: only their number matters). */
  function keep(s: string, from: number, to: number): void {
    if (from >= 0 && to > from) {
      const room = MAX_FIELD_CHARS - fieldLength;
      if (collect && room > 0) field += s.slice(from, Math.min(to, from + room));
      fieldLength += to - from;
    }
    segment = -1;
  }

  function tooLong(): string {
    return `field ${columnName()} on line ${line} is longer than ${MAX_FIELD_CHARS} characters: no contact, parameter or remark is (is a quote missing?)`;
  }

  function endField(s: string, at: number): void {
    keep(s, segment, at);
    if (fieldLength > MAX_FIELD_CHARS && !recordHasError) fail(tooLong(), true);
    const max = columns === null ? MAX_HEADER_COLUMNS : columns.length;
    if (collect && record.length < max) {
      record.push(wasQuoting ? field : field.trimEnd());
      recordChars += field.length;
    }
    fieldCount += 1;
    field = '';
    fieldLength = 0;
    fieldNonEmpty = false;
    wasQuoting = false;
  }

  function endRecord(): void {
    if (replay !== null) return;
    if (columns === null) {
      columns = handlers.header(record, fieldCount);
      collect = opts.fields;
    } else {
      if (fieldCount !== columns.length) {
        fail(
          `Invalid Record Length: columns length is ${columns.length}, got ${fieldCount} on line ${line}`,
          true,
        );
        if (replay !== null) return;
      }
      if (!recordHasError) handlers.record(collect ? record : null, line);
    }
    resetRecord();
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

  /**
   * Reads `s` up to where a decision needs more input (everything when `final`); returns that
   * index, or stops early when an error asks for text to be read again (`replay`).
   */
  function scan(s: string, final: boolean): number {
    text = s;
    rawFrom = 0;
    const n = s.length;
    const stop = final ? n : n - LOOKAHEAD;
    let i = 0;
    for (; i < stop; i++) {
      if (replay !== null) return i;
      if (pendingBreak) {
        line += 1;
        pendingBreak = false;
      }
      const c = s.charCodeAt(i);
      if (!quoting && delimiter === UNKNOWN) {
        if (c === LF) delimiter = LF_ONLY;
        else if (c === CR) delimiter = s.charCodeAt(i + 1) === LF ? CRLF : CR_ONLY;
      }
      if (c === CR || c === LF) {
        pendingBreak = true;
        if (quoting && raw === null && columns !== null && !skipping) {
          raw = '';
          rawFrom = i;
          breakLine = line;
        }
      }
      if (skipping) {
        const length = c === CR || c === LF ? delimiterLength(s, i, c) : 0;
        if (length > 0) {
          if (columns === null) endRecord();
          else resetRecord();
          i += length - 1;
        }
        continue;
      }
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
          if (Number.isNaN(next) || next === 0 || next === sep || trimmable(next)) {
            keep(s, segment, i);
            quoting = false;
            wasQuoting = true;
            continue;
          }
          keep(s, segment, i);
          fail(
            `Invalid Closing Quote: got "${byteAt(s, i + 1)}" at line ${line} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
          );
          if (skipping || replay !== null) continue;
        } else if (fieldNonEmpty) {
          keep(s, segment, i);
          const sofar = field.slice(0, 100);
          const bom = sofar === '\ufeff' ? ` (${encoding} bom)` : '';
          fail(
            `Invalid Opening Quote: a quote is found on field ${columnName()} at line ${line}, value is ${JSON.stringify(sofar)}${bom}`,
          );
          if (skipping || replay !== null) continue;
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
            if (replay !== null) return i;
          }
          i += length - 1;
          continue;
        }
        if (c === sep) {
          endField(s, i);
          continue;
        }
      }
      // Append the character to the field, or trim it (leading spaces; anything after a closing quote).
      if (wasQuoting) {
        keep(s, segment, i);
        if (!trimmable(c) && !recordHasError) {
          fail(`Invalid Closing Quote: found non trimable byte after quote at line ${line}`);
        }
      } else if (quoting || fieldNonEmpty || !trimmable(c)) {
        if (segment < 0) segment = i;
        fieldNonEmpty = true;
        // Nothing is decided until the next quote, line break or (outside quotes) comma: skip ahead.
        while (i + 1 < stop) {
          const d = s.charCodeAt(i + 1);
          if (d === QUOTE || d === LF || d === CR || (d === sep && !quoting)) break;
          i += 1;
          if (pendingBreak) {
            line += 1;
            pendingBreak = false;
          }
        }
        if (fieldLength + (i + 1 - segment) > MAX_FIELD_CHARS && !recordHasError) {
          keep(s, segment, i + 1);
          fail(tooLong());
        }
      }
    }
    keep(s, segment, i);
    if (replay === null && raw !== null) {
      raw += s.slice(rawFrom, i);
      rawFrom = i;
      if (raw.length > maxRawChars(columns?.length ?? 0)) fail(tooLong());
    }
    return i;
  }
  function finish(): void {
    for (;;) {
      if (quoting && !skipping) {
        fail(
          `Quote Not Closed: the parsing is finished with an opening quote at line ${line}`,
          true,
        );
      } else if (!skipping && (wasQuoting || fieldCount > 0 || fieldNonEmpty)) {
        endField('', 0);
        endRecord();
      }
      if (replay === null) return;
      consume('', true);
    }
  }

  /** Scans carry + text, and whatever an error asks to read again; keeps what needs more input. */
  function consume(more: string, final: boolean): void {
    let s = carry === '' ? more : carry + more;
    for (;;) {
      if (replay !== null) {
        s = replay;
        replay = null;
      }
      const at = scan(s, final);
      if (replay !== null) continue;
      carry = at < s.length ? s.slice(at) : '';
      break;
    }
    const held = carry.length + recordChars + field.length + (raw?.length ?? 0);
    if (held > peak) peak = held;
  }

  /**
   * The separator is decided once the header line is in (or the input ends, or the line is
   * implausibly long): until then the text is held.
   */
  function feed(more: string, final: boolean): void {
    if (sep < 0) {
      pending += more;
      if (!final && !/[\r\n]/.test(pending) && pending.length < MAX_HEADER_SCAN) return;
      sep = detectSeparator(pending);
      more = pending;
      pending = '';
    }
    consume(more, final);
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
    peakBufferedChars: () => peak,
  };
}
