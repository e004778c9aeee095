import { idFloor, newId } from '../../ids';
import type { CoordinationStore, InboxBacklog, InboxEntry, InboxLane, InboxStore } from '../types';
import { date, ms } from './rows';
import type { Deferred } from './commit-sync';
import { immediate, type Db } from './sql-helpers';

type InboxMethods = InboxStore & Pick<CoordinationStore, 'claimOnce' | 'hasKey'>;

interface InboxRow {
  id: string;
  body: string;
  received_at: number;
  attempts: number;
  lane: InboxLane;
}

const toEntry = (row: InboxRow): InboxEntry => ({
  id: row.id,
  body: row.body,
  receivedAt: date(row.received_at),
  attempts: row.attempts,
  lane: row.lane,
});

/**
 * The inbox's retention. Ids sort by receive time (newId; @bound is idFloor of @before), so the
 * oldest entries are a range of the primary key's index: no scan of the young ones, however
 * many. Pending ones are stepped over, never removed.
 */
export const PRUNE_INBOX_SQL = `
  DELETE FROM inbox WHERE id IN (
    SELECT id FROM inbox WHERE id < @bound AND received_at < @before AND status <> 'pending'
    ORDER BY id LIMIT @limit)`;

/** The event keys' retention, on migration 19's index by creation time. */
export const PRUNE_KEYS_SQL = `
  DELETE FROM idempotency_keys WHERE key IN (
    SELECT key FROM idempotency_keys WHERE created_at < @before ORDER BY created_at LIMIT @limit)`;

// A claim is live while now < claimed_at + leaseMs; after that another worker may take it.
const claimSql = (laneFilter: string) =>
  `UPDATE inbox SET claimed_by = @owner, claimed_at = @now, attempts = attempts + 1
   WHERE id IN (
     SELECT id FROM inbox
     WHERE status = 'pending' ${laneFilter} AND (claimed_at IS NULL OR claimed_at <= @stale)
     ORDER BY received_at, id LIMIT @limit
   )
   RETURNING id, body, received_at, attempts, lane`;

/**
 * requeueInbox: the entries noted for the number since the time (inbox_unclaimed's primary key,
 * migration 18), each found by its primary key; exported for the query-plan test.
 */
export const REQUEUE_SQL = `UPDATE inbox SET status = 'pending', error = NULL, completed_at = NULL,
    claimed_by = NULL, claimed_at = NULL, attempts = 0
  WHERE id IN (SELECT inbox_id FROM inbox_unclaimed
      WHERE phone_number_id = @number AND received_at >= @since)
    AND status <> 'pending' AND lane = 'priority'`;

/**
 * The webhook inbox and idempotency keys. A delivery is committed (and fsync'd: the store
 * runs with synchronous=FULL) before the webhook answers 200, so Meta's retry is the only
 * copy we may ever lose, never ours.
 */
export function createInboxRepo(db: Db, deferred: Deferred): InboxMethods {
  const insert = db.prepare('INSERT INTO inbox (id, body, received_at, lane) VALUES (?, ?, ?, ?)');
  const claimAny = db.prepare<[Record<string, unknown>], InboxRow>(claimSql(''));
  const claimLane = db.prepare<[Record<string, unknown>], InboxRow>(claimSql('AND lane = @lane'));
  const complete = db.prepare(
    'UPDATE inbox SET status = ?, error = ?, completed_at = ? WHERE id = ?',
  );
  const completeMany = db.prepare(
    `UPDATE inbox SET status = 'processed', error = NULL, completed_at = ?
     WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const backlog = db.prepare<[], { lane: InboxLane; pending: number; oldest: number | null }>(
    `SELECT lane, count(*) AS pending, min(received_at) AS oldest FROM inbox
     WHERE status = 'pending' GROUP BY lane`,
  );
  const noteUnclaimed = db.prepare(
    'INSERT OR IGNORE INTO inbox_unclaimed (phone_number_id, received_at, inbox_id) VALUES (?, ?, ?)',
  );
  const requeue = db.prepare<[Record<string, unknown>], { id: string }>(
    `${REQUEUE_SQL} RETURNING id`,
  );
  const forgetUnclaimed = db.prepare(
    `DELETE FROM inbox_unclaimed WHERE phone_number_id = @number AND received_at >= @since
       AND inbox_id IN (SELECT value FROM json_each(@ids))`,
  );
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO idempotency_keys (key, created_at) VALUES (?, ?)',
  );
  const keyExists = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM idempotency_keys WHERE key = ?',
  );
  const pruneEntries = db.prepare(PRUNE_INBOX_SQL);
  const pruneKeys = db.prepare(PRUNE_KEYS_SQL);

  return {
    async appendInbox(entries) {
      // One transaction for the whole group: one fsync however many deliveries arrived together.
      return immediate(db, () =>
        entries.map((entry) => {
          const id = newId(ms(entry.receivedAt));
          insert.run(id, entry.body, ms(entry.receivedAt), entry.lane ?? 'priority');
          return id;
        }),
      );
    },

    async noteUnclaimedInbox(id, phoneNumberIds, receivedAt) {
      if (phoneNumberIds.length === 0) return;
      immediate(db, () => {
        for (const number of phoneNumberIds) noteUnclaimed.run(number, ms(receivedAt), id);
      });
    },

    async requeueInbox(phoneNumberId, since) {
      if (phoneNumberId === '') return 0;
      const params = { number: phoneNumberId, since: ms(since) };
      return immediate(db, () => {
        const ids = requeue.all(params).map((row) => row.id);
        // Requeued: processed again for the tenant, or noted again if it is gone by then.
        if (ids.length > 0) forgetUnclaimed.run({ ...params, ids: JSON.stringify(ids) });
        return ids.length;
      });
    },

    async claimInbox(owner, limit, leaseMs, now, lane) {
      const at = ms(now);
      const params = { owner, now: at, stale: at - leaseMs, limit: Math.max(0, Math.floor(limit)) };
      const rows = deferred(() =>
        lane === undefined ? claimAny.all(params) : claimLane.all({ ...params, lane }),
      );
      // RETURNING has no defined order: restore oldest first.
      return rows
        .sort((a, b) => a.received_at - b.received_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(toEntry);
    },

    async completeInbox(id, outcome, error, now) {
      deferred(() => complete.run(outcome, error, ms(now), id));
    },

    async completeInboxEntries(ids, now) {
      if (ids.length === 0) return;
      deferred(() => completeMany.run(ms(now), JSON.stringify(ids)));
    },

    async inboxBacklog() {
      const empty = () => ({ pending: 0, oldestReceivedAt: null });
      const out: InboxBacklog = { ...empty(), lanes: { priority: empty(), status: empty() } };
      for (const row of backlog.all()) {
        const oldest = row.oldest === null ? null : date(row.oldest);
        out.lanes[row.lane] = { pending: row.pending, oldestReceivedAt: oldest };
        out.pending += row.pending;
        if (oldest && (out.oldestReceivedAt === null || oldest < out.oldestReceivedAt))
          out.oldestReceivedAt = oldest;
      }
      return out;
    },

    async claimOnce(key, now, durability = 'durable') {
      const run = () => insertKey.run(key, ms(now)).changes === 1;
      return durability === 'deferred' ? deferred(run) : run();
    },

    async hasKey(key) {
      return keyExists.get(key) !== undefined;
    },

    async pruneInbox(before, limit) {
      const at = ms(before);
      const n = Math.max(0, Math.floor(limit));
      return immediate(db, () => ({
        entries: pruneEntries.run({ bound: idFloor(at), before: at, limit: n }).changes,
        keys: pruneKeys.run({ before: at, limit: n }).changes,
      }));
    },
  };
}
