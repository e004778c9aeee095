import type { Durability } from './durability';

/**
 * Coordination between deliveries and instances: idempotency keys (an event handled, a reply
 * sent, once) and leases (one dispatcher per sending number).
 */
export interface CoordinationStore {
  // idempotency keys
  /**
   * True when `key` was not recorded before (and records it): an atomic insert on a unique index.
   * `deferred` for a key the inbox can re-derive (an event marked done); the default, `durable`,
   * for a key that guards something the world sees (a reply about to be sent).
   */
  claimOnce(key: string, now: Date, durability?: Durability): Promise<boolean>;
  hasKey(key: string): Promise<boolean>;

  // dispatch leases (one holder per sending number)
  /**
   * Takes or renews the lease when free, expired, or already ours. MongoDB measures the expiry
   * in the database's own time (`$$NOW`), so the clocks of several dynos never matter; SQLite
   * (one machine, one clock) uses `now`.
   */
  acquireLease(key: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;
  releaseLease(key: string, owner: string): Promise<void>;
}
