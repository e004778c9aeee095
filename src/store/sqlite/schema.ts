import type Database from 'better-sqlite3';
import { CONSENT_CHANGES_MIGRATION } from './consent-changes-schema';
import { CONSENT_KEYS_MIGRATION } from './consent-keys-schema';
import { CONSENTS_MIGRATION } from './consent-schema';
import { foldName } from '../../domain/fold-name';
import { INBOX_UNCLAIMED_MIGRATION } from './inbox-unclaimed-schema';
import { SUPPRESSION_KEYS_MIGRATION } from './suppression-keys-schema';

/**
 * Migrations, versioned in code. Each runs once, in order, inside an IMMEDIATE transaction,
 * and records its version in `schema_migrations`, so two processes opening one file at the
 * same time apply each exactly once. Append new migrations; never edit a released one.
 *
 * Timestamps are integer milliseconds since the epoch; JSON columns hold objects.
 */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE tenants (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone_number_id TEXT,
        access_token_enc TEXT,
        settings TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX tenants_phone_number_id ON tenants (phone_number_id)
        WHERE phone_number_id IS NOT NULL;

      CREATE TABLE api_keys (
        key_hash TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL REFERENCES tenants (id),
        prefix TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

      CREATE TABLE categories (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        name TEXT NOT NULL,
        unsubscribe_days INTEGER,
        description TEXT,
        keywords TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX categories_tenant_name ON categories (tenant_id, name COLLATE NOCASE);
      CREATE INDEX categories_tenant_id ON categories (tenant_id, id);

      -- scope_key is the category id, or '*' for all marketing: a NULL would not be unique.
      CREATE TABLE opt_outs (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        contact TEXT NOT NULL,
        scope_key TEXT NOT NULL,
        origin TEXT NOT NULL,
        source TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        expires_at INTEGER,
        remarks TEXT,
        evidence TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        revoked_at INTEGER,
        revoked_by TEXT
      );
      CREATE UNIQUE INDEX opt_outs_key ON opt_outs (tenant_id, channel, contact, scope_key, origin);
      -- Covers the suppression probe: the validity is read from the index, the row only on a hit.
      CREATE INDEX opt_outs_active ON opt_outs (tenant_id, channel, contact, scope_key, starts_at, expires_at)
        WHERE revoked_at IS NULL;
      CREATE INDEX opt_outs_tenant_id ON opt_outs (tenant_id, id);
      CREATE INDEX opt_outs_tenant_scope ON opt_outs (tenant_id, scope_key);

      CREATE TABLE opt_out_events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        tenant_id TEXT NOT NULL,
        opt_out_id TEXT NOT NULL REFERENCES opt_outs (id),
        type TEXT NOT NULL,
        actor TEXT NOT NULL,
        source TEXT NOT NULL,
        evidence TEXT,
        starts_at INTEGER NOT NULL,
        expires_at INTEGER,
        at INTEGER NOT NULL
      );
      CREATE INDEX opt_out_events_opt_out ON opt_out_events (opt_out_id, at, seq);

      CREATE TABLE contact_identities (
        tenant_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        identifier TEXT NOT NULL,
        group_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (tenant_id, channel, identifier)
      ) WITHOUT ROWID;
      CREATE INDEX contact_identities_group ON contact_identities (tenant_id, channel, group_id, identifier);

      CREATE TABLE inbox (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT,
        claimed_at INTEGER,
        completed_at INTEGER,
        error TEXT
      );
      CREATE INDEX inbox_pending ON inbox (received_at, id) WHERE status = 'pending';

      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE conversations (
        tenant_id TEXT NOT NULL,
        contact TEXT NOT NULL,
        pending TEXT,
        last_inbound_at INTEGER,
        language TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (tenant_id, contact)
      ) WITHOUT ROWID;

      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        channel TEXT NOT NULL,
        category_id TEXT,
        template TEXT NOT NULL,
        start_at INTEGER,
        end_at INTEGER,
        policy TEXT NOT NULL,
        follow_up TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        published_at INTEGER,
        completed_at INTEGER
      );
      CREATE INDEX tasks_tenant_id ON tasks (tenant_id, id);
      CREATE INDEX tasks_due ON tasks (status, start_at);
      CREATE INDEX tasks_category ON tasks (tenant_id, category_id);

      CREATE TABLE recipients (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        task_id TEXT NOT NULL REFERENCES tasks (id),
        contact TEXT NOT NULL,
        params TEXT,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        claimed_by TEXT,
        claimed_at INTEGER,
        message_id TEXT,
        wa_id TEXT,
        error_code INTEGER,
        error_title TEXT,
        suppressed_by TEXT,
        sent_at INTEGER,
        delivered_at INTEGER,
        read_at INTEGER,
        failed_at INTEGER,
        opted_out_at INTEGER,
        last_reply TEXT,
        last_reply_at INTEGER
      );
      CREATE UNIQUE INDEX recipients_task_contact ON recipients (task_id, contact);
      CREATE UNIQUE INDEX recipients_message_id ON recipients (message_id) WHERE message_id IS NOT NULL;
      CREATE INDEX recipients_task_status ON recipients (task_id, status, id);
      CREATE INDEX recipients_contact_sent ON recipients (tenant_id, contact, sent_at)
        WHERE message_id IS NOT NULL;

      CREATE TABLE task_replies (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        task_id TEXT NOT NULL,
        recipient_id TEXT NOT NULL,
        contact TEXT NOT NULL,
        message_id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX task_replies_task ON task_replies (task_id, id);

      CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE imports (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        task_id TEXT,
        status TEXT NOT NULL,
        processed INTEGER NOT NULL,
        summary TEXT NOT NULL,
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX imports_status ON imports (status);
    `,
  },
  {
    version: 2,
    name: 'recipients.started_at: a claimed send whose request may have left',
    sql: `ALTER TABLE recipients ADD COLUMN started_at INTEGER;`,
  },
  {
    version: 3,
    name: 'suppression_keys: every opt-out under each identifier it reaches, kept by triggers',
    sql: SUPPRESSION_KEYS_MIGRATION,
  },
  {
    version: 4,
    name: 'inbox.lane: customer words (priority) drained ahead of routine delivery statuses',
    // Entries stored before this version may hold a STOP: they all go to the priority lane.
    sql: `ALTER TABLE inbox ADD COLUMN lane TEXT NOT NULL DEFAULT 'priority';
      DROP INDEX inbox_pending;
      CREATE INDEX inbox_pending ON inbox (lane, received_at, id) WHERE status = 'pending';`,
  },
  {
    version: 5,
    name: 'categories.name_key: names unique by one Unicode folding rule (NFKC + case folding)',
    // NOCASE folded ASCII letters only ("Äpfel" and "äpfel" were two names). Names that the new
    // rule makes equal (only possible in data written before it) keep the oldest one as it is;
    // the others get their id appended, so nothing is lost and every name stays reachable.
    sql: `
      ALTER TABLE categories ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      UPDATE categories SET name = name || ' (' || id || ')'
        WHERE EXISTS (SELECT 1 FROM categories older
          WHERE older.tenant_id = categories.tenant_id AND older.id < categories.id
            AND stopline_fold_name(older.name) = stopline_fold_name(categories.name));
      UPDATE categories SET name_key = stopline_fold_name(name);
      DROP INDEX categories_tenant_name;
      CREATE UNIQUE INDEX categories_tenant_name_key ON categories (tenant_id, name_key);
    `,
  },
  {
    version: 6,
    name: 'imports.owner: the instance running an import (updated_at is its heartbeat)',
    sql: `ALTER TABLE imports ADD COLUMN owner TEXT;`,
  },
  {
    version: 7,
    name: "tenants.waba_id and quality_signals: Meta's template, number and account signals",
    sql: `
      ALTER TABLE tenants ADD COLUMN waba_id TEXT;
      CREATE INDEX tenants_waba_id ON tenants (waba_id);
      CREATE TABLE quality_signals (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        waba_id TEXT NOT NULL,
        type TEXT NOT NULL,
        subject TEXT NOT NULL,
        event TEXT NOT NULL,
        key TEXT NOT NULL,
        detail TEXT NOT NULL,
        at INTEGER NOT NULL,
        received_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX quality_signals_key ON quality_signals (tenant_id, key);
      CREATE INDEX quality_signals_subject ON quality_signals (tenant_id, type, subject, at, id);
    `,
  },
  {
    version: 8,
    name: 'event_endpoints and outbox: outbound events (Standard Webhooks)',
    sql: `
      CREATE TABLE event_endpoints (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        url TEXT NOT NULL,
        secret TEXT NOT NULL,
        events TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_error TEXT,
        last_error_at INTEGER,
        last_success_at INTEGER
      );
      CREATE INDEX event_endpoints_tenant ON event_endpoints (tenant_id, id);
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL,
        endpoint_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        type TEXT NOT NULL,
        order_key TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        claimed_by TEXT,
        claimed_until INTEGER,
        delivered_at INTEGER
      );
      CREATE UNIQUE INDEX outbox_event_endpoint ON outbox (event_id, endpoint_id);
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_order ON outbox (endpoint_id, order_key, status, id);
    `,
  },
  {
    version: 9,
    name: 'consents and consent_events: the consent ledger',
    sql: CONSENTS_MIGRATION,
  },
  {
    version: 10,
    name: "task breakers: a task's sends by time, its failures by code and time",
    // Partial: a recipient enters each index once (when sent, when it fails), so the dispatch
    // and status paths pay one index write each, and a breaker check reads only its window.
    sql: `
      CREATE INDEX recipients_task_sent ON recipients (task_id, sent_at) WHERE sent_at IS NOT NULL;
      CREATE INDEX recipients_task_failed ON recipients (task_id, error_code, failed_at)
        WHERE failed_at IS NOT NULL;
    `,
  },
  {
    version: 11,
    name: 'recipients.time_zone, recipients.defer_reason and the due index: pacing',
    // recipients_task_due: a batch reads the never-deferred pending (next_attempt_at NULL, by
    // id) and the due ones (by next_attempt_at) without stepping over those deferred to later.
    // Partial on pending: a recipient leaves it once, when sent, so the receipts that follow
    // (sent, delivered, read: three status changes per message) never touch it.
    sql: `
      ALTER TABLE recipients ADD COLUMN time_zone TEXT;
      ALTER TABLE recipients ADD COLUMN defer_reason TEXT;
      CREATE INDEX recipients_task_due ON recipients (task_id, next_attempt_at, id)
        WHERE status = 'pending';
    `,
  },
  {
    version: 12,
    name: 'consent_keys: every active consent under each identifier it reaches, kept by triggers; contact indexes for export and erasure',
    sql: CONSENT_KEYS_MIGRATION,
  },
  {
    version: 13,
    name: 'event_endpoints.previous_secret and previous_secret_valid_until: secret rotation',
    sql: `
      ALTER TABLE event_endpoints ADD COLUMN previous_secret TEXT;
      ALTER TABLE event_endpoints ADD COLUMN previous_secret_valid_until INTEGER;
    `,
  },
  {
    version: 14,
    name: "outbox_pending and outbox_dead: an endpoint's backlog and failures by index",
    // Partial: a delivery enters outbox_pending when written and leaves it once, when delivered
    // or given up; claims and retries do not touch it. An endpoint's health counts its entries
    // instead of reading every row the endpoint ever had.
    sql: `
      CREATE INDEX outbox_pending ON outbox (endpoint_id) WHERE status = 'pending';
      CREATE INDEX outbox_dead ON outbox (endpoint_id) WHERE status = 'dead';
    `,
  },
  {
    version: 15,
    name: 'parked_statuses: statuses that came before the send recorded their message id',
    sql: `
      CREATE TABLE parked_statuses (
        tenant_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        status TEXT NOT NULL,
        at INTEGER NOT NULL,
        errors TEXT NOT NULL,
        recipient_id TEXT,
        recipient_user_id TEXT,
        parked_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX parked_statuses_key ON parked_statuses (message_id, status, tenant_id);
      CREATE INDEX parked_statuses_parked_at ON parked_statuses (parked_at);
    `,
  },
  {
    version: 16,
    name: "parked_statuses by recipient: a contact's erasure finds its parked statuses by index",
    // Partial: most parked statuses name a wa_id, few a user id; neither index holds the rest.
    sql: `
      CREATE INDEX parked_statuses_recipient ON parked_statuses (tenant_id, recipient_id)
        WHERE recipient_id IS NOT NULL;
      CREATE INDEX parked_statuses_recipient_user ON parked_statuses (tenant_id, recipient_user_id)
        WHERE recipient_user_id IS NOT NULL;
    `,
  },
  {
    version: 17,
    name: "consent_changes: the log of consent_keys' changed keys that keeps each process's consent mirror exact",
    sql: CONSENT_CHANGES_MIGRATION,
  },
  {
    version: 18,
    name: 'inbox_unclaimed: entries processed while no tenant had their number, by number and time',
    sql: INBOX_UNCLAIMED_MIGRATION,
  },
  {
    version: 19,
    name: 'idempotency_keys by creation time: the inbox retention prunes old event keys by index',
    // Keys are claimed in time order, so each new entry lands at the index's right edge.
    sql: 'CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);',
  },
];

/** Applies the migrations this database has not seen yet. Idempotent; safe across processes. */
export function migrate(db: Database.Database, now: number = Date.now()): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations');
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  // Migrations may fold names the way the code does (src/domain/fold-name.ts).
  db.function('stopline_fold_name', { deterministic: true }, (name: unknown) =>
    foldName(String(name)),
  );
  const run = db.transaction(() => {
    const done = new Set(applied.all().map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now);
    }
  });
  run.immediate();
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
