/**
 * Migration 12: `consent_keys`, the consent check of a `consented` task shaped like the
 * suppression check (suppression-keys-schema.ts), and indexes for a contact's export and erasure.
 *
 * One row per (identifier, active consent that reaches it): a consent not withdrawn reaches its
 * own contact and every identifier linked to it through contact_identities, as an opt-out does.
 * Rows are keyed contact first, as the INTEGER of an E.164 number (contact-key.ts), in the
 * opt-out's (tenant, channel) space (opt_out_spaces), so the check is one descent per contact
 * with the same key the suppression check sends. A withdrawn consent has no rows (it counts
 * again only when granted again, which re-adds them); consents do not expire, so no validity is
 * kept. The table stays apart from suppression_keys on purpose: sharing that B-tree would make
 * the default check (which never reads consents) descend a larger tree (measured 1.35x slower
 * on the benchmark's data with 540,000 consents in it).
 *
 * Triggers keep the table in step with consents and contact_identities inside the writing
 * statement's own transaction, like migration 3's: every writer maintains it, and a reader sees
 * a consent and its keys together. Their statements are written out here, as released.
 *
 * The indexes: a contact's export and erasure read and delete by (tenant, contact) in recipients,
 * task_replies and outbox, which had no index leading with the contact.
 */
import { groupOf, key, reachOf, spaceOf } from './suppression-keys-schema';

const COLUMNS = 'contact_key, space_id, consent_id, scope_key';

const dropKeysOf = (row: 'NEW' | 'OLD'): string => `
  DELETE FROM consent_keys
  WHERE contact_key IN (SELECT ${key('r.identifier')} FROM (${reachOf(row)}) AS r)
    AND space_id = ${spaceOf(`${row}.tenant_id`, `${row}.channel`)} AND consent_id = ${row}.id;`;

const addKeysOf = (row: 'NEW' | 'OLD'): string => `
  INSERT OR IGNORE INTO opt_out_spaces (tenant_id, channel)
  SELECT ${row}.tenant_id, ${row}.channel WHERE ${row}.withdrawn_at IS NULL;
  INSERT OR REPLACE INTO consent_keys (${COLUMNS})
  SELECT ${key('r.identifier')}, ${spaceOf(`${row}.tenant_id`, `${row}.channel`)}, ${row}.id,
    ${row}.scope_key
  FROM (${reachOf(row)}) AS r WHERE ${row}.withdrawn_at IS NULL;`;

/**
 * Recomputes, from the tables as they are now, the consent rows of the identifiers `z` (a SELECT
 * of one `identifier` column) in one tenant's channel: each is reached by its own active
 * consents and by those of every identifier in its group. Idempotent, like migration 3's.
 */
const refresh = (tenant: string, channel: string, z: string): string => `
  DELETE FROM consent_keys
  WHERE contact_key IN (SELECT ${key('z.identifier')} FROM (${z}) AS z)
    AND space_id = ${spaceOf(tenant, channel)};
  INSERT OR REPLACE INTO consent_keys (${COLUMNS})
  SELECT ${key('z.identifier')}, sp.id, c.id, c.scope_key
  FROM (${z}) AS z CROSS JOIN opt_out_spaces AS sp CROSS JOIN consents AS c
  WHERE sp.tenant_id = ${tenant} AND sp.channel = ${channel}
    AND c.tenant_id = ${tenant} AND c.channel = ${channel} AND c.contact = z.identifier
    AND c.withdrawn_at IS NULL
  UNION ALL
  SELECT ${key('z.identifier')}, sp.id, c.id, c.scope_key
  FROM (${z}) AS z CROSS JOIN contact_identities AS g CROSS JOIN contact_identities AS m
    CROSS JOIN opt_out_spaces AS sp CROSS JOIN consents AS c
  WHERE g.tenant_id = ${tenant} AND g.channel = ${channel} AND g.identifier = z.identifier
    AND m.tenant_id = ${tenant} AND m.channel = ${channel} AND m.group_id = g.group_id
    AND m.identifier <> z.identifier
    AND sp.tenant_id = ${tenant} AND sp.channel = ${channel}
    AND c.tenant_id = ${tenant} AND c.channel = ${channel} AND c.contact = m.identifier
    AND c.withdrawn_at IS NULL;`;

const refreshGroupOf = (row: 'NEW' | 'OLD'): string =>
  refresh(`${row}.tenant_id`, `${row}.channel`, groupOf(row));

export const CONSENT_KEYS_MIGRATION = `
  -- contact_key has no declared type on purpose, as in suppression_keys: an INTEGER key and a
  -- TEXT key never convert into each other.
  CREATE TABLE consent_keys (
    contact_key NOT NULL,
    space_id INTEGER NOT NULL,
    consent_id TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    PRIMARY KEY (contact_key, space_id, consent_id)
  ) WITHOUT ROWID;

  INSERT OR IGNORE INTO opt_out_spaces (tenant_id, channel)
  SELECT DISTINCT tenant_id, channel FROM consents WHERE withdrawn_at IS NULL;

  INSERT OR REPLACE INTO consent_keys (${COLUMNS})
  SELECT ${key('c.contact')}, sp.id, c.id, c.scope_key
  FROM opt_out_spaces AS sp CROSS JOIN consents AS c
  WHERE c.tenant_id = sp.tenant_id AND c.channel = sp.channel AND c.withdrawn_at IS NULL;

  INSERT OR REPLACE INTO consent_keys (${COLUMNS})
  SELECT ${key('z.identifier')}, sp.id, c.id, c.scope_key
  FROM contact_identities AS z CROSS JOIN contact_identities AS m
    CROSS JOIN opt_out_spaces AS sp CROSS JOIN consents AS c
  WHERE m.tenant_id = z.tenant_id AND m.channel = z.channel AND m.group_id = z.group_id
    AND m.identifier <> z.identifier
    AND sp.tenant_id = z.tenant_id AND sp.channel = z.channel
    AND c.tenant_id = z.tenant_id AND c.channel = z.channel AND c.contact = m.identifier
    AND c.withdrawn_at IS NULL;

  CREATE TRIGGER consents_keys_insert AFTER INSERT ON consents
  BEGIN ${addKeysOf('NEW')}
  END;

  -- A grant rewrites withdrawn_at (to NULL) even when the consent was active: only a change of
  -- key, scope or of being withdrawn at all moves rows.
  CREATE TRIGGER consents_keys_update
  AFTER UPDATE OF id, tenant_id, channel, contact, scope_key, withdrawn_at ON consents
  WHEN OLD.id IS NOT NEW.id OR OLD.tenant_id IS NOT NEW.tenant_id
    OR OLD.channel IS NOT NEW.channel OR OLD.contact IS NOT NEW.contact
    OR OLD.scope_key IS NOT NEW.scope_key
    OR (OLD.withdrawn_at IS NULL) <> (NEW.withdrawn_at IS NULL)
  BEGIN ${dropKeysOf('OLD')} ${addKeysOf('NEW')}
  END;

  CREATE TRIGGER consents_keys_delete AFTER DELETE ON consents
  BEGIN ${dropKeysOf('OLD')}
  END;

  CREATE TRIGGER contact_identities_consent_keys_insert AFTER INSERT ON contact_identities
  BEGIN ${refreshGroupOf('NEW')}
  END;

  CREATE TRIGGER contact_identities_consent_keys_update
  AFTER UPDATE OF tenant_id, channel, identifier, group_id ON contact_identities
  WHEN OLD.group_id IS NOT NEW.group_id OR OLD.identifier IS NOT NEW.identifier
    OR OLD.tenant_id IS NOT NEW.tenant_id OR OLD.channel IS NOT NEW.channel
  BEGIN ${refreshGroupOf('OLD')} ${refreshGroupOf('NEW')}
  END;

  CREATE TRIGGER contact_identities_consent_keys_delete AFTER DELETE ON contact_identities
  BEGIN ${refreshGroupOf('OLD')}
  END;

  CREATE INDEX recipients_tenant_contact ON recipients (tenant_id, contact);
  CREATE INDEX task_replies_tenant_contact ON task_replies (tenant_id, contact, at);
  CREATE INDEX outbox_tenant_order_key ON outbox (tenant_id, order_key);
`;
