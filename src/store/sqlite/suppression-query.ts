import type { OptOut } from '../../domain/types';
import type { OptOutStore } from '../types';
import { contactKeysJson } from './contact-key';
import { ALL_MARKETING, ms, toOptOut, toScopeKey, type OptOutRow } from './rows';
import { runSplit, type CheckWorker, type SplitStatement } from './check-worker';
import { distinct, type Db } from './sql-helpers';

type SuppressionMethods = Pick<OptOutStore, 'findSuppressionIds' | 'findSuppressions'>;

/**
 * The dispatcher's per-batch check, as ONE statement: the batch's contact keys arrive as a JSON
 * array (json_each) and each makes one descent of suppression_keys (migration 3), which already
 * holds every opt-out under each identifier it reaches, linked ones included. Only what decides
 * between several hits comes back (the scope as a flag, not a string to allocate), as one JSON
 * array: one value for the whole batch costs a third less than a JavaScript row per hit. The
 * opt-out rows themselves are never read.
 */
/** Whether the suppression_keys row `s` suppresses json_each's contact `j` (at @now, for @scopeKey). */
export const SUPPRESSION_HIT = `s.contact_key = j.value
    AND s.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
    AND s.scope_key IN ('${ALL_MARKETING}', @scopeKey)
    AND s.starts_at <= @now AND (s.expires_at IS NULL OR s.expires_at > @now)`;

/** A hit as the check answers it: a KeyRow. */
export const HIT_ROW = `json_array(j.key, s.opt_out_id, s.scope_key = '${ALL_MARKETING}', s.expires_at)`;

export const SUPPRESSION_SQL = `
  SELECT json_group_array(${HIT_ROW})
  FROM json_each(@keys) AS j
  CROSS JOIN suppression_keys AS s
  WHERE ${SUPPRESSION_HIT}
`;

/** One hit, in SELECT order: the contact's index in its part of the batch, and what ranks it. */
export type KeyRow = [
  index: number,
  optOutId: string,
  allMarketing: 0 | 1,
  expiresAt: number | null,
];

/**
 * Whether `a` is the better reason to suppress: all marketing first, then the longest lasting,
 * then the lowest id (the order findSuppressions and the MongoDB store agree on).
 */
function outranks(a: KeyRow, b: KeyRow): boolean {
  if (a[2] !== b[2]) return a[2] === 1;
  const aExpires = a[3];
  const bExpires = b[3];
  if (aExpires !== bExpires) {
    if (aExpires === null || bExpires === null) return aExpires === null;
    return aExpires > bExpires;
  }
  return a[1] < b[1];
}

/** Keeps, for each contact of a part starting at `offset`, its best hit. */
export function rank(rows: KeyRow[], offset: number, best: (KeyRow | undefined)[]): void {
  for (const row of rows) {
    const at = offset + row[0];
    const current = best[at];
    if (!current || outranks(row, current)) best[at] = row;
  }
}

/**
 * The check's parameters for one part of a batch: SUPPRESSION_SQL's, and the audience check's
 * (which embeds it).
 */
export function checkParams(
  tenantId: string,
  channel: string,
  categoryId: string | null,
  now: Date,
): (part: string[]) => Record<string, unknown> {
  // With no category only all-marketing rows count: '*' IN ('*', '*').
  const scopeKey = toScopeKey(categoryId);
  const at = ms(now);
  return (part) => ({ keys: contactKeysJson(part), tenantId, channel, scopeKey, now: at });
}

export interface SuppressionQueryOptions {
  /**
   * The thread that checks part of each large batch (check-worker.ts), given SUPPRESSION_SQL
   * among its statements; absent: every check runs on `db` alone.
   */
  worker?: CheckWorker;
}

export function createSuppressionQuery(
  db: Db,
  opts: SuppressionQueryOptions = {},
): SuppressionMethods {
  const statement = db.prepare<[Record<string, unknown>], string>(SUPPRESSION_SQL).pluck();
  const alone: SplitStatement = { statement, worker: null, index: -1 };
  const split: SplitStatement = opts.worker
    ? { statement, worker: opts.worker, index: opts.worker.indexOf(SUPPRESSION_SQL) }
    : alone;
  const rowsById = db.prepare<[string, string], OptOutRow>(
    'SELECT o.* FROM json_each(?) AS j CROSS JOIN opt_outs AS o WHERE o.id = j.value AND o.tenant_id = ?',
  );
  /**
   * Each suppressed contact mapped to its best opt-out's id. A contact listed twice is looked up
   * twice, which costs less than de-duplicating every batch. With `run` split, a large batch is
   * checked by two threads, each reading the database after the call began; with it alone
   * (inside findSuppressions' snapshot), by this connection alone.
   */
  function suppressionIds(
    tenantId: string,
    channel: string,
    contacts: string[],
    categoryId: string | null,
    now: Date,
    run: SplitStatement,
  ): Map<string, string> {
    const found = new Map<string, string>();
    if (contacts.length === 0) return found;
    // Indexed by the contact's position in `contacts`: no key is turned back into a contact.
    const best: (KeyRow | undefined)[] = new Array(contacts.length);
    runSplit(run, contacts, checkParams(tenantId, channel, categoryId, now), (answer, offset) =>
      rank(JSON.parse(answer) as KeyRow[], offset, best),
    );
    for (let i = 0; i < contacts.length; i++) {
      const row = best[i];
      if (row) found.set(contacts[i] as string, row[1]);
    }
    return found;
  }

  // The ids and their rows are read in one snapshot, so a row is never seen after its key is gone.
  const withRows = db.transaction(
    (
      tenantId: string,
      channel: string,
      contacts: string[],
      categoryId: string | null,
      now: Date,
    ) => {
      const ids = suppressionIds(tenantId, channel, contacts, categoryId, now, alone);
      const byId = new Map<string, OptOut>();
      const wanted = JSON.stringify(distinct([...ids.values()]));
      for (const row of rowsById.all(wanted, tenantId)) byId.set(row.id, toOptOut(row));
      const found = new Map<string, OptOut>();
      for (const [contact, id] of ids) {
        const optOut = byId.get(id);
        if (optOut) found.set(contact, optOut);
      }
      return found;
    },
  );

  return {
    async findSuppressionIds(tenantId, channel, contacts, categoryId, now) {
      return suppressionIds(tenantId, channel, contacts, categoryId, now, split);
    },

    async findSuppressions(tenantId, channel, contacts, categoryId, now) {
      if (contacts.length === 0) return new Map<string, OptOut>();
      return withRows(tenantId, channel, contacts, categoryId, now);
    },
  };
}
