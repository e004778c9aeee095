import type { OptOut } from '../../domain/types';
import type { Store } from '../types';
import { contactKeysJson } from './contact-key';
import { ALL_MARKETING, ms, toOptOut, toScopeKey, type OptOutRow } from './rows';
import { distinct, type Db } from './sql-helpers';

type SuppressionMethods = Pick<Store, 'findSuppressionIds' | 'findSuppressions'>;

/**
 * The dispatcher's per-batch check, as ONE statement: the batch's contact keys arrive as a JSON
 * array (json_each) and each makes one descent of suppression_keys (migration 3), which already
 * holds every opt-out under each identifier it reaches, linked ones included. Only what decides
 * between several hits comes back (the scope as a flag, not a string to allocate); the opt-out
 * rows themselves are never read.
 */
const SQL = `
  SELECT j.key, s.opt_out_id, s.scope_key = '${ALL_MARKETING}', s.expires_at
  FROM json_each(@keys) AS j
  CROSS JOIN suppression_keys AS s
  WHERE s.contact_key = j.value
    AND s.space_id = (SELECT id FROM opt_out_spaces WHERE tenant_id = @tenantId AND channel = @channel)
    AND s.scope_key IN ('${ALL_MARKETING}', @scopeKey)
    AND s.starts_at <= @now AND (s.expires_at IS NULL OR s.expires_at > @now)
`;

/** A raw result row (arrays are much cheaper than keyed objects at a million rows), in SELECT order. */
type KeyRow = [index: number, optOutId: string, allMarketing: 0 | 1, expiresAt: number | null];

/** Whether `a` is the better reason to suppress: all marketing first, then the longest lasting. */
function outranks(a: KeyRow, b: KeyRow): boolean {
  if (a[2] !== b[2]) return a[2] === 1;
  const aExpires = a[3];
  const bExpires = b[3];
  if (aExpires === null || bExpires === null) return aExpires === null && bExpires !== null;
  return aExpires > bExpires;
}

export function createSuppressionQuery(db: Db): SuppressionMethods {
  const statement = db.prepare<[Record<string, unknown>], KeyRow>(SQL).raw(true);
  const rowsById = db.prepare<[string, string], OptOutRow>(
    'SELECT o.* FROM json_each(?) AS j CROSS JOIN opt_outs AS o WHERE o.id = j.value AND o.tenant_id = ?',
  );

  /**
   * Each suppressed contact mapped to its best opt-out's id (on ties, the lowest id: key order).
   * A contact listed twice is looked up twice, which costs less than de-duplicating every batch.
   */
  function suppressionIds(
    tenantId: string,
    channel: string,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Map<string, string> {
    const found = new Map<string, string>();
    if (contacts.length === 0) return found;
    const rows = statement.all({
      keys: contactKeysJson(contacts),
      tenantId,
      channel,
      // With no category only all-marketing rows suppress: '*' IN ('*', '*').
      scopeKey: toScopeKey(categoryId),
      now: ms(now),
    });
    // Indexed by the contact's position in `contacts` (json_each's key): no key is turned back
    // into a contact.
    const best: (KeyRow | undefined)[] = new Array(contacts.length);
    for (const row of rows) {
      const current = best[row[0]];
      if (!current || outranks(row, current)) best[row[0]] = row;
    }
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
      const ids = suppressionIds(tenantId, channel, contacts, categoryId, now);
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
      return suppressionIds(tenantId, channel, contacts, categoryId, now);
    },

    async findSuppressions(tenantId, channel, contacts, categoryId, now) {
      if (contacts.length === 0) return new Map<string, OptOut>();
      return withRows(tenantId, channel, contacts, categoryId, now);
    },
  };
}
