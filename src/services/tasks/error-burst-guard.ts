import { errorBurstTrips, resolveErrorBurst } from '../../domain/error-burst';
import type { Tenant } from '../../domain/types';
import type { BreakerStore, TaskStore } from '../../store/types';
import { classifyErrorCode } from '../../whatsapp/errors';
import { pauseForBreaker, type BreakerDeps } from './breaker-pause';

/**
 * The codes the guard watches: those that settle a recipient for good without pausing the task
 * (131050 records an opt-out; 131026, 131049 and unknown codes fail the recipient). Throughput
 * errors already back the number off, and template, token and account errors already pause.
 */
export function isBurstCode(code: number | null): code is number {
  if (code === null) return false;
  const action = classifyErrorCode(code);
  return action === 'suppress' || action === 'fail_recipient' || action === 'unknown';
}

/**
 * After a task's send failed with `code` (in the send response or a failed status): pauses the
 * task, logs at error, counts the trip and emits `task.paused` when the code hit the tenant's
 * `errorBurst` share of its sends within the interval. Counts come from the database, so every
 * instance sees the same burst. The 131050 opt-outs recorded meanwhile are kept (the reason says
 * where to review and how to revoke them); none is dropped. Returns the reason when it paused.
 */
export async function checkErrorBurst(
  deps: BreakerDeps & { store: BreakerStore & TaskStore },
  tenant: Tenant,
  taskId: string,
  code: number,
): Promise<string | null> {
  const rule = resolveErrorBurst(tenant.settings.errorBurst);
  if (!rule || !isBurstCode(code) || rule.ignoreCodes.includes(code)) return null;
  // Only a task still sending; and after an admin resumed it, only failures since then (the
  // burst that paused it must not pause it again at the next ordinary failure).
  const task = await deps.store.getTask(tenant.id, taskId);
  if (!task || (task.status !== 'running' && task.status !== 'scheduled')) return null;
  const since = new Date(
    Math.max(deps.clock.now().getTime() - rule.minutes * 60_000, task.updatedAt.getTime()),
  );
  const counts = await deps.store.errorBurstCounts(tenant.id, taskId, code, since);
  const found = errorBurstTrips(rule, code, counts);
  if (found === null) return null;
  const reason = code === 131050 ? `${found}. ${optOutReview(since)}` : found;
  const paused = await pauseForBreaker(deps, tenant, taskId, { rule: 'error_burst', code, reason });
  return paused ? reason : null;
}

/** Where the 131050 opt-outs of a suspected burst are listed, and how to lift them at once. */
function optOutReview(since: Date): string {
  const from = since.toISOString();
  return `The 131050 opt-outs recorded since ${from} are kept (a real opt-out is never dropped): review them with GET /admin/opt-outs?source=meta_error_131050&createdFrom=${from}, and if Meta confirms an incident, revoke them in one call with POST /admin/opt-outs/revoke-error-burst {"from": "${from}", "reason": "..."}`;
}
