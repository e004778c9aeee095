import type { CoordinationStore } from '../types';
import { ms } from './rows';
import type { Db } from './sql-helpers';

type LeaseMethods = Pick<CoordinationStore, 'acquireLease' | 'releaseLease'>;

/** One holder per key (a sending number): taken when free, expired, or already ours. */
export function createLeaseRepo(db: Db): LeaseMethods {
  // A single statement, so the check and the take are one atomic step across processes.
  const acquire = db.prepare(
    `INSERT INTO leases (key, owner, expires_at) VALUES (@key, @owner, @expiresAt)
     ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
     WHERE leases.owner = excluded.owner OR leases.expires_at <= @now`,
  );
  const release = db.prepare('DELETE FROM leases WHERE key = ? AND owner = ?');

  return {
    async acquireLease(key, owner, ttlMs, now) {
      return acquire.run({ key, owner, expiresAt: ms(now) + ttlMs, now: ms(now) }).changes > 0;
    },

    async releaseLease(key, owner) {
      release.run(key, owner);
    },
  };
}
