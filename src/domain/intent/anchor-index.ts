import type { Requirement } from './grammar';

/** Patterns (rules, traps, signals) looked up by the words a message holds. */

/**
 * Patterns indexed by their anchor words: a pattern can only match a message that contains one
 * of its anchors, so a message is tried against the few patterns its own words point to (in
 * their lexicon order) instead of all ~2,400. Patterns without anchors are always tried.
 * `required` (grammar.ts `patternRequirements`) lists what each element of the pattern needs,
 * a word or a word starting with a prefix: a pattern is tried only when the message meets
 * all of them.
 */
export function anchorIndex<
  T extends {
    anchors: ReadonlySet<string> | null;
    required?: readonly Requirement[];
  },
>(patterns: readonly T[]) {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((pattern, i) => {
    if (!pattern.anchors) always.push(i);
    for (const word of pattern.anchors ?? []) push(byWord, word, i);
  });
  // Each requirement gets a number, each word the numbers of the requirements naming it, and
  // each prefix (filed by its first code unit) its own: a lookup marks the requirements the
  // message's words meet once, and a pattern's check is a few array reads (speed).
  // Prefixes of two code units or more are filed by their first two (a word is compared only
  // with the few that start like it, not every prefix sharing its first letter: speed).
  const holders = new Map<string, number[]>();
  const prefixes = new Map<number, { prefix: string; n: number }[]>();
  let count = 0;
  const others = patterns.map((p) =>
    (p.required ?? []).map((r) => {
      const n = count++;
      for (const word of r.words) push(holders, word, n);
      for (const prefix of r.prefixes) {
        const list = prefixes.get(prefixKey(prefix));
        if (list) list.push({ prefix, n });
        else prefixes.set(prefixKey(prefix), [{ prefix, n }]);
      }
      return n;
    }),
  );
  // `seen[i]` and `met[n]` hold the number of the lookup that last took pattern i or met
  // requirement n: no clearing, no set of duplicates per message. Lookups run one at a time
  // and call nothing back, so one pair of arrays serves them all.
  const seen = new Uint32Array(patterns.length);
  const met = new Uint32Array(count);
  // One map for both of a word's lists (the requirements it meets, the patterns it anchors), and
  // bits of the keys `prefixes` holds: a word is looked up once, a prefix list only when its bit
  // is set (speed).
  const entries = new Map<string, { held: readonly number[]; anchored: readonly number[] }>();
  for (const word of new Set([...holders.keys(), ...byWord.keys()]))
    entries.set(word, { held: holders.get(word) ?? [], anchored: byWord.get(word) ?? [] });
  const prefixBits = new Uint32Array(PREFIX_BITS / 32);
  for (const key of prefixes.keys()) setBit(prefixBits, key);
  let lookup = 0;
  /** The patterns that may match a message with these words, in their original order. */
  return (words: ReadonlySet<string>): T[] => {
    if (++lookup === 0xffffffff) {
      seen.fill(0);
      met.fill(0);
      lookup = 1;
    }
    const anchoring: (readonly number[])[] = [];
    for (const word of words) {
      const entry = entries.get(word);
      if (entry) {
        for (const n of entry.held) met[n] = lookup;
        if (entry.anchored.length > 0) anchoring.push(entry.anchored);
      }
      if (word.length === 0) continue;
      const first = word.charCodeAt(0);
      if (hasBit(prefixBits, first)) {
        const short = prefixes.get(first);
        if (short) for (const p of short) if (word.startsWith(p.prefix)) met[p.n] = lookup;
      }
      if (word.length < 2) continue;
      const key = prefixKey(word);
      if (hasBit(prefixBits, key)) {
        const long = prefixes.get(key);
        if (long) for (const p of long) if (word.startsWith(p.prefix)) met[p.n] = lookup;
      }
    }
    // A pattern is taken once, when all its requirements are met; the order it is met in does
    // not matter (sorted below).
    const picked: number[] = [];
    for (const list of [always, ...anchoring]) {
      for (const i of list) {
        if (seen[i] === lookup) continue;
        seen[i] = lookup;
        if (allMet(others[i], met, lookup)) picked.push(i);
      }
    }
    picked.sort((a, b) => a - b);
    return picked.map((i) => patterns[i] as T);
  };
}

/** Whether every requirement numbered in `needs` was met by this lookup. */
function allMet(needs: readonly number[] | undefined, met: Uint32Array, lookup: number): boolean {
  if (needs) for (const n of needs) if (met[n] !== lookup) return false;
  return true;
}

const PREFIX_BITS = 8192;

function setBit(bits: Uint32Array, key: number): void {
  const c = key % PREFIX_BITS;
  bits[c >>> 5] = (bits[c >>> 5] ?? 0) | (1 << (c & 31));
}

function hasBit(bits: Uint32Array, key: number): boolean {
  const c = key % PREFIX_BITS;
  return ((bits[c >>> 5] ?? 0) & (1 << (c & 31))) !== 0;
}

/**
 * The key a prefix is filed under: its first code unit when it has one only, else its first
 * two (above 0xffff, apart from every single code unit). A word looks up both of its own.
 */
function prefixKey(s: string): number {
  return s.length < 2 ? s.charCodeAt(0) : 0x10000 + s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);
}

function push<K>(map: Map<K, number[]>, key: K, n: number): void {
  const list = map.get(key);
  if (list) list.push(n);
  else map.set(key, [n]);
}
