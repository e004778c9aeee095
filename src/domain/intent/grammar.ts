/**
 * A tiny token grammar for phrase rules, compiled to regular expressions that run over a
 * normalised message rendered as " word word | word " (one space between tokens, `|` for
 * clause boundaries, `#` for masked words). Writing rules as tokens keeps the lexicons
 * readable and guarantees every match starts and ends on word boundaries.
 *
 *   stop|quit            one of these words
 *   (do not|dont)        one of these sequences
 *   ?me  ?(to the)       optional word or group
 *   @obj                 any item of a word class (items are themselves grammar)
 *   ~2                   up to two other words (~12: letters of an unspaced script), never across a clause boundary
 *   unsubscri*           a word starting with "unsubscri"
 *   @eoc  @bos           end / start of a clause
 *   @brk                 a clause boundary, if there is one ("my friend gets your codes, me too")
 */
import { foldText, phraseTokens } from './normalize';

export type ClassLookup = (name: string) => string[] | undefined;

const ANY_WORD = '[^ |#]+';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Split on `sep` outside parentheses. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new Error(`Unbalanced ")" in rule pattern "${s}"`);
    if (ch === sep && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (depth !== 0) throw new Error(`Unbalanced "(" in rule pattern "${s}"`);
  parts.push(current);
  return parts;
}

function compileWord(word: string): string {
  if (/[()~@?]/.test(word)) throw new Error(`Malformed rule word "${word}" (write ?x or (a|b c))`);
  const prefix = word.endsWith('*');
  const base = prefix ? word.slice(0, -1) : word;
  const tokens = prefix ? foldText(base).split(/\s+/).filter(Boolean) : phraseTokens(base);
  if (tokens.length === 0) throw new Error(`Rule word "${word}" has no letters`);
  const body = tokens.map(escapeRegex).join(' ');
  return prefix ? `${body}${ANY_WORD.replace('+', '*')} ` : `${body} `;
}

function compileElement(el: string, classes: ClassLookup, depth: number): string {
  if (el.startsWith('?')) return `(?:${compileElement(el.slice(1), classes, depth)})?`;
  if (el === '@eoc') return '(?=\\| |$)';
  if (el === '@bos') return '(?<=^ |\\| )';
  if (el === '@brk') return '(?:\\| )?';
  const gap = /^~(\d{1,2})$/.exec(el);
  if (gap) return `(?:${ANY_WORD} ){0,${gap[1]}}`;
  if (el.startsWith('@')) {
    const items = classes(el.slice(1));
    if (!items || items.length === 0) throw new Error(`Unknown or empty word class "${el}"`);
    return `(?:${items.map((i) => compileSequence(i, classes, depth + 1)).join('|')})`;
  }
  if (el.startsWith('(') && el.endsWith(')')) {
    const alts = splitTop(el.slice(1, -1), '|');
    return `(?:${alts.map((a) => compileSequence(a, classes, depth + 1)).join('|')})`;
  }
  const alts = el.split('|');
  if (alts.length > 1) return `(?:${alts.map((a) => compileElement(a, classes, depth)).join('|')})`;
  return compileWord(el);
}

/** Compile a grammar sequence to a regex fragment (each word followed by one space). */
export function compileSequence(pattern: string, classes: ClassLookup, depth = 0): string {
  if (depth > 8) throw new Error(`Word classes nest too deeply in "${pattern}"`);
  const elements = splitTop(pattern.trim(), ' ').filter((e) => e.length > 0);
  if (elements.length === 0) throw new Error('Empty rule pattern');
  return elements.map((el) => compileElement(el, classes, depth)).join('');
}

/** Compile a rule pattern to a global regex over the rendered token text. */
export function compilePattern(pattern: string, classes: ClassLookup): RegExp {
  return new RegExp(`(?<= )${compileSequence(pattern, classes)}`, 'gu');
}

/** Render tokens for rule matching: " a b | c " (boundaries of both kinds as `|`). */
export function renderTokens(tokens: readonly string[]): string {
  return ` ${tokens.map((t) => (t === '||' ? '|' : t)).join(' ')} `;
}

export interface TokenSpan {
  start: number;
  /** Exclusive. */
  end: number;
}

const SPACE = 32;

/** How many spaces `text` holds in [from, to). */
function spacesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === SPACE) n++;
  return n;
}

/**
 * Every match of `re` in the rendered text, as token index spans (overlaps included).
 * Tokens hold no spaces, so a match at offset `p` starts at token (spaces before p) − 1 and
 * covers as many tokens as it holds spaces. Matches come in increasing offsets, so the
 * spaces before each one are counted on from the previous one instead of slicing and
 * splitting the text again for each match (the classifier's hottest loop: speed).
 */
export function findSpans(re: RegExp, rendered: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let scanned = 0;
  let spacesBefore = 0;
  re.lastIndex = 0;
  for (let m = re.exec(rendered); m !== null; m = re.exec(rendered)) {
    spacesBefore += spacesIn(rendered, scanned, m.index);
    scanned = m.index;
    const start = spacesBefore - 1;
    const count = spacesIn(rendered, m.index, m.index + m[0].length);
    if (count > 0) spans.push({ start, end: start + count });
    re.lastIndex = m.index + 1;
  }
  return spans;
}

/** Literal words a pattern mentions (for the vocabulary used by normalisation). */
export function patternWords(pattern: string): string[] {
  return pattern
    .replace(/@[\p{L}\w]+/gu, ' ')
    .replace(/[()|?~*]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w) && !/^(eoc|bos)$/.test(w))
    .flatMap((w) => phraseTokens(w));
}

/**
 * Words of which every match of the pattern contains at least one, or null when no such
 * set can be told (prefix words, all-optional patterns). Rules whose anchors are absent
 * from a message are skipped without running their regex.
 */
export function patternAnchors(
  pattern: string,
  classes: ClassLookup,
  depth = 0,
): Set<string> | null {
  return smallest(pattern, classes, false, depth)?.words ?? null;
}

/** What every match of a pattern element holds: one of `words`, or a word starting with a prefix. */
export interface Requirement {
  words: Set<string>;
  prefixes: string[];
}

const size = (r: Requirement): number => r.words.size + r.prefixes.length;

/**
 * One requirement per element every match goes through (a word, a group, a class: not an
 * optional element or a gap), in pattern order: a match meets EACH of them. The anchors are
 * the smallest without prefixes; a message that misses any other requirement is skipped as
 * well (anchor-index.ts): 42.5 regex runs per message became 5. With `prefixes` false, an
 * element with a prefix word ("unsub*") tells nothing (what `patternAnchors` reads).
 */
export function patternRequirements(
  pattern: string,
  classes: ClassLookup,
  prefixes = true,
  depth = 0,
): Requirement[] {
  if (depth > 8) return [];
  const out: Requirement[] = [];
  for (const el of splitTop(pattern.trim(), ' ').filter((e) => e.length > 0)) {
    const r = elementRequirement(el, classes, prefixes, depth);
    if (r) out.push(r);
  }
  return out;
}

/** The smallest requirement of a sequence, or null when it has none. */
function smallest(
  sequence: string,
  classes: ClassLookup,
  prefixes: boolean,
  depth: number,
): Requirement | null {
  let best: Requirement | null = null;
  for (const r of patternRequirements(sequence, classes, prefixes, depth)) {
    if (!best || size(r) < size(best)) best = r;
  }
  return best;
}

function unionOf(
  sequences: readonly string[],
  classes: ClassLookup,
  prefixes: boolean,
  depth: number,
): Requirement | null {
  const union: Requirement = { words: new Set(), prefixes: [] };
  for (const seq of sequences) {
    const r = smallest(seq, classes, prefixes, depth + 1);
    if (!r) return null;
    for (const w of r.words) union.words.add(w);
    union.prefixes.push(...r.prefixes);
  }
  return union;
}

function elementRequirement(
  el: string,
  classes: ClassLookup,
  prefixes: boolean,
  depth: number,
): Requirement | null {
  if (el.startsWith('?') || el.startsWith('~') || el === '@eoc' || el === '@bos' || el === '@brk')
    return null;
  if (el.startsWith('@')) return unionOf(classes(el.slice(1)) ?? [], classes, prefixes, depth);
  if (el.startsWith('(') && el.endsWith(')'))
    return unionOf(splitTop(el.slice(1, -1), '|'), classes, prefixes, depth);
  const out: Requirement = { words: new Set(), prefixes: [] };
  for (const alt of el.split('|')) {
    if (!alt.endsWith('*')) {
      out.words.add(phraseTokens(alt)[0] ?? '');
      continue;
    }
    // A prefix word matches one word starting with it (compileWord), unless folding split it
    // in pieces (a letter NFKC turns into a space): left unread then.
    const stem = foldText(alt.slice(0, -1)).split(/\s+/).filter(Boolean);
    if (!prefixes || stem.length !== 1) return null;
    out.prefixes.push(stem[0] ?? '');
  }
  return out;
}
