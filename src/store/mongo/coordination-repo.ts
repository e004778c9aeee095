import type { Store } from '../types';
import type { Collections } from './models';
import { isDuplicateKey } from './query-helpers';
import { leasePipeline } from './update-pipelines';

type CoordinationMethods = Pick<Store, 'claimOnce' | 'hasKey' | 'acquireLease' | 'releaseLease'>;

/**
 * Idempotency keys, decided by the `_id` unique index (a second insert of a key fails with
 * E11000), and dispatch leases, decided by one atomic pipeline upsert timed by the database.
 */
export function createCoordinationRepo(cols: Collections): CoordinationMethods {
  const { keys, leases } = cols;

  return {
    async claimOnce(key, now) {
      try {
        await keys.insertOne({ _id: key, createdAt: now });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },

    async hasKey(key) {
      return (await keys.countDocuments({ _id: key }, { limit: 1 })) > 0;
    },

    // `now` is not used: the expiry is the database's time (see leasePipeline).
    async acquireLease(key, owner, ttlMs) {
      try {
        const lease = await leases.findOneAndUpdate({ _id: key }, leasePipeline(owner, ttlMs), {
          upsert: true,
          returnDocument: 'after',
          projection: { owner: 1 },
        });
        return lease?.owner === owner;
      } catch (err) {
        // Two first takes of one key raced (the server retries most such upserts itself).
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },

    async releaseLease(key, owner) {
      await leases.deleteOne({ _id: key, owner });
    },
  };
}
