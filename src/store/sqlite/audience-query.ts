import type { AudienceCheck, ConsentStore } from '../types';
import { runSplit, type CheckWorker, type SplitStatement } from './check-worker';
import { createConsentMirrors, type ConsentMirror } from './consent-mirror';
import { ALL_MARKETING, toScopeKey } from './rows';
import type { Db } from './sql-helpers';
import {
  checkParams,
  HIT_ROW,
  rank,
  SUPPRESSION_HIT,
  SUPPRESSION_SQL,
  type KeyRow,
} from './suppression-query';

/**
 * The `consented` check in SQL alone: the fallback for a space not mirrored in memory
 * (consent-mirror.ts), and the reference the mirror's tests compare with. Consent first, as
 * ONE statement and one pass over the batch's contact keys: each contact's descent of
 * consent_keys (migration 12), which holds every active consent under each identifier it
 * reaches, and only for a consented contact its descent of suppression_keys (the hits of
 * SUPPRESSION_SQL, under the same conditions, ranked the same way). A contact without consent
 * is left out whatever its opt-outs, so they are not read. One statement reads one snapshot, so
 * each contact's consents and opt-outs are read together: an opt-out and a withdrawal committed
 * together are seen together or not at all. The answer is one JSON array with rows for the
 * consented contacts alone: a hit as SUPPRESSION_SQL gives it (a KeyRow), a contact without a
 * hit as its index alone.
 */
export const AUDIENCE_SQL = `
  SELECT json_group_array(CASE WHEN s.opt_out_id IS NULL THEN j.key ELSE ${HIT_ROW} END)
  FROM json_each(@keys) AS j
  LEFT JOIN suppression_keys AS s ON ${SUPPRESSION_HIT}
  WHERE EXISTS (
    SELECT 1 FROM consent_keys AS c
    WHERE c.contact_key = j.value
      AND c.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
      AND c.scope_key IN ('${ALL_MARKETING}', @scopeKey))
`;

export interface AudienceQueryOptions {
  /**
   * The thread that checks part of each large batch, given SUPPRESSION_SQL and AUDIENCE_SQL
   * among its statements.
   */
  worker?: CheckWorker;
  /**
   * The most consent keys this process mirrors in memory, all spaces together
   * (consent-mirror.ts); a space beyond it is checked with AUDIENCE_SQL. 0: never mirror.
   */
  mirrorMaxKeys?: number;
}

/**
 * The default cap on mirrored consent keys: at most about 135 MB of table for E.164 keys (8-byte
 * slots, 30-60 % full), more for keys kept as strings (BSUIDs: about 100 bytes each).
 */
export const DEFAULT_MIRROR_MAX_KEYS = 5_000_000;

/** getContacts' `skip`: no contact skipped. */
const NOTHING_SKIPPED: readonly unknown[] = [];

/**
 * checkAudience on the suppression reader (memory-mapped, query-only), a large batch split with
 * the same worker thread as the default check.
 *
 * Consent first: a contact without an active consent covering the task is left out
 * (`noConsent`) whatever its opt-outs, and only the consented ones are checked for suppression,
 * so a list with contacts who never consented costs less to check than the default check of the
 * same list, and one where all consented costs the default check plus the consent lookups.
 *
 * Mirrored (the usual case): the space's consent mirror, synced from the consent_changes log in
 * the same read transaction (one snapshot) as this thread's part of the suppression check,
 * answers every contact's consent; the consented contacts then go through the default check
 * exactly as findSuppressionIds runs it (the worker's part reads its own snapshot, as in the
 * default check). Both read the database after the call began, so a withdrawal or an opt-out
 * committed before it, by any process, is honoured.
 *
 * Not mirrored (over the cap, or a mirror that could not be brought up to date twice in a row):
 * AUDIENCE_SQL, one statement per part: one descent of consent_keys per contact and, for a
 * consented one, its suppression hits.
 */
export function createAudienceQuery(
  reader: Db,
  opts: AudienceQueryOptions = {},
): Pick<ConsentStore, 'checkAudience'> {
  const statement = reader.prepare<[Record<string, unknown>], string>(AUDIENCE_SQL).pluck();
  const run: SplitStatement = opts.worker
    ? { statement, worker: opts.worker, index: opts.worker.indexOf(AUDIENCE_SQL) }
    : { statement, worker: null, index: -1 };
  const suppression = reader.prepare<[Record<string, unknown>], string>(SUPPRESSION_SQL).pluck();
  const suppressionRun: SplitStatement = opts.worker
    ? { statement: suppression, worker: opts.worker, index: opts.worker.indexOf(SUPPRESSION_SQL) }
    : { statement: suppression, worker: null, index: -1 };
  const mirrors = createConsentMirrors(reader, {
    maxKeys: opts.mirrorMaxKeys ?? DEFAULT_MIRROR_MAX_KEYS,
  });

  /**
   * Consent first: the mirror (synced in this snapshot) splits the batch into the contacts
   * without a covering consent, left out whatever their opt-outs, and the consented ones, whose
   * suppression is then checked as findSuppressionIds checks it, in the same snapshot for this
   * thread's part. Null if the mirror could not be synced (to be reloaded).
   */
  const byMirror = reader.transaction(
    (
      mirror: ConsentMirror,
      contacts: string[],
      params: (part: string[]) => Record<string, unknown>,
      scopeKey: string,
    ): AudienceCheck | null => {
      if (!mirrors.sync(mirror)) return null;
      const scopes = new Int32Array(contacts.length);
      mirror.keys.getContacts(contacts, NOTHING_SKIPPED, scopes);
      const covering = mirrors.covering(scopeKey);
      const noConsent = new Set<string>();
      const held: string[] = [];
      for (let i = 0; i < contacts.length; i++) {
        const id = scopes[i] as number;
        const contact = contacts[i] as string;
        // Not covering[-1]: a typed array read out of bounds leaves V8's fast path.
        if (id >= 0 && covering[id] === 1) held.push(contact);
        else noConsent.add(contact);
      }
      const suppressed = new Map<string, string>();
      if (held.length === 0) return { suppressed, noConsent };
      const best: (KeyRow | undefined)[] = new Array(held.length);
      runSplit(suppressionRun, held, params, (answer, offset) =>
        rank(JSON.parse(answer) as KeyRow[], offset, best),
      );
      for (let i = 0; i < held.length; i++) {
        const row = best[i];
        if (row) suppressed.set(held[i] as string, row[1]);
      }
      return { suppressed, noConsent };
    },
  );

  function bySql(
    contacts: string[],
    params: (part: string[]) => Record<string, unknown>,
  ): AudienceCheck {
    const suppressed = new Map<string, string>();
    const noConsent = new Set<string>();
    // Indexed by the contact's position in `contacts`, as in the suppression check.
    const best: (KeyRow | undefined)[] = new Array(contacts.length);
    const held = new Uint8Array(contacts.length);
    runSplit(run, contacts, params, (answer, offset) => {
      const rows = JSON.parse(answer) as (KeyRow | number)[];
      const hits: KeyRow[] = [];
      for (const row of rows) {
        if (typeof row === 'number') held[offset + row] = 1;
        else hits.push(row);
      }
      rank(hits, offset, best);
    });
    for (let i = 0; i < contacts.length; i++) {
      const row = best[i];
      if (row) suppressed.set(contacts[i] as string, row[1]);
    }
    // Only consented contacts answer: a contact with neither a row nor a hit has no consent.
    // One listed twice, consented in one part's snapshot and not in the other's, is left out.
    for (let i = 0; i < contacts.length; i++) {
      const contact = contacts[i] as string;
      if (held[i] === 0 && best[i] === undefined) noConsent.add(contact);
    }
    for (const contact of noConsent) suppressed.delete(contact);
    return { suppressed, noConsent };
  }

  return {
    async checkAudience(tenantId, channel, contacts, categoryId, now) {
      if (contacts.length === 0) return { suppressed: new Map(), noConsent: new Set() };
      const params = checkParams(tenantId, channel, categoryId, now);
      // Twice at most: a mirror found out of date (behind a prune, or a bulk import since) is
      // reloaded once; if even the fresh one cannot be synced, this batch goes by SQL.
      for (let attempt = 0; attempt < 2; attempt++) {
        const mirror = await mirrors.acquire(tenantId, channel, now);
        if (!mirror) break;
        const answer = byMirror(mirror, contacts, params, toScopeKey(categoryId));
        if (answer) return answer;
        mirrors.drop(mirror);
      }
      return bySql(contacts, params);
    },
  };
}
