import type { Clock } from '../../clock';
import type { Task, Tenant } from '../../domain/types';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type { TaskStore } from '../../store/types';
import { taskEvent } from '../events/event-data';
import type { EventService } from '../events/event-service';

export interface BreakerDeps {
  store: TaskStore;
  clock: Clock;
  log: Logger;
  metrics?: Pick<Metrics, 'taskBreakerTrips'> | undefined;
  events?: EventService | undefined;
}

/**
 * Pauses a scheduled or running task for a breaker, with the figures as its reason. A
 * compare-and-set in the database: when several instances trip at once, one pauses the task and
 * sends the one `task.paused` event; the others find it paused already (null). Only an admin
 * resumes it: no signal handler resumes a task it did not pause.
 */
export async function pauseForBreaker(
  deps: BreakerDeps,
  tenant: Tenant,
  taskId: string,
  trip: { rule: 'opt_out_rate' | 'opt_out_spike' | 'error_burst'; code?: number; reason: string },
): Promise<Task | null> {
  const paused = await deps.store.updateTask(
    tenant.id,
    taskId,
    ['scheduled', 'running'],
    { status: 'paused', reason: trip.reason },
    deps.clock.now(),
  );
  if (!paused) return null;
  deps.metrics?.taskBreakerTrips.inc({ rule: trip.rule, code: String(trip.code ?? '') });
  const fields = { tenantId: tenant.id, taskId, rule: trip.rule, reason: trip.reason };
  // A burst is an alert (a provider fault, or Meta's); an opt-out rate is the campaign's own doing.
  if (trip.rule === 'error_burst') deps.log.error(fields, 'task paused by an error burst');
  else deps.log.warn(fields, 'task paused by its opt-out rate');
  await deps.events?.emit(tenant.id, [taskEvent('task.paused', paused)]);
  return paused;
}
