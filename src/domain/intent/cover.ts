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
  return phrase.every((p, k) => (loose ? sameWord(words[i + k] ?? '', p) : words[i + k] === p));
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
  const categoryIds = tenant.categories
    .filter((c) => c.phrases.some((p) => p.length === len && phraseAt(words, i, p, true)))
    .map((c) => c.id);
  const isOut = tenant.optOut.some((p) => p.length === len && phraseAt(words, i, p, false));
  const isIn = tenant.optIn.some((p) => p.length === len && phraseAt(words, i, p, false));
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

/** Damerau-Levenshtein distance, capped: returns 2 for anything above 1. */
function withinOneEdit(a: string, b: string): { edits: number; swap: boolean } {
  if (a === b) return { edits: 0, swap: false };
  if (Math.abs(a.length - b.length) > 1) return { edits: 2, swap: false };
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number): boolean => a.slice(i + x) === b.slice(i + y);
  if (a.length === b.length) {
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2)) return { edits: 1, swap: true };
    return { edits: rest(1, 1) ? 1 : 2, swap: false };
  }
  return { edits: (a.length > b.length ? rest(1, 0) : rest(0, 1)) ? 1 : 2, swap: false };
}

/** A misspelt strong keyword ("stpo", "unsubscibe"), read as the keyword. */
function fuzzyKeyword(word: string): string | null {
  if (word.length < 4 || /\d/.test(word)) return null;
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    for (const kw of STRONG_BY_LENGTH.get(length) ?? []) {
      const { edits, swap } = withinOneEdit(word, kw);
      if (edits === 1 && (swap || kw.length >= 7)) return kw;
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
    const parts = [word.slice(0, k), word.slice(k)];
    const found = parts.map((p) => lookup([p], 0, 1, tenant));
    if (found[0] && found[1] && (hasKeyword(found[0]) || hasKeyword(found[1]))) {
      return found.map((f) => ({ ...(f as CoveredPhrase), start: i, end: i + 1, text: word }));
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
    const lens = [...new Set([...(PHRASE_LENGTHS.get(words[i] ?? '') ?? []), ...tenantLens])]
      .filter((len) => len <= words.length - i)
      .sort((a, b) => b - a);
    for (const len of lens) {
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
