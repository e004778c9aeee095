/**
 * What re-adding an opt-out does to the row already stored for its key. Pure: the repository
 * reads the row, decides here, then writes only if the row still holds what it read.
 */
import { isOptOutActive } from '../../domain/opt-out-validity';
import type { UpsertOutcome } from '../types';

export interface Validity {
  startsAt: Date;
  /** Null = until revoked. */
  expiresAt: Date | null;
}

export interface StoredValidity extends Validity {
  revokedAt: Date | null;
}

export type UpsertDecision =
  | { outcome: 'unchanged' }
  | {
      outcome: Exclude<UpsertOutcome, 'unchanged' | 'created'>;
      startsAt: Date;
      expiresAt: Date | null;
    };

/** The later of two expiries; null (until revoked) is later than any date. */
export function laterExpiry(a: Date | null, b: Date | null): Date | null {
  if (a === null || b === null) return null;
  return a.getTime() >= b.getTime() ? a : b;
}

const sameExpiry = (a: Date | null, b: Date | null): boolean =>
  a === null || b === null ? a === b : a.getTime() === b.getTime();

/**
 * A stored row that is revoked, expired or not yet started is renewed with the new validity;
 * an active one is extended to the later expiry and never shortened (unchanged when the
 * stored expiry is already at least as late).
 */
export function decideUpsert(stored: StoredValidity, input: Validity, now: Date): UpsertDecision {
  const active = isOptOutActive(
    {
      startsAt: stored.startsAt,
      expiresAt: stored.expiresAt ?? null,
      revokedAt: stored.revokedAt ?? null,
    },
    now,
  );
  if (!active) return { outcome: 'renewed', startsAt: input.startsAt, expiresAt: input.expiresAt };
  const expiresAt = laterExpiry(stored.expiresAt, input.expiresAt);
  if (sameExpiry(expiresAt, stored.expiresAt)) return { outcome: 'unchanged' };
  return { outcome: 'extended', startsAt: stored.startsAt, expiresAt };
}
