import { newId } from '../../ids';
import type { InboxEntry, Store } from '../types';
import type { Collections } from './models';
import type { InboxDoc } from './documents';

type InboxMethods = Pick<Store, 'appendInbox' | 'claimInbox' | 'completeInbox' | 'inboxBacklog'>;

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
});

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
      }));
      await inbox.insertMany(docs, { ordered: true, writeConcern: DURABLE });
      return docs.map((doc) => doc._id);
    },

    async claimInbox(owner, limit, leaseMs, now) {
      const staleBefore = new Date(now.getTime() - leaseMs);
      const claimed: InboxEntry[] = [];
      // One atomic claim per entry: two workers never take the same one, and each claim takes
      // the oldest left. An entry stays `pending` until completed; a claim is live while
      // now < claimedAt + leaseMs, after that its worker is presumed dead and another may take it.
      while (claimed.length < Math.floor(limit)) {
        const doc = await inbox.findOneAndUpdate(
          { status: 'pending', $or: [{ claimedAt: null }, { claimedAt: { $lte: staleBefore } }] },
          { $set: { claimedBy: owner, claimedAt: now }, $inc: { attempts: 1 } },
          { sort: { receivedAt: 1, _id: 1 }, returnDocument: 'after' },
        );
        if (!doc) break;
        claimed.push(toEntry(doc));
      }
      return claimed;
    },

    async completeInbox(id, outcome, error, now) {
      await inbox.updateOne({ _id: id }, { $set: { status: outcome, error, completedAt: now } });
    },

    async inboxBacklog() {
      const [pending, oldest] = await Promise.all([
        inbox.countDocuments({ status: 'pending' }),
        inbox
          .find({ status: 'pending' }, { projection: { receivedAt: 1 } })
          .sort({ receivedAt: 1, _id: 1 })
          .limit(1)
          .toArray(),
      ]);
      return { pending, oldestReceivedAt: oldest[0]?.receivedAt ?? null };
    },
  };
}
