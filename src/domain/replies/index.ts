/**
 * What stopline says to customers, in their language. One confirmation per opt-out that
 * names the brand, confirms no more promotions will be sent and says how to undo it
 * (the three things carriers check, see opt-out-prior-art.md §3), plus help, status and
 * the one question asked when a message only might mean stop. The keywords named in each
 * language are ones the classifier recognises (tested). Tenants override any text per
 * language and key (`TenantSettings.replyTexts`). One file per language, beside the
 * classifier's lexicons (../intent/lexicon).
 */
import { ValidationError } from '../errors';
import { LANGUAGES, supportedLanguage } from '../languages';
import type { ReplyTexts } from '../types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { ms } from './ms';
import { vi } from './vi';
import { tl } from './tl';
import { ur } from './ur';
import { bn } from './bn';
import { th } from './th';
import { sw } from './sw';
import { zh } from './zh';
import { ja } from './ja';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';
import { REPLY_KEYS, type LanguageReplies, type ReplyKey } from './types';

export { BUTTON_KEYS, MAX_BUTTON_TITLE, REPLY_KEYS } from './types';
export type { LanguageReplies, ReplyKey } from './types';

/** The languages we answer in: every language the classifier reads (domain/languages.ts). */
export const REPLY_LANGUAGES = LANGUAGES;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

const REPLIES: Record<ReplyLanguage, LanguageReplies> = {
  en,
  pt,
  es,
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

function byLanguage<T>(pick: (r: LanguageReplies) => T): Record<ReplyLanguage, T> {
  return Object.fromEntries(REPLY_LANGUAGES.map((l) => [l, pick(REPLIES[l])])) as Record<
    ReplyLanguage,
    T
  >;
}

/** The keywords each language's texts tell the customer to send. */
export const REPLY_KEYWORDS: Record<ReplyLanguage, LanguageReplies['keywords']> = byLanguage(
  (r) => r.keywords,
);

export const DEFAULT_REPLIES: Record<ReplyLanguage, Record<ReplyKey, string>> = byLanguage(
  (r) => r.texts,
);

/** "pt-BR", "pt_BR", "PT" → "pt"; anything unknown → null. */
export function replyLanguage(lang: string | null | undefined): ReplyLanguage | null {
  return supportedLanguage(lang);
}

function isReplyKey(key: string): key is ReplyKey {
  return (REPLY_KEYS as readonly string[]).includes(key);
}

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `vars`. Lookup
 * order: the tenant's override in that language, our text in that language, the tenant's
 * English override, our English text. A placeholder without a value is left as written.
 */
export function renderReply(
  key: ReplyKey,
  lang: string,
  vars: Record<string, string> = {},
  overrides: ReplyTexts = {},
): string {
  if (!isReplyKey(key)) {
    throw new ValidationError(
      `Unknown reply key "${String(key)}"; use one of: ${REPLY_KEYS.join(', ')}`,
    );
  }
  const language = replyLanguage(lang);
  const template =
    (language && overrides[language]?.[key]) ||
    (language && DEFAULT_REPLIES[language][key]) ||
    overrides.en?.[key] ||
    DEFAULT_REPLIES.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** A date as the customer reads it ("1 de março de 2026"), in the tenant's time zone. */
export function formatDate(date: Date, lang: string, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new ValidationError('Cannot format an invalid date');
  const locale = replyLanguage(lang) ?? 'en';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  } catch (err) {
    if (err instanceof RangeError) {
      throw new ValidationError(
        `Time zone "${timeZone}" is not a valid IANA time zone; use a name like "Europe/Lisbon" or "UTC"`,
      );
    }
    throw err;
  }
}
