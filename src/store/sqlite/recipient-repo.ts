import { DEFER_REASONS, RECIPIENT_STATUSES } from '../../domain/types';
import { NotFoundError } from '../../errors';
import { newId } from '../../ids';
import { ABANDONED_SEND, heldDelayMs } from '../shared';
import type { NewRecipient, RecipientStats, RecipientStore, SendResult } from '../types';
import { json, ms } from './rows';
import { toRecipient, type RecipientRow } from './task-rows';
import { conflictAs, immediate, pageBounds, toPage, type Db } from './sql-helpers';

/** Rows per INSERT statement when adding recipients (6 parameters each, well under SQLite's limit). */
const INSERT_BATCH = 100;

/** The columns each send result sets, guarded by `status = 'sending' AND claimed_by = owner`. */
const RESULT_SQL: Record<SendResult['kind'], string> = {
  sent: "status = 'sent', message_id = @messageId, wa_id = @waId, sent_at = @now, error_code = NULL, error_title = NULL, defer_reason = NULL",
  failed: "status = 'failed', error_code = @code, error_title = @title, failed_at = @now",
  unknown: "status = 'unknown', error_code = NULL, error_title = @title",
  // failed_at: when Meta refused it (131050 in the send response), for the error-burst guard.
  suppressed:
    "status = 'suppressed', suppressed_by = @optOutId, error_code = @code, error_title = @title, failed_at = iif(@code IS NULL, failed_at, @now)",
  retry:
    "status = 'pending', next_attempt_at = @retryAt, claimed_by = NULL, claimed_at = NULL, error_code = @code, error_title = @title",
  release:
    "status = 'pending', next_attempt_at = @retryAt, claimed_by = NULL, claimed_at = NULL, attempts = MAX(attempts - 1, 0)",
  defer:
    "status = 'pending', next_attempt_at = @retryAt, defer_reason = @reason, claimed_by = NULL, claimed_at = NULL, error_code = @code, error_title = @title",
};

/**
 * Task recipients through a send: pending → (suppressed | sending → sent | failed | unknown |
 * pending again). Every transition is conditional on the current status (and, once claimed, on
 * the owner), so two dispatchers on one database never send to one recipient twice.
 */
export function createRecipientRepo(db: Db): RecipientStore {
  const taskOf = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM tasks WHERE tenant_id = ? AND id = ?',
  );
  const insertSql = (rows: number) =>
    `INSERT OR IGNORE INTO recipients (id, tenant_id, task_id, contact, params, time_zone) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}`;
  const insert = db.prepare(insertSql(1));
  // Imports add a million rows: one statement per INSERT_BATCH rows saves most of the per-call cost.
  const insertBatch = db.prepare(insertSql(INSERT_BATCH));
  const list = db.prepare<[Record<string, unknown>], RecipientRow>(
    `SELECT * FROM recipients
     WHERE task_id = @taskId AND tenant_id = @tenantId AND (@status IS NULL OR status = @status)
       AND (@cursor IS NULL OR id < @cursor)
     ORDER BY id DESC LIMIT @limit`,
  );
  // The newest tasks first (tasks_tenant_id), each probed through recipients_task_contact.
  const ofContact = db.prepare<[string, number, string], RecipientRow>(
    `SELECT r.* FROM (SELECT id FROM tasks WHERE tenant_id = ? ORDER BY id DESC LIMIT ?) AS t
     JOIN recipients AS r ON r.task_id = t.id
     WHERE r.contact IN (SELECT value FROM json_each(?))
     ORDER BY t.id DESC, r.id DESC`,
  );
  const stats = db.prepare<[string, string], { status: string; n: number; opted_out: number }>(
    `SELECT status, count(*) AS n, count(opted_out_at) AS opted_out FROM recipients
     WHERE task_id = ? AND tenant_id = ? GROUP BY status`,
  );
  const waiting = db.prepare<[string, string], { reason: string; n: number }>(
    `SELECT defer_reason AS reason, count(*) AS n FROM recipients
     WHERE task_id = ? AND tenant_id = ? AND status = 'pending' AND defer_reason IS NOT NULL
     GROUP BY defer_reason`,
  );
  // One probe of the (task_id, status, id) index, whatever the task's size.
  const unsent = db.prepare<[string], { one: number }>(
    "SELECT 1 AS one FROM recipients WHERE task_id = ? AND status IN ('pending', 'sending') LIMIT 1",
  );
  // Two probes of recipients_task_due: the never-deferred by id, the due ones by due time. A
  // single "NULL OR <= now" walk would step over every recipient deferred to later on each tick.
  const fresh = db.prepare<[string, number], RecipientRow>(
    `SELECT * FROM recipients INDEXED BY recipients_task_due
     WHERE task_id = ? AND status = 'pending' AND next_attempt_at IS NULL
     ORDER BY id LIMIT ?`,
  );
  const due = db.prepare<[string, number, number], RecipientRow>(
    `SELECT * FROM recipients INDEXED BY recipients_task_due
     WHERE task_id = ? AND status = 'pending' AND next_attempt_at <= ?
     ORDER BY next_attempt_at LIMIT ?`,
  );
  const deferTo = db.prepare(
    "UPDATE recipients SET next_attempt_at = ?, defer_reason = ? WHERE id = ? AND task_id = ? AND status = 'pending'",
  );
  const deferEnd = db.prepare(
    "UPDATE recipients SET status = ?, defer_reason = ?, next_attempt_at = NULL WHERE id = ? AND task_id = ? AND status = 'pending'",
  );
  const heldSend = db.prepare<[string], { id: string; task_id: string; attempts: number }>(
    "SELECT id, task_id, attempts FROM recipients WHERE message_id = ? AND status = 'failed'",
  );
  const requeue = db.prepare(
    `UPDATE recipients SET status = 'pending', next_attempt_at = ?, defer_reason = ?, message_id = NULL,
       claimed_by = NULL, claimed_at = NULL
     WHERE id = ? AND message_id = ? AND status = 'failed'`,
  );
  const closeDeferred = db.prepare(
    "UPDATE recipients SET status = defer_reason WHERE task_id = ? AND status = 'pending' AND defer_reason IS NOT NULL",
  );
  // The partial index recipients_contact_sent holds only rows with a message id: repeated here.
  const recentSends = db.prepare<
    [string, string, number],
    { contact: string; n: number; oldest: number }
  >(
    `SELECT contact, count(*) AS n, min(sent_at) AS oldest FROM recipients
     WHERE tenant_id = ? AND contact IN (SELECT value FROM json_each(?)) AND sent_at >= ?
       AND message_id IS NOT NULL
     GROUP BY contact`,
  );
  const suppress = db.prepare(
    "UPDATE recipients SET status = 'suppressed', suppressed_by = ? WHERE id = ? AND task_id = ? AND status = 'pending'",
  );
  const noConsent = db.prepare(
    "UPDATE recipients SET status = 'no_consent' WHERE id = ? AND task_id = ? AND status = 'pending'",
  );
  const claim = db.prepare<[string, number, string, string], { id: string }>(
    `UPDATE recipients SET status = 'sending', claimed_by = ?, claimed_at = ?, attempts = attempts + 1, started_at = NULL
     WHERE task_id = ? AND status = 'pending' AND id IN (SELECT value FROM json_each(?))
     RETURNING id`,
  );
  const results = Object.fromEntries(
    Object.entries(RESULT_SQL).map(([kind, set]) => [
      kind,
      db.prepare(
        `UPDATE recipients SET ${set} WHERE id = @id AND status = 'sending' AND claimed_by = @owner`,
      ),
    ]),
  ) as Record<SendResult['kind'], ReturnType<Db['prepare']>>;
  // Only sends whose request may have left are ambiguous; the rest of a dead owner's claim was
  // never tried and goes back to pending (its claim not counted as an attempt).
  const abandon = db.prepare(
    "UPDATE recipients SET status = 'unknown', error_title = ? WHERE task_id = ? AND status = 'sending' AND started_at IS NOT NULL",
  );
  const unclaim = db.prepare(
    "UPDATE recipients SET status = 'pending', claimed_by = NULL, claimed_at = NULL, attempts = MAX(attempts - 1, 0) WHERE task_id = ? AND status = 'sending' AND started_at IS NULL",
  );
  const start = db.prepare(
    "UPDATE recipients SET started_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND status = 'sending' AND claimed_by = ?",
  );

  return {
    async addRecipients(tenantId, taskId, rows) {
      return immediate(db, () => {
        if (!taskOf.get(tenantId, taskId))
          throw new NotFoundError(`task ${taskId} not found for this tenant`);
        let inserted = 0;
        let at = 0;
        // Ids are made in row order, so the list (newest first) keeps the upload's order.
        const values: unknown[] = [];
        for (; at + INSERT_BATCH <= rows.length; at += INSERT_BATCH) {
          values.length = 0;
          for (let i = at; i < at + INSERT_BATCH; i++) {
            const row = rows[i] as NewRecipient;
            values.push(
              newId(),
              tenantId,
              taskId,
              row.contact,
              json(row.params),
              row.timeZone ?? null,
            );
          }
          inserted += insertBatch.run(values).changes;
        }
        for (const row of rows.slice(at)) {
          inserted += insert.run(
            newId(),
            tenantId,
            taskId,
            row.contact,
            json(row.params),
            row.timeZone ?? null,
          ).changes;
        }
        return { inserted };
      });
    },

    async listRecipients(tenantId, taskId, filter, page) {
      const { limit, cursor } = pageBounds(page);
      const rows = list.all({
        tenantId,
        taskId,
        status: filter.status ?? null,
        cursor,
        limit: limit + 1,
      });
      return toPage(rows, limit, toRecipient);
    },

    async listContactRecipients(tenantId, contacts, recentTasks) {
      if (contacts.length === 0 || (recentTasks !== undefined && recentTasks <= 0)) return [];
      // LIMIT -1: no limit (every task).
      const limit = recentTasks ?? -1;
      const rows = ofContact.all(tenantId, limit, JSON.stringify([...new Set(contacts)]));
      return rows.map(toRecipient);
    },

    async recipientStats(tenantId, taskId) {
      const result = Object.fromEntries(
        RECIPIENT_STATUSES.map((status) => [status, 0]),
      ) as unknown as RecipientStats;
      result.total = 0;
      result.optedOutAfter = 0;
      result.deferred = Object.fromEntries(
        DEFER_REASONS.map((r) => [r, 0]),
      ) as RecipientStats['deferred'];
      for (const row of stats.all(taskId, tenantId)) {
        (result as unknown as Record<string, number>)[row.status] = row.n;
        result.total += row.n;
        result.optedOutAfter += row.opted_out;
      }
      for (const row of waiting.all(taskId, tenantId)) {
        result.deferred[row.reason as keyof RecipientStats['deferred']] = row.n;
      }
      return result;
    },

    async hasUnsentRecipients(taskId) {
      return unsent.get(taskId) !== undefined;
    },

    async loadPending(taskId, limit, now) {
      const n = Math.max(0, Math.floor(limit));
      if (n === 0) return [];
      // Those that waited (retries, deferrals) first, then the rest in upload order.
      const rows = due.all(taskId, ms(now), n);
      if (rows.length < n) rows.push(...fresh.all(taskId, n - rows.length));
      return rows.map(toRecipient);
    },

    async deferRecipients(taskId, rows) {
      if (rows.length === 0) return;
      immediate(db, () => {
        for (const row of rows) {
          if (row.until) deferTo.run(ms(row.until), row.reason, row.recipientId, taskId);
          else deferEnd.run(row.reason, row.reason, row.recipientId, taskId);
        }
      });
    },

    async requeueHeldSend(messageId, reason, backoff, now) {
      return immediate(db, () => {
        const row = heldSend.get(messageId);
        if (!row) return null;
        const until = new Date(now.getTime() + heldDelayMs(row.attempts, backoff));
        if (requeue.run(ms(until), reason, row.id, messageId).changes === 0) return null;
        return { recipientId: row.id, taskId: row.task_id, until };
      });
    },

    async closeDeferredRecipients(taskId) {
      return closeDeferred.run(taskId).changes;
    },

    async countRecentSends(tenantId, contacts, since) {
      const found = new Map<string, { count: number; oldest: Date }>();
      if (contacts.length === 0) return found;
      const list = JSON.stringify([...new Set(contacts)]);
      for (const row of recentSends.all(tenantId, list, ms(since))) {
        found.set(row.contact, { count: row.n, oldest: new Date(row.oldest) });
      }
      return found;
    },

    async markSuppressed(taskId, rows) {
      immediate(db, () => {
        for (const row of rows) suppress.run(row.optOutId, row.recipientId, taskId);
      });
    },

    async markNoConsent(taskId, recipientIds) {
      immediate(db, () => {
        for (const id of recipientIds) noConsent.run(id, taskId);
      });
    },

    async claimRecipients(taskId, recipientIds, owner, now) {
      const claimed = new Set(
        claim.all(owner, ms(now), taskId, JSON.stringify(recipientIds)).map((row) => row.id),
      );
      return recipientIds.filter((id) => claimed.has(id));
    },

    async recordSendResult(recipientId, owner, result, now) {
      const params = { id: recipientId, owner, now: ms(now), ...resultParams(result) };
      const run = () => results[result.kind].run(params).changes > 0;
      if (result.kind !== 'sent') return run();
      return conflictAs(
        `message id ${result.messageId} is already recorded for another recipient`,
        run,
      );
    },

    async markSendsStarted(recipientIds, owner, now) {
      return start.run(ms(now), JSON.stringify(recipientIds), owner).changes;
    },

    async resolveAbandonedSends(taskId) {
      return immediate(db, () => {
        unclaim.run(taskId);
        return abandon.run(ABANDONED_SEND, taskId).changes;
      });
    },
  };
}

function resultParams(result: SendResult): Record<string, unknown> {
  switch (result.kind) {
    case 'sent':
      return { messageId: result.messageId, waId: result.waId };
    case 'failed':
      return { code: result.code, title: result.title };
    case 'unknown':
      return { title: result.title };
    case 'suppressed':
      return { optOutId: result.optOutId, code: result.code, title: result.title };
    case 'retry':
      return { retryAt: ms(result.retryAt), code: result.code, title: result.title };
    case 'release':
      return { retryAt: ms(result.retryAt) };
    case 'defer':
      return {
        retryAt: ms(result.retryAt),
        reason: result.reason,
        code: result.code,
        title: result.title,
      };
  }
}
