/**
 * Pure builders of opt-out queries: what "active" means as a MongoDB filter, the admin list's
 * filters, and which of several suppressing rows the dispatcher reports.
 */
import type { mongo } from 'mongoose';
import type { OptOutState } from '../../domain/types';
import type { OptOutFilter } from '../types';
import { ALL_MARKETING, toScopeKey } from './mappers';
import type { OptOutDoc } from './documents';
import { distinct } from './query-helpers';

type OptOutQuery = mongo.Filter<OptOutDoc>;

/** Active at `now`: not revoked, started, not yet expired (the expiry instant is outside). */
export const activeAt = (now: Date): OptOutQuery => ({
  revokedAt: null,
  startsAt: { $lte: now },
  $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
});

/** The complement of activeAt: revoked, not yet started, or expired. */
export const inactiveAt = (now: Date): OptOutQuery => ({
  $or: [{ revokedAt: { $ne: null } }, { startsAt: { $gt: now } }, { expiresAt: { $lte: now } }],
});

/** Each state at `now` as a filter; together they cover every document exactly once. */
export function stateAt(state: OptOutState, now: Date): OptOutQuery {
  switch (state) {
    case 'active':
      return activeAt(now);
    case 'scheduled':
      return {
        revokedAt: null,
        startsAt: { $gt: now },
        $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
      };
    case 'expired':
      return { revokedAt: null, expiresAt: { $ne: null, $lte: now } };
    case 'revoked':
      return { revokedAt: { $ne: null } };
  }
}

/** The scopes that suppress a task of `categoryId`: its category and all marketing. */
export const suppressingScopes = (categoryId: string | null): string[] =>
  distinct([toScopeKey(categoryId), ALL_MARKETING]);

/** The admin list's filter; conditions are ANDed, each optional one only when given. */
export function optOutListQuery(
  tenantId: string,
  filter: OptOutFilter,
  now: Date,
  cursor: string | null,
): OptOutQuery {
  const and: OptOutQuery[] = [{ tenantId }];
  if (filter.channel !== undefined) and.push({ channel: filter.channel });
  if (filter.contacts !== undefined) and.push({ contact: { $in: distinct(filter.contacts) } });
  if (filter.categoryId !== undefined) and.push({ scopeKey: toScopeKey(filter.categoryId) });
  if (filter.source !== undefined) and.push({ source: filter.source });
  if (filter.origin !== undefined) and.push({ origin: filter.origin });
  if (filter.active !== undefined) and.push(filter.active ? activeAt(now) : inactiveAt(now));
  if (filter.state !== undefined) and.push(stateAt(filter.state, now));
  // Half-open range: consecutive [from, to) windows never count a row twice.
  if (filter.createdFrom !== undefined) and.push({ createdAt: { $gte: filter.createdFrom } });
  if (filter.createdTo !== undefined) and.push({ createdAt: { $lt: filter.createdTo } });
  if (cursor !== null) and.push({ _id: { $lt: cursor } });
  return and.length === 1 ? (and[0] as OptOutQuery) : { $and: and };
}

type Ranked = Pick<OptOutDoc, '_id' | 'scopeKey' | 'expiresAt'>;

/**
 * Which suppressing row to report: all marketing first, then the longest lasting (null =
 * forever), then the lowest id, exactly as the SQLite store ranks them, so `suppressedBy` names
 * the same opt-out on both backends.
 */
export function outranks(a: Ranked, b: Ranked): boolean {
  const aAll = a.scopeKey === ALL_MARKETING;
  const bAll = b.scopeKey === ALL_MARKETING;
  if (aAll !== bAll) return aAll;
  const aExpires = a.expiresAt === null ? null : a.expiresAt.getTime();
  const bExpires = b.expiresAt === null ? null : b.expiresAt.getTime();
  if (aExpires !== bExpires) {
    if (aExpires === null || bExpires === null) return aExpires === null;
    return aExpires > bExpires;
  }
  return a._id < b._id;
}
