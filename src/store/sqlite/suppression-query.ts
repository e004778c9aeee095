import type { OptOut } from '../../domain/types';
import type { Store } from '../types';
import { ALL_MARKETING, ms, toOptOut, toScopeKey } from './rows';
import { distinct, type Db } from './sql-helpers';

type SuppressionMethods = Pick<Store, 'findSuppressions'>;

/**
 * The dispatcher's per-batch check, as ONE statement: the batch's contacts arrive as a JSON
 * array (json_each); each makes one descent of the covering partial index opt_outs_active,
 * directly and, through its identity group, for every linked identifier. The table row is read
 * only on a hit. CROSS JOIN pins the loop order so the planner drives from the input and never
 * scans opt_outs; the unary `+` keeps scope and start out of the index search, so a contact
 * costs one descent instead of one per scope value.
 */
const ACTIVE_IN_SCOPE = `+o.scope_key IN ('${ALL_MARKETING}', @scopeKey)
  AND o.revoked_at IS NULL AND +o.starts_at <= @now AND (o.expires_at IS NULL OR o.expires_at > @now)`;

const COLUMNS = `o.id, o.tenant_id, o.channel, o.contact, o.scope_key, o.origin, o.source, o.starts_at,
  o.expires_at, o.remarks, o.evidence, o.created_at, o.updated_at, o.revoked_at, o.revoked_by`;

const SQL = `
  SELECT j.value AS input_contact, ${COLUMNS}
  FROM json_each(@contacts) AS j
  CROSS JOIN opt_outs AS o INDEXED BY opt_outs_active
  WHERE o.tenant_id = @tenantId AND o.channel = @channel AND o.contact = j.value AND ${ACTIVE_IN_SCOPE}
  UNION ALL
  SELECT j.value AS input_contact, ${COLUMNS}
  FROM json_each(@contacts) AS j
  CROSS JOIN contact_identities AS g
  CROSS JOIN contact_identities AS m
  CROSS JOIN opt_outs AS o INDEXED BY opt_outs_active
  WHERE g.tenant_id = @tenantId AND g.channel = @channel AND g.identifier = j.value
    AND m.tenant_id = @tenantId AND m.channel = @channel AND m.group_id = g.group_id AND m.identifier <> j.value
    AND o.tenant_id = @tenantId AND o.channel = @channel AND o.contact = m.identifier AND ${ACTIVE_IN_SCOPE}
`;

/** A raw result row (arrays are much cheaper than keyed objects at a million rows), in SELECT order. */
type RawRow = [
  inputContact: string,
  id: string,
  tenantId: string,
  channel: string,
  contact: string,
  scopeKey: string,
  origin: string,
  source: string,
  startsAt: number,
  expiresAt: number | null,
  remarks: string | null,
  evidence: string | null,
  createdAt: number,
  updatedAt: number,
  revokedAt: number | null,
  revokedBy: string | null,
];

const SCOPE = 5;
const EXPIRES = 9;

/** Whether `a` is the better reason to suppress: all marketing first, then the longest lasting. */
function outranks(a: RawRow, b: RawRow): boolean {
  const aAll = a[SCOPE] === ALL_MARKETING;
  const bAll = b[SCOPE] === ALL_MARKETING;
  if (aAll !== bAll) return aAll;
  const aExpires = a[EXPIRES];
  const bExpires = b[EXPIRES];
  if (aExpires === null || bExpires === null) return aExpires === null && bExpires !== null;
  return aExpires > bExpires;
}

function toSuppression(raw: RawRow): OptOut {
  const [, id, tenant_id, channel, contact, scope_key, origin, source, starts_at, expires_at] = raw;
  const [remarks, evidence, created_at, updated_at, revoked_at, revoked_by] = raw.slice(10) as [
    string | null,
    string | null,
    number,
    number,
    number | null,
    string | null,
  ];
  return toOptOut({
    id,
    tenant_id,
    channel,
    contact,
    scope_key,
    origin,
    source,
    starts_at,
    expires_at,
    remarks,
    evidence,
    created_at,
    updated_at,
    revoked_at,
    revoked_by,
  });
}

export function createSuppressionQuery(db: Db): SuppressionMethods {
  const statement = db.prepare<[Record<string, unknown>], RawRow>(SQL).raw(true);

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
      const best = new Map<string, RawRow>();
      for (const row of rows) {
        const current = best.get(row[0]);
        if (!current || outranks(row, current)) best.set(row[0], row);
      }
      for (const [contact, row] of best) found.set(contact, toSuppression(row));
      return found;
    },
  };
}
