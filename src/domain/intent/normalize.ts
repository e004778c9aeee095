import { plainSmallCaps, unconfuse } from './confusables';

/**
 * Text normalisation for matching. Customers write "STOP!!!", "Stooop", "S.T.O.P",
 * "İPTAL", "Não", "إلغاء" with or without diacritics, and emoji; the lexicons are written
 * in plain spelling. Both go through `foldText`, so they meet in one form: NFKC, lower
 * case (Turkish dotted/dotless i folded to i), no accents, Arabic letter variants unified.
 */

/** Clause separator inside a token list (comma, colon). */
export const WEAK_BOUNDARY = '|';
/** Sentence separator inside a token list (full stop, !, ?, new line, emoji). */
export const STRONG_BOUNDARY = '||';

export interface NormalizedText {
  /** Words and boundary markers, in order; no leading or trailing boundary. */
  tokens: string[];
  /** Emoji found in the text (they are also sentence boundaries in `tokens`). */
  emoji: string[];
  /** True when the text had any letter or digit. */
  hasWords: boolean;
  /** Indexes of sentence boundaries (or tokens.length, the end) that close a question. */
  questions: number[];
}

// Zero-width and bidi controls (isolates too), soft hyphen, the grapheme joiner, Mongolian
// selectors, variation selectors: invisible, never meaningful.
const INVISIBLE =
  /\u00AD|\u034F|\u061C|[\u180B-\u180E]|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u2069]|[\uFE00-\uFE0F]|\uFEFF/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/gu;
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}]|\u20E3/gu;
// Latin, Cyrillic and Greek accents; Devanagari nukta, candrabindu, anusvara (spelt either
// way: नहीं / नही); Arabic harakat, dagger alif and tatweel.
const MARKS = /[\u0300-\u036F]|\u0901|\u0902|\u093C|[\u064B-\u065F]|\u0670|\u0640/g;
const APOSTROPHES = /[\u2019\u2018\u02BC\u0060\u00B4']/g;
const ARABIC_LETTERS: Record<string, string> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // ی (Persian/Urdu yeh)
  '\u0626': '\u064A', // ئ
  '\u0624': '\u0648', // ؤ
  '\u0629': '\u0647', // ة
  '\u06A9': '\u0643', // ک
  '\u0949': '\u094B', // Devanagari ॉ → ो (ऑफर / ओफर)
  '\u0911': '\u0913', // ऑ → ओ
};
const ARABIC_VARIANTS = new RegExp(Object.keys(ARABIC_LETTERS).join('|'), 'g');
// Traditional Chinese characters of the consent vocabulary, read as their simplified form
// ("取消訂閱" = "取消订阅"): the lexicon is written once, in simplified characters.
const TRADITIONAL =
  '訂订閱阅發发別别為为麼么訊讯說说還还廣广這这們们單单絡络聯联繫系請请謝谢給给號号碼码資资書书傳传幫帮誰谁嗎吗會会煩烦擾扰刪删開开關关經经來来過过絕绝優优讓让從从後后時时點点貼贴見见種种樣样該该對对錯错歡欢買买賣卖價价應应沒没';
const TRADITIONAL_MAP: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL.length / 2 }, (_, i) => [
    TRADITIONAL[2 * i] ?? '',
    TRADITIONAL[2 * i + 1] ?? '',
  ]),
);
const HAN = /\p{Script=Han}/gu;
const traditionalToSimplified = (ch: string): string => TRADITIONAL_MAP.get(ch) ?? ch;
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g;

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  const zero = code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
  return String(code - zero);
}

/** Case-fold and strip accents from a string, keeping its punctuation and spacing. */
export function foldText(text: string): string {
  const lowered = plainSmallCaps(text.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(/\u0130/g, 'i') // İ: toLowerCase would leave a combining dot
    .toLowerCase()
    .replace(/\u0131/g, 'i') // ı: Turkish dotless i, typed interchangeably with i
    .replace(/\u00DF/g, 'ss')
    // Vietnamese đ and Polish ł are letters of their own, not accented ones, yet typed as
    // d and l on keyboards without them ("dung gui nua", "wypisalem").
    .replace(/[\u0111\u0142]/g, (ch) => (ch === '\u0111' ? 'd' : 'l'));
  return lowered
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(ARABIC_VARIANTS, (ch) => ARABIC_LETTERS[ch] ?? ch)
    .replace(HAN, traditionalToSimplified)
    .replace(DIGITS, asciiDigit);
}

const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[\s.\-_*·•,]{1,3}\p{L}(?![\p{L}\p{N}])){2,}/gu;

/** "S T O P", "S.T.O.P.", "s-t-o-p" → "STOP", when the joined word is a known word. */
function joinSpacedLetters(text: string, isWord: (w: string) => boolean): string {
  return text.replace(SPACED_LETTERS, (run) => {
    const joined = run.replace(/[^\p{L}]/gu, '');
    return isWord(foldText(joined)) ? joined : run;
  });
}

const TOKEN =
  /[\p{L}\p{M}\p{N}\u30FC\u3005]+|[.!?;\u2026\n\r\u3002\uFF01\uFF1F\u061F\u0964\u06D4]+|[,:\u060C\u061B\u3001]+|\uE000/gu;

/**
 * Chinese, Japanese and Thai are written without spaces between words: their letters are
 * read one by one (a Thai letter with its vowel and tone marks), and a lexicon phrase, split
 * the same way, matches as a run of letters, wherever it stands.
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]|\p{Script=Thai}\p{M}*|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u30FC\u3005]+/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether the text has letters of a script written without spaces (Chinese, Japanese, Thai). */
export function isUnspaced(text: string): boolean {
  return HAS_UNSPACED.test(text);
}

/**
 * "やめてーー", "やめてー": the long-vowel mark after a hiragana letter, or after another mark,
 * only stretches the word (katakana loanwords spell theirs once, after katakana: "セール").
 */
const STRETCHES = /^[\p{Script=Hiragana}\u30FC]$/u;
/**
 * "ไม่เอาาาา", "หยุดดดด": a Thai vowel typed three times or more, or a consonant four times or
 * more, stretches the word; it is read once. Three consonants are spelt: "ขอออก" (ขอ + ออก).
 */
const THAI_RUN = /([\u0E30-\u0E3A\u0E40-\u0E45]\p{M}*)\1{2,}|(\p{Script=Thai}\p{M}*)\2{3,}/gu;

function splitUnspaced(word: string): string[] {
  if (!HAS_UNSPACED.test(word)) return [word];
  const letters = word.replace(THAI_RUN, '$1$2').match(UNSPACED) ?? [word];
  return letters.filter((ch, i) => ch !== '\u30FC' || !STRETCHES.test(letters[i - 1] ?? ''));
}
const EMOJI_MARK = '\uE000';

/**
 * "Order no. 5512 cancel kar dijiye", "Bestellung Nr. 4471": the dot of a number's abbreviation
 * before its digits ends no sentence (round 15c: the order and its cancelling stay in one clause).
 * Three digits at least: "I said no. 3 times!" ends one.
 */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nr', 'nro', 'num', 'n']);
const DIGIT_NEXT = /^\s*\p{N}{3}/u;

/**
 * Split a message into folded words and clause/sentence boundaries.
 * `isWord` (the lexicon vocabulary) lets "S.T.O.P" be read as one word.
 */
export function normalizeText(
  text: string,
  isWord: (w: string) => boolean = () => false,
): NormalizedText {
  const emoji = text.match(EMOJI) ?? [];
  const marked = joinSpacedLetters(text.replace(EMOJI_MODIFIERS, ''), isWord).replace(
    EMOJI,
    ` ${EMOJI_MARK} `,
  );
  const folded = foldText(marked)
    // English contractions stay one word ("don't" → "dont"); other apostrophes split
    // elisions ("m'envoyer" → "m envoyer", "l'iscrizione" → "l iscrizione").
    .replace(/n[\u2019\u2018\u02BC\u0060\u00B4']t(?![\p{L}])/gu, 'nt')
    .replace(APOSTROPHES, ' ');
  const tokens: string[] = [];
  const questions: number[] = [];
  const unspaced = HAS_UNSPACED.test(folded);
  let hasWords = false;
  for (const m of folded.matchAll(TOKEN)) {
    const raw = m[0];
    if (/[\p{L}\p{N}]/u.test(raw)) {
      // "SТОР" with Cyrillic letters in it (confusables.ts).
      const word = unconfuse(raw, isWord);
      if (unspaced) tokens.push(...splitUnspaced(word));
      else tokens.push(word);
      hasWords = true;
      continue;
    }
    const mark = /^[,:\u060C\u061B\u3001]+$/.test(raw) ? WEAK_BOUNDARY : STRONG_BOUNDARY;
    const last = tokens[tokens.length - 1];
    if (last === undefined) continue;
    if (raw === '.' && NUMBER_ABBREVIATIONS.has(last) && DIGIT_NEXT.test(folded.slice(m.index + 1)))
      continue;
    if (!isBoundary(last)) tokens.push(mark);
    else if (mark === STRONG_BOUNDARY) tokens[tokens.length - 1] = STRONG_BOUNDARY;
    if (/[?\uFF1F\u061F]/.test(raw)) questions.push(tokens.length - 1);
  }
  // A trailing "?" is recorded at tokens.length: the end of the last sentence.
  while (isBoundary(tokens[tokens.length - 1])) tokens.pop();
  return { tokens, emoji, hasWords, questions };
}

export function isBoundary(token: string | undefined): boolean {
  return token === WEAK_BOUNDARY || token === STRONG_BOUNDARY;
}

/** Collapse runs of one repeated letter longer than `max` ("stooop", 1 → "stop"). */
export function squeezeRuns(word: string, max: 1 | 2): string {
  return word.replace(/(\p{L})\1{2,}/gu, max === 1 ? '$1' : '$1$1');
}

/** True when the word has a letter repeated three or more times in a row. */
export function hasLongRun(word: string): boolean {
  return /(\p{L})\1{2,}/u.test(word);
}

/**
 * Phrases already folded. A tenant's keywords, categories and never-opt-out phrases come
 * with every message and were folded again for each one (a sixth of the classifier's time):
 * the answer depends on the phrase alone, so it is kept. Bounded: emptied when full, since
 * any string may be passed.
 */
const PHRASE_CACHE = new Map<string, readonly string[]>();
const PHRASE_CACHE_SIZE = 4096;

/** Fold a keyword or phrase into its matching tokens ("Não quero!" → ["nao", "quero"]). */
export function phraseTokens(phrase: string): string[] {
  let tokens = PHRASE_CACHE.get(phrase);
  if (tokens === undefined) {
    tokens = normalizeText(phrase).tokens.filter((t) => !isBoundary(t));
    if (PHRASE_CACHE.size >= PHRASE_CACHE_SIZE) PHRASE_CACHE.clear();
    PHRASE_CACHE.set(phrase, tokens);
  }
  // A copy: callers own what they are given.
  return [...tokens];
}
