import type { OptOut } from '../../domain/types';
import type { Store } from '../types';
import { ALL_MARKETING, ms, toOptOut, toScopeKey, type OptOutRow } from './rows';
import { distinct, type Db } from './sql-helpers';

type SuppressionMethods = Pick<Store, 'findSuppressions'>;

type SuppressionRow = OptOutRow & { input_contact: string };

/**
 * The dispatcher's per-batch check, as ONE statement: the batch's contacts arrive as a JSON
 * array (json_each), each probes the covering index opt_outs_active directly and, through its
 * identity group, on every linked identifier. CROSS JOIN pins the loop order so the planner
 * always drives from the (small) input, never scans opt_outs.
 */
const SQL = `
  SELECT j.value AS input_contact, o.*
  FROM json_each(@contacts) AS j
  CROSS JOIN opt_outs AS o
  WHERE o.tenant_id = @tenantId AND o.channel = @channel AND o.contact = j.value
    AND o.scope_key IN ('${ALL_MARKETING}', @scopeKey)
    AND o.revoked_at IS NULL AND o.starts_at <= @now AND (o.expires_at IS NULL OR o.expires_at > @now)
  UNION ALL
  SELECT j.value AS input_contact, o.*
  FROM json_each(@contacts) AS j
  CROSS JOIN contact_identities AS g
  CROSS JOIN contact_identities AS m
  CROSS JOIN opt_outs AS o
  WHERE g.tenant_id = @tenantId AND g.channel = @channel AND g.identifier = j.value
    AND m.tenant_id = @tenantId AND m.channel = @channel AND m.group_id = g.group_id AND m.identifier <> j.value
    AND o.tenant_id = @tenantId AND o.channel = @channel AND o.contact = m.identifier
    AND o.scope_key IN ('${ALL_MARKETING}', @scopeKey)
    AND o.revoked_at IS NULL AND o.starts_at <= @now AND (o.expires_at IS NULL OR o.expires_at > @now)
`;

/** Rank of a suppressing row: all marketing first, then the longest lasting (null = forever). */
function outranks(a: OptOutRow, b: OptOutRow): boolean {
  const aAll = a.scope_key === ALL_MARKETING;
  const bAll = b.scope_key === ALL_MARKETING;
  if (aAll !== bAll) return aAll;
  if (a.expires_at === null || b.expires_at === null) return a.expires_at === null && b.expires_at !== null;
  return a.expires_at > b.expires_at;
}

export function createSuppressionQuery(db: Db): SuppressionMethods {
  const statement = db.prepare<[Record<string, unknown>], SuppressionRow>(SQL);

  return {
    async findSuppressions(tenantId, channel, contacts, categoryId, now) {
      const found = new Map<string, OptOut>();
      if (contacts.length === 0) return found;
      const rows = statement.all({
        contacts: JSON.stringify(distinct(contacts)),
        tenantId,
        channel,
        // With no category only all-marketing rows suppress: '*' IN ('*', '*').
        scopeKey: toScopeKey(categoryId),
        now: ms(now),
      });
      const best = new Map<string, OptOutRow>();
      for (const row of rows) {
        const current = best.get(row.input_contact);
        if (!current || outranks(row, current)) best.set(row.input_contact, row);
      }
      for (const [contact, row] of best) found.set(contact, toOptOut(row));
      return found;
    },
  };
}
