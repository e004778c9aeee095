/**
 * What each send result writes on a recipient (pure). The repository applies it only while the
 * recipient is still `sending` and claimed by the caller.
 */
import type { SendResult } from '../types';
import type { RecipientDoc } from './documents';

export { ABANDONED_SEND } from '../shared';

export function sendResultFields(result: SendResult, now: Date): Partial<RecipientDoc> {
  // The claim token has served its purpose once a result is recorded.
  const done = { claimToken: null };
  switch (result.kind) {
    case 'sent':
      return {
        ...done,
        status: 'sent',
        messageId: result.messageId,
        waId: result.waId,
        sentAt: now,
        errorCode: null,
        errorTitle: null,
        deferReason: null,
      };
    case 'failed':
      return {
        ...done,
        status: 'failed',
        errorCode: result.code,
        errorTitle: result.title,
        failedAt: now,
      };
    case 'unknown':
      return { ...done, status: 'unknown', errorCode: null, errorTitle: result.title };
    case 'suppressed':
      return {
        ...done,
        status: 'suppressed',
        suppressedBy: result.optOutId,
        errorCode: result.code,
        errorTitle: result.title,
        // When Meta refused it (131050 in the send response), for the error-burst guard.
        ...(result.code === null ? {} : { failedAt: now }),
      };
    case 'retry':
      // Back to pending, not before retryAt, and no longer anyone's.
      return {
        ...done,
        status: 'pending',
        nextAttemptAt: result.retryAt,
        claimedBy: null,
        claimedAt: null,
        errorCode: result.code,
        errorTitle: result.title,
      };
    case 'release':
      // Never tried: back to pending; the repo also takes back the attempt the claim counted.
      return {
        ...done,
        status: 'pending',
        nextAttemptAt: result.retryAt,
        claimedBy: null,
        claimedAt: null,
      };
    case 'defer':
      return {
        ...done,
        status: 'pending',
        nextAttemptAt: result.retryAt,
        deferReason: result.reason,
        claimedBy: null,
        claimedAt: null,
        errorCode: result.code,
        errorTitle: result.title,
      };
  }
}

/** `attempts - 1`, never below 0 (an aggregation expression: the stored value decides). */
export const ONE_ATTEMPT_BACK = { $max: [0, { $subtract: ['$attempts', 1] }] } as const;

export type RecipientUpdate = { $set: Partial<RecipientDoc> } | [{ $set: Record<string, unknown> }];

/**
 * The update a send result applies. A `release` gives back the attempt its claim counted, as
 * a pipeline so the floor at 0 is read from the stored value (a plain `$inc: -1` could take a
 * recipient released twice below 0); every other result is a plain `$set`.
 */
export function sendResultUpdate(result: SendResult, now: Date): RecipientUpdate {
  const fields = sendResultFields(result, now);
  if (result.kind !== 'release') return { $set: fields };
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) set[key] = { $literal: value };
  set.attempts = ONE_ATTEMPT_BACK;
  return [{ $set: set }];
}

/** What a dead owner's never-started claim goes back to: pending, its attempt given back. */
export const UNCLAIM_PIPELINE = [
  {
    $set: {
      status: { $literal: 'pending' },
      claimedBy: null,
      claimedAt: null,
      claimToken: null,
      attempts: ONE_ATTEMPT_BACK,
    },
  },
] as const;
