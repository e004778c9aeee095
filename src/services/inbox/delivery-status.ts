/**
 * Status webhooks for task messages: each moves its recipient forward by message id (the store
 * keeps it monotonic, so duplicates and any order are harmless), and a `failed` status acts on
 * its error code like a send response would: 131050 is Meta's marketing stop, and the template,
 * token and account errors pause the task.
 */
import type { Clock } from '../../clock';
import { identifierFromWhatsApp } from '../../domain/conversation';
import { pauseReason, TERMINAL_STATUSES } from '../../domain/tasks';
import type { Task, Tenant } from '../../domain/types';
import { maskContact, type Logger } from '../../logger';
import type {
  BreakerStore,
  DeliveryState,
  DeliveryStore,
  ParkedStatus,
  IdentityStore,
  RecipientStore,
  TaskMessageRef,
  TaskStore,
} from '../../store/types';
import { classifyErrorCode } from '../../whatsapp/errors';
import type { DeliveryStatus } from '../../whatsapp/webhook-events';
import { recordMetaStop } from './meta-opt-out';
import type { Metrics } from '../../metrics';
import type { EventService } from '../events/event-service';
import { checkTaskBreakers } from '../tasks/task-breakers';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { taskEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';
import { META_LIMIT_BASE_MS, META_LIMIT_MAX_MS } from '../dispatch/dispatch-outcome';

export interface DeliveryStatusDeps {
  store: BreakerStore &
    DeliveryStore &
    IdentityStore &
    TaskStore &
    Pick<RecipientStore, 'requeueHeldSend' | 'closeDeferredRecipients'>;
  clock: Clock;
  log: Logger;
  optOuts: OptOutService;
  metrics?: Pick<Metrics, 'taskBreakerTrips'> & Partial<Pick<Metrics, 'parkedStatuses'>>;
  /** Outbound events (a task paused by a breaker). */
  events?: EventService | undefined;
  /** When this instance last ran the error-burst check per task and code (see task-breakers.ts). */
  burstChecks?: Map<string, number>;
}

export type StatusInput = Pick<DeliveryStatus, 'messageId' | 'status' | 'timestamp' | 'errors'> &
  Partial<Pick<DeliveryStatus, 'recipientId' | 'recipientUserId'>>;

const STATES: readonly string[] = ['sent', 'delivered', 'read', 'failed'];

/**
 * Applies one status to the task recipient with that message id. Returns the task message it
 * belonged to, or null (not a task message, or a status we do not track such as `played`).
 */
export async function applyDeliveryStatus(
  deps: DeliveryStatusDeps,
  tenant: Tenant,
  status: StatusInput,
): Promise<TaskMessageRef | null> {
  const { store, clock, log } = deps;
  if (!STATES.includes(status.status)) return null;
  const error = status.errors[0] ?? null;
  // Meta's 131050 on a task message: the opt-out is recorded first, so the recipient can end
  // `suppressed` by it (not merely `failed`) in the same status update.
  const stopped =
    status.status === 'failed' && error && classifyErrorCode(error.code) === 'suppress'
      ? await store.findTaskMessage(status.messageId)
      : null;
  const stopOptOut =
    stopped && stopped.tenantId === tenant.id
      ? await recordMetaStop(deps.optOuts, {
          tenant,
          contact: stopped.contact,
          at: status.timestamp,
          evidence: {
            messageId: status.messageId,
            taskId: stopped.taskId,
            detail: `${error?.code ?? ''} ${error?.title ?? ''}`.trim(),
          },
        })
      : null;
  const ref = await store.applyStatus(tenant.id, {
    messageId: status.messageId,
    status: status.status as DeliveryState,
    at: status.timestamp,
    errorCode: error?.code ?? null,
    errorTitle: error ? (error.details ? `${error.title}: ${error.details}` : error.title) : null,
    suppressedBy: stopOptOut?.id ?? null,
  });
  if (!ref) {
    await stopFromUnknownMessage(deps, tenant, status);
    await park(deps, tenant, status);
    return null;
  }
  if (ref.tenantId !== tenant.id) {
    log.warn(
      { tenantId: tenant.id, messageId: status.messageId },
      'status for another tenant’s task message ignored',
    );
    return null;
  }
  const seenAs = [
    identifierFromWhatsApp(status.recipientId),
    identifierFromWhatsApp(status.recipientUserId),
  ];
  const aliases = seenAs.filter((x): x is string => x !== null && x !== ref.contact);
  if (aliases.length > 0)
    await store.linkIdentifiers(tenant.id, 'whatsapp', [ref.contact, ...aliases], clock.now());
  if (status.status !== 'failed' || !error) return ref;
  await checkTaskBreakers(deps, tenant, ref, error.code);

  const action = classifyErrorCode(error.code);
  if (action === 'suppress') {
    log.info(
      { taskId: ref.taskId, contact: maskContact(ref.contact), optOutId: stopOptOut?.id },
      'meta marketing stop (131050) recorded from a status',
    );
  } else if (action === 'back_off_recipient') {
    await holdBack(deps, ref, error.code);
  } else if (action === 'pause_task') {
    const reason = pauseReason(error.code, error.title, error.details);
    const paused = await store.updateTask(
      ref.tenantId,
      ref.taskId,
      ['scheduled', 'running'],
      { status: 'paused', reason },
      clock.now(),
      eventsFor(ref.tenantId, clock.now(), (t: Task) => [taskEvent('task.paused', t)]),
    );
    if (paused) log.warn({ taskId: ref.taskId, reason }, 'task paused by a failed status');
  } else {
    log.info(
      { taskId: ref.taskId, recipientId: ref.recipientId, code: error.code, action },
      'task message failed',
    );
  }
  return ref;
}

/**
 * Meta's per-user marketing limit (131049) on a sent message: not a failure of the recipient
 * and not an opt-out. It goes back to pending and is tried again after a growing wait (see
 * metaLimitDelayMs); a task already over records it `meta_limited` at once.
 */
async function holdBack(
  deps: DeliveryStatusDeps,
  ref: TaskMessageRef,
  code: number | null,
): Promise<void> {
  const { store, clock, log } = deps;
  const backoff = { baseMs: META_LIMIT_BASE_MS, maxMs: META_LIMIT_MAX_MS };
  const held = await store.requeueHeldSend(ref.messageId, 'meta_limited', backoff, clock.now());
  if (!held) return;
  const task = await store.getTask(ref.tenantId, ref.taskId);
  if (task && TERMINAL_STATUSES.includes(task.status))
    await store.closeDeferredRecipients(ref.taskId, clock.now());
  log.info(
    { taskId: ref.taskId, recipientId: ref.recipientId, code, until: held.until },
    "recipient held back by Meta's marketing limit",
  );
}

/**
 * A 131050 for a message that is not a task message (a reply, or one sent before stopline): the
 * customer still stopped marketing in WhatsApp, so the opt-out is recorded on the recipient.
 */
async function stopFromUnknownMessage(
  deps: DeliveryStatusDeps,
  tenant: Tenant,
  status: StatusInput,
): Promise<void> {
  const error = status.errors[0];
  if (status.status !== 'failed' || !error || classifyErrorCode(error.code) !== 'suppress') return;
  const contact =
    identifierFromWhatsApp(status.recipientId) ?? identifierFromWhatsApp(status.recipientUserId);
  if (!contact) return;
  const optOut = await recordMetaStop(deps.optOuts, {
    tenant,
    contact,
    at: status.timestamp,
    evidence: { messageId: status.messageId, detail: `${error.code} ${error.title}` },
  });
  deps.log.info(
    { contact: maskContact(contact), optOutId: optOut.id },
    'meta marketing stop (131050) recorded from a status',
  );
}

/** The status a parked row stands for, as the webhook reported it. */
export function statusOfParked(parked: ParkedStatus): StatusInput {
  return {
    messageId: parked.messageId,
    status: parked.status,
    timestamp: parked.at,
    errors: parked.errors,
    recipientId: parked.recipientId,
    recipientUserId: parked.recipientUserId,
  };
}

/**
 * A status for a wamid no task message has: it may have beaten its send's HTTP response (see
 * parked-statuses.ts), so it is kept, then looked for once more: the send may have recorded the
 * wamid since applyStatus looked, and then taken nothing.
 */
async function park(deps: DeliveryStatusDeps, tenant: Tenant, status: StatusInput): Promise<void> {
  const { store, clock } = deps;
  await store.parkStatus(
    {
      tenantId: tenant.id,
      messageId: status.messageId,
      status: status.status as DeliveryState,
      at: status.timestamp,
      errors: status.errors.map((e) => ({ code: e.code, title: e.title, details: e.details })),
      recipientId: status.recipientId ?? null,
      recipientUserId: status.recipientUserId ?? null,
    },
    clock.now(),
  );
  deps.metrics?.parkedStatuses?.inc({ outcome: 'parked' });
  for (const parked of await store.takeParkedStatuses([status.messageId])) {
    // Taken only for the tenant whose task message has the wamid, which is this one.
    if (parked.tenantId !== tenant.id) continue;
    deps.metrics?.parkedStatuses?.inc({ outcome: 'applied' });
    await applyDeliveryStatus(deps, tenant, statusOfParked(parked));
  }
}
