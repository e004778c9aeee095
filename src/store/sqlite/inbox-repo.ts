import { newId } from '../../ids';
import type { CoordinationStore, InboxEntry, InboxStore } from '../types';
import { date, ms } from './rows';
import type { Deferred } from './commit-sync';
import { immediate, type Db } from './sql-helpers';

type InboxMethods = InboxStore & Pick<CoordinationStore, 'claimOnce' | 'hasKey'>;

interface InboxRow {
  id: string;
  body: string;
  received_at: number;
  attempts: number;
}

const toEntry = (row: InboxRow): InboxEntry => ({
  id: row.id,
  body: row.body,
  receivedAt: date(row.received_at),
  attempts: row.attempts,
});

/**
 * The webhook inbox and idempotency keys. A delivery is committed (and fsync'd: the store
 * runs with synchronous=FULL) before the webhook answers 200, so Meta's retry is the only
 * copy we may ever lose, never ours.
 */
export function createInboxRepo(db: Db, deferred: Deferred): InboxMethods {
  const insert = db.prepare('INSERT INTO inbox (id, body, received_at) VALUES (?, ?, ?)');
  // A claim is live while now < claimed_at + leaseMs; after that another worker may take it.
  const claim = db.prepare<[string, number, number, number], InboxRow>(
    `UPDATE inbox SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM inbox
       WHERE status = 'pending' AND (claimed_at IS NULL OR claimed_at <= ?)
       ORDER BY received_at, id LIMIT ?
     )
     RETURNING id, body, received_at, attempts`,
  );
  const complete = db.prepare(
    'UPDATE inbox SET status = ?, error = ?, completed_at = ? WHERE id = ?',
  );
  const backlog = db.prepare<[], { pending: number; oldest: number | null }>(
    "SELECT count(*) AS pending, min(received_at) AS oldest FROM inbox WHERE status = 'pending'",
  );
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO idempotency_keys (key, created_at) VALUES (?, ?)',
  );
  const keyExists = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM idempotency_keys WHERE key = ?',
  );

  return {
    async appendInbox(entries) {
      // One transaction for the whole group: one fsync however many deliveries arrived together.
      return immediate(db, () =>
        entries.map((entry) => {
          const id = newId(ms(entry.receivedAt));
          insert.run(id, entry.body, ms(entry.receivedAt));
          return id;
        }),
      );
    },

    async claimInbox(owner, limit, leaseMs, now) {
      const at = ms(now);
      const rows = deferred(() =>
        claim.all(owner, at, at - leaseMs, Math.max(0, Math.floor(limit))),
      );
      // RETURNING has no defined order: restore oldest first.
      return rows
        .sort((a, b) => a.received_at - b.received_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(toEntry);
    },

    async completeInbox(id, outcome, error, now) {
      deferred(() => complete.run(outcome, error, ms(now), id));
    },

    async inboxBacklog() {
      const row = backlog.get();
      return {
        pending: row?.pending ?? 0,
        oldestReceivedAt: row?.oldest == null ? null : date(row.oldest),
      };
    },

    async claimOnce(key, now, durability = 'durable') {
      const run = () => insertKey.run(key, ms(now)).changes === 1;
      return durability === 'deferred' ? deferred(run) : run();
    },

    async hasKey(key) {
      return keyExists.get(key) !== undefined;
    },
  };
}
