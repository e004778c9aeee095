/**
 * What a failed send means for the dispatcher, decided by Meta's error code (see
 * whatsapp/errors.ts and the table in the reference notes), plus the retry delays. Pure.
 */
import { coerceError } from '../../errors';
import { AmbiguousSendError, CloudApiError } from '../../whatsapp/errors';

/** A recipient's send attempts (claims) before a retryable error fails it for good. */
export const MAX_SEND_ATTEMPTS = 5;
/** Number-wide backoff after a throughput error: 2 s, 4 s, 8 s ... up to 5 minutes, with jitter. */
export const NUMBER_BACKOFF_BASE_MS = 2_000;
export const NUMBER_BACKOFF_MAX_MS = 300_000;

export type FailedSend =
  /** The number (or Meta) is overloaded: back the number off; this recipient retries. */
  | { kind: 'retry_number'; code: number | null; title: string }
  /** Only this recipient hit the pair rate limit (131056): it retries at 4^attempt seconds. */
  | { kind: 'retry_recipient'; code: number; title: string }
  /** 131049: Meta's per-user marketing limit; this recipient waits hours (metaLimitDelayMs). */
  | { kind: 'meta_limited'; code: number; title: string }
  /** 131050: the customer stopped marketing at Meta. */
  | { kind: 'suppress'; code: number; title: string }
  /** Not sent, and not worth retrying for this recipient. */
  | { kind: 'fail'; code: number | null; title: string }
  /** The template, token or account is wrong: every further send would fail the same way. */
  | { kind: 'pause'; code: number | null; title: string; details: string | null }
  /** The request may have reached Meta: recorded as unknown, never re-sent. */
  | { kind: 'unknown'; title: string }
  /** Not a Cloud API answer at all (a bug or missing configuration): unknown, and the task pauses. */
  | { kind: 'internal'; title: string };

export function classifySendError(err: unknown): FailedSend {
  if (err instanceof CloudApiError) {
    const { code, title } = err;
    switch (err.action) {
      case 'retry_number':
        return { kind: 'retry_number', code, title };
      case 'retry_recipient':
        return { kind: 'retry_recipient', code: code ?? 131056, title };
      case 'suppress':
        return { kind: 'suppress', code: code ?? 131050, title };
      case 'back_off_recipient':
        return { kind: 'meta_limited', code: code ?? 131049, title };
      case 'fail_recipient':
        return { kind: 'fail', code, title };
      case 'pause_task':
        return { kind: 'pause', code, title, details: err.details };
      case 'unknown':
        // Meta answered with an error we do not know: the message was not sent, and retrying
        // blindly could loop; the recipient fails with the code so an admin can look it up.
        return { kind: 'fail', code, title: err.details ? `${title}: ${err.details}` : title };
    }
  }
  if (err instanceof AmbiguousSendError) return { kind: 'unknown', title: err.message };
  return { kind: 'internal', title: coerceError(err).message };
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so instances spread out. */
export function numberBackoffMs(consecutive: number, random: () => number): number {
  const exp = Math.min(
    NUMBER_BACKOFF_MAX_MS,
    NUMBER_BACKOFF_BASE_MS * 2 ** Math.max(0, consecutive),
  );
  return Math.round(exp / 2 + (random() * exp) / 2);
}

/** Meta's advice for the pair rate limit (131056): retry after 4^X seconds, X the attempt so far. */
export function pairLimitDelayMs(previousAttempts: number): number {
  return 4 ** Math.max(0, previousAttempts) * 1000;
}

/**
 * The wait after Meta's per-user marketing limit (131049): 1 h, 2 h, 4 h ... doubling with each
 * attempt so far, at most 24 h. Meta gives no retry time; its guidance is to wait before
 * sending that person marketing again, so the waits are long and grow. Never a failure of the
 * task and never an opt-out: the recipient stays pending (until the task ends: `meta_limited`).
 */
export const META_LIMIT_BASE_MS = 3_600_000;
export const META_LIMIT_MAX_MS = 24 * 3_600_000;

export function metaLimitDelayMs(previousAttempts: number): number {
  return Math.min(META_LIMIT_MAX_MS, META_LIMIT_BASE_MS * 2 ** Math.max(0, previousAttempts - 1));
}
