import type { DeferReason, Recipient, RecipientStatus, TemplateParams } from '../domain/types';
import type { Page, PageRequest } from './page';

export interface NewRecipient {
  contact: string;
  params: TemplateParams;
  /** The tenant's IANA zone for this recipient (validated at import); absent = from the number. */
  timeZone?: string | null;
}

/** A pending recipient held back until `until` (null: never within this task) for `reason`. */
export interface Deferral {
  recipientId: string;
  until: Date | null;
  reason: DeferReason;
}

/** A contact's messages sent since some instant (the frequency cap's count). */
export interface RecentSends {
  count: number;
  /** The oldest of them: the cap frees one place when it leaves the rolling window. */
  oldest: Date;
}

export type RecipientStats = Record<RecipientStatus, number> & {
  total: number;
  optedOutAfter: number;
  /** Pending recipients waiting, by why (their window, the frequency cap, Meta's 131049). */
  deferred: Record<DeferReason, number>;
};

/** What one send attempt came to; applied only to a recipient this owner still has claimed. */
export type SendResult =
  | { kind: 'sent'; messageId: string; waId: string | null }
  | { kind: 'failed'; code: number | null; title: string }
  | { kind: 'unknown'; title: string }
  | { kind: 'suppressed'; optOutId: string | null; code: number | null; title: string }
  /** Not sent (a retryable error): back to pending, not before `retryAt`. */
  | { kind: 'retry'; retryAt: Date; code: number | null; title: string }
  /**
   * Claimed but never tried (the batch stopped early: backoff, pause, window closed): back to
   * pending, not before `retryAt`, and the claim does not count as an attempt.
   */
  | { kind: 'release'; retryAt: Date }
  /**
   * Not delivered for a reason that passes (Meta's 131049): back to pending, not before
   * `retryAt`, with the reason it waits; the claim counts as an attempt.
   */
  | { kind: 'defer'; retryAt: Date; reason: DeferReason; code: number | null; title: string };

/** A task's recipients and their way through a send (claim, start, result, abandoned sends). */
export interface RecipientStore {
  /** Inserts, ignoring contacts already on the task (unique index); returns how many were new. */
  addRecipients(
    tenantId: string,
    taskId: string,
    rows: NewRecipient[],
  ): Promise<{ inserted: number }>;
  listRecipients(
    tenantId: string,
    taskId: string,
    filter: { status?: RecipientStatus },
    page: PageRequest,
  ): Promise<Page<Recipient>>;
  recipientStats(tenantId: string, taskId: string): Promise<RecipientStats>;
  /**
   * True while any recipient of the task is `pending` (due now or later) or `sending`: all the
   * dispatcher asks on a tick that found nothing due (one index probe, not the task's stats).
   */
  hasUnsentRecipients(taskId: string): Promise<boolean>;

  /**
   * A contact's rows in the tenant's `recentTasks` newest tasks (every task when omitted: a
   * contact's data export), under any of these identifiers, newest task first: what the
   * console's contact page shows as "the task messages it got". Read through the (task, contact)
   * unique index, so it costs one lookup per task and identifier.
   */
  listContactRecipients(
    tenantId: string,
    contacts: string[],
    recentTasks?: number,
  ): Promise<Recipient[]>;
  /** Pending recipients due at `now` (nextAttemptAt null or past), oldest first. */
  loadPending(taskId: string, limit: number, now: Date): Promise<Recipient[]>;
  /** pending → suppressed with the opt-out that suppressed each. */
  markSuppressed(
    taskId: string,
    rows: { recipientId: string; optOutId: string }[],
    now: Date,
  ): Promise<void>;
  /**
   * Pending recipients held back: each stays pending with `nextAttemptAt = until` and its
   * `deferReason` (loadPending skips it until then, through an index); `until: null` ends it
   * at once with its reason as status. Recipients no longer pending are left alone.
   */
  deferRecipients(taskId: string, rows: Deferral[], now: Date): Promise<void>;
  /**
   * A task message Meta reported `failed` with a passing hold (131049): its recipient (still
   * `failed` with that message id) goes back to pending with `reason`, not before `now` plus
   * min(maxMs, baseMs × 2^(attempts − 1)), its message id cleared (the message was never
   * delivered, so it counts for no frequency cap). Returns the recipient, or null when it is
   * no longer that failed message (a duplicate status, or sent again since).
   */
  requeueHeldSend(
    messageId: string,
    reason: DeferReason,
    backoff: { baseMs: number; maxMs: number },
    now: Date,
  ): Promise<{ recipientId: string; taskId: string; until: Date } | null>;
  /**
   * At a task's end: every pending recipient held back for a reason takes that reason as its
   * status (`outside_window`, `frequency_capped`, `meta_limited`). Returns how many.
   */
  closeDeferredRecipients(taskId: string, now: Date): Promise<number>;
  /**
   * For each of the contacts, the tenant's messages sent to it (any task) since `since`, read
   * from the database through the (tenant, contact, sent_at) index: right across tasks and
   * instances. Contacts with none are absent.
   */
  countRecentSends(
    tenantId: string,
    contacts: string[],
    since: Date,
  ): Promise<Map<string, RecentSends>>;
  /** pending → no_consent: a `consented` task's recipients without an active consent. */
  markNoConsent(taskId: string, recipientIds: string[], now: Date): Promise<void>;
  /** pending → sending, owned by `owner`; returns the ids this call claimed. */
  claimRecipients(
    taskId: string,
    recipientIds: string[],
    owner: string,
    now: Date,
  ): Promise<string[]>;
  /** Applies a result to a recipient still `sending` and claimed by `owner`; false otherwise. */
  recordSendResult(
    recipientId: string,
    owner: string,
    result: SendResult,
    now: Date,
  ): Promise<boolean>;
  /**
   * Marks claimed recipients whose request is about to leave (call right before sending, a
   * fraction of a second of sends at a time). Returns how many this owner still had claimed.
   */
  markSendsStarted(recipientIds: string[], owner: string, now: Date): Promise<number>;
  /**
   * Recipients left `sending` by an owner that died: those marked started → unknown (never
   * re-sent: the request may have left); those never started → pending again. Returns how many
   * became unknown.
   */
  resolveAbandonedSends(taskId: string, now: Date): Promise<number>;
}
