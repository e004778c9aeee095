import { foldName } from '../../domain/fold-name';
import { newId } from '../../ids';
import { categoryNameTaken } from '../shared';
import type { CategoryStore } from '../types';
import { json, ms, toCategory, type CategoryRow } from './rows';
import { conflictAs, immediate, pageBounds, toPage, type Db } from './sql-helpers';

/** Marketing categories; names are unique per tenant by foldName (a unique index on name_key). */
export function createCategoryRepo(db: Db): CategoryStore {
  const insert = db.prepare(
    `INSERT INTO categories (id, tenant_id, name, name_key, unsubscribe_days, description, keywords, created_at, updated_at)
     VALUES (@id, @tenant_id, @name, @name_key, @unsubscribe_days, @description, @keywords, @created_at, @updated_at)`,
  );
  const byId = db.prepare<[string, string], CategoryRow>(
    'SELECT * FROM categories WHERE tenant_id = ? AND id = ?',
  );
  const first = db.prepare<[string, number], CategoryRow>(
    'SELECT * FROM categories WHERE tenant_id = ? ORDER BY id DESC LIMIT ?',
  );
  const after = db.prepare<[string, string, number], CategoryRow>(
    'SELECT * FROM categories WHERE tenant_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
  );
  const update = db.prepare(
    `UPDATE categories SET name = @name, name_key = @name_key, unsubscribe_days = @unsubscribe_days, description = @description,
       keywords = @keywords, updated_at = @updated_at WHERE tenant_id = @tenant_id AND id = @id`,
  );
  const optOutUses = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM opt_outs WHERE tenant_id = ? AND scope_key = ?',
  );
  const taskUses = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM tasks WHERE tenant_id = ? AND category_id = ?',
  );
  const remove = db.prepare('DELETE FROM categories WHERE tenant_id = ? AND id = ?');

  return {
    async createCategory(tenantId, input, now) {
      const row: CategoryRow = {
        id: newId(ms(now)),
        tenant_id: tenantId,
        name: input.name,
        name_key: foldName(input.name),
        unsubscribe_days: input.unsubscribeDays,
        description: input.description,
        keywords: json(input.keywords) ?? '[]',
        created_at: ms(now),
        updated_at: ms(now),
      };
      conflictAs(categoryNameTaken(input.name), () => insert.run(row));
      return toCategory(row);
    },

    async getCategory(tenantId, id) {
      const row = byId.get(tenantId, id);
      return row ? toCategory(row) : null;
    },

    async listCategories(tenantId, page) {
      const { limit, cursor } = pageBounds(page);
      const rows =
        cursor === null ? first.all(tenantId, limit + 1) : after.all(tenantId, cursor, limit + 1);
      return toPage(rows, limit, toCategory);
    },

    async updateCategory(tenantId, id, patch, now) {
      return immediate(db, () => {
        const row = byId.get(tenantId, id);
        if (!row) return null;
        const next: CategoryRow = {
          ...row,
          name: patch.name ?? row.name,
          name_key: foldName(patch.name ?? row.name),
          unsubscribe_days:
            patch.unsubscribeDays === undefined ? row.unsubscribe_days : patch.unsubscribeDays,
          description: patch.description === undefined ? row.description : patch.description,
          keywords: patch.keywords === undefined ? row.keywords : (json(patch.keywords) ?? '[]'),
          updated_at: ms(now),
        };
        conflictAs(categoryNameTaken(next.name), () => update.run(next));
        return toCategory(next);
      });
    },

    async categoryUsage(tenantId, id) {
      return {
        optOuts: optOutUses.get(tenantId, id)?.n ?? 0,
        tasks: taskUses.get(tenantId, id)?.n ?? 0,
      };
    },

    async deleteCategory(tenantId, id) {
      return remove.run(tenantId, id).changes > 0;
    },
  };
}
