import type { DeliveryStore, StatusBatchOutcome } from '../types';
import type { Collections } from './models';
import { insertParked, parkedDoc } from './parked-status-repo';
import { duplicatesOnly } from './query-helpers';
import { statusUpdatePipeline } from './update-pipelines';

/**
 * Routine statuses many at a time, in four round trips whatever the batch's size: the keys
 * already recorded (one find), every status (one unordered bulkWrite of the same forward-only
 * pipeline applyStatus uses), the references of the task messages they moved (one find), and the
 * new keys (one unordered insertMany). Keys are recorded after the statuses they guard: a crash
 * in between only applies those statuses again, which changes nothing. Statuses that found no
 * task message are parked (one more insertMany, only when there are some).
 */
export function createStatusBatchRepo(cols: Collections): Pick<DeliveryStore, 'applyStatusBatch'> {
  const { keys, recipients } = cols;

  return {
    async applyStatusBatch(items, now) {
      if (items.length === 0) return [];
      const recorded = await keys
        .find({ _id: { $in: [...new Set(items.map((i) => i.key))] } }, { projection: { _id: 1 } })
        .toArray();
      const seen = new Set(recorded.map((doc) => doc._id));
      // Fresh items: not recorded, and the first with its key in this batch.
      const fresh = items.map((item) => {
        if (seen.has(item.key)) return false;
        seen.add(item.key);
        return true;
      });
      const todo = items.filter((_, i) => fresh[i]);
      if (todo.length === 0) return items.map(() => ({ outcome: 'duplicate' as const }));

      await recipients.bulkWrite(
        todo.map((item) => ({
          updateOne: {
            filter: {
              messageId: { $eq: item.update.messageId, $type: 'string' as const },
              tenantId: item.tenantId,
            },
            update: statusUpdatePipeline(item.update),
          },
        })),
        { ordered: false },
      );
      const docs = await recipients
        .find(
          {
            // $type names the partial unique index's filter, so the planner uses that index.
            messageId: {
              $in: [...new Set(todo.map((item) => item.update.messageId))],
              $type: 'string' as const,
            },
          },
          { projection: { _id: 1, tenantId: 1, taskId: 1, contact: 1, messageId: 1 } },
        )
        .toArray();
      const byMessage = new Map(docs.map((doc) => [doc.messageId, doc]));
      const outcomes = items.map((item, i): StatusBatchOutcome => {
        if (!fresh[i]) return { outcome: 'duplicate' };
        const doc = byMessage.get(item.update.messageId);
        return doc && doc.tenantId === item.tenantId
          ? { outcome: 'applied', recipientId: doc._id, taskId: doc.taskId, contact: doc.contact }
          : { outcome: 'unknown_message' };
      });
      // Parked before their keys are recorded, like the statuses that matched: a crash in
      // between parks them again, which changes nothing.
      await insertParked(
        cols,
        items.flatMap((item, i) =>
          outcomes[i]?.outcome === 'unknown_message'
            ? [
                parkedDoc(
                  {
                    tenantId: item.tenantId,
                    messageId: item.update.messageId,
                    status: item.update.status,
                    at: item.update.at,
                    errors: [],
                    recipientId: item.recipientId ?? null,
                    recipientUserId: item.recipientUserId ?? null,
                  },
                  now,
                ),
              ]
            : [],
        ),
      );
      try {
        await keys.insertMany(
          todo.map((item) => ({ _id: item.key, createdAt: now })),
          { ordered: false },
        );
      } catch (err) {
        // Another instance recorded some of them meanwhile: theirs count as well.
        if (duplicatesOnly(err) === null) throw err;
      }
      return outcomes;
    },
  };
}
