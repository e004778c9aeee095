import type { Task, Tenant } from '../../domain/types';
import { checkOptOutBreaker } from '../tasks/opt-out-breaker';
import type { DispatchContext } from './dispatch-lane';

/** How often (per task, per instance) the dispatcher re-reads a task's opt-out window. */
export const BACKSTOP_EVERY_MS = 10_000;

/**
 * The opt-out breaker runs on every attributed opt-out; this runs it before a task's batch too,
 * at most every 10 s, for the one case no opt-out announces: the window's reached count growing
 * past the minimum sample after the opt-outs that make its rate too high had already come in.
 * True when it paused the task (the batch is not sent).
 */
export async function breakerBackstop(
  ctx: DispatchContext,
  tenant: Tenant,
  task: Task,
): Promise<boolean> {
  if (!tenant.settings.optOutBreaker || !ctx.breakerChecks) return false;
  const now = ctx.clock.now().getTime();
  const last = ctx.breakerChecks.get(task.id);
  if (last !== undefined && now - last < BACKSTOP_EVERY_MS) return false;
  ctx.breakerChecks.set(task.id, now);
  return (await checkOptOutBreaker(ctx, tenant, task.id)) !== null;
}
