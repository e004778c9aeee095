import type { QualitySignal } from './account-signals';

/**
 * The small domain objects parseWebhook turns Meta's payloads into. Services see only these;
 * the raw shapes stay in webhook-types.ts.
 */

export interface WebhookError {
  code: number;
  title: string;
  details: string | null;
}

export interface InboundMessage {
  kind: 'message';
  phoneNumberId: string;
  wabaId: string | null;
  /** The wamid: the idempotency key for inbound messages. */
  messageId: string;
  /** wa_id digits; null when the user is known only by a BSUID. */
  from: string | null;
  /** Business-scoped user id (BSUID). */
  fromUserId: string | null;
  profileName: string | null;
  contactWaId: string | null;
  contactUserId: string | null;
  timestamp: Date;
  /** Meta's message type: text, button, interactive, image, reaction, unsupported, ... */
  type: string;
  /** Text body, button label, interactive reply title, media caption or reaction emoji. */
  text: string | null;
  /** Template button payload or interactive reply id. */
  payload: string | null;
  /** The wamid of our message this replies to (quoted reply or button tap). */
  contextId: string | null;
  raw: unknown;
}

export interface DeliveryStatus {
  kind: 'status';
  phoneNumberId: string;
  wabaId: string | null;
  messageId: string;
  status: 'sent' | 'delivered' | 'read' | 'played' | 'failed' | (string & {});
  timestamp: Date;
  recipientId: string | null;
  recipientUserId: string | null;
  errors: WebhookError[];
  bizOpaque: string | null;
}

export interface PreferenceChange {
  kind: 'preference';
  phoneNumberId: string;
  wabaId: string | null;
  waId: string | null;
  userId: string | null;
  /** "marketing_messages" today. */
  category: string;
  /** "stop" | "resume"; Meta also sends others (e.g. "signup"), which change nothing. */
  value: string;
  detail: string | null;
  timestamp: Date;
}

/** `value.errors` of a `messages` change: an error not tied to one message. */
export interface WebhookErrorEvent {
  kind: 'error';
  phoneNumberId: string;
  wabaId: string | null;
  errors: WebhookError[];
}

export type WebhookEvent =
  InboundMessage | DeliveryStatus | PreferenceChange | WebhookErrorEvent | QualitySignal;

export interface SkippedItem {
  /** Where in the payload, e.g. "entry[0].changes[1].value.messages[2]". */
  path: string;
  reason: string;
}

export interface WebhookEvents {
  events: WebhookEvent[];
  skipped: SkippedItem[];
  /** Events kept with a repaired time (milliseconds, or the receive time): worth a warning. */
  repaired: SkippedItem[];
}
