import type { mongo } from 'mongoose';
import { newId } from '../../ids';
import type { InboxBacklog, InboxEntry, InboxLane, Store } from '../types';
import type { Collections } from './models';
import type { InboxDoc } from './documents';

type InboxMethods = Pick<
  Store,
  'appendInbox' | 'claimInbox' | 'completeInbox' | 'completeInboxEntries' | 'inboxBacklog'
>;

/**
 * A 200 to Meta promises the delivery survives a crash of the process and of the machine:
 * acknowledged by a majority of the replica set and written to its journal.
 */
const DURABLE = { w: 'majority', journal: true } as const;

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

/** The webhook inbox: durable appends, leased claims (oldest first), completion. */
export function createInboxRepo(cols: Collections): InboxMethods {
  const { inbox } = cols;

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
        completedAt: null,
        error: null,
        lane: entry.lane ?? 'priority',
      }));
      await inbox.insertMany(docs, { ordered: true, writeConcern: DURABLE });
      return docs.map((doc) => doc._id);
    },

    // Three round trips whatever the limit (one findOneAndUpdate per entry cost `limit`): the
    // oldest claimable ids, one updateMany that claims those still claimable (a claim is live
    // while now < claimedAt + leaseMs, so of two workers only one takes an entry: the other's
    // filter no longer matches it), and a read of what this claim took.
    async claimInbox(owner, limit, leaseMs, now, lane) {
      const n = Math.floor(limit);
      if (n <= 0) return [];
      const claimable: mongo.Filter<InboxDoc> = {
        status: 'pending',
        ...laneFilter(lane),
        $or: [{ claimedAt: null }, { claimedAt: { $lte: new Date(now.getTime() - leaseMs) } }],
      };
      const candidates = await inbox
        .find(claimable, { projection: { _id: 1 } })
        .sort({ receivedAt: 1, _id: 1 })
        .limit(n)
        .toArray();
      if (candidates.length === 0) return [];
      const ids = candidates.map((doc) => doc._id);
      await inbox.updateMany(
        { _id: { $in: ids }, ...claimable },
        { $set: { claimedBy: owner, claimedAt: now }, $inc: { attempts: 1 } },
      );
      // One owner drains one batch at a time, so owner + this claim's time names what it took.
      const docs = await inbox
        .find({ _id: { $in: ids }, claimedBy: owner, claimedAt: now })
        .sort({ receivedAt: 1, _id: 1 })
        .toArray();
      return docs.map(toEntry);
    },

    async completeInbox(id, outcome, error, now) {
      await inbox.updateOne({ _id: id }, { $set: { status: outcome, error, completedAt: now } });
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
  };
}
