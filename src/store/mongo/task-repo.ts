import type { Task } from '../../domain/types';
import { newId } from '../../ids';
import type { Store } from '../types';
import { toTask } from './mappers';
import type { Collections } from './models';
import type { OutboxWriter } from './outbox-writer';
import type { Session, Transact } from './transactions';
import type { TaskDoc } from './documents';
import { beforeCursor, pageBounds, plain, toPage } from './query-helpers';
import { taskUpdatePipeline } from './update-pipelines';

type TaskMethods = Pick<
  Store,
  'createTask' | 'getTask' | 'listTasks' | 'updateTask' | 'listDueTasks'
>;

/** Marketing tasks. Status changes are compare-and-set, so two instances never both move a task. */
export function createTaskRepo(
  cols: Collections,
  transact: Transact,
  outbox: OutboxWriter,
): TaskMethods {
  const { tasks } = cols;

  return {
    async createTask(tenantId, input, now) {
      const doc: TaskDoc = {
        _id: newId(now.getTime()),
        tenantId,
        name: input.name,
        type: 'marketing',
        channel: 'whatsapp',
        categoryId: input.categoryId,
        template: plain(input.template),
        startAt: input.startAt,
        endAt: input.endAt,
        policy: plain(input.policy),
        followUp: plain(input.followUp),
        status: 'draft',
        reason: null,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
        completedAt: null,
      };
      await tasks.insertOne(doc);
      return toTask(doc);
    },

    async getTask(tenantId, id) {
      const doc = await tasks.findOne({ _id: id, tenantId });
      return doc ? toTask(doc) : null;
    },

    async listTasks(tenantId, filter, page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await tasks
        .find({
          tenantId,
          ...(filter.status === undefined ? {} : { status: filter.status }),
          ...beforeCursor(cursor),
        })
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toTask);
    },

    async updateTask(tenantId, id, from, patch, now, events) {
      const fields: Partial<TaskDoc> = {
        name: patch.name,
        categoryId: patch.categoryId,
        template: patch.template === undefined ? undefined : plain(patch.template),
        startAt: patch.startAt,
        endAt: patch.endAt,
        policy: patch.policy === undefined ? undefined : plain(patch.policy),
        followUp: patch.followUp === undefined ? undefined : plain(patch.followUp),
        reason: patch.reason,
      };
      // The status filter is the compare; the pipeline stamps publishedAt/completedAt atomically.
      const update = async (session?: Session): Promise<Task | null> => {
        const doc = await tasks.findOneAndUpdate(
          { _id: id, tenantId, status: { $in: [...from] } },
          taskUpdatePipeline(fields, patch.status, now),
          { returnDocument: 'after', session },
        );
        const task = doc ? toTask(doc) : null;
        if (task && session) await outbox(session, [tenantId], events, task, now);
        return task;
      };
      // A change that causes outbound events commits with them; the dispatcher's own status
      // moves (no events) stay one single-document write.
      return events ? transact(update) : update();
    },

    async listDueTasks(now) {
      const docs = await tasks
        .find({
          status: { $in: ['scheduled', 'running'] },
          $or: [{ startAt: null }, { startAt: { $lte: now } }],
        })
        .sort({ _id: 1 })
        .toArray();
      return docs.map(toTask);
    },
  };
}
