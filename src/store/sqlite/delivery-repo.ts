import { newId } from '../../ids';
import type { DeliveryState, DeliveryStore, StatusUpdate } from '../types';
import { ms } from './rows';
import { toTaskMessageRef, toTaskReply, type TaskMessageRow, type TaskReplyRow } from './task-rows';
import { immediate, pageBounds, toPage, type Db } from './sql-helpers';

/**
 * Meta delivers statuses in any order and more than once, so a status only ever moves a
 * recipient forward: sent < delivered < read, and failed is final. A late `delivered` still
 * records its timestamp but never undoes `read`.
 */
const RANK_SQL = `CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'failed' THEN 4 WHEN 'suppressed' THEN 4 ELSE 0 END`;
const RANK: Record<DeliveryState, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

/** One status on a recipient row (named parameters: see statusParams). */
export const STATUS_SET_SQL = `UPDATE recipients SET
       suppressed_by = iif(@suppressedBy IS NOT NULL AND ${RANK_SQL} < @rank, @suppressedBy, suppressed_by),
       status = iif(${RANK_SQL} < @rank, iif(@suppressedBy IS NOT NULL, 'suppressed', @status), status),
       sent_at = coalesce(sent_at, iif(@status = 'sent', @at, NULL)),
       delivered_at = coalesce(delivered_at, iif(@status = 'delivered', @at, NULL)),
       read_at = coalesce(read_at, iif(@status = 'read', @at, NULL)),
       failed_at = coalesce(failed_at, iif(@status = 'failed', @at, NULL)),
       error_code = iif(@status = 'failed' AND ${RANK_SQL} < @rank, @errorCode, error_code),
       error_title = iif(@status = 'failed' AND ${RANK_SQL} < @rank, @errorTitle, error_title)`;

/** The named parameters of STATUS_SET_SQL for one update. */
export const statusParams = (update: StatusUpdate) => ({
  messageId: update.messageId,
  status: update.status,
  rank: RANK[update.status],
  at: ms(update.at),
  errorCode: update.errorCode,
  errorTitle: update.errorTitle,
  suppressedBy: update.status === 'failed' ? (update.suppressedBy ?? null) : null,
});

const MESSAGE_COLUMNS =
  'r.tenant_id, r.task_id, t.category_id, r.id, r.contact, r.message_id, r.sent_at, r.claimed_at';

/** Delivery statuses, the task message a reply refers to, and replies kept for follow-up. */
export function createDeliveryRepo(
  db: Db,
): Omit<
  DeliveryStore,
  | 'applyStatusBatch'
  | 'parkStatus'
  | 'takeParkedStatuses'
  | 'parkedMessageIds'
  | 'pruneParkedStatuses'
> {
  const apply = db.prepare(
    `${STATUS_SET_SQL} WHERE message_id = @messageId AND tenant_id = @tenantId`,
  );
  const byMessage = db.prepare<[string], TaskMessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM recipients r JOIN tasks t ON t.id = r.task_id WHERE r.message_id = ?`,
  );
  const latest = db.prepare<[string, string, number], TaskMessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM recipients r JOIN tasks t ON t.id = r.task_id
     WHERE r.tenant_id = ? AND r.contact IN (SELECT value FROM json_each(?))
       AND r.message_id IS NOT NULL AND r.sent_at >= ?
     ORDER BY r.sent_at DESC, r.id DESC LIMIT 1`,
  );
  const optedOut = db.prepare(
    'UPDATE recipients SET opted_out_at = coalesce(opted_out_at, ?) WHERE id = ?',
  );
  const insertReply = db.prepare(
    `INSERT OR IGNORE INTO task_replies (id, tenant_id, task_id, recipient_id, contact, message_id, text, at)
     VALUES (@id, @tenant_id, @task_id, @recipient_id, @contact, @message_id, @text, @at)`,
  );
  const lastReply = db.prepare(
    `UPDATE recipients SET last_reply = ?, last_reply_at = ?
     WHERE id = ? AND (last_reply_at IS NULL OR last_reply_at <= ?)`,
  );
  const replies = db.prepare<[Record<string, unknown>], TaskReplyRow>(
    `SELECT * FROM task_replies
     WHERE task_id = @taskId AND tenant_id = @tenantId AND (@cursor IS NULL OR id < @cursor)
     ORDER BY id DESC LIMIT @limit`,
  );

  return {
    async applyStatus(tenantId, update) {
      const row = immediate(db, () => {
        apply.run({ ...statusParams(update), tenantId });
        return byMessage.get(update.messageId);
      });
      return row ? toTaskMessageRef(row) : null;
    },

    async findTaskMessage(messageId) {
      const row = byMessage.get(messageId);
      return row ? toTaskMessageRef(row) : null;
    },

    async latestTaskMessageTo(tenantId, contacts, since) {
      const row = latest.get(tenantId, JSON.stringify(contacts), ms(since));
      return row ? toTaskMessageRef(row) : null;
    },

    async markOptedOutAfter(recipientId, at) {
      optedOut.run(ms(at), recipientId);
    },

    async recordReply(reply) {
      const at = ms(reply.at);
      return immediate(db, () => {
        const row: TaskReplyRow = {
          id: newId(at),
          tenant_id: reply.tenantId,
          task_id: reply.taskId,
          recipient_id: reply.recipientId,
          contact: reply.contact,
          message_id: reply.messageId,
          text: reply.text,
          at,
        };
        if (insertReply.run(row).changes === 0) return false;
        lastReply.run(reply.text, at, reply.recipientId, at);
        return true;
      });
    },

    async listReplies(tenantId, taskId, page) {
      const { limit, cursor } = pageBounds(page);
      const rows = replies.all({ tenantId, taskId, cursor, limit: limit + 1 });
      return toPage(rows, limit, toTaskReply);
    },
  };
}
