/** How long an opt-out lasts, and whether one is active. Pure: time is passed in. */
import type { OptOut } from './types';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest finite validity accepted anywhere (about 100 years); longer means "until revoked". */
export const MAX_VALIDITY_DAYS = 36_500;

/**
 * `default`: the category's unsubscribeDays, or the tenant's for all marketing;
 * `until`: an explicit expiry (null = until revoked); `days`: that many 24-hour days from the opt-out.
 */
export type Validity =
  { kind: 'default' } | { kind: 'until'; expiresAt: Date | null } | { kind: 'days'; days: number };

/** Expiry is a timestamp, not a date: the opt-out time plus whole days (null = until revoked). */
export function expiryAfterDays(at: Date, days: number | null): Date | null {
  return days === null ? null : new Date(at.getTime() + days * DAY_MS);
}

/** The expiry a validity gives an opt-out made at `at`, given the applicable default days. */
export function expiryFor(at: Date, validity: Validity, defaultDays: number | null): Date | null {
  switch (validity.kind) {
    case 'until':
      return validity.expiresAt;
    case 'days':
      return expiryAfterDays(at, validity.days);
    case 'default':
      return expiryAfterDays(at, defaultDays);
  }
}

/** Active: started, not yet expired (or no expiry), and not revoked. */
export function isOptOutActive(
  optOut: Pick<OptOut, 'startsAt' | 'expiresAt' | 'revokedAt'>,
  now: Date,
): boolean {
  if (optOut.revokedAt !== null) return false;
  if (optOut.startsAt.getTime() > now.getTime()) return false;
  return optOut.expiresAt === null || optOut.expiresAt.getTime() > now.getTime();
}
