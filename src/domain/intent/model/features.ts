/**
 * Features of the learned intent model (model/README in linear.ts): hashed character
 * n-grams of the folded text, plus hashed words and word pairs. Character n-grams carry
 * what the lexicons cannot list: inflections, spellings, scripts without spaces, words of
 * languages no lexicon knows. Everything is hashed into `2^bits` buckets, so the model is a
 * fixed-size table and reading a message allocates only its code points.
 */
import { foldText } from '../normalize';

/** How a model reads text; stored with its weights so training and inference agree. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Shortest and longest character n-gram (spaces included: " st", "op "). */
  minN: number;
  maxN: number;
  /** Also hash whole words and pairs of neighbouring words. */
  words: boolean;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const KEEP = /[\p{L}\p{M}\p{N}]/u;
const SPACE = 32;
const CHAR_SEED = 0x811c9dc5;
const WORD_SEED = 0x2545f491;
const PAIR_SEED = 0x9e3779b9;
const FNV_PRIME = 16777619;

/** murmur3's finaliser: spreads FNV's weak low bits over the whole word before masking. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The text as the model reads it: folded (lower case, no accents, one script form, see
 * normalize.ts), letters, digits and emoji kept, everything else one space, a letter
 * repeated three or more times kept twice ("stoooop" → "stoop"), one space around it.
 * Returned as code points.
 */
export function modelCodePoints(text: string): number[] {
  const out: number[] = [SPACE];
  let last = SPACE;
  let run = 0;
  for (const ch of foldText(text)) {
    const cp = ch.codePointAt(0) ?? SPACE;
    const emoji = EMOJI.test(ch);
    const keep = emoji || KEEP.test(ch);
    if (!keep) {
      if (last !== SPACE) out.push(SPACE);
      last = SPACE;
      run = 0;
      continue;
    }
    if (emoji && last !== SPACE) out.push(SPACE);
    run = cp === last ? run + 1 : 1;
    if (run <= 2) out.push(cp);
    last = cp;
    if (emoji) {
      out.push(SPACE);
      last = SPACE;
      run = 0;
    }
  }
  if (last !== SPACE) out.push(SPACE);
  return out;
}

/**
 * Calls `visit` with the bucket of every feature of the text, in a fixed order, and
 * returns how many there were (a bucket may come more than once: it then counts more).
 */
export function forEachFeature(
  points: readonly number[],
  config: FeatureConfig,
  visit: (bucket: number) => void,
): number {
  const mask = (1 << config.bits) - 1;
  const n = points.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    let h = CHAR_SEED;
    let letters = 0;
    for (let k = 0; k < config.maxN && i + k < n; k++) {
      const cp = points[i + k] ?? SPACE;
      if (cp !== SPACE) letters++;
      h = Math.imul(h ^ cp, FNV_PRIME);
      if (k + 1 >= config.minN && letters > 0) {
        visit(mix(h) & mask);
        count++;
      }
    }
  }
  if (!config.words) return count;
  let word = WORD_SEED;
  let length = 0;
  let previous = 0;
  for (let i = 1; i < n; i++) {
    const cp = points[i] ?? SPACE;
    if (cp !== SPACE) {
      word = Math.imul(word ^ cp, FNV_PRIME);
      length++;
      continue;
    }
    if (length === 0) continue;
    const w = mix(word);
    visit(w & mask);
    count++;
    if (previous !== 0) {
      visit(mix(Math.imul(previous ^ PAIR_SEED, FNV_PRIME) ^ w) & mask);
      count++;
    }
    previous = w;
    word = WORD_SEED;
    length = 0;
  }
  return count;
}
