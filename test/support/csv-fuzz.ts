/**
 * Random CSV import files for the fuzz and property tests (issue 12): valid rows, some quoted
 * (commas, doubled quotes, line breaks, NULs, any script), mixed with corrupted rows of every
 * kind the reader must survive (stray quotes, quotes left open, wrong field counts, oversized
 * fields), blank lines, a BOM or not, LF or CRLF. Each file comes with what an import of it must
 * give: the valid rows with the line where each ends, and the line of every corrupted row.
 */
import { between } from '../reliability/support/random';

export interface FuzzFile {
  bytes: Buffer;
  /** Each valid row's fields as they must be read, and the line where it ends (header = 1). */
  valid: { line: number; fields: string[] }[];
  /** Each corrupted row's line and contact (never one of a valid row). */
  corrupt: { line: number; contact: string; kind: string }[];
}

export interface FuzzOptions {
  /** The header, three columns: contact first. */
  header: readonly [string, string, string];
  /** Values for the second column (never empty). */
  second: readonly string[];
  rows: number;
  /** Share of corrupted rows. */
  corruptRate: number;
  /** Whether the third column may hold quoted line breaks and tabs (not in template parameters). */
  multiline: boolean;
  /** Contacts are +55119 and 8 digits from here, one per row, never repeated. */
  firstNumber?: number;
}

const WORDS = ['Ana', 'José', 'Zoë', 'Ünal', 'Straße', '東京', 'Москва', 'عربى', 'καλή', '𝄞 clef'];

/** A third-column value: starts with a letter; commas, quotes, NULs, line breaks inside. */
function thirdValue(random: () => number, multiline: boolean): { raw: string; value: string } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const bits = [pick(WORDS)];
  for (let i = between(random, 0, 4); i > 0; i--) {
    const r = random();
    if (r < 0.3) bits.push(` ${pick(WORDS)}`);
    else if (r < 0.45) bits.push(', and');
    else if (r < 0.6) bits.push(' "quoted"');
    else if (r < 0.7) bits.push('\0');
    else if (r < 0.85 && multiline) bits.push('\nnext line');
    else bits.push('!');
  }
  const value = bits.join('');
  const needsQuotes = /[",\n]/.test(value) || random() < 0.2;
  return {
    raw: needsQuotes ? `"${value.replace(/"/g, '""')}"` : value,
    value,
  };
}

const lineBreaks = (text: string) => (text.match(/\n/g) ?? []).length;

export function fuzzCsv(random: () => number, opts: FuzzOptions): FuzzFile {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const eol = random() < 0.5 ? '\n' : '\r\n';
  let number = opts.firstNumber ?? 10_000_000;
  const nextContact = () => `+55119${String(number++).padStart(8, '0')}`;
  const parts: string[] = [];
  const valid: FuzzFile['valid'] = [];
  const corrupt: FuzzFile['corrupt'] = [];
  let line = 1;
  const bom = random() < 0.3 ? '\ufeff' : '';
  parts.push(bom + opts.header.join(','));
  for (let row = 0; row < opts.rows; row++) {
    parts.push(eol);
    line += 1;
    if (random() < 0.08) {
      // A blank line, or one of spaces and tabs: skipped, but counted.
      parts.push(pick(['', ' ', '\t ', '  ']) + eol);
      line += 1;
    }
    const contact = nextContact();
    const second = pick(opts.second);
    if (random() < opts.corruptRate) {
      const kind = pick([
        'text after a closing quote',
        'quote inside an unquoted field',
        'quote left open',
        'too few fields',
        'too many fields',
        'oversized field',
        'oversized quoted field',
      ]);
      const big = 'x'.repeat(between(random, 1025, 4000));
      const text: Record<string, string> = {
        'text after a closing quote': `"${contact}"x,${second},a`,
        'quote inside an unquoted field': `${contact},he said "stop" twice,a`,
        'quote left open': `${contact},"${second},a`,
        'too few fields': `${contact},${second}`,
        'too many fields': `${contact},${second},a,b`,
        'oversized field': `${contact},${second},${big}`,
        'oversized quoted field': `${contact},"${big}",a`,
      };
      parts.push(text[kind] as string);
      corrupt.push({ line, contact, kind });
      continue;
    }
    const third = thirdValue(random, opts.multiline);
    const quoteContact = random() < 0.2;
    const spaced = random() < 0.1 ? ' ' : '';
    parts.push(
      [
        quoteContact ? `"${contact}"` : `${spaced}${contact}${spaced}`,
        random() < 0.2 ? `"${second}"` : second,
        third.raw,
      ].join(','),
    );
    line += lineBreaks(third.raw);
    valid.push({ line, fields: [contact, second, third.value] });
  }
  if (random() < 0.5) parts.push(eol);
  return { bytes: Buffer.from(parts.join(''), 'utf8'), valid, corrupt };
}

/** The bytes cut at random places (inside CRLFs and multi-byte characters too). */
export function randomPieces(bytes: Buffer, random: () => number, max = 4096): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * max);
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}
