import type { Tenant } from '../../domain/types';
import type { BreakerStore, DeliveryStore, TaskMessageRef, TaskStore } from '../../store/types';
import { classifyErrorCode } from '../../whatsapp/errors';
import type { BreakerDeps } from './breaker-pause';
import { checkErrorBurst } from './error-burst-guard';
import { checkOptOutBreaker } from './opt-out-breaker';

/**
 * A task message failed with `code` on a status webhook. The burst guard is asked first, so a
 * flood of false 131050s pauses the task as a suspected fault (with the review steps in its
 * reason) rather than as the campaign's opt-out rate. A 131050 is also Meta's opt-out of the
 * recipient, attributed to the task's send like a STOP reply, for the opt-out breaker.
 */
export async function checkTaskBreakers(
  deps: BreakerDeps & {
    store: BreakerStore & DeliveryStore & TaskStore;
    burstChecks?: Map<string, number> | undefined;
  },
  tenant: Tenant,
  ref: TaskMessageRef,
  code: number,
): Promise<void> {
  if (burstCheckDue(deps.burstChecks, `${ref.taskId}:${code}`, deps.clock.now().getTime()))
    await checkErrorBurst(deps, tenant, ref.taskId, code);
  if (classifyErrorCode(code) !== 'suppress') return;
  await deps.store.markOptedOutAfter(ref.recipientId, deps.clock.now());
  await checkOptOutBreaker(deps, tenant, ref.taskId, ref.sentAt);
}

/** At most one burst check per task and code per second on an instance (see burstCheckDue). */
export const BURST_CHECK_EVERY_MS = 1000;

/**
 * The burst check counts every failure and send of the interval, so at thousands of failures a
 * second it runs at most once a second per task and code on this instance: a burst is still
 * seen within about a second while it lasts. The dispatcher checks once per batch.
 */
function burstCheckDue(checks: Map<string, number> | undefined, key: string, now: number): boolean {
  if (!checks) return true;
  const last = checks.get(key);
  if (last !== undefined && now - last < BURST_CHECK_EVERY_MS) return false;
  if (checks.size >= 10_000) checks.clear(); // tasks come and go; never grows without bound
  checks.set(key, now);
  return true;
}
