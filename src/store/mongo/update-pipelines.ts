/**
 * Pure builders of the few updates that must read the stored document to decide a field
 * (aggregation-pipeline updates, MongoDB 4.2+), so the decision and the write are one atomic
 * step. Every value from outside goes through `$literal`: in a pipeline a string starting with
 * `$` would otherwise be read as a field path.
 */
import type { TaskStatus } from '../../domain/types';
import type { DeliveryState, StatusUpdate } from '../types';

export type PipelineStage = { $set: Record<string, unknown> };

const literal = (value: unknown): { $literal: unknown } => ({ $literal: value });

/** Statuses after which a task never sends again; entering one stamps completedAt. */
export const FINAL_TASK_STATUSES: readonly TaskStatus[] = ['completed', 'cancelled', 'failed'];

/**
 * A task patch as one pipeline stage: the given fields replace the stored ones; entering
 * `scheduled` stamps publishedAt and entering a final status stamps completedAt, each only
 * the first time (a stamp already stored is kept).
 */
export function taskUpdatePipeline(
  fields: Record<string, unknown>,
  status: TaskStatus | undefined,
  now: Date,
): PipelineStage[] {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) set[key] = literal(value);
  if (status !== undefined) set.status = literal(status);
  set.updatedAt = literal(now);
  if (status === 'scheduled') set.publishedAt = { $ifNull: ['$publishedAt', literal(now)] };
  if (status !== undefined && FINAL_TASK_STATUSES.includes(status)) {
    set.completedAt = { $ifNull: ['$completedAt', literal(now)] };
  }
  return [{ $set: set }];
}

/** Meta's delivery states in the order they may only move: sent < delivered < read; failed is final. */
const RANK: Record<DeliveryState, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };
const DELIVERY_STATES = Object.keys(RANK) as DeliveryState[];
const TIMESTAMP: Record<DeliveryState, string> = {
  sent: 'sentAt',
  delivered: 'deliveredAt',
  read: 'readAt',
  failed: 'failedAt',
};

/** The delivery states a recipient may not leave for `status` (its own rank or higher). */
export const statesAtOrAbove = (status: DeliveryState): DeliveryState[] =>
  DELIVERY_STATES.filter((state) => RANK[state] >= RANK[status]);

/**
 * A status webhook as one pipeline stage. The status moves only forward (any other recipient
 * status ranks below `sent`); the state's timestamp is recorded the first time it is seen, even
 * when the status does not move (a late `delivered` after `read`); a failure's error is kept
 * only when the status moves to failed.
 */
export function statusUpdatePipeline(update: StatusUpdate): PipelineStage[] {
  // `suppressed` (a 131050 failure) is as final as `failed`.
  const final = [...statesAtOrAbove(update.status), 'suppressed'];
  const advances = { $not: [{ $in: ['$status', literal(final)] }] };
  const field = TIMESTAMP[update.status];
  const suppressedBy = update.status === 'failed' ? (update.suppressedBy ?? null) : null;
  const set: Record<string, unknown> = {
    status: { $cond: [advances, literal(suppressedBy ? 'suppressed' : update.status), '$status'] },
    [field]: { $ifNull: [`$${field}`, literal(update.at)] },
  };
  if (update.status === 'failed') {
    set.errorCode = { $cond: [advances, literal(update.errorCode), '$errorCode'] };
    set.errorTitle = { $cond: [advances, literal(update.errorTitle), '$errorTitle'] };
    if (suppressedBy)
      set.suppressedBy = { $cond: [advances, literal(suppressedBy), '$suppressedBy'] };
  }
  return [{ $set: set }];
}

/**
 * A dispatch lease taken or renewed as one pipeline upsert on its key, timed by the database's
 * clock (`$$NOW`): the lease is ours when it was free (no document yet), expired by the
 * server's time, or already ours; otherwise the stored holder and expiry stay. With every
 * expiry computed and compared on the primary's clock, skew between dynos' clocks cannot let
 * two of them hold one lease. The caller reads the owner back to learn whether it got it.
 */
export function leasePipeline(owner: string, ttlMs: number): PipelineStage[] {
  const free = {
    $or: [
      { $eq: ['$owner', literal(owner)] },
      { $lte: [{ $ifNull: ['$expiresAt', literal(new Date(0))] }, '$$NOW'] },
    ],
  };
  return [
    {
      $set: {
        owner: { $cond: [free, literal(owner), '$owner'] },
        expiresAt: {
          $cond: [free, { $add: ['$$NOW', literal(Math.max(0, ttlMs))] }, '$expiresAt'],
        },
      },
    },
  ];
}
