import type { mongo } from 'mongoose';
import { newId } from '../../ids';
import type { InboxBacklog, InboxEntry, InboxLane, Store } from '../types';
import { MONGO_TIMEOUTS } from './connection-options';
import type { Collections } from './models';
import type { InboxDoc } from './documents';

type InboxMethods = Pick<
  Store,
  | 'appendInbox'
  | 'claimInbox'
  | 'completeInbox'
  | 'completeInboxEntries'
  | 'inboxBacklog'
  | 'noteUnclaimedInbox'
  | 'requeueInbox'
  | 'pruneInbox'
>;

/**
 * A 200 to Meta promises the delivery survives a crash of the process and of the machine:
 * acknowledged by a majority of the replica set and written to its journal. Bounded by
 * wtimeoutMS: a majority that cannot be reached fails the write, and the webhook answers 503
 * (Meta retries; the inbox is idempotent) instead of holding Meta's request without limit.
 */
const DURABLE = {
  w: 'majority',
  journal: true,
  wtimeoutMS: MONGO_TIMEOUTS.wtimeoutMS,
} as const;

const toEntry = (doc: InboxDoc): InboxEntry => ({
  id: doc._id,
  body: doc.body,
  receivedAt: doc.receivedAt,
  attempts: doc.attempts,
  lane: doc.lane ?? 'priority',
});

/** Entries stored before lanes existed have none: they are `priority` (null matches missing). */
const laneFilter = (lane: InboxLane | undefined): mongo.Filter<InboxDoc> =>
  lane === undefined
    ? {}
    : lane === 'priority'
      ? { lane: { $in: ['priority' as const, null] } }
      : { lane: 'status' as const };

/**
 * A pending entry nobody holds: never claimed, or its claim older than the lease (its worker is
 * presumed dead). An entry stays `pending` until completed; a claim is live while
 * now < claimedAt + leaseMs.
 */
const claimableAt = (staleBefore: Date) => ({
  status: 'pending' as const,
  $or: [{ claimedAt: null }, { claimedAt: { $lte: staleBefore } }],
});

/** The webhook inbox: durable appends, leased claims (oldest first), completion. */
export function createInboxRepo(cols: Collections): InboxMethods {
  const { inbox, keys } = cols;

  return {
    async appendInbox(entries) {
      if (entries.length === 0) return [];
      const docs: InboxDoc[] = entries.map((entry) => ({
        _id: newId(entry.receivedAt.getTime()),
        body: entry.body,
        receivedAt: entry.receivedAt,
        status: 'pending',
        attempts: 0,
        claimedBy: null,
        claimedAt: null,
        claimToken: null,
        completedAt: null,
        error: null,
        lane: entry.lane ?? 'priority',
      }));
      await inbox.insertMany(docs, { ordered: true, writeConcern: DURABLE });
      return docs.map((doc) => doc._id);
    },

    // Three round trips whatever the limit (not one per entry): the oldest claimable ids, one
    // conditional updateMany that stamps this call's token on those still claimable, and the
    // claimed entries read back by id and token. Two workers racing for one entry: the update's
    // condition lets only the first take it, the other reads back fewer entries.
    async claimInbox(owner, limit, leaseMs, now, lane) {
      const n = Math.floor(limit);
      if (!(n > 0)) return [];
      const claimable = {
        ...claimableAt(new Date(now.getTime() - leaseMs)),
        ...laneFilter(lane),
      };
      const candidates = await inbox
        .find(claimable, { projection: { _id: 1 }, batchSize: n })
        .sort({ receivedAt: 1, _id: 1 })
        .limit(n)
        .toArray();
      if (candidates.length === 0) return [];
      const ids = candidates.map((doc) => doc._id);
      const claimToken = newId(now.getTime());
      await inbox.updateMany(
        { _id: { $in: ids }, ...claimable },
        { $set: { claimedBy: owner, claimedAt: now, claimToken }, $inc: { attempts: 1 } },
      );
      const claimed = await inbox
        .find({ _id: { $in: ids }, claimToken }, { batchSize: n })
        .sort({ receivedAt: 1, _id: 1 })
        .toArray();
      return claimed.map(toEntry);
    },

    async completeInbox(id, outcome, error, now) {
      await inbox.updateOne({ _id: id }, { $set: { status: outcome, error, completedAt: now } });
    },

    async noteUnclaimedInbox(id, phoneNumberIds) {
      if (phoneNumberIds.length === 0) return;
      await inbox.updateOne(
        { _id: id },
        { $addToSet: { unclaimedNumbers: { $each: phoneNumberIds } } },
        { writeConcern: DURABLE },
      );
    },

    async requeueInbox(phoneNumberId, since) {
      if (phoneNumberId === '') return 0;
      // On the partial index { unclaimedNumbers, receivedAt }: the number's entries since then
      // ($exists repeats the index's filter, so the planner may use it).
      const { modifiedCount } = await inbox.updateMany(
        {
          unclaimedNumbers: { $exists: true, $eq: phoneNumberId },
          receivedAt: { $gte: since },
          status: { $ne: 'pending' },
          ...laneFilter('priority'),
        },
        {
          // Requeued: processed again for the tenant, or noted again if it is gone by then.
          $pull: { unclaimedNumbers: phoneNumberId },
          $set: {
            status: 'pending',
            error: null,
            completedAt: null,
            claimedBy: null,
            claimedAt: null,
            claimToken: null,
            attempts: 0,
          },
        },
        { writeConcern: DURABLE },
      );
      return modifiedCount;
    },

    async completeInboxEntries(ids, now) {
      if (ids.length === 0) return;
      await inbox.updateMany(
        { _id: { $in: ids } },
        { $set: { status: 'processed', error: null, completedAt: now } },
      );
    },

    async inboxBacklog() {
      const groups = await inbox
        .aggregate<{ _id: InboxLane | null; pending: number; oldest: Date | null }>([
          { $match: { status: 'pending' } },
          {
            $group: {
              _id: { $ifNull: ['$lane', 'priority'] },
              pending: { $sum: 1 },
              oldest: { $min: '$receivedAt' },
            },
          },
        ])
        .toArray();
      const empty = () => ({ pending: 0, oldestReceivedAt: null });
      const out: InboxBacklog = { ...empty(), lanes: { priority: empty(), status: empty() } };
      for (const group of groups) {
        const lane = group._id === 'status' ? 'status' : 'priority';
        out.lanes[lane] = { pending: group.pending, oldestReceivedAt: group.oldest ?? null };
        out.pending += group.pending;
        if (group.oldest && (out.oldestReceivedAt === null || group.oldest < out.oldestReceivedAt))
          out.oldestReceivedAt = group.oldest;
      }
      return out;
    },

    // Not TTL indexes: the retention is a setting and the time the injected clock, the same
    // rules as SQLite's, checked by the same contract tests. The ids first, bounded and oldest
    // first on an index ({status, receivedAt, _id}; keys' {createdAt}), then one delete that
    // repeats the condition.
    async pruneInbox(before, limit) {
      const n = Math.max(0, Math.floor(limit));
      if (n === 0) return { entries: 0, keys: 0 };
      const done: mongo.Filter<InboxDoc> = {
        status: { $in: ['processed', 'failed'] },
        receivedAt: { $lt: before },
      };
      const entryIds = (
        await inbox
          .find(done, { projection: { _id: 1 } })
          .sort({ status: 1, receivedAt: 1, _id: 1 })
          .limit(n)
          .toArray()
      ).map((doc) => doc._id);
      const old = { createdAt: { $lt: before } };
      const keyIds = (
        await keys
          .find(old, { projection: { _id: 1 } })
          .sort({ createdAt: 1 })
          .limit(n)
          .toArray()
      ).map((doc) => doc._id);
      const entries =
        entryIds.length === 0
          ? 0
          : (await inbox.deleteMany({ _id: { $in: entryIds }, ...done })).deletedCount;
      const gone =
        keyIds.length === 0
          ? 0
          : (await keys.deleteMany({ _id: { $in: keyIds }, ...old })).deletedCount;
      return { entries, keys: gone };
    },
  };
}
