/**
 * Reading a message (or one sentence of it) as a sequence of known phrases: keywords,
 * polite filler, "all", marketing objects, connectors, tenant categories. A message that
 * is entirely covered is a "bare" keyword message (Twilio-style), which is acted on at once.
 */
import {
  DICTIONARY,
  PHRASE_LENGTHS,
  NON_KEYWORD_ROLES,
  type PhraseRole,
  type WordRole,
} from './compiled';
import type { Lang } from './types';

export interface TenantPhrases {
  categories: { id: string; phrases: string[][] }[];
  optOut: string[][];
  optIn: string[][];
}

export interface CoveredPhrase {
  text: string;
  start: number;
  end: number;
  roles: PhraseRole[];
  /** Tenant category ids this phrase names. */
  categoryIds: string[];
  /** Set when the phrase is a tenant keyword (no language of its own). */
  tenant: 'stop' | 'start' | null;
}

/** Plural-tolerant comparison for category names ("offer" ~ "offers"). */
function stem(w: string): string {
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

export function sameWord(a: string, b: string): boolean {
  return a === b || stem(a) === stem(b);
}

function phraseAt(words: readonly string[], i: number, phrase: readonly string[], loose: boolean) {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const w = words[i + k];
    const p = phrase[k] ?? '';
    if (loose ? !sameWord(w ?? '', p) : w !== p) return false;
  }
  return true;
}

/** Whether one of `phrases`, `len` words long, is said at word `i` (a plain loop: speed). */
function anyPhraseAt(
  words: readonly string[],
  i: number,
  len: number,
  phrases: readonly (readonly string[])[],
  loose: boolean,
): boolean {
  for (const p of phrases) if (p.length === len && phraseAt(words, i, p, loose)) return true;
  return false;
}

function lookup(
  words: readonly string[],
  i: number,
  len: number,
  tenant: TenantPhrases,
): CoveredPhrase | null {
  // Most lookups find nothing (coverWords tries every length): no copy before a hit.
  const text = len === 1 ? (words[i] ?? '') : words.slice(i, i + len).join(' ');
  const known = DICTIONARY.get(text);
  const categoryIds: string[] = [];
  for (const c of tenant.categories)
    if (anyPhraseAt(words, i, len, c.phrases, true)) categoryIds.push(c.id);
  const isOut = anyPhraseAt(words, i, len, tenant.optOut, false);
  const isIn = anyPhraseAt(words, i, len, tenant.optIn, false);
  const roles = known ? [...known] : [];
  if (roles.length === 0 && categoryIds.length === 0 && !isOut && !isIn) {
    if (len === 1 && /^\d+$/.test(text)) roles.push({ role: 'connector', lang: 'en' });
    else return null;
  }
  return {
    text,
    start: i,
    end: i + len,
    roles,
    categoryIds,
    tenant: isOut ? 'stop' : isIn ? 'start' : null,
  };
}

/** Strong single-word keywords by length: a word is compared only with those one letter apart. */
const STRONG_BY_LENGTH: ReadonlyMap<number, readonly string[]> = (() => {
  const byLength = new Map<number, string[]>();
  for (const [k, roles] of DICTIONARY) {
    if (k.includes(' ') || k.length < 4 || !roles.some((r) => r.role === 'stop')) continue;
    byLength.set(k.length, [...(byLength.get(k.length) ?? []), k]);
  }
  return byLength;
})();

/** `a.slice(from) === b.slice(bFrom)`, compared in place (no copies: speed). */
function sameRest(a: string, from: number, b: string, bFrom: number): boolean {
  const x = Math.min(from, a.length);
  const y = Math.min(bFrom, b.length);
  if (a.length - x !== b.length - y) return false;
  for (let k = 0; x + k < a.length; k++)
    if (a.charCodeAt(x + k) !== b.charCodeAt(y + k)) return false;
  return true;
}

/**
 * Damerau-Levenshtein distance, capped: NOT_ONE_EDIT for none or more than one edit, else
 * ONE_EDIT, or ONE_SWAP when the edit swaps two neighbouring letters.
 */
const NOT_ONE_EDIT = 0;
const ONE_EDIT = 1;
const ONE_SWAP = 2;
function withinOneEdit(a: string, b: string): number {
  if (a === b) return NOT_ONE_EDIT;
  if (Math.abs(a.length - b.length) > 1) return NOT_ONE_EDIT;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && sameRest(a, i + 2, b, i + 2)) return ONE_SWAP;
    return sameRest(a, i + 1, b, i + 1) ? ONE_EDIT : NOT_ONE_EDIT;
  }
  const longer = a.length > b.length;
  return sameRest(a, longer ? i + 1 : i, b, longer ? i : i + 1) ? ONE_EDIT : NOT_ONE_EDIT;
}

/** A misspelt strong keyword ("stpo", "unsubscibe"), read as the keyword. */
function fuzzyKeyword(word: string): string | null {
  if (word.length < 4 || /\d/.test(word)) return null;
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    for (const kw of STRONG_BY_LENGTH.get(length) ?? []) {
      // A shorter keyword counts only swapped, and a swap keeps the length.
      if (kw.length < 7 && kw.length !== word.length) continue;
      const edit = withinOneEdit(word, kw);
      if (edit === ONE_SWAP || (edit === ONE_EDIT && kw.length >= 7)) return kw;
    }
  }
  return null;
}

function hasKeyword(p: CoveredPhrase | null): boolean {
  return !!p && (p.tenant !== null || p.roles.some((r) => !NON_KEYWORD_ROLES.has(r.role)));
}

/** A run-together word ("stopit", "pleasestop") split into two known phrases. */
function splitCompound(
  words: readonly string[],
  i: number,
  tenant: TenantPhrases,
): CoveredPhrase[] | null {
  const word = words[i] ?? '';
  for (let k = 2; k <= word.length - 2; k++) {
    // The second part looked up only when the first is known (most are not: speed).
    const head = lookup([word.slice(0, k)], 0, 1, tenant);
    if (!head) continue;
    const tail = lookup([word.slice(k)], 0, 1, tenant);
    if (tail && (hasKeyword(head) || hasKeyword(tail))) {
      return [head, tail].map((f) => ({ ...f, start: i, end: i + 1, text: word }));
    }
  }
  return null;
}

/**
 * The lengths of the tenant's phrases, 1 first. Read for every sentence of every message:
 * kept per TenantPhrases object (one per message, never changed once built: classify.ts).
 */
const TENANT_LENGTHS = new WeakMap<TenantPhrases, readonly number[]>();

function tenantLengths(tenant: TenantPhrases): readonly number[] {
  let lengths = TENANT_LENGTHS.get(tenant);
  if (!lengths) {
    const phrases = [
      ...tenant.optOut,
      ...tenant.optIn,
      ...tenant.categories.flatMap((c) => c.phrases),
    ];
    lengths = [...new Set([1, ...phrases.map((p) => p.length)])];
    TENANT_LENGTHS.set(tenant, lengths);
  }
  return lengths;
}

/** The longest of two lists of phrase lengths. */
function longest(a: readonly number[], b: readonly number[]): number {
  let max = 0;
  for (const n of a) if (n > max) max = n;
  for (const n of b) if (n > max) max = n;
  return max;
}

/**
 * Cover every word with known phrases, longest first; null when a word is unknown.
 * `words` excludes boundary markers.
 */
export function coverWords(
  words: readonly string[],
  tenant: TenantPhrases,
): CoveredPhrase[] | null {
  const covered: CoveredPhrase[] = [];
  const tenantLens = tenantLengths(tenant);
  let i = 0;
  while (i < words.length) {
    let found: CoveredPhrase | null = null;
    // The phrase lengths known for this word and the tenant's, longest first, counted down
    // instead of merged, filtered and sorted for every word (speed).
    const known = PHRASE_LENGTHS.get(words[i] ?? '') ?? [];
    for (let len = Math.min(words.length - i, longest(known, tenantLens)); len >= 1; len--) {
      if (!known.includes(len) && !tenantLens.includes(len)) continue;
      found = lookup(words, i, len, tenant);
      if (found) break;
    }
    if (found) {
      covered.push(found);
      i = found.end;
      continue;
    }
    const parts = splitCompound(words, i, tenant);
    const fuzzy = parts ? null : fuzzyKeyword(words[i] ?? '');
    if (parts) covered.push(...parts);
    else if (fuzzy)
      covered.push({ ...(lookup([fuzzy], 0, 1, tenant) as CoveredPhrase), start: i, end: i + 1 });
    else return null;
    i++;
  }
  return covered;
}

export function rolesOf(p: CoveredPhrase, role: WordRole): Lang[] {
  return p.roles.filter((r) => r.role === role).map((r) => r.lang);
}
