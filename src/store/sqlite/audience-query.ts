import type { ConsentStore } from '../types';
import { runSplit, type CheckWorker, type SplitStatement } from './check-worker';
import { ALL_MARKETING } from './rows';
import type { Db } from './sql-helpers';
import { checkParams, HIT_ROW, rank, SUPPRESSION_HIT, type KeyRow } from './suppression-query';

/**
 * The dispatcher's check for a `consented` task, as ONE statement and one pass over the batch's
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
  /** The thread that checks part of each large batch, given AUDIENCE_SQL among its statements. */
  worker?: CheckWorker;
}

/**
 * checkAudience on the suppression reader (memory-mapped, query-only), a large batch split with
 * the same worker thread as the default check. Each part is one statement, so one snapshot; the
 * two parts, like the default check's, each read the database after the call began.
 */
export function createAudienceQuery(
  reader: Db,
  opts: AudienceQueryOptions = {},
): Pick<ConsentStore, 'checkAudience'> {
  const statement = reader.prepare<[Record<string, unknown>], string>(AUDIENCE_SQL).pluck();
  const run: SplitStatement = opts.worker
    ? { statement, worker: opts.worker, index: opts.worker.indexOf(AUDIENCE_SQL) }
    : { statement, worker: null, index: -1 };
  return {
    async checkAudience(tenantId, channel, contacts, categoryId, now) {
      const suppressed = new Map<string, string>();
      const consented = new Set<string>();
      if (contacts.length === 0) return { suppressed, consented };
      // Indexed by the contact's position in `contacts`, as in the suppression check.
      const best: (KeyRow | undefined)[] = new Array(contacts.length);
      const held = new Uint8Array(contacts.length);
      runSplit(run, contacts, checkParams(tenantId, channel, categoryId, now), (answer, offset) => {
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
        if (held[i] === 1 && !suppressed.has(contact)) consented.add(contact);
      }
      return { suppressed, consented };
    },
  };
}
