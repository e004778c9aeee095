import type { ErrorBurstRule } from './error-burst';
import type { StoredOptOutBreaker } from './opt-out-breaker';

/**
 * The domain's records. Pure data: no I/O, no classes. Timestamps are Dates inside the
 * service and ISO 8601 strings (UTC) on the wire.
 */

export const CHANNELS = ['whatsapp', 'sms', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who asked for the opt-out: an admin (routes, imports), the customer, or Meta. */
export const ORIGINS = ['admin', 'customer', 'meta'] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * Where an opt-out stands at a moment: revoked (whatever its dates), else expired, else not yet
 * started (scheduled), else active. The list filters by it; the console shows it.
 */
export const OPT_OUT_STATES = ['active', 'scheduled', 'expired', 'revoked'] as const;
export type OptOutState = (typeof OPT_OUT_STATES)[number];

export const OPT_OUT_SOURCES = [
  'admin',
  'import',
  'keyword',
  'conversation',
  'template_button',
  'meta_preference',
  'meta_error_131050',
  /** The suppression entry kept under a keyed hash when a contact's personal data is erased. */
  'erasure',
  /** A choice on the customer's preference page (a signed link). */
  'preference_page',
] as const;
export type OptOutSource = (typeof OPT_OUT_SOURCES)[number];

export type KeywordScope = 'task_category' | 'all';

/** Reply texts a tenant may override, per language, per key (see domain/replies). */
export type ReplyTexts = Record<string, Partial<Record<string, string>>>;

export interface TenantSettings {
  /** The seed's "Marketing Unsubscription Duration"; null = until revoked. Default 30. */
  unsubscribeDays: number | null;
  /** IANA time zone for sending windows and dates in replies. */
  timeZone: string;
  /** ISO 3166 region for numbers written without a country code; null = read as international. */
  defaultRegion: string | null;
  /** Fallback reply language (ISO 639-1) when a message's language is not detected. */
  language: string;
  /** The sending number's Cloud API throughput (Meta: 80 by default, up to 1,000). */
  messagesPerSecond: number;
  /** `task_category`: a STOP after a task covers its category; `all`: every STOP covers all marketing. */
  keywordScope: KeywordScope;
  /**
   * Extra words or phrases, matched like the built-in keywords. `neverOptOut`: phrases that
   * are never an opt-out however they read (a brand slogan with "stop" in it); absent from
   * settings saved before it existed, hence optional.
   */
  keywords: { optOut: string[]; optIn: string[]; neverOptOut?: string[] };
  /** Per-language overrides of the reply texts. */
  replyTexts: ReplyTexts;
  /** Shown in confirmations ("You won't get promotions from {brand}"); defaults to the tenant name. */
  brandName: string | null;
  /**
   * How customer and Meta opt-outs behave: `seed` (the default: a task-linked opt-out lasts the
   * category's days) or `strict` (they never expire, and an admin lifts one only with a newer
   * consent or an explicit override). Absent on tenants created before it existed: `seed`.
   */
  customerOptOutPolicy?: CustomerOptOutPolicy;
  /** Ask a customer who writes START/JOIN to confirm with a button before recording consent. */
  doubleOptIn?: boolean;
  /**
   * After Meta reinstates a paused template or unflags the number: `auto` resumes the tasks it
   * paused, `admin` leaves them paused for an admin. Absent (settings saved before) = `auto`.
   */
  resumeAfterSignal?: 'auto' | 'admin';
  /**
   * A template that fails the check at publish (not approved, not marketing, wrong parameters,
   * no way out): `refuse` the publish, or `warn` and publish. Absent = `refuse`.
   */
  templateCheck?: 'refuse' | 'warn';
  /**
   * Pause a task whose recipients opt out above this rate over its last sends, or in a spike
   * (the circuit breaker, domain/opt-out-breaker.ts); null or absent = off.
   */
  optOutBreaker?: StoredOptOutBreaker | null;
  /**
   * Pause a task when one error code hits a large share of its sends in a few minutes (a
   * suspected provider fault, domain/error-burst.ts); absent = on with the defaults, null = off.
   */
  errorBurst?: ErrorBurstRule | null;
  /**
   * At most `max` marketing messages per contact in any rolling `hours`, across all the
   * tenant's tasks; over it a recipient waits. null or absent = no cap.
   */
  frequencyCap?: { max: number; hours: number } | null;
}

export const CUSTOMER_OPT_OUT_POLICIES = ['seed', 'strict'] as const;
export type CustomerOptOutPolicy = (typeof CUSTOMER_OPT_OUT_POLICIES)[number];

export interface Tenant {
  id: string;
  name: string;
  /** The WhatsApp phone number id that sends for this tenant and routes its webhooks. */
  phoneNumberId: string | null;
  /**
   * The WhatsApp Business Account id: Meta's template, number-quality and account webhooks carry
   * it as entry[].id (they have no phone number id), and the template check reads its templates.
   * Several tenants (numbers) may share one account.
   */
  wabaId: string | null;
  /** The Cloud API access token, encrypted (never returned). Null = the sandbox sends. */
  accessTokenEnc: string | null;
  settings: TenantSettings;
  createdAt: Date;
  updatedAt: Date;
}

export interface Category {
  id: string;
  tenantId: string;
  name: string;
  /** Positive integer, or null = until revoked. */
  unsubscribeDays: number | null;
  description: string | null;
  /** Words a customer may use to name this category ("offers", "ads"). */
  keywords: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** Why we believe the contact opted out: kept with the record and with each event. */
export interface Evidence {
  text?: string;
  intent?: string;
  certainty?: string;
  language?: string;
  messageId?: string;
  taskId?: string;
  payload?: string;
  identifiers?: string[];
  detail?: string;
  /** An admin's reason for lifting an opt-out. */
  reason?: string;
  /** The admin lifted a customer's opt-out in strict mode without a newer consent. */
  override?: boolean;
  /** The consent the admin relied on to lift a customer's opt-out. */
  consentId?: string;
}

export interface OptOut {
  id: string;
  tenantId: string;
  channel: Channel;
  /** E.164 for phone channels (or a BSUID for WhatsApp), lower-cased address for email. */
  contact: string;
  /** A category id, or null for all marketing. */
  categoryId: string | null;
  origin: Origin;
  source: OptOutSource;
  startsAt: Date;
  /** Null = until revoked. */
  expiresAt: Date | null;
  remarks: string | null;
  evidence: Evidence | null;
  createdAt: Date;
  updatedAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
}

export type OptOutEventType = 'created' | 'extended' | 'renewed' | 'revoked';

/** One line of the append-only audit trail of an opt-out. */
export interface OptOutEvent {
  id: string;
  tenantId: string;
  optOutId: string;
  type: OptOutEventType;
  /** `admin:<key prefix>`, `customer:<contact>`, `meta`, `system`. */
  actor: string;
  source: OptOutSource;
  evidence: Evidence | null;
  /** The validity after this event. */
  startsAt: Date;
  expiresAt: Date | null;
  at: Date;
}

export const TASK_STATUSES = [
  'draft',
  'scheduled',
  'running',
  'paused',
  'completed',
  'cancelled',
  'failed',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface SendingWindow {
  /** "HH:MM" in the window's time zone, inclusive. */
  start: string;
  /** "HH:MM" in the window's time zone, exclusive; may be before start (overnight). */
  end: string;
  /** ISO weekdays 1 (Monday) .. 7 (Sunday); empty or absent = every day. */
  days: number[];
  /**
   * Whose clock: `tenant` (the tenant's `timeZone`; absent = this) or `recipient` (each
   * recipient's own zone: its import column, else derived from its number).
   */
  timeZone?: WindowTimeZone;
  /** A named set of legal hours applied on top (in the recipient's zone); absent = none. */
  preset?: WindowPreset;
}

export const WINDOW_TIME_ZONES = ['tenant', 'recipient'] as const;
export type WindowTimeZone = (typeof WINDOW_TIME_ZONES)[number];
/** `us_marketing`: US marketing hours at the recipient's location (see us-marketing-hours.ts). */
export const WINDOW_PRESETS = ['us_marketing'] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];

export interface TaskTemplate {
  name: string;
  /** Template language code, e.g. "pt_BR". */
  language: string;
  /** Index of the quick-reply button that is the opt-out; sent with payload `optout:<taskId>`. */
  optOutButtonIndex: number | null;
  /**
   * Index of a URL button whose dynamic suffix is the recipient's preference-link token (the
   * template's URL ends in `/preferences?t={{1}}`); absent or null = none.
   */
  preferenceLinkButtonIndex?: number | null;
}

export interface Task {
  id: string;
  tenantId: string;
  name: string;
  type: 'marketing';
  channel: 'whatsapp';
  categoryId: string | null;
  template: TaskTemplate;
  startAt: Date | null;
  endAt: Date | null;
  policy: {
    window: SendingWindow | null;
    messagesPerSecond: number | null;
    /** Who may receive it (see TASK_AUDIENCES); older tasks have none: `not_opted_out`. */
    audience?: TaskAudience;
  };
  followUp: { assignees: string[] };
  status: TaskStatus;
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  completedAt: Date | null;
}

/**
 * `not_opted_out`: every recipient without an active opt-out covering the task (the default);
 * `consented`: only those who also hold an active consent covering the task's category.
 */
export const TASK_AUDIENCES = ['not_opted_out', 'consented'] as const;
export type TaskAudience = (typeof TASK_AUDIENCES)[number];

export const RECIPIENT_STATUSES = [
  'pending',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'suppressed',
  'unknown',
  /** A `consented` task's recipient with no active consent covering it: never sent. */
  'no_consent',
  /** Never sent: the task ended while the recipient waited for its own sending window. */
  'outside_window',
  /** Never sent: the task ended while the tenant's frequency cap held the recipient back. */
  'frequency_capped',
  /** Never sent: the task ended while Meta's per-user marketing limit (131049) held it back. */
  'meta_limited',
] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/**
 * Why a pending recipient waits (its `nextAttemptAt`): its own window is closed, the tenant's
 * frequency cap holds it, or Meta answered 131049. Each is also the status it ends with when
 * the task ends first.
 */
export const DEFER_REASONS = ['outside_window', 'frequency_capped', 'meta_limited'] as const;
export type DeferReason = (typeof DEFER_REASONS)[number];

/** Positional (`{{1}}`) or named template parameters. */
export type TemplateParams = string[] | Record<string, string> | null;

export interface Recipient {
  id: string;
  tenantId: string;
  taskId: string;
  contact: string;
  params: TemplateParams;
  /** The tenant's IANA zone for this recipient (an import column); null = derived from the number. */
  timeZone: string | null;
  status: RecipientStatus;
  /** Why a pending recipient waits until `nextAttemptAt`; null when it is not held back. */
  deferReason: DeferReason | null;
  attempts: number;
  nextAttemptAt: Date | null;
  claimedBy: string | null;
  claimedAt: Date | null;
  messageId: string | null;
  waId: string | null;
  errorCode: number | null;
  errorTitle: string | null;
  suppressedBy: string | null;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  failedAt: Date | null;
  optedOutAt: Date | null;
  lastReply: string | null;
  lastReplyAt: Date | null;
}

export interface TaskReply {
  id: string;
  tenantId: string;
  taskId: string;
  recipientId: string;
  contact: string;
  messageId: string;
  text: string;
  at: Date;
}

export type ImportKind = 'opt_outs' | 'recipients' | 'consents';
export type ImportStatus = 'running' | 'completed' | 'failed';

export interface InvalidRow {
  line: number;
  contact: string;
  error: string;
}

export interface ImportJob {
  id: string;
  tenantId: string;
  kind: ImportKind;
  taskId: string | null;
  /** The instance running it (config.instanceId); null for imports from before owners. */
  owner: string | null;
  status: ImportStatus;
  /** Rows of the file done so far, in file order: their outcomes are committed and in the summary. */
  processed: number;
  /** The same summary the synchronous import answers with (created/extended or accepted/duplicates, invalid). */
  summary: Record<string, unknown>;
  error: string | null;
  createdAt: Date;
  /** Also the heartbeat: a running import updates it at least every second or so. */
  updatedAt: Date;
}
