/**
 * Which texts a customer reads: one of our languages (../languages.ts), or Chinese in
 * Traditional characters. The classifier reads both Chinese scripts as one language, `zh`
 * (intent/normalize.ts folds Traditional characters), but a customer in Taiwan, Hong Kong or
 * Macau reads Traditional ones: a tag that says so (a `Hant` script, or one of those regions
 * with no script) picks them, and so do the customer's own words when written in them.
 */
import { supportedLanguage, type Language } from '../languages';

export type TextLocale = Language | 'zh-Hant';

/** Regions that write Chinese in Traditional characters (CLDR's likely script for zh-TW/HK/MO). */
const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(['tw', 'hk', 'mo']);

/** The language a locale's texts are in (for its stop keyword and direction). */
export const localeLanguage = (locale: TextLocale): Language =>
  locale === 'zh-Hant' ? 'zh' : locale;

/**
 * "zh-TW", "zh_HK", "zh-Hant", "zh-Hant-CN" → "zh-Hant"; "zh", "zh-CN", "zh-Hans-TW" → "zh";
 * any other tag as supportedLanguage reads it ("pt-BR" → "pt"); null for one we do not speak.
 */
export function textLocale(tag: string | null | undefined): TextLocale | null {
  const language = supportedLanguage(tag);
  if (language !== 'zh') return language;
  const subtags = (tag ?? '').trim().toLowerCase().split(/[-_]/).slice(1);
  // A script subtag is four letters (RFC 5646 §2.2.3); it decides, whatever the region.
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  if (script !== undefined) return script === 'hant' ? 'zh-Hant' : 'zh';
  return subtags.some((s) => TRADITIONAL_REGIONS.has(s)) ? 'zh-Hant' : 'zh';
}

/** Whether a tag names Chinese without saying which script ("zh", "zh-SG" does say: Simplified). */
const bareChinese = (tag: string | null | undefined): boolean =>
  (tag ?? '').trim().toLowerCase() === 'zh';

/**
 * The first of `candidates` we speak, most wanted first; English when none. A bare "zh" (what
 * the classifier says of a Chinese message) takes its script from a later Chinese candidate
 * that names one (a template's zh_TW, a browser's zh-HK): same language, known script.
 */
export function pickTextLocale(candidates: Iterable<string | null | undefined>): TextLocale {
  const list = [...candidates];
  for (const [i, candidate] of list.entries()) {
    const locale = textLocale(candidate);
    if (!locale) continue;
    if (locale !== 'zh' || !bareChinese(candidate)) return locale;
    for (const later of list.slice(i + 1))
      if (!bareChinese(later) && supportedLanguage(later) === 'zh')
        return textLocale(later) ?? 'zh';
    return 'zh';
  }
  return 'en';
}

/**
 * Pairs of a Traditional character and its Simplified form, among the commonest that differ
 * (and those of the opt-in and opt-out vocabulary): enough to tell which script a message of a
 * few words is written in.
 */
const PAIRS =
  '們们這这個个說说時时會会對对請请謝谢沒没發发給给還还後后從从現现問问題题經经過过讓让點点' +
  '樣样麼么為为無无開开門门學学國国話话語语見见長长東东車车馬马電电號号網网愛爱歡欢聯联' +
  '絡络訊讯訂订閱阅優优買买賣卖價价關关嗎吗種种該该錯错幫帮誰谁傳传資资書书單单廣广別别' +
  '煩烦擾扰刪删絕绝貼贴應应隨随願愿';
const TRADITIONAL = new Set<string>();
const SIMPLIFIED = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.add(PAIRS[i] as string);
  SIMPLIFIED.add(PAIRS[i + 1] as string);
}

/** 'zh-Hant' or 'zh' when `text` has more characters of one script than of the other; else null. */
export function chineseScriptOf(text: string): 'zh-Hant' | 'zh' | null {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (TRADITIONAL.has(ch)) traditional += 1;
    else if (SIMPLIFIED.has(ch)) simplified += 1;
  }
  if (traditional === simplified) return null;
  return traditional > simplified ? 'zh-Hant' : 'zh';
}

/**
 * The locale to answer a message in: `lang` (the conversation's reply language) and, for
 * Chinese, the script of the customer's own words (the classifier says "zh" of both).
 */
export function replyTextLocale(lang: string, text: string | undefined): TextLocale {
  const locale = textLocale(lang) ?? 'en';
  if (locale !== 'zh' || !bareChinese(lang)) return locale;
  return chineseScriptOf(text ?? '') ?? 'zh';
}
