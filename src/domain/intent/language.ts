/**
 * The language to answer in. The lexicon that decided comes first (a Portuguese phrase
 * means Portuguese), but international words ("STOP", "unsubscribe") take the language of
 * the words around them ("stop por favor" → es). Arabic, Devanagari and Cyrillic script
 * decide by themselves; Latin text is scored on frequent words and a few letters.
 */
import { LANGUAGE_WEIGHTS, LEXICON_ORDER, NEGATORS } from './compiled';
import { isBoundary } from './normalize';
import type { Lang } from './types';

const SCRIPTS: readonly [Lang, RegExp][] = [
  ['ar', /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu],
  ['hi', /[\u0900-\u097F]/gu],
  ['ru', /[\u0400-\u04FF]/gu],
  ['bn', /[\u0980-\u09FF]/gu],
  ['th', /\p{Script=Thai}/gu],
  ['zh', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
];
/** Letters Urdu writes and Arabic does not (ٹ ڈ ڑ ں ے ہ ھ گ پ چ ژ). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE\u06AF\u067E\u0686\u0698]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * Round 9b: Ukrainian is Cyrillic like Russian. Its own letters (і ї є ґ, which Russian never
 * writes) or one of its frequent words that Russian does not share tell it apart.
 */
const UKRAINIAN =
  /[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]|(?<!\p{L})(?:що|щоб|досить|дякую|будь ласка|треба|немає|навіщо|хто|як|мене|знову|ласка|будь-ласка|вже|годі|(?:розсил|надсила|скасу|замовлен|знижк)\p{L}*)(?!\p{L})/iu;
/** Languages whose script tells them apart from the others: never scored on words. */
const BY_SCRIPT: ReadonlySet<Lang> = new Set(['ar', 'ru', 'bn', 'th', 'zh', 'ja', 'uk']);
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;

/** Letters that only (or mostly) one language writes. */
const LETTER_HINTS: readonly [RegExp, Partial<Record<Lang, number>>][] = [
  [/[ãõ]/u, { pt: 2 }],
  // ă ơ ư and the letters of Latin Extended Additional (ạ ả ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ...) are Vietnamese.
  [/[ăơưĂƠƯđĐ]|[\u1EA0-\u1EF9]/u, { vi: 4 }],
  [/[ñ¿¡]/u, { es: 2 }],
  [/ß/u, { de: 2 }],
  [/[äöü]/iu, { de: 1, tr: 0.5 }],
  [/[ğşı]|İ/u, { tr: 2 }],
  [/ç/u, { pt: 0.5, fr: 0.5, tr: 0.5 }],
  [/[œûîëï]/u, { fr: 1 }],
  [/ê/u, { fr: 0.5, pt: 0.5 }],
  [/è/u, { it: 0.7, fr: 0.5 }],
  [/ù/u, { it: 0.7, fr: 0.3 }],
  [/[òì]/u, { it: 1 }],
  [/[áíóú]/u, { es: 0.5, pt: 0.5 }],
  [/[âà]/u, { fr: 0.4, pt: 0.4, it: 0.3 }],
  [/é/u, { fr: 0.4, es: 0.2, pt: 0.2, it: 0.2 }],
];

/** How many matches of the global `re` the text holds (counted with `test`: no match arrays). */
function count(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
}

/** The non-Latin script most of the letters are in, if any. */
export function scriptLanguage(raw: string): Lang | null {
  const latin = count(LATIN, raw);
  let best: Lang | null = null;
  let bestCount = 0;
  for (const [lang, re] of SCRIPTS) {
    const n = count(re, raw);
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  if (!best || bestCount < latin) return null;
  if (best === 'ar' && URDU_LETTERS.test(raw)) return 'ur';
  if (best === 'zh' && KANA.test(raw)) return 'ja';
  if (best === 'ru' && UKRAINIAN.test(raw)) return 'uk';
  return best;
}

/**
 * Scripts two languages share: Chinese characters without kana may be Japanese ("配信停止"),
 * Arabic letters without Urdu ones may be Urdu ("بند کرو"), Cyrillic without Ukrainian letters
 * may be Ukrainian ("досить спаму"); the lexicon that decided tells.
 */
const SHARED_SCRIPT: Partial<Record<Lang, Lang>> = { zh: 'ja', ar: 'ur', ru: 'uk' };

/**
 * Every language a word or a letter can score, numbered: the scores are summed in an array by
 * number (in the same order as before, so to the same values), not in a map (speed).
 */
const SLOTS: readonly Lang[] = [
  ...new Set<Lang>([
    ...LEXICON_ORDER,
    ...[...LANGUAGE_WEIGHTS.values()].flatMap((weights) => [...weights.keys()]),
    ...LETTER_HINTS.flatMap(([, hints]) => Object.keys(hints) as Lang[]),
  ]),
];
const SLOT: ReadonlyMap<Lang, number> = new Map(SLOTS.map((lang, i) => [lang, i]));

/** A word's or a letter's weights: the numbers of their languages, and the weights. */
interface Weights {
  slots: readonly number[];
  weights: readonly number[];
}

function weightsOf(entries: Iterable<readonly [Lang, number]>): Weights {
  const slots: number[] = [];
  const weights: number[] = [];
  for (const [lang, w] of entries) {
    slots.push(SLOT.get(lang) ?? 0);
    weights.push(w);
  }
  return { slots, weights };
}

/** LANGUAGE_WEIGHTS by number, in the same order: read for every word of every message. */
const WEIGHT_LISTS: ReadonlyMap<string, Weights> = new Map(
  [...LANGUAGE_WEIGHTS].map(([word, weights]) => [word, weightsOf(weights)]),
);
const HINT_WEIGHTS: readonly [RegExp, Weights][] = LETTER_HINTS.map(([re, hints]) => [
  re,
  weightsOf(Object.entries(hints) as [Lang, number][]),
]);

/**
 * The sums being made, one pair for every call: `scores` calls nothing back and sets every sum it
 * touched back to zero before it returns.
 */
const SUMS = new Float64Array(SLOTS.length);
const ADDED = new Uint8Array(SLOTS.length);

/**
 * The hints an empty text can meet (none: each needs a letter), tried on it alone: guessLanguage
 * scores words without the text, several times a message (speed). The patterns keep no state.
 */
const EMPTY_HINTS = HINT_WEIGHTS.filter(([re]) => re.test(''));

function addAll({ slots, weights }: Weights): void {
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] ?? 0;
    SUMS[slot] = (SUMS[slot] ?? 0) + (weights[k] ?? 0);
    ADDED[slot] = 1;
  }
}

function scores(words: readonly string[], raw: string): Map<Lang, number> {
  for (const w of words) {
    const weights = WEIGHT_LISTS.get(w);
    if (weights) addAll(weights);
  }
  for (const [re, weights] of raw === '' ? EMPTY_HINTS : HINT_WEIGHTS)
    if (re.test(raw)) addAll(weights);
  const s = new Map<Lang, number>();
  for (let i = 0; i < SLOTS.length; i++) {
    if (ADDED[i] === 0) continue;
    s.set(SLOTS[i] as Lang, SUMS[i] ?? 0);
    SUMS[i] = 0;
    ADDED[i] = 0;
  }
  return s;
}

function argmax(candidates: readonly Lang[], s: Map<Lang, number>): [Lang | null, number] {
  let best: Lang | null = null;
  let bestScore = 0;
  for (const lang of candidates) {
    const v = s.get(lang) ?? 0;
    if (best === null || v > bestScore) [best, bestScore] = [lang, v];
  }
  return [best, bestScore];
}

/** The best-scoring language of some words, if any word is known (no script check). */
export function guessLanguage(words: readonly string[]): Lang | null {
  const [best, score] = argmax(LEXICON_ORDER, scores(words, ''));
  return score > 0 ? best : null;
}

/**
 * Hindi and Urdu written in Latin letters share most of their words ("message mat bhejo"):
 * such a message is Hindi unless its words are clearly Urdu (its script would have said).
 */
function romanised(lang: Lang, s: Map<Lang, number>): Lang {
  return lang === 'ur' && (s.get('ur') ?? 0) < (s.get('hi') ?? 0) + 1 ? 'hi' : lang;
}

/**
 * Detect the language of a message. `owners` are the languages whose lexicon decided the
 * intent (in preference order); the words around the deciding phrase (`matched`) win
 * over them only by a clear margin.
 */
export function detectLanguage(
  words: readonly string[],
  raw: string,
  owners: readonly Lang[] = [],
  matched: string | null = null,
): Lang | 'und' {
  const script = scriptLanguage(raw);
  const sibling = script ? SHARED_SCRIPT[script] : undefined;
  if (sibling && owners.includes(sibling) && !owners.includes(script as Lang)) return sibling;
  if (script) return script;
  // The deciding phrase says nothing about the language when it is international ("stop").
  const exclude = new Set(matched?.split(' ') ?? []);
  const s = scores(
    words.filter((w) => !exclude.has(w)),
    raw,
  );
  // Hindi and Urdu are also written in Latin letters (Hinglish, Roman Urdu).
  const latin = LEXICON_ORDER.filter((l) => !BY_SCRIPT.has(l));
  const [overall, overallScore] = argmax(latin, s);
  const ordered = LEXICON_ORDER.filter((l) => owners.includes(l));
  if (ordered.length > 0) {
    const [owner, ownerScore] = argmax(ordered, s);
    if (overall && overallScore >= ownerScore + 1) return romanised(overall, s);
    return owner ? romanised(owner, s) : 'und';
  }
  // "ok", "hi": words every language uses say nothing about which one it is.
  const tied = latin.filter((l) => (s.get(l) ?? 0) === overallScore).length;
  return overall && overallScore > 0 && tied <= 2 ? romanised(overall, s) : 'und';
}

const EN_NEGATORS: ReadonlySet<string> = NEGATORS.get('en') ?? new Set();

/**
 * Whether a word negates, by the negators of the message's own language and English's: one list
 * for every language would read Tagalog "di" (not) in Italian ("di", of) and Swahili "si" (not)
 * in Spanish ("sí quiero").
 */
export function ownNegator(tokens: readonly string[]): (t: string | undefined) => boolean {
  const own = NEGATORS.get(guessLanguage(tokens.filter((t) => !isBoundary(t))) ?? 'en');
  return (t) => t !== undefined && (EN_NEGATORS.has(t) || (own?.has(t) ?? false));
}
