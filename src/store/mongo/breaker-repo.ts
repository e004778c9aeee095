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
      const window = (sentAt: object, direction: 1 | -1) =>
        recipients
          .find(
            { taskId, tenantId, sentAt },
            {
              projection: {
                _id: 0,
                sentAt: 1,
                deliveredAt: 1,
                readAt: 1,
                optedOutAt: 1,
                errorCode: 1,
              },
            },
          )
          .sort({ sentAt: direction })
          .limit(n)
          .batchSize(n)
          .toArray();
      let docs = await window(upTo ? { $type: 'date', $lte: upTo } : { $type: 'date' }, -1);
      // Fewer than n by upTo: the task's first n sends, which still hold the one at upTo.
      if (upTo && docs.length < n) docs = (await window({ $type: 'date' }, 1)).reverse();
      return docs.map((doc) => ({
        sentAt: doc.sentAt as Date,
        reached: doc.deliveredAt instanceof Date || doc.readAt instanceof Date,
        optedOutAt: doc.optedOutAt instanceof Date ? doc.optedOutAt : null,
        errorCode: typeof doc.errorCode === 'number' ? doc.errorCode : null,
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
