import type {
  Channel,
  Evidence,
  OptOut,
  OptOutEvent,
  OptOutSource,
  OptOutState,
  Origin,
} from '../domain/types';
import type { EventsFor } from './event-store';
import type { Page, PageRequest } from './page';

/** What an upsert writes: the opt-out's own fields, and who did it (kept on its event). */
export type OptOutInput = Pick<
  OptOut,
  | 'tenantId'
  | 'channel'
  | 'contact'
  | 'categoryId'
  | 'origin'
  | 'source'
  | 'startsAt'
  | 'expiresAt'
  | 'remarks'
  | 'evidence'
> & { actor: string };

/**
 * created: no row for the key; renewed: the row existed but was revoked, expired or not yet
 * started, and now runs again with the new validity; extended: active, the expiry moved later;
 * unchanged: active and already lasting at least as long (no event appended).
 */
export type UpsertOutcome = 'created' | 'extended' | 'renewed' | 'unchanged';

export interface OptOutFilter {
  channel?: Channel;
  /** Exact stored contacts (the caller normalises and may pass aliases). */
  contacts?: string[];
  /** A category id, or null for "all marketing" rows only; undefined = any scope. */
  categoryId?: string | null;
  source?: OptOutSource;
  origin?: Origin;
  /** true = active at `now`; false = revoked, expired or not yet started. */
  active?: boolean;
  /** One state at `now` (see OPT_OUT_STATES): revoked, expired, scheduled or active. */
  state?: OptOutState;
  createdFrom?: Date;
  createdTo?: Date;
}

export interface RevokeInput {
  tenantId: string;
  channel: Channel;
  /** Identifiers of one contact (aliases included). */
  contacts: string[];
  /** Only rows of these origins (START revokes `customer`, Meta's resume revokes `meta`). */
  origins: Origin[];
  actor: string;
  source: OptOutSource;
  evidence: Evidence | null;
}

/** The opt-out list, its event history, and the suppression check the dispatcher runs. */
export interface OptOutStore {
  /**
   * One row per (tenant, channel, contact, category, origin): atomic create-or-update, plus an
   * event; `events` (outbound, for the tenant's other systems) are written in the same
   * transaction, from the result, unless the outcome is `unchanged`.
   */
  upsertOptOut(
    input: OptOutInput,
    now: Date,
    events?: EventsFor<{ optOut: OptOut; outcome: UpsertOutcome }>,
  ): Promise<{ optOut: OptOut; outcome: UpsertOutcome }>;
  /**
   * Many upserts in one transaction where the backend allows it (imports). Same rules each;
   * `events` gets the rows that changed (not the `unchanged` ones), in input order.
   */
  upsertOptOuts(
    inputs: OptOutInput[],
    now: Date,
    events?: EventsFor<{ optOut: OptOut; outcome: UpsertOutcome }[]>,
  ): Promise<UpsertOutcome[]>;
  getOptOut(tenantId: string, id: string): Promise<OptOut | null>;
  listOptOuts(
    tenantId: string,
    filter: OptOutFilter,
    page: PageRequest,
    now: Date,
  ): Promise<Page<OptOut>>;
  /**
   * Sets revokedAt/revokedBy and appends an event (with `evidence`: the admin's reason, an
   * override, the consent relied on); revoking a revoked row changes nothing (and writes no
   * `events`: they are written, in the same transaction, only when this call revoked it).
   */
  revokeOptOut(
    tenantId: string,
    id: string,
    actor: string,
    now: Date,
    evidence?: Evidence | null,
    events?: EventsFor<OptOut>,
  ): Promise<OptOut | null>;
  /**
   * Revokes the active rows of these origins for any of the contacts; returns those revoked
   * (and writes `events` for them, when there are any, in the same transaction).
   */
  revokeOptOutsFor(input: RevokeInput, now: Date, events?: EventsFor<OptOut[]>): Promise<OptOut[]>;
  listOptOutEvents(tenantId: string, optOutId: string): Promise<OptOutEvent[]>;
  /** Every active opt-out (any scope) whose contact is one of these identifiers. */
  findActiveOptOuts(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    now: Date,
  ): Promise<OptOut[]>;
  /**
   * The suppression check the dispatcher runs before every batch, in one round trip against
   * the database: for each input contact, an active opt-out that covers `categoryId` (or all
   * marketing) on the contact or on any identifier linked to it. Contacts not suppressed are
   * absent from the map.
   */
  findSuppressions(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Promise<Map<string, OptOut>>;
  /**
   * The same check with only what the dispatcher records: each suppressed input contact mapped
   * to the id of the opt-out `findSuppressions` returns for it. The hot path: it reads no more
   * of the database than the decision needs.
   */
  findSuppressionIds(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Promise<Map<string, string>>;
}
