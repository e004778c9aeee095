/**
 * One dispatch batch (at most one second of sending for its number): the suppression check for
 * the whole batch in one query, the suppressed marked, the rest claimed, then sends paced by the
 * number's limiter (and the task's, when it has a lower cap), each result recorded. Sends run
 * concurrently, so throughput does not depend on Meta's latency; the batch returns only when
 * every send it started has been recorded.
 */
import { contactFromWaId } from '../../domain/contacts';
import { isInsideWindow } from '../../domain/tasks';
import type { Recipient, Task, Tenant } from '../../domain/types';
import { coerceError } from '../../errors';
import type { Deferral, SendResult } from '../../store/types';
import type { RateLimiter } from '../../whatsapp/rate-limiter';
import type { Sender, TemplateMessage } from '../../whatsapp/types';
import { checkBatchAudience } from './audience-check';
import { handleFailure, type FailureScope } from './dispatch-failure';
import type { DispatchContext, Lane } from './dispatch-lane';
import { classifySendError } from './dispatch-outcome';
import { capDeferrals, capSince, windowDeferrals, without } from './pacing';
import { onRecipientClock } from './recipient-window';
import { buildTaskMessage } from '../tasks/task-message';
import { checkErrorBurst } from '../tasks/error-burst-guard';
import { taskEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';

export interface BatchJob {
  lane: Lane;
  tenant: Tenant;
  task: Task;
  sender: Sender;
  pending: Recipient[];
  taskLimiter: RateLimiter | null;
}

export async function sendBatch(ctx: DispatchContext, job: BatchJob): Promise<void> {
  const { store, clock, metrics, log } = ctx;
  const { lane, tenant, task } = job;
  const now = clock.now();
  const timer = metrics.batchSeconds.startTimer();
  const defer = async (deferrals: Deferral[]) => {
    if (deferrals.length === 0) return;
    await store.deferRecipients(task.id, deferrals, now);
    for (const d of deferrals) metrics.deferred.inc({ reason: d.reason });
  };
  // Outside their own window (a task on the recipient's clock): they wait, not dropped, and
  // are checked against the opt-out list when it opens.
  const outside = windowDeferrals(task, tenant, job.pending, now);
  await defer(outside);
  const due = without(job.pending, outside);
  if (due.length === 0) {
    timer();
    return;
  }
  // Never cached: an opt-out another instance recorded a moment ago must be seen here.
  const {
    suppressed: found,
    noConsent,
    recentSends,
  } = await checkBatchAudience(
    store,
    tenant.id,
    task,
    due.map((r) => r.contact),
    now,
    capSince(tenant, now),
  );
  const suppressed = due.flatMap((r) => {
    const optOutId = found.get(r.contact);
    return optOutId ? [{ recipientId: r.id, optOutId }] : [];
  });
  if (suppressed.length > 0) {
    await store.markSuppressed(task.id, suppressed, now);
    metrics.suppressed.inc(suppressed.length);
  }
  if (noConsent.size > 0) {
    const skipped = due.filter((r) => noConsent.has(r.contact)).map((r) => r.id);
    await store.markNoConsent(task.id, skipped, now);
    metrics.noConsent.inc(skipped.length);
  }
  const allowed = due.filter((r) => !found.has(r.contact) && !noConsent.has(r.contact));
  // Over the tenant's frequency cap (counted in the same round of reads): they wait too.
  const capped = capDeferrals(tenant, allowed, recentSends);
  await defer(capped);
  const sendable = without(allowed, capped);
  const claimedIds = new Set(
    await store.claimRecipients(
      task.id,
      sendable.map((r) => r.id),
      ctx.owner,
      now,
    ),
  );
  const claimed = sendable.filter((r) => claimedIds.has(r.id));

  const links = ctx.preferenceLinks;
  const preferenceToken = links
    ? (contact: string) => links.tokenFor(tenant, contact, task.categoryId, task.template.language)
    : undefined;
  let halted: string | null = null;
  const inFlight: Promise<void>[] = [];
  // Codes that settled a recipient in this batch: the error-burst guard looks at each once.
  const failedCodes = new Set<number>();
  // Wamids this batch recorded: statuses that came before them are applied after the batch.
  const recorded: string[] = [];
  const record = async (r: Recipient, result: SendResult, outcome: string, code: number | null) => {
    metrics.sends.inc({ outcome, code: code === null ? '' : String(code) });
    if (code !== null && (result.kind === 'failed' || result.kind === 'suppressed'))
      failedCodes.add(code);
    const applied = await store.recordSendResult(r.id, ctx.owner, result, clock.now());
    if (applied && result.kind === 'sent') recorded.push(result.messageId);
    // False: another instance took the number over (lease expired) and settled this recipient.
    if (!applied)
      log.warn(
        { taskId: task.id, recipientId: r.id, outcome },
        'send result not recorded: the claim was lost',
      );
  };

  const scope: FailureScope = {
    ctx,
    lane,
    tenant,
    task,
    record,
    halt: (why) => {
      halted ??= why;
    },
    async pause(reason) {
      halted ??= 'the task was paused';
      const patch = { status: 'paused' as const, reason };
      const paused = await store.updateTask(
        tenant.id,
        task.id,
        ['scheduled', 'running'],
        patch,
        clock.now(),
        eventsFor(tenant.id, clock.now(), (t: Task) => [taskEvent('task.paused', t)]),
      );
      if (paused)
        log.warn(
          { tenantId: tenant.id, taskId: task.id, reason },
          'task paused by a Cloud API error',
        );
    },
  };

  async function sendOne(r: Recipient, message: TemplateMessage): Promise<void> {
    let ok;
    try {
      ok = await ctx.whatsapp.send(job.sender, message);
    } catch (err) {
      return handleFailure(scope, r, classifySendError(err));
    }
    lane.consecutiveErrors = 0;
    await record(r, { kind: 'sent', messageId: ok.messageId, waId: ok.waId }, 'sent', null);
    const waContact = ok.waId ? contactFromWaId(ok.waId) : null;
    // Meta resolved the number to another wa_id (Brazil's ninth digit, Mexico's 521): remember
    // both, so an opt-out recorded under either suppresses the other.
    if (waContact && waContact !== r.contact) {
      await store.linkIdentifiers(tenant.id, 'whatsapp', [r.contact, waContact], clock.now());
    }
  }

  async function release(rest: Recipient[], why: string): Promise<void> {
    if (rest.length > 0)
      ctx.log.debug(
        { taskId: task.id, released: rest.length, why },
        'claimed recipients released unsent',
      );
    const retryAt = new Date(Math.max(clock.now().getTime(), lane.backoffUntil));
    // Concurrently: one round trip's wait for the lot on MongoDB (a shared fsync on SQLite),
    // not one per recipient of a batch that stopped early.
    const result = { kind: 'release' as const, retryAt };
    await Promise.all(
      rest.map((r) => store.recordSendResult(r.id, ctx.owner, result, clock.now())),
    );
  }

  const started = new Set<string>();
  const startChunk = Math.max(10, Math.ceil(claimed.length / 10));
  for (const [i, r] of claimed.entries()) {
    halted ??= await lane.haltReason();
    if (halted) {
      await release(claimed.slice(i), halted);
      break;
    }
    let message: TemplateMessage;
    try {
      message = buildTaskMessage(task, r, preferenceToken);
    } catch (err) {
      inFlight.push(
        record(r, { kind: 'failed', code: null, title: coerceError(err).message }, 'failed', null),
      );
      continue;
    }
    if (!started.has(r.id)) {
      // Marked a tenth of the batch (at least 10) at a time: after a crash only these are ambiguous
      // (`unknown`); the rest of the claim goes back to pending.
      const next = claimed.slice(i, i + startChunk).map((x) => x.id);
      await store.markSendsStarted(next, ctx.owner, clock.now());
      for (const id of next) started.add(id);
    }
    await job.taskLimiter?.take();
    await lane.limiter.take();
    // An error may have come back while this send waited for its token, or time ran out, or
    // the wait (a stall, a backoff) made this batch's suppression check too old to trust.
    halted ??= scheduleEnded(task, tenant, clock.now()) ?? checkTooOld(now, clock.now());
    if (halted) {
      await release(claimed.slice(i), halted);
      break;
    }
    inFlight.push(
      sendOne(r, message).catch((err: unknown) =>
        log.error({ err: coerceError(err), taskId: task.id }, 'recording a send failed'),
      ),
    );
  }
  await Promise.all(inFlight);
  if (recorded.length > 0 && ctx.adoptStatuses) {
    try {
      await ctx.adoptStatuses(recorded);
    } catch (err) {
      // Still parked: the inbox's next status for one of them, or the retention, settles it.
      log.error({ err: coerceError(err), taskId: task.id }, 'applying parked statuses failed');
    }
  }
  for (const code of failedCodes) await checkErrorBurst(ctx, tenant, task.id, code);
  timer();
}

/**
 * The invariant: a send starts at most about a second after the suppression check it relies
 * on. A batch holds at most one second of sends; past 1.5 s (a stall, a long token wait) the
 * rest is released and checked again in the next batch.
 */
const MAX_CHECK_AGE_MS = 1500;

function checkTooOld(checkedAt: Date, at: Date): string | null {
  return at.getTime() - checkedAt.getTime() > MAX_CHECK_AGE_MS
    ? 'the suppression check is over 1.5 s old'
    : null;
}

/** Why the task may not send at `at` (window closed, endAt passed), or null. */
function scheduleEnded(task: Task, tenant: Tenant, at: Date): string | null {
  if (task.endAt && at.getTime() >= task.endAt.getTime()) return 'the task reached its endAt';
  // On the recipient's clock each recipient was checked with a margin past the batch's length.
  if (!onRecipientClock(task) && !isInsideWindow(task.policy.window, tenant.settings.timeZone, at))
    return 'the sending window closed';
  return null;
}
