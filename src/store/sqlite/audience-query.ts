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
 * (consent-mirror.ts), and the reference the mirror's tests compare with. As ONE statement and one pass over the batch's
 * contact keys: each contact's descent of suppression_keys (the hits of SUPPRESSION_SQL, under
 * the same conditions, ranked the same way) and, only for a contact with no hit, one descent of
 * consent_keys (migration 12), which holds every active consent under each identifier it
 * reaches. A suppressed contact is suppressed whatever its consent, so its consent is not read
 * (the OR stops at the hit). One statement reads one snapshot, so each contact's opt-outs and
 * consents are read together: an opt-out and a withdrawal committed together are seen together
 * or not at all. The answer is one JSON array: a hit as SUPPRESSION_SQL gives it (a KeyRow), and
 * a consented contact without a hit as its index alone.
 */
export const AUDIENCE_SQL = `
  SELECT json_group_array(CASE WHEN s.opt_out_id IS NULL THEN j.key ELSE ${HIT_ROW} END)
  FROM json_each(@keys) AS j
  LEFT JOIN suppression_keys AS s ON ${SUPPRESSION_HIT}
  WHERE s.opt_out_id IS NOT NULL OR EXISTS (
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

/**
 * checkAudience on the suppression reader (memory-mapped, query-only), a large batch split with
 * the same worker thread as the default check.
 *
 * Mirrored (the usual case): the default check exactly as findSuppressionIds runs it, then the
 * space's consent mirror answers for every contact without a hit. The mirror is synced from the
 * consent_changes log in the same read transaction (one snapshot) as this thread's part of the
 * suppression check; the worker's part reads its own snapshot, as in the default check. Both
 * read the database after the call began, so a withdrawal or an opt-out committed before it, by
 * any process, is honoured.
 *
 * Not mirrored (over the cap, or a mirror that could not be brought up to date twice in a row):
 * AUDIENCE_SQL, one statement per part: the suppression hits and, for a contact with no hit,
 * one descent of consent_keys.
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

  /** Every contact's best hit, or null if the mirror could not be synced (to be reloaded). */
  const mirroredHits = reader.transaction(
    (
      mirror: ConsentMirror,
      contacts: string[],
      params: (part: string[]) => Record<string, unknown>,
    ): (KeyRow | undefined)[] | null => {
      if (!mirrors.sync(mirror)) return null;
      const best: (KeyRow | undefined)[] = new Array(contacts.length);
      runSplit(suppressionRun, contacts, params, (answer, offset) =>
        rank(JSON.parse(answer) as KeyRow[], offset, best),
      );
      return best;
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
    // Suppression wins: a contact listed twice, suppressed in one part's snapshot and not in
    // the other's, is suppressed.
    for (let i = 0; i < contacts.length; i++) {
      const contact = contacts[i] as string;
      if (held[i] === 0 && best[i] === undefined && !suppressed.has(contact))
        noConsent.add(contact);
    }
    return { suppressed, noConsent };
  }

  function byMirror(
    mirror: ConsentMirror,
    contacts: string[],
    best: (KeyRow | undefined)[],
    scopeKey: string,
  ): AudienceCheck {
    const suppressed = new Map<string, string>();
    const noConsent = new Set<string>();
    for (let i = 0; i < contacts.length; i++) {
      const row = best[i];
      if (row) suppressed.set(contacts[i] as string, row[1]);
    }
    const scopes = new Int32Array(contacts.length);
    mirror.keys.getContacts(contacts, best, scopes);
    const covering = mirrors.covering(scopeKey);
    for (let i = 0; i < contacts.length; i++) {
      if (best[i] !== undefined) continue;
      const id = scopes[i] as number;
      // Not covering[-1]: a typed array read out of bounds leaves V8's fast path.
      if (id >= 0 && covering[id] === 1) continue;
      const contact = contacts[i] as string;
      // Suppression wins, for a contact listed twice too.
      if (!suppressed.has(contact)) noConsent.add(contact);
    }
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
        const best = mirroredHits(mirror, contacts, params);
        if (best) return byMirror(mirror, contacts, best, toScopeKey(categoryId));
        mirrors.drop(mirror);
      }
      return bySql(contacts, params);
    },
  };
}
