/**
 * 0..n-1 in a seeded random order (Fisher-Yates with a linear congruential generator): a
 * recipient list comes in its CSV's order, unrelated to the phone numbers, and the same seed
 * gives every benchmark (and every run) the same order.
 */
export function shuffled(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = Math.floor((state / 2 ** 32) * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

/** The seed of the suppression and audience benchmarks' recipient order. */
export const LIST_ORDER_SEED = 20260115;
