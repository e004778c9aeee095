/**
 * Meta's account-level signals (webhook fields beyond `messages`): a template's status or
 * quality changed, the sending number's quality or messaging limit changed, or the business
 * account was restricted. They carry the WhatsApp Business Account id (entry[].id), not a
 * phone number id, so they reach every tenant of that account.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference
 */

export const SIGNAL_FIELDS = [
  'message_template_status_update',
  'message_template_quality_update',
  'phone_number_quality_update',
  'account_update',
] as const;
export type SignalField = (typeof SIGNAL_FIELDS)[number];

interface SignalBase {
  kind: 'signal';
  wabaId: string;
  /** When Meta says it happened (entry[].time), or null when the entry has no time. */
  time: Date | null;
  /**
   * Idempotency key within the account: the field, the subject and the event, plus Meta's time
   * (or a digest of the value when there is none), so a redelivery is recognised.
   */
  key: string;
  /** Meta's event value, upper case: PAUSED, APPROVED, FLAGGED, RED, ACCOUNT_RESTRICTION, ... */
  event: string;
  /** What the signal is about: `template:<name>:<language>`, `number:<digits>`, `account`. */
  subject: string;
  /** The change's value as Meta sent it (kept with the stored signal). */
  raw: Record<string, unknown>;
}

export interface TemplateStatusSignal extends SignalBase {
  type: 'template_status';
  templateId: string | null;
  templateName: string;
  language: string;
  /** Meta's reason (NONE, LOW_QUALITY, ...) or null. */
  reason: string | null;
  /** FLAGGED and some pauses say when the template will be disabled. */
  disableDate: string | null;
}

export interface TemplateQualitySignal extends SignalBase {
  type: 'template_quality';
  templateId: string | null;
  templateName: string;
  language: string;
  /** GREEN, YELLOW, RED, UNKNOWN (the new score; also `event`). */
  previousScore: string | null;
}

export interface NumberQualitySignal extends SignalBase {
  type: 'number_quality';
  displayPhoneNumber: string;
  /** TIER_250, TIER_1K, ... or null; from current_limit or max_daily_conversations_per_business. */
  currentLimit: string | null;
  oldLimit: string | null;
}

export interface AccountSignal extends SignalBase {
  type: 'account';
}

export type QualitySignal =
  TemplateStatusSignal | TemplateQualitySignal | NumberQualitySignal | AccountSignal;

/** Unique recipients per rolling 24 h for a messaging tier; null = unlimited or unknown. */
export function tierLimit(limit: string | null): number | null {
  if (limit === null) return null;
  const match = /^TIER_(\d+)(K)?$/.exec(limit.toUpperCase());
  if (!match?.[1]) return null;
  return Number(match[1]) * (match[2] ? 1000 : 1);
}
