import type { BreakerStore } from '../types';
import { dateOrNull, ms } from './rows';
import type { Db } from './sql-helpers';

interface SendRow {
  sent_at: number;
  reached: number;
  opted_out_at: number | null;
  error_code: number | null;
}

/** What the task breakers read, through recipients_task_sent and recipients_task_failed. */
export function createBreakerRepo(db: Db): BreakerStore {
  const recent = db.prepare<[string, string, number, number], SendRow>(
    `SELECT sent_at, (delivered_at IS NOT NULL OR read_at IS NOT NULL) AS reached, opted_out_at, error_code
     FROM recipients INDEXED BY recipients_task_sent
     WHERE task_id = ? AND tenant_id = ? AND sent_at IS NOT NULL AND sent_at <= ?
     ORDER BY sent_at DESC LIMIT ?`,
  );
  const first = db.prepare<[string, string, number], SendRow>(
    `SELECT sent_at, (delivered_at IS NOT NULL OR read_at IS NOT NULL) AS reached, opted_out_at, error_code
     FROM recipients INDEXED BY recipients_task_sent
     WHERE task_id = ? AND tenant_id = ? AND sent_at IS NOT NULL
     ORDER BY sent_at ASC LIMIT ?`,
  );
  const sends = db.prepare<[string, string, number], { n: number }>(
    `SELECT count(*) AS n FROM recipients INDEXED BY recipients_task_sent
     WHERE task_id = ? AND tenant_id = ? AND sent_at IS NOT NULL AND sent_at >= ?`,
  );
  const failed = db.prepare<[string, string, number, number], { n: number; unsent: number }>(
    `SELECT count(*) AS n, count(*) - count(sent_at) AS unsent
     FROM recipients INDEXED BY recipients_task_failed
     WHERE task_id = ? AND tenant_id = ? AND error_code = ? AND failed_at IS NOT NULL AND failed_at >= ?`,
  );

  return {
    async recentSends(tenantId, taskId, limit, upTo) {
      const n = Math.max(0, Math.floor(limit));
      if (n === 0) return [];
      let rows = recent.all(taskId, tenantId, upTo ? ms(upTo) : Number.MAX_SAFE_INTEGER, n);
      if (upTo && rows.length < n) rows = first.all(taskId, tenantId, n).reverse();
      return rows.map((row) => ({
        sentAt: new Date(row.sent_at),
        reached: row.reached === 1,
        optedOutAt: dateOrNull(row.opted_out_at),
        errorCode: row.error_code,
      }));
    },

    async errorBurstCounts(tenantId, taskId, code, since) {
      const at = ms(since);
      const f = failed.get(taskId, tenantId, code, at);
      return {
        sends: sends.get(taskId, tenantId, at)?.n ?? 0,
        failed: f?.n ?? 0,
        failedUnsent: f?.unsent ?? 0,
      };
    },
  };
}
