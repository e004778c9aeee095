import { newId } from '../../ids';
import type { ImportStore } from '../types';
import { json, ms } from './rows';
import { toImport, type ImportRow } from './task-rows';
import type { Db } from './sql-helpers';

export const INTERRUPTED_IMPORT = 'interrupted by a restart; run the import again';

/** Background import jobs and their progress. */
export function createImportRepo(db: Db): ImportStore {
  const insert = db.prepare(
    `INSERT INTO imports (id, tenant_id, kind, task_id, status, processed, summary, error, created_at, updated_at)
     VALUES (@id, @tenant_id, @kind, @task_id, @status, @processed, @summary, @error, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE imports SET
       status = coalesce(@status, status),
       processed = coalesce(@processed, processed),
       summary = coalesce(@summary, summary),
       error = iif(@setError, @error, error),
       updated_at = @now
     WHERE id = @id`,
  );
  const byId = db.prepare<[string, string], ImportRow>(
    'SELECT * FROM imports WHERE tenant_id = ? AND id = ?',
  );
  const failRunning = db.prepare(
    "UPDATE imports SET status = 'failed', error = ?, updated_at = ? WHERE status = 'running'",
  );

  return {
    async createImport(tenantId, kind, taskId, now) {
      const row: ImportRow = {
        id: newId(ms(now)),
        tenant_id: tenantId,
        kind,
        task_id: taskId,
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

    async updateImport(id, patch, now) {
      update.run({
        id,
        status: patch.status ?? null,
        processed: patch.processed ?? null,
        summary: patch.summary === undefined ? null : json(patch.summary),
        setError: patch.error === undefined ? 0 : 1,
        error: patch.error ?? null,
        now: ms(now),
      });
    },

    async getImport(tenantId, id) {
      const row = byId.get(tenantId, id);
      return row ? toImport(row) : null;
    },

    async failInterruptedImports(now) {
      return failRunning.run(INTERRUPTED_IMPORT, ms(now)).changes;
    },
  };
}
