import type { Clock } from '../../clock';
import { optOutBreakerTrips } from '../../domain/opt-out-breaker';
import type { Task, Tenant } from '../../domain/types';
import type { Logger } from '../../logger';
import type { RecipientStore, TaskStore } from '../../store/types';
import { taskEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';

/**
 * After an opt-out attributed to a task (a STOP reply or button, Meta's stop, 131050): pauses the
 * task when its opt-out rate passes the tenant's `optOutBreaker`, with the figures as the reason.
 */
export async function checkOptOutBreaker(
  deps: {
    store: RecipientStore & TaskStore;
    clock: Clock;
    log: Logger;
  },
  tenant: Tenant,
  taskId: string,
): Promise<void> {
  const breaker = tenant.settings.optOutBreaker;
  if (!breaker) return;
  const stats = await deps.store.recipientStats(tenant.id, taskId);
  // A read message was delivered first: both count as delivered.
  const reason = optOutBreakerTrips(breaker, stats.optedOutAfter, stats.delivered + stats.read);
  if (reason === null) return;
  const paused = await deps.store.updateTask(
    tenant.id,
    taskId,
    ['scheduled', 'running'],
    { status: 'paused', reason },
    deps.clock.now(),
    eventsFor(tenant.id, deps.clock.now(), (t: Task) => [taskEvent('task.paused', t)]),
  );
  if (!paused) return;
  deps.log.warn({ tenantId: tenant.id, taskId, reason }, 'task paused by its opt-out rate');
}
