/**
 * Our own types for the JSON Meta POSTs to the webhook (the `whatsapp_business_account`
 * object). They describe what Meta documents; parse-webhook.ts still checks every field at
 * run time, because a signed body may hold anything.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
 */

export interface WaWebhook {
  object: 'whatsapp_business_account';
  entry: WaEntry[];
}

export interface WaEntry {
  /** The WhatsApp Business Account (WABA) id. */
  id: string;
  changes: WaChange[];
}

export type WaChange =
  | { field: 'messages'; value: WaMessagesValue }
  | { field: 'user_preferences'; value: WaUserPreferencesValue }
  /**
   * message_template_status_update, message_template_quality_update, phone_number_quality_update
   * and account_update are parsed by parse-signal-change.ts (see account-signals.ts); any other
   * field is logged and skipped.
   */
  | { field: string; value: unknown };

export interface WaMetadata {
  /** Digits, no "+". */
  display_phone_number: string;
  /** The sending number's id: routes the event to a tenant. */
  phone_number_id: string;
}

export interface WaContact {
  profile?: { name?: string; username?: string };
  wa_id?: string;
  /** Business-scoped user id (BSUID), e.g. "US.13491208655302741918" (2026 rollout). */
  user_id?: string;
  parent_user_id?: string;
}

export interface WaError {
  code: number;
  title?: string;
  message?: string;
  error_data?: { details?: string };
  href?: string;
}

export interface WaMessagesValue {
  messaging_product: 'whatsapp';
  metadata: WaMetadata;
  contacts?: WaContact[];
  messages?: WaInboundMessage[];
  statuses?: WaStatus[];
  /** Asynchronous errors not tied to one message. */
  errors?: WaError[];
}

export interface WaContext {
  from?: string;
  /** The wamid of our message the user replied to or whose button they tapped. */
  id?: string;
  forwarded?: boolean;
  frequently_forwarded?: boolean;
}

export interface WaInboundBase {
  /** wa_id digits; may be absent for users who only have a BSUID. */
  from?: string;
  from_user_id?: string;
  id: string;
  /** Unix seconds as a string. */
  timestamp: string;
  context?: WaContext;
  errors?: WaError[];
}

export type WaInboundMessage = WaInboundBase &
  (
    | { type: 'text'; text: { body: string } }
    /** A template quick-reply tap: `payload` is what we sent for that button index. */
    | { type: 'button'; button: { payload: string; text: string } }
    | { type: 'interactive'; interactive: WaInteractiveReply }
    | { type: 'image' | 'video' | 'document'; [media: string]: unknown }
    | { type: 'reaction'; reaction: { message_id: string; emoji?: string } }
    | { type: 'unsupported'; unsupported?: { type?: string } }
    | { type: string; [key: string]: unknown }
  );

export type WaInteractiveReply =
  | { type: 'button_reply'; button_reply: { id: string; title: string } }
  | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } }
  | { type: string; [key: string]: unknown };

export type WaStatusValue = 'sent' | 'delivered' | 'read' | 'played' | 'failed';

export interface WaStatus {
  /** The wamid we got back when sending. */
  id: string;
  status: WaStatusValue | string;
  timestamp: string;
  recipient_id?: string;
  recipient_user_id?: string;
  biz_opaque_callback_data?: string;
  conversation?: { id: string; expiration_timestamp?: string; origin: { type: string } };
  pricing?: { billable?: boolean; pricing_model: 'PMP' | 'CBP'; type?: string; category: string };
  errors?: WaError[];
}

export interface WaUserPreferencesValue {
  messaging_product: 'whatsapp';
  metadata: WaMetadata;
  contacts?: WaContact[];
  user_preferences: WaUserPreference[];
}

/** Meta's own marketing stop/resume switch (field `user_preferences`). */
export interface WaUserPreference {
  wa_id?: string;
  user_id?: string;
  parent_user_id?: string;
  /** "User requested to stop marketing messages". */
  detail: string;
  category: 'marketing_messages' | string;
  value: 'stop' | 'resume' | string;
  /** Unix seconds as a number here (a string in messages). */
  timestamp: number;
}
