import type { OptOut } from '../../domain/types';
import type { OptOutStore } from '../types';
import { contactKeysJson } from './contact-key';
import { ALL_MARKETING, ms, toOptOut, toScopeKey, type OptOutRow } from './rows';
import { distinct, type Db } from './sql-helpers';
import type { SuppressionWorker } from './suppression-worker';

type SuppressionMethods = Pick<OptOutStore, 'findSuppressionIds' | 'findSuppressions'>;

/**
 * The dispatcher's per-batch check, as ONE statement: the batch's contact keys arrive as a JSON
 * array (json_each) and each makes one descent of suppression_keys (migration 3), which already
 * holds every opt-out under each identifier it reaches, linked ones included. Only what decides
 * between several hits comes back (the scope as a flag, not a string to allocate), as one JSON
 * array: one value for the whole batch costs a third less than a JavaScript row per hit. The
 * opt-out rows themselves are never read.
 */
const SQL = `
  SELECT json_group_array(json_array(j.key, s.opt_out_id, s.scope_key = '${ALL_MARKETING}', s.expires_at))
  FROM json_each(@keys) AS j
  CROSS JOIN suppression_keys AS s
  WHERE s.contact_key = j.value
    AND s.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
    AND s.scope_key IN ('${ALL_MARKETING}', @scopeKey)
    AND s.starts_at <= @now AND (s.expires_at IS NULL OR s.expires_at > @now)
`;

/** A batch this large is split with the worker thread; below it, handing over costs more than it saves. */
export const SPLIT_MIN_CONTACTS = 100;

/** The share of a split batch the calling thread keeps (half measured best on two cores). */
const CALLER_SHARE = 0.5;

/** One hit, in SELECT order: the contact's index in its part of the batch, and what ranks it. */
type KeyRow = [index: number, optOutId: string, allMarketing: 0 | 1, expiresAt: number | null];

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
function rank(answer: string, offset: number, best: (KeyRow | undefined)[]): void {
  for (const row of JSON.parse(answer) as KeyRow[]) {
    const at = offset + row[0];
    const current = best[at];
    if (!current || outranks(row, current)) best[at] = row;
  }
}

export interface SuppressionQueryOptions {
  /**
   * Opens the thread that checks part of each large batch (see suppression-worker.ts), on first
   * use; absent for a `:memory:` database (private to its connection) or a single-core machine.
   */
  startWorker?: (sql: string) => SuppressionWorker;
  /** Told once if the worker stops being used (the check goes on in the calling thread). */
  onWorkerLost?: (reason: string) => void;
}

export function createSuppressionQuery(
  db: Db,
  opts: SuppressionQueryOptions = {},
): SuppressionMethods & { closeSuppressionWorker(): Promise<void> } {
  const statement = db.prepare<[Record<string, unknown>], string>(SQL).pluck();
  const rowsById = db.prepare<[string, string], OptOutRow>(
    'SELECT o.* FROM json_each(?) AS j CROSS JOIN opt_outs AS o WHERE o.id = j.value AND o.tenant_id = ?',
  );
  let worker: SuppressionWorker | null = null;
  let workerLost = false;

  /** The worker, started on the first batch large enough to split; null while it cannot help. */
  function helper(): SuppressionWorker | null {
    if (workerLost || !opts.startWorker) return null;
    worker ??= opts.startWorker(SQL);
    if (worker.failure !== null) {
      workerLost = true;
      opts.onWorkerLost?.(worker.failure);
      return null;
    }
    return worker;
  }

  /**
   * Each suppressed contact mapped to its best opt-out's id. A contact listed twice is looked up
   * twice, which costs less than de-duplicating every batch. With `split`, a large batch is
   * checked by two threads, each reading the database after the call began; with it off (inside
   * findSuppressions' snapshot), by this connection alone.
   */
  function suppressionIds(
    tenantId: string,
    channel: string,
    contacts: string[],
    categoryId: string | null,
    now: Date,
    split: boolean,
  ): Map<string, string> {
    const found = new Map<string, string>();
    if (contacts.length === 0) return found;
    // With no category only all-marketing rows suppress: '*' IN ('*', '*').
    const scopeKey = toScopeKey(categoryId);
    const at = ms(now);
    const params = (part: string[]) => ({
      keys: contactKeysJson(part),
      tenantId,
      channel,
      scopeKey,
      now: at,
    });
    // Indexed by the contact's position in `contacts`: no key is turned back into a contact.
    const best: (KeyRow | undefined)[] = new Array(contacts.length);
    const other = split && contacts.length >= SPLIT_MIN_CONTACTS ? helper() : null;
    const cut = other ? Math.floor(contacts.length * CALLER_SHARE) : contacts.length;
    const rest = contacts.slice(cut);
    const posted = other !== null && other.post(params(rest));
    const mine = posted ? contacts.slice(0, cut) : contacts;
    rank(statement.get(params(mine)) as string, 0, best);
    if (posted) rank(other.collect() ?? (statement.get(params(rest)) as string), cut, best);
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
      const ids = suppressionIds(tenantId, channel, contacts, categoryId, now, false);
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
      return suppressionIds(tenantId, channel, contacts, categoryId, now, true);
    },

    async findSuppressions(tenantId, channel, contacts, categoryId, now) {
      if (contacts.length === 0) return new Map<string, OptOut>();
      return withRows(tenantId, channel, contacts, categoryId, now);
    },

    async closeSuppressionWorker() {
      workerLost = true;
      await worker?.close();
    },
  };
}
