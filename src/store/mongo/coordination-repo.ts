import type { Store } from '../types';
import type { Collections } from './models';
import { isDuplicateKey } from './query-helpers';

type CoordinationMethods = Pick<Store, 'claimOnce' | 'hasKey' | 'acquireLease' | 'releaseLease'>;

/**
 * Idempotency keys and dispatch leases, both decided by the `_id` unique index: a second
 * insert of a key, or a second holder's upsert of a lease, fails with E11000.
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

    async acquireLease(key, owner, ttlMs, now) {
      try {
        // Matches the lease only when it is ours or expired; otherwise the upsert tries to
        // insert a second document with this _id, which the index refuses: someone holds it.
        await leases.updateOne(
          { _id: key, $or: [{ owner }, { expiresAt: { $lte: now } }] },
          { $set: { owner, expiresAt: new Date(now.getTime() + ttlMs) } },
          { upsert: true },
        );
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },

    async releaseLease(key, owner) {
      await leases.deleteOne({ _id: key, owner });
    },
  };
}
