import { RECIPIENT_STATUSES } from '../../domain/types';
import { ConflictError, NotFoundError } from '../../errors';
import { newId } from '../../ids';
import type { RecipientStats, Store } from '../types';
import { toRecipient } from './mappers';
import type { Collections } from './models';
import type { RecipientDoc } from './documents';
import {
  beforeCursor,
  duplicatesOnly,
  isDuplicateKey,
  pageBounds,
  plain,
  toPage,
} from './query-helpers';
import { ABANDONED_SEND, sendResultFields } from './send-results';

type RecipientMethods = Pick<
  Store,
  | 'addRecipients'
  | 'listRecipients'
  | 'recipientStats'
  | 'loadPending'
  | 'markSuppressed'
  | 'claimRecipients'
  | 'recordSendResult'
  | 'resolveAbandonedSends'
  | 'markSendsStarted'
>;

const newRecipient = (
  tenantId: string,
  taskId: string,
  contact: string,
  params: RecipientDoc['params'],
): RecipientDoc => ({
  _id: newId(),
  tenantId,
  taskId,
  contact,
  params: plain(params),
  status: 'pending',
  attempts: 0,
  nextAttemptAt: null,
  claimedBy: null,
  claimedAt: null,
  claimToken: null,
  messageId: null,
  waId: null,
  errorCode: null,
  errorTitle: null,
  suppressedBy: null,
  sentAt: null,
  deliveredAt: null,
  readAt: null,
  failedAt: null,
  optedOutAt: null,
  lastReply: null,
  lastReplyAt: null,
});

/**
 * Task recipients through a send: pending → (suppressed | sending → sent | failed | unknown |
 * pending again). Every transition is conditional on the current status (and, once claimed, on
 * the owner), so two dispatchers on one database never send to one recipient twice.
 */
export function createRecipientRepo(cols: Collections): RecipientMethods {
  const { recipients, tasks } = cols;

  return {
    async addRecipients(tenantId, taskId, rows) {
      if (!(await tasks.findOne({ _id: taskId, tenantId }, { projection: { _id: 1 } }))) {
        throw new NotFoundError(`task ${taskId} not found for this tenant`);
      }
      if (rows.length === 0) return { inserted: 0 };
      const docs = rows.map((row) => newRecipient(tenantId, taskId, row.contact, row.params));
      try {
        await recipients.insertMany(docs, { ordered: false });
        return { inserted: docs.length };
      } catch (err) {
        // Unordered: every new contact is inserted; the unique (taskId, contact) index refuses the rest.
        const duplicates = duplicatesOnly(err);
        if (duplicates === null) throw err;
        return { inserted: docs.length - duplicates };
      }
    },

    async listRecipients(tenantId, taskId, filter, page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await recipients
        .find({
          taskId,
          tenantId,
          ...(filter.status === undefined ? {} : { status: filter.status }),
          ...beforeCursor(cursor),
        })
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toRecipient);
    },

    async recipientStats(tenantId, taskId) {
      const groups = await recipients
        .aggregate<{ _id: string; n: number; optedOut: number }>([
          { $match: { taskId, tenantId } },
          {
            $group: {
              _id: '$status',
              n: { $sum: 1 },
              optedOut: {
                $sum: { $cond: [{ $eq: [{ $ifNull: ['$optedOutAt', null] }, null] }, 0, 1] },
              },
            },
          },
        ])
        .toArray();
      const stats = Object.fromEntries(
        RECIPIENT_STATUSES.map((status) => [status, 0]),
      ) as RecipientStats;
      stats.total = 0;
      stats.optedOutAfter = 0;
      for (const group of groups) {
        stats[group._id as keyof RecipientStats] = group.n;
        stats.total += group.n;
        stats.optedOutAfter += group.optedOut;
      }
      return stats;
    },

    async loadPending(taskId, limit, now) {
      const n = Math.floor(limit);
      if (!(n > 0)) return []; // limit(0) would mean "no limit" to the server
      const docs = await recipients
        .find({
          taskId,
          status: 'pending',
          $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
        })
        .sort({ _id: 1 })
        .limit(n)
        .toArray();
      return docs.map(toRecipient);
    },

    async markSuppressed(taskId, rows) {
      if (rows.length === 0) return;
      await recipients.bulkWrite(
        rows.map((row) => ({
          updateOne: {
            filter: { _id: row.recipientId, taskId, status: 'pending' as const },
            update: { $set: { status: 'suppressed' as const, suppressedBy: row.optOutId } },
          },
        })),
        { ordered: false },
      );
    },

    async claimRecipients(taskId, recipientIds, owner, now) {
      if (recipientIds.length === 0) return [];
      // The token marks this call's claims: the same owner may have older ones left `sending`.
      const claimToken = newId(now.getTime());
      await recipients.updateMany(
        { taskId, status: 'pending', _id: { $in: recipientIds } },
        {
          $set: {
            status: 'sending',
            claimedBy: owner,
            claimedAt: now,
            claimToken,
            startedAt: null,
          },
          $inc: { attempts: 1 },
        },
      );
      const claimed = await recipients
        .find({ taskId, status: 'sending', claimToken }, { projection: { _id: 1 } })
        .toArray();
      const ids = new Set(claimed.map((doc) => doc._id));
      return recipientIds.filter((id) => ids.has(id));
    },

    async recordSendResult(recipientId, owner, result, now) {
      try {
        const updated = await recipients.updateOne(
          { _id: recipientId, status: 'sending', claimedBy: owner },
          {
            $set: sendResultFields(result, now),
            ...(result.kind === 'release' ? { $inc: { attempts: -1 } } : {}),
          },
        );
        return updated.matchedCount > 0;
      } catch (err) {
        if (result.kind === 'sent' && isDuplicateKey(err)) {
          throw new ConflictError(
            `message id ${result.messageId} is already recorded for another recipient`,
          );
        }
        throw err;
      }
    },

    async markSendsStarted(recipientIds, owner, now) {
      if (recipientIds.length === 0) return 0;
      const result = await recipients.updateMany(
        { _id: { $in: recipientIds }, status: 'sending', claimedBy: owner },
        { $set: { startedAt: now } },
      );
      return result.modifiedCount;
    },

    async resolveAbandonedSends(taskId) {
      // Never started: back to pending, the claim not counted as an attempt.
      await recipients.updateMany(
        { taskId, status: 'sending', startedAt: null },
        {
          $set: { status: 'pending', claimedBy: null, claimedAt: null, claimToken: null },
          $inc: { attempts: -1 },
        },
      );
      // Started: the request may have left, so never re-sent.
      const result = await recipients.updateMany(
        { taskId, status: 'sending', startedAt: { $ne: null } },
        { $set: { status: 'unknown', errorTitle: ABANDONED_SEND, claimToken: null } },
      );
      return result.modifiedCount;
    },
  };
}
