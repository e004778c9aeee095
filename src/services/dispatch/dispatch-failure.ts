/**
 * What the dispatcher does with a send that failed, by what the error code means (see
 * dispatch-outcome.ts): retry later, back the whole number off, suppress and record Meta's
 * opt-out, fail the recipient, or pause the task.
 */
import { pauseReason } from '../../domain/tasks';
import type { Recipient, Task, Tenant } from '../../domain/types';
import { coerceError } from '../../errors';
import { maskContact } from '../../logger';
import type { SendResult } from '../../store/types';
import type { DispatchContext, Lane } from './dispatch-lane';
import {
  MAX_SEND_ATTEMPTS,
  metaLimitDelayMs,
  numberBackoffMs,
  pairLimitDelayMs,
  type FailedSend,
} from './dispatch-outcome';
import { recordMetaStop } from '../inbox/meta-opt-out';

/** The batch a failure happened in, and what the handler may do to it. */
export interface FailureScope {
  ctx: DispatchContext;
  lane: Lane;
  tenant: Tenant;
  task: Task;
  record(r: Recipient, result: SendResult, outcome: string, code: number | null): Promise<void>;
  /** Pauses the task (compare-and-set) and stops the batch. */
  pause(reason: string): Promise<void>;
  /** Stops starting sends in this batch; the unsent claims go back to pending. */
  halt(why: string): void;
}

export async function handleFailure(
  scope: FailureScope,
  r: Recipient,
  failure: FailedSend,
): Promise<void> {
  const at = scope.ctx.clock.now();
  switch (failure.kind) {
    case 'retry_number':
      backOffNumber(scope, failure.code, at);
      return retryOrGiveUp(scope, r, failure, new Date(scope.lane.backoffUntil));
    case 'retry_recipient':
      return retryOrGiveUp(
        scope,
        r,
        failure,
        new Date(at.getTime() + pairLimitDelayMs(r.attempts)),
      );
    case 'meta_limited':
      // Not delivered for now (Meta's per-user marketing limit): this recipient waits, longer
      // each time; nothing else in the batch changes.
      return scope.record(
        r,
        {
          kind: 'defer',
          retryAt: new Date(at.getTime() + metaLimitDelayMs(r.attempts + 1)),
          reason: 'meta_limited',
          code: failure.code,
          title: failure.title,
        },
        'deferred',
        failure.code,
      );
    case 'suppress': {
      const optOutId = await metaStop(scope, r, failure, at);
      const result: SendResult = {
        kind: 'suppressed',
        optOutId,
        code: failure.code,
        title: failure.title,
      };
      return scope.record(r, result, 'suppressed', failure.code);
    }
    case 'fail':
      return scope.record(
        r,
        { kind: 'failed', code: failure.code, title: failure.title },
        'failed',
        failure.code,
      );
    case 'pause':
      // Not sent: the recipient goes back to pending and is sent once the task is resumed.
      await scope.record(
        r,
        { kind: 'retry', retryAt: at, code: failure.code, title: failure.title },
        'not_sent',
        failure.code,
      );
      return scope.pause(pauseReason(failure.code, failure.title, failure.details));
    case 'unknown':
      return scope.record(r, { kind: 'unknown', title: failure.title }, 'unknown', null);
    case 'internal':
      await scope.record(r, { kind: 'unknown', title: failure.title }, 'unknown', null);
      return scope.pause(`Internal error while sending: ${failure.title}`);
  }
}

/** One backoff per burst of errors: sends already in flight that fail too do not stretch it. */
function backOffNumber(scope: FailureScope, code: number | null, at: Date): void {
  const { lane, ctx } = scope;
  if (at.getTime() >= lane.backoffUntil) {
    lane.backoffUntil = at.getTime() + numberBackoffMs(lane.consecutiveErrors, ctx.random);
    lane.consecutiveErrors += 1;
    ctx.log.warn(
      { phoneNumberId: lane.phoneNumberId, code, until: new Date(lane.backoffUntil) },
      'number backing off',
    );
  }
  scope.halt(`the number is backing off after error ${code ?? '-'}`);
}

function retryOrGiveUp(
  scope: FailureScope,
  r: Recipient,
  failure: { code: number | null; title: string },
  retryAt: Date,
): Promise<void> {
  // The claim that led to this error counted as an attempt.
  const attempts = r.attempts + 1;
  if (attempts >= MAX_SEND_ATTEMPTS) {
    const title = `${failure.title} (gave up after ${attempts} attempts)`;
    return scope.record(r, { kind: 'failed', code: failure.code, title }, 'failed', failure.code);
  }
  return scope.record(
    r,
    { kind: 'retry', retryAt, code: failure.code, title: failure.title },
    'retry',
    failure.code,
  );
}

async function metaStop(
  scope: FailureScope,
  r: Recipient,
  failure: { code: number; title: string },
  at: Date,
): Promise<string | null> {
  const { ctx, tenant, task } = scope;
  try {
    const evidence = { taskId: task.id, detail: `${failure.code} ${failure.title}` };
    return (await recordMetaStop(ctx.optOuts, { tenant, contact: r.contact, at, evidence })).id;
  } catch (err) {
    // The recipient is still suppressed (never retried); the opt-out comes again on the status.
    ctx.log.error(
      { err: coerceError(err), taskId: task.id, contact: maskContact(r.contact) },
      'could not record the meta opt-out for error 131050',
    );
    return null;
  }
}
