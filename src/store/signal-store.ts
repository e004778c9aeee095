import type { EventsFor } from './event-store';
import type { Page, PageRequest } from './page';

/** One of Meta's account-level signals as stored for a tenant (see whatsapp/account-signals). */
export interface StoredSignal {
  id: string;
  tenantId: string;
  wabaId: string;
  /** template_status, template_quality, number_quality, account. */
  type: string;
  /** `template:<name>:<language>`, `number:<digits>`, `account`. */
  subject: string;
  event: string;
  /** The idempotency key within the tenant. */
  key: string;
  /** Meta's value as sent (reason, limits, restriction info, ...). */
  detail: Record<string, unknown>;
  /** When Meta says it happened (its entry time), else when it arrived. */
  at: Date;
  receivedAt: Date;
}

export type NewSignal = Omit<StoredSignal, 'id' | 'tenantId' | 'receivedAt'>;

/** Meta's quality signals per tenant: recorded once each, read back newest first. */
export interface SignalStore {
  /**
   * Records the signal once per (tenant, key); false when that key was already recorded. The
   * outbound `events` are written with it, in the same transaction, only when it was recorded now.
   */
  recordSignal(
    tenantId: string,
    signal: NewSignal,
    now: Date,
    events?: EventsFor<NewSignal>,
  ): Promise<boolean>;
  /** The newest signal of a type about a subject (by `at`, then arrival), or null. */
  latestSignal(tenantId: string, type: string, subject: string): Promise<StoredSignal | null>;
  /** The tenant's signals, newest first. */
  listSignals(tenantId: string, page: PageRequest): Promise<Page<StoredSignal>>;
  /**
   * Distinct contacts the tenant's tasks sent to since `since`: what Meta's messaging limit
   * (unique recipients per rolling 24 h) counts.
   */
  countContactsReachedSince(tenantId: string, since: Date): Promise<number>;
}
