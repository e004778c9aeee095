/**
 * The languages stopline reads and answers in: one list for the classifier's lexicons
 * (intent/lexicon), the conversation replies (replies/) and the texts customers see for consent
 * (consent-texts/). A language is added here and then in each of those folders; the tests
 * check that each one covers exactly this list. The order is the classifier's (its tests take
 * the first eleven as the languages of the original corpus). Ukrainian (`uk`, round 9b) is
 * last: the batches written before it (fresh-batch1 … 16) have none.
 */
export const LANGUAGES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'id',
  'hi',
  'ar',
  'tr',
  'ru',
  'nl',
  'pl',
  'ms',
  'vi',
  'tl',
  'ur',
  'bn',
  'th',
  'sw',
  'zh',
  'ja',
  'uk',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** Written right to left: a page in one of them needs `dir="rtl"`. */
export const RTL_LANGUAGES: readonly Language[] = ['ar', 'ur'];

/**
 * Codes that name one of ours under another name: WhatsApp's template language for Filipino is
 * `fil` (ISO 639-2), the classifier says `tl`; Java's old locale code for Indonesian is `in`.
 */
const ALIASES: ReadonlyMap<string, Language> = new Map<string, Language>([
  ['fil', 'tl'],
  ['in', 'id'],
]);

/** "pt-BR", "pt_BR", "PT" → "pt", "fil" → "tl"; anything we do not speak → null. */
export function supportedLanguage(lang: string | null | undefined): Language | null {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  return ALIASES.get(base) ?? null;
}

/** The first of `candidates` we speak, in order of preference; English when none. */
export function pickLanguage(candidates: Iterable<string | null | undefined>): Language {
  for (const candidate of candidates) {
    const language = supportedLanguage(candidate);
    if (language) return language;
  }
  return 'en';
}

export function textDirection(lang: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr';
}
