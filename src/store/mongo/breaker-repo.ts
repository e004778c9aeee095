import type { BreakerStore } from '../types';
import type { Collections } from './models';

/**
 * What the task breakers read. Each query names its partial index's filter ($type: 'date') so
 * the planner can use it: { taskId, sentAt: -1 } walked newest first for the window, and
 * { taskId, errorCode, failedAt } counted for a burst; neither reads a whole task.
 */
export function createBreakerRepo(cols: Collections): BreakerStore {
  const { recipients } = cols;

  return {
    async recentSends(tenantId, taskId, limit, upTo) {
      const n = Math.floor(limit);
      if (!(n > 0)) return []; // limit(0) would mean "no limit" to the server
      const docs = await recipients
        .find(
          {
            taskId,
            tenantId,
            sentAt: upTo ? { $type: 'date', $lte: upTo } : { $type: 'date' },
          },
          { projection: { _id: 0, sentAt: 1, deliveredAt: 1, readAt: 1, optedOutAt: 1 } },
        )
        .sort({ sentAt: -1 })
        .limit(n)
        .batchSize(n)
        .toArray();
      return docs.map((doc) => ({
        sentAt: doc.sentAt as Date,
        reached: doc.deliveredAt instanceof Date || doc.readAt instanceof Date,
        optedOutAt: doc.optedOutAt instanceof Date ? doc.optedOutAt : null,
      }));
    },

    async errorBurstCounts(tenantId, taskId, code, since) {
      const failedSince = {
        taskId,
        errorCode: code,
        failedAt: { $type: 'date' as const, $gte: since },
      };
      const [sends, failed, failedUnsent] = await Promise.all([
        recipients.countDocuments({ taskId, tenantId, sentAt: { $type: 'date', $gte: since } }),
        recipients.countDocuments({ ...failedSince, tenantId }),
        recipients.countDocuments({ ...failedSince, tenantId, sentAt: null }),
      ]);
      return { sends, failed, failedUnsent };
    },
  };
}
