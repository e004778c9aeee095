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
  deps: BreakerDeps & { store: BreakerStore & DeliveryStore & TaskStore },
  tenant: Tenant,
  ref: TaskMessageRef,
  code: number,
): Promise<void> {
  await checkErrorBurst(deps, tenant, ref.taskId, code);
  if (classifyErrorCode(code) !== 'suppress') return;
  await deps.store.markOptedOutAfter(ref.recipientId, deps.clock.now());
  await checkOptOutBreaker(deps, tenant, ref.taskId, ref.sentAt);
}
