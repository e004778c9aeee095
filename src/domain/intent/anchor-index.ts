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
  // The sets to check besides the anchors (which found the pattern), per pattern.
  const others = patterns.map((p) => (p.required ?? []).filter((set) => set !== p.anchors));
  /** The patterns that may match a message with these words, in their original order. */
  return (words: ReadonlySet<string>): T[] => {
    const picked: number[] = [...always];
    for (const word of words) {
      const list = byWord.get(word);
      if (list) for (const i of list) picked.push(i);
    }
    picked.sort((a, b) => a - b);
    const out: T[] = [];
    for (let k = 0; k < picked.length; k++) {
      const i = picked[k] as number;
      if (k > 0 && i === picked[k - 1]) continue;
      if (!(others[i] ?? []).every((set) => meets(set, words))) continue;
      out.push(patterns[i] as T);
    }
    return out;
  };
}

/** Whether two sets share a word (walking the smaller one). */
function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) return true;
  return false;
}
