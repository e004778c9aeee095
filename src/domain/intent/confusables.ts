/**
 * Look-alike letters (round 9a): "SТОР" typed with Cyrillic Т, О, Р inside a Latin word,
 * "СТОП" with Latin C, T, O, "STΟP" with a Greek omicron, "ꜱᴛᴏᴘ" in small capitals. Full-width
 * (ＳＴＯＰ) and mathematical letters (𝐒𝐓𝐎𝐏) are already plain letters after NFKC, and
 * zero-width characters are dropped (normalize.ts); these are the letters NFKC keeps apart.
 *
 * A word is only re-read when it mixes scripts (no real word does), or, for a word wholly in
 * look-alike Cyrillic or Greek capitals that is no word of ours, when it then reads as one of
 * the international keywords ("ЅТОР"): a real Russian or Greek word never becomes a Latin one.
 * A small table of the homoglyphs that matter, from Unicode's confusables list (lower case,
 * since words are folded first); no dependency.
 */

/** Cyrillic and Greek letters whose capital (or small form) looks like a Latin letter. */
const TO_LATIN: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic: а в е к м н о р с т у х і ј ѕ ԁ ԛ ԝ ӏ
    'аa',
    'вb',
    'еe',
    'кk',
    'мm',
    'нh',
    'оo',
    'рp',
    'сc',
    'тt',
    'уy',
    'хx',
    'іi',
    'јj',
    'ѕs',
    'ԁd',
    'ԛq',
    'ԝw',
    'ӏl',
    // Greek: α β ε η ι κ μ ν ο ρ τ υ χ ζ
    'αa',
    'βb',
    'εe',
    'ηh',
    'ιi',
    'κk',
    'μm',
    'νn',
    'οo',
    'ρp',
    'τt',
    'υy',
    'χx',
    'ζz',
  ].map((pair) => [pair[0] ?? '', pair[1] ?? '']),
);

/** Latin letters whose capital looks like a Cyrillic one ("CTOП" → "стоп"). */
const TO_CYRILLIC: ReadonlyMap<string, string> = new Map(
  ['aа', 'bв', 'cс', 'eе', 'hн', 'iі', 'kк', 'mм', 'oо', 'pр', 'tт', 'xх', 'yу'].map((pair) => [
    pair[0] ?? '',
    pair[1] ?? '',
  ]),
);

/** Small capitals ("ꜱᴛᴏᴘ"), which no script writes words in, read as Latin letters. */
const SMALL_CAPS: ReadonlyMap<string, string> = new Map(
  [
    'ᴀa',
    'ʙb',
    'ᴄc',
    'ᴅd',
    'ᴇe',
    'ꜰf',
    'ɢg',
    'ʜh',
    'ɪi',
    'ᴊj',
    'ᴋk',
    'ʟl',
    'ᴍm',
    'ɴn',
    'ᴏo',
    'ᴘp',
    'ꞯq',
    'ʀr',
    'ꜱs',
    'ᴛt',
    'ᴜu',
    'ᴠv',
    'ᴡw',
    'ʏy',
    'ᴢz',
  ].map((pair) => [pair[0] ?? '', pair[1] ?? '']),
);
const SMALL_CAP = new RegExp(`[${[...SMALL_CAPS.keys()].join('')}]`, 'gu');

/** The international keywords a word in look-alike capitals may be read as. */
const KEYWORDS: ReadonlySet<string> = new Set(['stop', 'stopp', 'stopall', 'unsubscribe', 'unsub']);

const LATIN = /\p{Script=Latin}/u;
const OTHER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LETTER = /\p{L}/u;
const ASCII = /^[ -~]*$/;

/** Small capitals as plain Latin letters (run on the whole text, before folding). */
export function plainSmallCaps(text: string): string {
  return text.replace(SMALL_CAP, (ch) => SMALL_CAPS.get(ch) ?? ch);
}

/** The word with every letter `map` knows replaced, or null when a letter is left over. */
function mapped(word: string, map: ReadonlyMap<string, string>, target: RegExp): string | null {
  let out = '';
  for (const ch of word) {
    const to = map.get(ch) ?? ch;
    if (LETTER.test(to) && !target.test(to)) return null;
    out += to;
  }
  return out;
}

/**
 * A folded word read in one script when it mixes look-alike letters of two ("sтор" → "stop",
 * "сtoп" → "стоп"); the reading that is a known word wins, else the script most of its letters
 * are in. Words in one script are returned as they are, except the look-alike keywords.
 */
export function unconfuse(word: string, isWord: (w: string) => boolean): string {
  // Most words are plain ASCII or of one other script: the cheap test first.
  if (ASCII.test(word) || !OTHER.test(word)) return word;
  const latin = LATIN.test(word);
  const asLatin = mapped(word, TO_LATIN, LATIN);
  if (!latin) {
    return asLatin !== null && KEYWORDS.has(asLatin) && !isWord(word) ? asLatin : word;
  }
  const asOther = mapped(word, TO_CYRILLIC, OTHER);
  if (asLatin !== null && isWord(asLatin)) return asLatin;
  if (asOther !== null && isWord(asOther)) return asOther;
  const latinCount = [...word].filter((ch) => LATIN.test(ch)).length;
  const mostlyLatin = latinCount * 2 >= [...word].filter((ch) => LETTER.test(ch)).length;
  return (mostlyLatin ? asLatin : asOther) ?? word;
}
