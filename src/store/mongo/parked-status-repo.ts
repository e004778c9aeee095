import type { DeliveryState, DeliveryStore, ParkedStatus } from '../types';
import type { ParkedStatusDoc } from './documents';
import type { Collections } from './models';
import { duplicatesOnly } from './query-helpers';

/** A parked status's document: one per tenant, message id and status. */
export function parkedDoc(status: ParkedStatus, now: Date): ParkedStatusDoc {
  return {
    _id: `${status.tenantId}\n${status.messageId}\n${status.status}`,
    tenantId: status.tenantId,
    messageId: status.messageId,
    status: status.status,
    at: status.at,
    errors: status.errors,
    recipientId: status.recipientId,
    recipientUserId: status.recipientUserId,
    parkedAt: now,
  };
}

/** Inserts parked statuses; those parked already (a duplicate key) are left as they are. */
export async function insertParked(cols: Collections, docs: ParkedStatusDoc[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await cols.parkedStatuses.insertMany(docs, { ordered: false });
  } catch (err) {
    if (duplicatesOnly(err) === null) throw err;
  }
}

const toParked = (doc: ParkedStatusDoc): ParkedStatus => ({
  tenantId: doc.tenantId,
  messageId: doc.messageId,
  status: doc.status as DeliveryState,
  at: doc.at,
  errors: doc.errors,
  recipientId: doc.recipientId,
  recipientUserId: doc.recipientUserId,
});

/**
 * Statuses that came before their message id was recorded. A parked status is taken by
 * findOneAndDelete on its `_id`, so of two callers (the send that records the id, the webhook
 * that parked it) only the one that deletes it gets it.
 */
export function createParkedStatusRepo(
  cols: Collections,
): Pick<
  DeliveryStore,
  'parkStatus' | 'takeParkedStatuses' | 'parkedMessageIds' | 'pruneParkedStatuses'
> {
  const { parkedStatuses, recipients } = cols;

  return {
    async parkStatus(status, now) {
      await insertParked(cols, [parkedDoc(status, now)]);
    },

    async takeParkedStatuses(messageIds) {
      if (messageIds.length === 0) return [];
      const parked = await parkedStatuses
        .find(
          { messageId: { $in: [...new Set(messageIds)] } },
          { projection: { _id: 1, messageId: 1, tenantId: 1 } },
        )
        .toArray();
      if (parked.length === 0) return [];
      const known = await recipients
        .find(
          {
            // $type names the partial unique index's filter, so the planner uses that index.
            messageId: {
              $in: [...new Set(parked.map((p) => p.messageId))],
              $type: 'string' as const,
            },
          },
          { projection: { _id: 0, messageId: 1, tenantId: 1 } },
        )
        .toArray();
      const recorded = new Set(known.map((r) => `${r.tenantId}\n${String(r.messageId)}`));
      const taken: ParkedStatus[] = [];
      for (const p of parked) {
        if (!recorded.has(`${p.tenantId}\n${p.messageId}`)) continue;
        const doc = await parkedStatuses.findOneAndDelete({ _id: p._id });
        if (doc) taken.push(toParked(doc));
      }
      return taken.sort((a, b) => a.at.getTime() - b.at.getTime());
    },

    async parkedMessageIds(before, limit) {
      const docs = await parkedStatuses
        .find({ parkedAt: { $lt: before } }, { projection: { _id: 0, messageId: 1 } })
        .sort({ parkedAt: 1 })
        .limit(limit)
        .toArray();
      return [...new Set(docs.map((doc) => doc.messageId))];
    },

    async pruneParkedStatuses(messageIds, before) {
      if (messageIds.length === 0) return 0;
      const { deletedCount } = await parkedStatuses.deleteMany({
        messageId: { $in: [...new Set(messageIds)] },
        parkedAt: { $lt: before },
      });
      return deletedCount;
    },
  };
}
