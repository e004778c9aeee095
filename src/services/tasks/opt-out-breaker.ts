import { optOutBreakerTrips, resolveOptOutBreaker } from '../../domain/opt-out-breaker';
import type { Tenant } from '../../domain/types';
import type { BreakerStore, TaskStore } from '../../store/types';
import { pauseForBreaker, type BreakerDeps } from './breaker-pause';

/**
 * After an opt-out attributed to a task (a STOP reply or button, Meta's stop, 131050 on a
 * status), and before each of the task's batches as a backstop: pauses the task when its
 * opt-out rate over its last sends, or a spike in it, passes the tenant's `optOutBreaker`.
 *
 * `answered`: when the send the opt-out answers left. The window then ends at that send (or is
 * the task's first `windowSends` sends, when fewer came before it): an opt-out arriving hours
 * later is judged among the sends around the one it answers, which had about as long to draw
 * answers, not among the newest sends, which had no time to draw any. Null = the task's newest
 * sends (the dispatcher's backstop). Returns the pause reason when this call paused the task.
 */
export async function checkOptOutBreaker(
  deps: BreakerDeps & { store: BreakerStore & TaskStore },
  tenant: Tenant,
  taskId: string,
  answered: Date | null = null,
): Promise<string | null> {
  const stored = tenant.settings.optOutBreaker;
  if (!stored) return null;
  const breaker = resolveOptOutBreaker(stored);
  const sends = await deps.store.recentSends(tenant.id, taskId, breaker.windowSends, answered);
  const reason = optOutBreakerTrips(
    breaker,
    sends.map((s) => ({
      reached: s.reached,
      optedOut: s.optedOutAt !== null,
      metaError: s.errorCode === 131050,
    })),
  );
  if (reason === null) return null;
  const rule = reason.startsWith('Opt-out rate spike') ? 'opt_out_spike' : 'opt_out_rate';
  return (await pauseForBreaker(deps, tenant, taskId, { rule, reason })) ? reason : null;
}
