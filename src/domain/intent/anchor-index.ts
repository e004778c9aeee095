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
  let lookup = 0;
  /** The patterns that may match a message with these words, in their original order. */
  return (words: ReadonlySet<string>): T[] => {
    if (++lookup === 0xffffffff) {
      seen.fill(0);
      met.fill(0);
      lookup = 1;
    }
    for (const word of words) {
      const held = holders.get(word);
      if (held) for (const n of held) met[n] = lookup;
      if (word.length === 0) continue;
      const short = prefixes.get(word.charCodeAt(0));
      if (short) for (const p of short) if (word.startsWith(p.prefix)) met[p.n] = lookup;
      if (word.length < 2) continue;
      const long = prefixes.get(prefixKey(word));
      if (long) for (const p of long) if (word.startsWith(p.prefix)) met[p.n] = lookup;
    }
    const picked: number[] = [];
    const take = (i: number): void => {
      if (seen[i] === lookup) return;
      seen[i] = lookup;
      const needs = others[i];
      if (needs) for (const n of needs) if (met[n] !== lookup) return;
      picked.push(i);
    };
    for (const i of always) take(i);
    for (const word of words) {
      const list = byWord.get(word);
      if (list) for (const i of list) take(i);
    }
    picked.sort((a, b) => a - b);
    return picked.map((i) => patterns[i] as T);
  };
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
