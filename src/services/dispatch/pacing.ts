/**
 * Which recipients of a batch wait instead of being sent: those outside their own sending
 * window (a task on the recipient's clock) and those the tenant's frequency cap holds back.
 * A waiting recipient is deferred (pending, with a not-before time and its reason), never
 * dropped; if the task ends first it is recorded with the reason as its status. Pure apart
 * from the zone look-ups.
 */
import type { Recipient, Task, Tenant } from '../../domain/types';
import type { Deferral, RecentSends } from '../../store/types';
import { onRecipientClock, recipientWindowCheck } from './recipient-window';

const HOUR_MS = 3_600_000;

export function batchDeferrals(
  task: Pick<Task, 'policy'>,
  tenant: Pick<Tenant, 'settings'>,
  recipients: readonly Recipient[],
  recentSends: ReadonlyMap<string, RecentSends>,
  now: Date,
): Deferral[] {
  const windowOf = onRecipientClock(task) ? recipientWindowCheck(task, tenant, now) : null;
  const cap = tenant.settings.frequencyCap ?? null;
  const out: Deferral[] = [];
  for (const r of recipients) {
    const verdict = windowOf?.(r);
    if (verdict && !verdict.open) {
      out.push({ recipientId: r.id, until: verdict.until, reason: 'outside_window' });
      continue;
    }
    const recent = cap ? recentSends.get(r.contact) : undefined;
    if (cap && recent && recent.count >= cap.max) {
      // One place frees up when the oldest counted send leaves the rolling window; if more
      // than one is over, the next check defers it again until the next one leaves.
      const until = new Date(recent.oldest.getTime() + cap.hours * HOUR_MS);
      out.push({ recipientId: r.id, until, reason: 'frequency_capped' });
    }
  }
  return out;
}

/** The instant the frequency cap counts sends from, or null when the tenant has no cap. */
export function capSince(tenant: Pick<Tenant, 'settings'>, now: Date): Date | null {
  const cap = tenant.settings.frequencyCap ?? null;
  return cap ? new Date(now.getTime() - cap.hours * HOUR_MS) : null;
}
