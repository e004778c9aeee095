/**
 * The texts a customer sees about consent, in their language (types.ts says which): one file
 * per language, every language stopline reads (../languages.ts), English for any other; and
 * Chinese in Traditional characters for Taiwan, Hong Kong and Macau (locale.ts).
 */
import type { Language } from '../languages';
import { REPLY_KEYWORDS } from '../replies';
import { ar } from './ar';
import { bn } from './bn';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ms } from './ms';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sw } from './sw';
import { th } from './th';
import { tl } from './tl';
import { tr } from './tr';
import { uk } from './uk';
import { ur } from './ur';
import { vi } from './vi';
import { zh } from './zh';
import { zhHant } from './zh-hant';
import { localeLanguage, textLocale, type TextLocale } from './locale';
import type { ConsentReplyKey, ConsentTexts, PreferenceTextKey } from './types';

export {
  CONSENT_BUTTON_KEYS,
  CONSENT_REPLY_KEYS,
  PREFERENCE_TEXT_KEYS,
  type ConsentReplyKey,
  type ConsentTexts,
  type PreferenceTextKey,
} from './types';
export {
  chineseScriptOf,
  localeLanguage,
  pickTextLocale,
  replyTextLocale,
  textLocale,
  type TextLocale,
} from './locale';

export const CONSENT_TEXTS: Record<Language, ConsentTexts> = {
  en,
  es,
  pt,
  fr,
  de,
  it,
  id,
  hi,
  ar,
  tr,
  ru,
  nl,
  pl,
  ms,
  vi,
  tl,
  ur,
  bn,
  th,
  sw,
  zh,
  ja,
  uk,
};

/** Every locale's texts: each language's, and Traditional Chinese. */
export const LOCALE_TEXTS: Record<TextLocale, ConsentTexts> = {
  ...CONSENT_TEXTS,
  'zh-Hant': zhHant,
};

/**
 * The stop keyword a locale's texts name, where it is not its language's (../replies): 退訂 in
 * Traditional characters, which the classifier folds to 退订 (intent/normalize.ts).
 */
const LOCALE_STOP: Partial<Record<TextLocale, string>> = { 'zh-Hant': '退訂' };

/** How a filled text is written: as is (WhatsApp), or escaped with isolated values (HTML). */
export interface TextFormat {
  /** The template's own words. */
  literal(text: string): string;
  /** A value put in for a placeholder (a brand, a category name, a number). */
  value(text: string): string;
}

const PLAIN: TextFormat = { literal: (t) => t, value: (t) => t };

/**
 * `template` with each {name} replaced by `vars[name]`; {stop} is the language's stop keyword
 * unless given. A placeholder without a value is left as written, so a missing one shows.
 */
export function fillText(
  template: string,
  lang: Language,
  vars: Record<string, string>,
  format: TextFormat = PLAIN,
): string {
  const values: Record<string, string> = { stop: REPLY_KEYWORDS[lang].stop, ...vars };
  let out = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[m[1] ?? ''];
    out += format.literal(template.slice(last, m.index));
    out += value === undefined ? format.literal(m[0]) : format.value(value);
    last = m.index + m[0].length;
  }
  return out + format.literal(template.slice(last));
}

/** The language whose texts to use for `lang` ("pt-BR" → "pt"); English when we have none. */
export function consentTextLanguage(lang: string | null | undefined): Language {
  return localeLanguage(consentTextLocale(lang));
}

/** The locale whose texts to use for `lang` ("pt-BR" → "pt", "zh-TW" → "zh-Hant"); else English. */
export function consentTextLocale(lang: string | null | undefined): TextLocale {
  return textLocale(lang) ?? 'en';
}

/** `template` of `locale` filled in, {stop} in the locale's own script. */
function fillLocale(
  template: string,
  locale: TextLocale,
  vars: Record<string, string>,
  format?: TextFormat,
): string {
  const stop = LOCALE_STOP[locale];
  return fillText(template, localeLanguage(locale), stop ? { stop, ...vars } : vars, format);
}

/** A double opt-in text in `lang` (else English), with {brand} and {stop} filled in. */
export function consentReply(key: ConsentReplyKey, lang: string, brand: string): string {
  const locale = consentTextLocale(lang);
  return fillLocale(LOCALE_TEXTS[locale].replies[key], locale, { brand });
}

/** A preference page text in `lang` (else English), its placeholders filled from `vars`. */
export function preferenceText(
  key: PreferenceTextKey,
  lang: string,
  vars: Record<string, string>,
  format: TextFormat = PLAIN,
): string {
  const locale = consentTextLocale(lang);
  return fillLocale(LOCALE_TEXTS[locale].page[key], locale, vars, format);
}
