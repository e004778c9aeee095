/**
 * The texts a customer sees about consent, per language: the double opt-in question on
 * WhatsApp, its buttons and its answers, and the preference page. Kept apart from the opt-out
 * replies (../replies): the question asks for a yes to marketing, which is a consent, not a
 * confirmation, and tenants do not override these texts.
 *
 * Placeholders: {brand} (the tenant's brand name), {category} (a category's name), {days}
 * (a number of days), {stop} (the stop keyword of the language, from ../replies, so a text
 * never names a keyword the classifier would not understand).
 */

export const CONSENT_REPLY_KEYS = [
  'consentAsk',
  'btnConsentYes',
  'btnConsentNo',
  'consentGranted',
  'consentDeclined',
] as const;
export type ConsentReplyKey = (typeof CONSENT_REPLY_KEYS)[number];

/** Reply button titles: WhatsApp takes at most 20 characters (Meta's OpenAPI: maxLength 20). */
export const CONSENT_BUTTON_KEYS: readonly ConsentReplyKey[] = ['btnConsentYes', 'btnConsentNo'];

export const PREFERENCE_TEXT_KEYS = [
  'title',
  'intro',
  'stopAll',
  'stopCategory',
  'pause',
  'resubscribe',
  'save',
  'doneStopAll',
  'doneStopCategory',
  'donePause',
  'doneResubscribe',
  'expired',
  'invalid',
] as const;
export type PreferenceTextKey = (typeof PREFERENCE_TEXT_KEYS)[number];

export interface ConsentTexts {
  /** On WhatsApp: the double opt-in question, its two buttons, the answer to each. */
  replies: Record<ConsentReplyKey, string>;
  /** The preference page (GET/POST /preferences). */
  page: Record<PreferenceTextKey, string>;
}
