/** Patterns (rules, traps, signals) looked up by the words a message holds. */

/**
 * Patterns indexed by their anchor words: a pattern can only match a message that contains one
 * of its anchors, so a message is tried against the few patterns its own words point to (in
 * their lexicon order) instead of all ~1,000. Patterns without anchors are always tried.
 */
export function anchorIndex<T extends { anchors: ReadonlySet<string> | null }>(
  patterns: readonly T[],
) {
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
      if (k > 0 && picked[k] === picked[k - 1]) continue;
      out.push(patterns[picked[k] as number] as T);
    }
    return out;
  };
}
