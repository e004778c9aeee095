/** Patterns (rules, traps, signals) looked up by the words a message holds. */

/**
 * Patterns indexed by their anchor words: a pattern can only match a message that contains one
 * of its anchors, so a message is tried against the few patterns its own words point to (in
 * their lexicon order) instead of all ~1,000. Patterns without anchors are always tried.
 * `required` (grammar.ts `patternAnchorSets`) lists every word set a match draws from, the
 * anchors among them: a pattern is tried only when the message meets each of them.
 */
export function anchorIndex<
  T extends {
    anchors: ReadonlySet<string> | null;
    required?: readonly ReadonlySet<string>[];
  },
>(patterns: readonly T[]) {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((pattern, i) => {
    if (!pattern.anchors) always.push(i);
    for (const word of pattern.anchors ?? []) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  // Each set to check besides the anchors (which found the pattern) gets a number, and each
  // word the numbers of the sets holding it: a lookup marks the sets the message's words meet
  // once, and a pattern's check is a few array reads instead of set intersections (speed).
  const numbers = new Map<ReadonlySet<string>, number>();
  const holders = new Map<string, number[]>();
  const others = patterns.map((p) =>
    (p.required ?? [])
      .filter((set) => set !== p.anchors)
      .map((set) => {
        let n = numbers.get(set);
        if (n === undefined) {
          n = numbers.size;
          numbers.set(set, n);
          for (const word of set) {
            const list = holders.get(word);
            if (list) list.push(n);
            else holders.set(word, [n]);
          }
        }
        return n;
      }),
  );
  // `seen[i]` and `met[n]` hold the number of the lookup that last took pattern i or met set
  // n: no clearing, no set of duplicates per message. Lookups run one at a time and call
  // nothing back, so one pair of arrays serves them all.
  const seen = new Uint32Array(patterns.length);
  const met = new Uint32Array(numbers.size);
  let lookup = 0;
  /** The patterns that may match a message with these words, in their original order. */
  return (words: ReadonlySet<string>): T[] => {
    if (++lookup === 0xffffffff) {
      seen.fill(0);
      met.fill(0);
      lookup = 1;
    }
    for (const word of words) for (const n of holders.get(word) ?? []) met[n] = lookup;
    const picked: number[] = [];
    const take = (i: number): void => {
      if (seen[i] === lookup) return;
      seen[i] = lookup;
      if ((others[i] ?? []).every((n) => met[n] === lookup)) picked.push(i);
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
