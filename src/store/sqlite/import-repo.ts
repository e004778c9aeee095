import { newId } from '../../ids';
import { staleImportError } from '../shared';
import type { ImportStore } from '../types';
import { json, ms } from './rows';
import { toImport, type ImportRow } from './task-rows';
import { immediate, type Db } from './sql-helpers';

/** Background import jobs, their owner and heartbeat (updated_at), and their progress. */
export function createImportRepo(db: Db): ImportStore {
  const insert = db.prepare(
    `INSERT INTO imports (id, tenant_id, kind, task_id, owner, status, processed, summary, error, created_at, updated_at)
     VALUES (@id, @tenant_id, @kind, @task_id, @owner, @status, @processed, @summary, @error, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE imports SET
       status = coalesce(@status, status),
       processed = coalesce(@processed, processed),
       summary = coalesce(@summary, summary),
       error = iif(@setError, @error, error),
       updated_at = @now
     WHERE id = @id AND owner = @owner AND status = 'running'`,
  );
  const byId = db.prepare<[string, string], ImportRow>(
    'SELECT * FROM imports WHERE tenant_id = ? AND id = ?',
  );
  const stale = db.prepare<[number], ImportRow>(
    "SELECT * FROM imports WHERE status = 'running' AND updated_at < ?",
  );
  const failStale = db.prepare(
    "UPDATE imports SET status = 'failed', error = ?, updated_at = ? WHERE id = ? AND status = 'running'",
  );

  return {
    async createImport(tenantId, kind, taskId, now, owner) {
      const row: ImportRow = {
        id: newId(ms(now)),
        tenant_id: tenantId,
        kind,
        task_id: taskId,
        owner,
        status: 'running',
        processed: 0,
        summary: '{}',
        error: null,
        created_at: ms(now),
        updated_at: ms(now),
      };
      insert.run(row);
      return toImport(row);
    },

    async updateImport(id, patch, now, owner) {
      const result = update.run({
        id,
        owner,
        status: patch.status ?? null,
        processed: patch.processed ?? null,
        summary: patch.summary === undefined ? null : json(patch.summary),
        setError: patch.error === undefined ? 0 : 1,
        error: patch.error ?? null,
        now: ms(now),
      });
      return result.changes > 0;
    },

    async getImport(tenantId, id) {
      const row = byId.get(tenantId, id);
      return row ? toImport(row) : null;
    },

    async failStaleImports(staleBefore, now) {
      return immediate(db, () =>
        stale.all(ms(staleBefore)).map((row) => {
          failStale.run(staleImportError(row.processed), ms(now), row.id);
          return toImport(row);
        }),
      );
    },
  };
}
