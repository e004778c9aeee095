import type { TaskStatus } from '../../domain/types';
import { newId } from '../../ids';
import type { TaskStore } from '../types';
import { json, ms, msOrNull } from './rows';
import { toTask, type TaskRow } from './task-rows';
import type { OutboxWriter } from './outbox-writer';
import { immediate, pageBounds, toPage, type Db } from './sql-helpers';

/** Statuses after which a task never sends again; entering one stamps completedAt. */
const FINAL: readonly TaskStatus[] = ['completed', 'cancelled', 'failed'];

/** Marketing tasks. Status changes are compare-and-set, so two instances never both move a task. */
export function createTaskRepo(db: Db, outbox: OutboxWriter): TaskStore {
  const insert = db.prepare(
    `INSERT INTO tasks (id, tenant_id, name, type, channel, category_id, template, start_at, end_at, policy,
       follow_up, status, reason, created_at, updated_at, published_at, completed_at)
     VALUES (@id, @tenant_id, @name, @type, @channel, @category_id, @template, @start_at, @end_at, @policy,
       @follow_up, @status, @reason, @created_at, @updated_at, @published_at, @completed_at)`,
  );
  const byId = db.prepare<[string, string], TaskRow>(
    'SELECT * FROM tasks WHERE tenant_id = ? AND id = ?',
  );
  const update = db.prepare(
    `UPDATE tasks SET name = @name, category_id = @category_id, template = @template, start_at = @start_at,
       end_at = @end_at, policy = @policy, follow_up = @follow_up, status = @status, reason = @reason,
       updated_at = @updated_at, published_at = @published_at, completed_at = @completed_at
     WHERE id = @id`,
  );
  const list = db.prepare<[Record<string, unknown>], TaskRow>(
    `SELECT * FROM tasks
     WHERE tenant_id = @tenantId AND (@status IS NULL OR status = @status) AND (@cursor IS NULL OR id < @cursor)
     ORDER BY id DESC LIMIT @limit`,
  );
  const due = db.prepare<[number], TaskRow>(
    `SELECT * FROM tasks WHERE status IN ('scheduled', 'running') AND (start_at IS NULL OR start_at <= ?)
     ORDER BY id`,
  );

  return {
    async createTask(tenantId, input, now) {
      const row: TaskRow = {
        id: newId(ms(now)),
        tenant_id: tenantId,
        name: input.name,
        type: 'marketing',
        channel: 'whatsapp',
        category_id: input.categoryId,
        template: json(input.template) ?? '{}',
        start_at: msOrNull(input.startAt),
        end_at: msOrNull(input.endAt),
        policy: json(input.policy) ?? '{}',
        follow_up: json(input.followUp) ?? '{}',
        status: 'draft',
        reason: null,
        created_at: ms(now),
        updated_at: ms(now),
        published_at: null,
        completed_at: null,
      };
      insert.run(row);
      return toTask(row);
    },

    async getTask(tenantId, id) {
      const row = byId.get(tenantId, id);
      return row ? toTask(row) : null;
    },

    async listTasks(tenantId, filter, page) {
      const { limit, cursor } = pageBounds(page);
      const rows = list.all({ tenantId, status: filter.status ?? null, cursor, limit: limit + 1 });
      return toPage(rows, limit, toTask);
    },

    async updateTask(tenantId, id, from, patch, now, events) {
      return immediate(db, () => {
        const current = byId.get(tenantId, id);
        if (!current || !from.includes(current.status as TaskStatus)) return null;
        const status = patch.status ?? (current.status as TaskStatus);
        const next: TaskRow = {
          ...current,
          name: patch.name ?? current.name,
          category_id: patch.categoryId === undefined ? current.category_id : patch.categoryId,
          template:
            patch.template === undefined ? current.template : (json(patch.template) ?? '{}'),
          start_at: patch.startAt === undefined ? current.start_at : msOrNull(patch.startAt),
          end_at: patch.endAt === undefined ? current.end_at : msOrNull(patch.endAt),
          policy: patch.policy === undefined ? current.policy : (json(patch.policy) ?? '{}'),
          follow_up:
            patch.followUp === undefined ? current.follow_up : (json(patch.followUp) ?? '{}'),
          status,
          reason: patch.reason === undefined ? current.reason : patch.reason,
          updated_at: ms(now),
          // TaskPatch carries no timestamps of its own: publishing and finishing stamp them here.
          published_at:
            status === 'scheduled' ? (current.published_at ?? ms(now)) : current.published_at,
          completed_at: FINAL.includes(status)
            ? (current.completed_at ?? ms(now))
            : current.completed_at,
        };
        update.run(next);
        const task = toTask(next);
        outbox([tenantId], events, task, now);
        return task;
      });
    },

    async listDueTasks(now) {
      return due.all(ms(now)).map(toTask);
    },
  };
}
