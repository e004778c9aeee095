import type { Consent, ConsentEvent, ConsentEvidence, ConsentSource } from '../domain/consent';
import type { Channel } from '../domain/types';
import type { EventsFor } from './event-store';
import type { Page, PageRequest } from './page';

/** What a grant writes: the consent's own fields, and who recorded it (kept on its event). */
export interface ConsentInput {
  tenantId: string;
  channel: Channel;
  contact: string;
  /** A category id, or null for all marketing. */
  categoryId: string | null;
  source: ConsentSource;
  evidence: ConsentEvidence | null;
  actor: string;
}

/** created: no row for the key; renewed: the row was withdrawn; reaffirmed: it was active. */
export type GrantOutcome = 'created' | 'renewed' | 'reaffirmed';

export interface ConsentFilter {
  channel?: Channel;
  /** Exact stored contacts (the caller normalises and may pass aliases). */
  contacts?: string[];
  /** A category id, or null for "all marketing" rows only; undefined = any scope. */
  categoryId?: string | null;
  /** true = not withdrawn; false = withdrawn. */
  active?: boolean;
}

/**
 * What the dispatcher reads for a batch of a `consented` task, in one snapshot, consent first:
 * the contacts WITHOUT an active consent covering the task (left out whatever their opt-outs:
 * recipient status `no_consent`) and, of the consented ones, those suppressed (as
 * findSuppressionIds answers for them). The rest are the ones it may send to. The contacts
 * left out, not the ones kept, because a `consented` task's list is mostly consented: the set
 * built per batch (and looked up per contact by the dispatcher) is the small one.
 */
export interface AudienceCheck {
  /** Consented contacts with an active opt-out covering the task, and that opt-out's id. */
  suppressed: Map<string, string>;
  noConsent: Set<string>;
}

/** The consent ledger: one row per (tenant, channel, contact, scope) and its event history. */
export interface ConsentStore {
  /**
   * Atomic create-or-update of the key's row, plus an event (every grant is one); the outbound
   * `events` are written from the result in the same transaction.
   */
  grantConsent(
    input: ConsentInput,
    now: Date,
    events?: EventsFor<{ consent: Consent; outcome: GrantOutcome }>,
  ): Promise<{ consent: Consent; outcome: GrantOutcome }>;
  /**
   * Many grants in one transaction (imports). Same rules each; outcomes in input order, and
   * `events` from every row's result, in the same transaction.
   */
  grantConsents(
    inputs: ConsentInput[],
    now: Date,
    events?: EventsFor<{ consent: Consent; outcome: GrantOutcome }[]>,
  ): Promise<GrantOutcome[]>;
  getConsent(tenantId: string, id: string): Promise<Consent | null>;
  listConsents(tenantId: string, filter: ConsentFilter, page: PageRequest): Promise<Page<Consent>>;
  /**
   * Sets withdrawnAt/By/Reason and appends an event; withdrawing a withdrawn row changes nothing.
   * The outbound `events` are written in the same transaction, only when this call withdrew it.
   */
  withdrawConsent(
    tenantId: string,
    id: string,
    actor: string,
    reason: string,
    now: Date,
    events?: EventsFor<Consent>,
  ): Promise<Consent | null>;
  /** Oldest first. */
  listConsentEvents(tenantId: string, consentId: string): Promise<ConsentEvent[]>;
  /**
   * For each input contact: whether an active consent covering `categoryId` (or all marketing)
   * is held by the contact or by any identifier linked to it. Returns the consented contacts.
   */
  findConsented(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    categoryId: string | null,
  ): Promise<Set<string>>;
  /**
   * The dispatcher's check for a `consented` task: the suppression check (findSuppressionIds)
   * and findConsented, every read taken after the call began, so an opt-out or a withdrawal
   * committed before it is honoured. MongoDB reads both in one snapshot. SQLite reads, like
   * findSuppressionIds, part of a large batch's suppression in the worker thread's own snapshot,
   * and the rest of the suppression together with the consents (its in-memory mirror, synced
   * from the change log) in one: a change committed during the call may be seen by one of the
   * two and not the other; every change committed before the call is seen by both.
   */
  checkAudience(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Promise<AudienceCheck>;
  /**
   * Retention of what checkAudience keeps in step with: removes at most `limit` of the oldest
   * entries of the consent change log recorded before `before`; how many. SQLite logs every
   * consent_keys change (migration 17) so each process's in-memory consent mirror stays exact; a
   * mirror older than the pruned entries reloads. MongoDB keeps no such log (its check reads the
   * consents): 0. Never changes what checkAudience answers.
   */
  pruneConsentChanges(before: Date, limit: number): Promise<number>;
}
