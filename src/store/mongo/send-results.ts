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
  }
}
