/**
 * Migration 9: the consent ledger. One row per (tenant, channel, contact, scope) holds the
 * current state; consent_events is its append-only history (written in the same transaction).
 * The dispatcher's consent check probes the unique key once per identifier of a contact.
 */
export const CONSENTS_MIGRATION = `
  CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    contact TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    source TEXT NOT NULL,
    evidence TEXT,
    granted_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    withdrawn_at INTEGER,
    withdrawn_by TEXT,
    withdraw_reason TEXT
  );
  CREATE UNIQUE INDEX consents_key ON consents (tenant_id, channel, contact, scope_key);
  CREATE INDEX consents_tenant ON consents (tenant_id, id);

  CREATE TABLE consent_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    consent_id TEXT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    source TEXT NOT NULL,
    evidence TEXT,
    reason TEXT,
    at INTEGER NOT NULL
  );
  CREATE INDEX consent_events_consent ON consent_events (consent_id, seq);
`;
