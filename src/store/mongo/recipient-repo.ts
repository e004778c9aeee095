import { DEFER_REASONS, RECIPIENT_STATUSES } from '../../domain/types';
import { ConflictError, NotFoundError } from '../../errors';
import { newId } from '../../ids';
import type { RecipientStats, Store } from '../types';
import { toRecipient } from './mappers';
import type { Collections } from './models';
import type { RecipientDoc } from './documents';
import {
  beforeCursor,
  distinct,
  duplicatesOnly,
  isDuplicateKey,
  pageBounds,
  plain,
  toPage,
} from './query-helpers';
import { ABANDONED_SEND, sendResultUpdate, UNCLAIM_PIPELINE } from './send-results';
import { heldDelayMs } from '../shared';
import type { Transact } from './transactions';

type RecipientMethods = Pick<
  Store,
  | 'addRecipients'
  | 'listRecipients'
  | 'listContactRecipients'
  | 'recipientStats'
  | 'hasUnsentRecipients'
  | 'loadPending'
  | 'markSuppressed'
  | 'markNoConsent'
  | 'deferRecipients'
  | 'closeDeferredRecipients'
  | 'countRecentSends'
  | 'requeueHeldSend'
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
  timeZone: string | null,
): RecipientDoc => ({
  _id: newId(),
  tenantId,
  taskId,
  contact,
  params: plain(params),
  timeZone,
  status: 'pending',
  deferReason: null,
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
export function createRecipientRepo(cols: Collections, transact: Transact): RecipientMethods {
  const { recipients, tasks } = cols;

  return {
    async addRecipients(tenantId, taskId, rows) {
      if (!(await tasks.findOne({ _id: taskId, tenantId }, { projection: { _id: 1 } }))) {
        throw new NotFoundError(`task ${taskId} not found for this tenant`);
      }
      if (rows.length === 0) return { inserted: 0 };
      const docs = rows.map((row) =>
        newRecipient(tenantId, taskId, row.contact, row.params, row.timeZone ?? null),
      );
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

    async listContactRecipients(tenantId, contacts, recentTasks) {
      if (contacts.length === 0 || (recentTasks !== undefined && recentTasks <= 0)) return [];
      // No limit (0): every task of the tenant (a contact's data export).
      const recent = await tasks
        .find({ tenantId }, { projection: { _id: 1 } })
        .sort({ _id: -1 })
        .limit(recentTasks ?? 0)
        .toArray();
      const rank = new Map(recent.map((t, i) => [t._id, i]));
      // { taskId, contact } is the unique index: one probe per task and identifier.
      const docs = await recipients
        .find({ tenantId, taskId: { $in: [...rank.keys()] }, contact: { $in: distinct(contacts) } })
        .toArray();
      docs.sort(
        (a, b) => (rank.get(a.taskId) ?? 0) - (rank.get(b.taskId) ?? 0) || (a._id < b._id ? 1 : -1),
      );
      return docs.map(toRecipient);
    },

    // Read by the admin routes and at publish, never per dispatch tick (hasUnsentRecipients).
    // Nothing here fetches a recipient document: the task is checked for the tenant once, the
    // statuses are counted from the (taskId, status, _id) index alone (a covered plan: the
    // $group needs no other field), and the opted-out ones from a partial index holding only
    // them. Cost: one index key per recipient of the task, three round trips.
    async recipientStats(tenantId, taskId) {
      const stats = Object.fromEntries(
        RECIPIENT_STATUSES.map((status) => [status, 0]),
      ) as unknown as RecipientStats;
      stats.total = 0;
      stats.optedOutAfter = 0;
      stats.deferred = Object.fromEntries(
        DEFER_REASONS.map((r) => [r, 0]),
      ) as RecipientStats['deferred'];
      if (!(await tasks.findOne({ _id: taskId, tenantId }, { projection: { _id: 1 } }))) {
        return stats;
      }
      const groups = await recipients
        .aggregate<{ _id: string; n: number }>([
          { $match: { taskId } },
          { $group: { _id: '$status', n: { $sum: 1 } } },
        ])
        .toArray();
      for (const group of groups) {
        (stats as unknown as Record<string, number>)[group._id] = group.n;
        stats.total += group.n;
      }
      // The waiting ones by reason: only pending documents are read (the task-status index).
      const waiting = await recipients
        .aggregate<{ _id: string; n: number }>([
          { $match: { taskId, status: 'pending', deferReason: { $type: 'string' } } },
          { $group: { _id: '$deferReason', n: { $sum: 1 } } },
        ])
        .toArray();
      for (const w of waiting) stats.deferred[w._id as keyof RecipientStats['deferred']] = w.n;
      stats.optedOutAfter = await recipients.countDocuments({
        taskId,
        optedOutAt: { $type: 'date' },
      });
      return stats;
    },

    async hasUnsentRecipients(taskId) {
      const doc = await recipients.findOne(
        { taskId, status: { $in: ['pending', 'sending'] } },
        { projection: { _id: 1 } },
      );
      return doc !== null;
    },

    // Two probes of the { taskId, status, nextAttemptAt, _id } index: those that waited (retries,
    // deferrals) by due time, then the never-deferred by _id. One "null or due" query would
    // walk every recipient deferred to later on each tick.
    async loadPending(taskId, limit, now) {
      const n = Math.floor(limit);
      if (!(n > 0)) return []; // limit(0) would mean "no limit" to the server
      const docs = await recipients
        .find({ taskId, status: 'pending', nextAttemptAt: { $lte: now } })
        .sort({ nextAttemptAt: 1 })
        .limit(n)
        .batchSize(n) // the whole batch in the first reply, not 101 documents and a getMore
        .toArray();
      if (docs.length < n) {
        const rest = n - docs.length;
        // { $type: 'null' } matches a stored null only (not a missing field), like the index key.
        const fresh = await recipients
          .find({ taskId, status: 'pending', nextAttemptAt: { $type: 'null' } })
          .sort({ _id: 1 })
          .limit(rest)
          .batchSize(rest)
          .toArray();
        docs.push(...fresh);
      }
      return docs.map(toRecipient);
    },

    async deferRecipients(taskId, rows) {
      if (rows.length === 0) return;
      await recipients.bulkWrite(
        rows.map((row) => ({
          updateOne: {
            filter: { _id: row.recipientId, taskId, status: 'pending' as const },
            update: {
              $set: row.until
                ? { nextAttemptAt: row.until, deferReason: row.reason }
                : { status: row.reason, deferReason: row.reason, nextAttemptAt: null },
            },
          },
        })),
        { ordered: false },
      );
    },

    // Two round trips: the attempts decide the wait; the update is conditional on the same
    // failed message, so a status applied twice requeues once.
    async requeueHeldSend(messageId, reason, backoff, now) {
      const doc = await recipients.findOne(
        { messageId, status: 'failed' },
        { projection: { _id: 1, taskId: 1, attempts: 1 } },
      );
      if (!doc) return null;
      const until = new Date(now.getTime() + heldDelayMs(doc.attempts, backoff));
      const result = await recipients.updateOne(
        { _id: doc._id, messageId, status: 'failed' },
        {
          $set: {
            status: 'pending',
            nextAttemptAt: until,
            deferReason: reason,
            messageId: null,
            claimedBy: null,
            claimedAt: null,
          },
        },
      );
      return result.modifiedCount > 0 ? { recipientId: doc._id, taskId: doc.taskId, until } : null;
    },

    async closeDeferredRecipients(taskId) {
      // The status is the reason it waited: a pipeline update reads it from the document.
      const result = await recipients.updateMany(
        { taskId, status: 'pending', deferReason: { $type: 'string' } },
        [{ $set: { status: '$deferReason' } }],
      );
      return result.modifiedCount;
    },

    // The partial { tenantId, contact, sentAt } index holds only sent messages: its filter is
    // repeated so the planner uses it; one round trip for the whole batch.
    async countRecentSends(tenantId, contacts, since) {
      const found = new Map<string, { count: number; oldest: Date }>();
      if (contacts.length === 0) return found;
      const groups = await recipients
        .aggregate<{ _id: string; n: number; oldest: Date }>([
          {
            $match: {
              tenantId,
              contact: { $in: distinct(contacts) },
              sentAt: { $gte: since },
              messageId: { $type: 'string' },
            },
          },
          { $group: { _id: '$contact', n: { $sum: 1 }, oldest: { $min: '$sentAt' } } },
        ])
        .toArray();
      for (const g of groups) found.set(g._id, { count: g.n, oldest: new Date(g.oldest) });
      return found;
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

    async markNoConsent(taskId, recipientIds) {
      if (recipientIds.length === 0) return;
      await recipients.updateMany(
        { taskId, status: 'pending', _id: { $in: recipientIds } },
        { $set: { status: 'no_consent' as const } },
      );
    },

    // One transaction: the claim (an updateMany, which retryable writes do not cover) and its
    // read-back happen whole or not at all, and are run again whole after a failover, so no
    // recipient is left `sending` by a claim cut short. Three round trips with the commit.
    async claimRecipients(taskId, recipientIds, owner, now) {
      if (recipientIds.length === 0) return [];
      const claimed = await transact(async (session) => {
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
          { session },
        );
        return recipients
          .find(
            { taskId, status: 'sending', claimToken },
            { projection: { _id: 1 }, batchSize: recipientIds.length, session },
          )
          .toArray();
      });
      const ids = new Set(claimed.map((doc) => doc._id));
      return recipientIds.filter((id) => ids.has(id));
    },

    async recordSendResult(recipientId, owner, result, now) {
      try {
        const updated = await recipients.updateOne(
          { _id: recipientId, status: 'sending', claimedBy: owner },
          sendResultUpdate(result, now),
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

    // In a transaction: an updateMany is not retried after a failover, and one cut short would
    // leave part of the chunk marked started, which a later resolution records as `unknown` and
    // never sends. The transaction marks the whole chunk or none, and is run again whole.
    async markSendsStarted(recipientIds, owner, now) {
      if (recipientIds.length === 0) return 0;
      const result = await transact((session) =>
        recipients.updateMany(
          { _id: { $in: recipientIds }, status: 'sending', claimedBy: owner },
          { $set: { startedAt: now } },
          { session },
        ),
      );
      // Matched, not modified: a recipient marked at this same instant before is still ours.
      return result.matchedCount;
    },

    // One transaction, so a failover between the two updates cannot leave half of them done.
    async resolveAbandonedSends(taskId) {
      return transact(async (session) => {
        // Never started: back to pending, the claim not counted as an attempt.
        await recipients.updateMany(
          { taskId, status: 'sending', startedAt: null },
          [...UNCLAIM_PIPELINE],
          { session },
        );
        // Started: the request may have left, so never re-sent.
        const result = await recipients.updateMany(
          { taskId, status: 'sending', startedAt: { $ne: null } },
          { $set: { status: 'unknown', errorTitle: ABANDONED_SEND, claimToken: null } },
          { session },
        );
        return result.modifiedCount;
      });
    },
  };
}
