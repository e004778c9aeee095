/**
 * Migration 3: `suppression_keys`, the dispatcher's suppression check as one small B-tree.
 *
 * One row per (identifier, opt-out that reaches it): an opt-out not revoked reaches its own
 * contact and every identifier linked to it through contact_identities. The check then costs
 * one descent per contact, with no second probe for linked identifiers. Rows are keyed contact
 * first, as an INTEGER for E.164 numbers (see contact-key.ts), so each comparison on the way
 * down is decided by the first field; tenant and channel are a small integer (opt_out_spaces)
 * instead of 30-odd bytes of text in every row. Revoked opt-outs have no rows (they never
 * suppress again until renewed, which re-adds them); expired and not-yet-started ones keep theirs,
 * because validity depends on the time of the check.
 *
 * Triggers keep the table in step with opt_outs and contact_identities inside the writing
 * statement's own transaction, so every writer (any process, any version of this code, a bulk
 * seed) maintains it, and a reader never sees one without the other. Their statements are
 * written out here, as released: the key expression below must stay the rule of isIntegerKeyed()
 * in contact-key.ts (a test compares them); changing either needs a new migration that rebuilds
 * the table.
 */

/** isIntegerKeyed() in SQL: '+' and 1 to 15 digits without a leading zero become that INTEGER. */
export const key = (x: string): string =>
  `(CASE WHEN ${x} GLOB '+[1-9]*' AND length(${x}) <= 16 AND '+' || CAST(substr(${x}, 2) AS INTEGER) = ${x}
    THEN CAST(substr(${x}, 2) AS INTEGER) ELSE ${x} END)`;

export const spaceOf = (tenant: string, channel: string): string =>
  `(SELECT id FROM opt_out_spaces WHERE tenant_id = ${tenant} AND channel = ${channel})`;

const COLUMNS = 'contact_key, space_id, opt_out_id, scope_key, starts_at, expires_at';

/** The identifiers an opt-out row (NEW or OLD) reaches: its contact and those linked to it. */
export const reachOf = (row: 'NEW' | 'OLD'): string => `
  SELECT ${row}.contact AS identifier
  UNION
  SELECT m.identifier FROM contact_identities AS g CROSS JOIN contact_identities AS m
  WHERE g.tenant_id = ${row}.tenant_id AND g.channel = ${row}.channel AND g.identifier = ${row}.contact
    AND m.tenant_id = g.tenant_id AND m.channel = g.channel AND m.group_id = g.group_id`;

const dropKeysOf = (row: 'NEW' | 'OLD'): string => `
  DELETE FROM suppression_keys
  WHERE contact_key IN (SELECT ${key('r.identifier')} FROM (${reachOf(row)}) AS r)
    AND space_id = ${spaceOf(`${row}.tenant_id`, `${row}.channel`)} AND opt_out_id = ${row}.id;`;

const addKeysOf = (row: 'NEW' | 'OLD'): string => `
  INSERT OR IGNORE INTO opt_out_spaces (tenant_id, channel)
  SELECT ${row}.tenant_id, ${row}.channel WHERE ${row}.revoked_at IS NULL;
  INSERT OR REPLACE INTO suppression_keys (${COLUMNS})
  SELECT ${key('r.identifier')}, ${spaceOf(`${row}.tenant_id`, `${row}.channel`)}, ${row}.id,
    ${row}.scope_key, ${row}.starts_at, ${row}.expires_at
  FROM (${reachOf(row)}) AS r WHERE ${row}.revoked_at IS NULL;`;

/**
 * Recomputes, from the tables as they are now, the rows of the identifiers `z` (a SELECT of one
 * `identifier` column) in one tenant's channel: each is reached by its own opt-outs and by
 * those of every identifier in its group. Idempotent, so a multi-row UPDATE that fires it once
 * per row ends with every touched group right.
 */
const refresh = (tenant: string, channel: string, z: string): string => `
  DELETE FROM suppression_keys
  WHERE contact_key IN (SELECT ${key('z.identifier')} FROM (${z}) AS z)
    AND space_id = ${spaceOf(tenant, channel)};
  INSERT OR REPLACE INTO suppression_keys (${COLUMNS})
  SELECT ${key('z.identifier')}, sp.id, o.id, o.scope_key, o.starts_at, o.expires_at
  FROM (${z}) AS z CROSS JOIN opt_out_spaces AS sp CROSS JOIN opt_outs AS o
  WHERE sp.tenant_id = ${tenant} AND sp.channel = ${channel}
    AND o.tenant_id = ${tenant} AND o.channel = ${channel} AND o.contact = z.identifier
    AND o.revoked_at IS NULL
  UNION ALL
  SELECT ${key('z.identifier')}, sp.id, o.id, o.scope_key, o.starts_at, o.expires_at
  FROM (${z}) AS z CROSS JOIN contact_identities AS g CROSS JOIN contact_identities AS m
    CROSS JOIN opt_out_spaces AS sp CROSS JOIN opt_outs AS o
  WHERE g.tenant_id = ${tenant} AND g.channel = ${channel} AND g.identifier = z.identifier
    AND m.tenant_id = ${tenant} AND m.channel = ${channel} AND m.group_id = g.group_id
    AND m.identifier <> z.identifier
    AND sp.tenant_id = ${tenant} AND sp.channel = ${channel}
    AND o.tenant_id = ${tenant} AND o.channel = ${channel} AND o.contact = m.identifier
    AND o.revoked_at IS NULL;`;

/** An identity row (NEW or OLD) and the other members of its group: whose reach it changes. */
export const groupOf = (row: 'NEW' | 'OLD'): string => `
  SELECT ${row}.identifier AS identifier
  UNION
  SELECT identifier FROM contact_identities
  WHERE tenant_id = ${row}.tenant_id AND channel = ${row}.channel AND group_id = ${row}.group_id`;

const refreshGroupOf = (row: 'NEW' | 'OLD'): string =>
  refresh(`${row}.tenant_id`, `${row}.channel`, groupOf(row));

export const SUPPRESSION_KEYS_MIGRATION = `
  CREATE TABLE opt_out_spaces (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    UNIQUE (tenant_id, channel)
  );

  -- contact_key has no declared type on purpose: no affinity, so an INTEGER key and a TEXT key
  -- never convert into each other ('15550000000' stays text and never matches +15550000000).
  CREATE TABLE suppression_keys (
    contact_key NOT NULL,
    space_id INTEGER NOT NULL,
    opt_out_id TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    expires_at INTEGER,
    PRIMARY KEY (contact_key, space_id, opt_out_id)
  ) WITHOUT ROWID;

  INSERT OR IGNORE INTO opt_out_spaces (tenant_id, channel)
  SELECT DISTINCT tenant_id, channel FROM opt_outs;

  INSERT OR REPLACE INTO suppression_keys (${COLUMNS})
  SELECT ${key('o.contact')}, sp.id, o.id, o.scope_key, o.starts_at, o.expires_at
  FROM opt_out_spaces AS sp CROSS JOIN opt_outs AS o
  WHERE o.tenant_id = sp.tenant_id AND o.channel = sp.channel AND o.revoked_at IS NULL;

  INSERT OR REPLACE INTO suppression_keys (${COLUMNS})
  SELECT ${key('z.identifier')}, sp.id, o.id, o.scope_key, o.starts_at, o.expires_at
  FROM contact_identities AS z CROSS JOIN contact_identities AS m
    CROSS JOIN opt_out_spaces AS sp CROSS JOIN opt_outs AS o
  WHERE m.tenant_id = z.tenant_id AND m.channel = z.channel AND m.group_id = z.group_id
    AND m.identifier <> z.identifier
    AND sp.tenant_id = z.tenant_id AND sp.channel = z.channel
    AND o.tenant_id = z.tenant_id AND o.channel = z.channel AND o.contact = m.identifier
    AND o.revoked_at IS NULL;

  CREATE TRIGGER opt_outs_keys_insert AFTER INSERT ON opt_outs
  BEGIN ${addKeysOf('NEW')}
  END;

  CREATE TRIGGER opt_outs_keys_update
  AFTER UPDATE OF id, tenant_id, channel, contact, scope_key, starts_at, expires_at, revoked_at ON opt_outs
  BEGIN ${dropKeysOf('OLD')} ${addKeysOf('NEW')}
  END;

  CREATE TRIGGER opt_outs_keys_delete AFTER DELETE ON opt_outs
  BEGIN ${dropKeysOf('OLD')}
  END;

  CREATE TRIGGER contact_identities_keys_insert AFTER INSERT ON contact_identities
  BEGIN ${refreshGroupOf('NEW')}
  END;

  -- linkIdentifiers' upsert rewrites group_id even when it is unchanged: skip those rows.
  CREATE TRIGGER contact_identities_keys_update
  AFTER UPDATE OF tenant_id, channel, identifier, group_id ON contact_identities
  WHEN OLD.group_id IS NOT NEW.group_id OR OLD.identifier IS NOT NEW.identifier
    OR OLD.tenant_id IS NOT NEW.tenant_id OR OLD.channel IS NOT NEW.channel
  BEGIN ${refreshGroupOf('OLD')} ${refreshGroupOf('NEW')}
  END;

  CREATE TRIGGER contact_identities_keys_delete AFTER DELETE ON contact_identities
  BEGIN ${refreshGroupOf('OLD')}
  END;
`;
