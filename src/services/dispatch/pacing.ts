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

/**
 * Recipients outside their own window (a task on the recipient's clock), each to the window's
 * next opening (null: its zones' windows never overlap). Checked before the database reads:
 * a recipient that waits is checked for suppression when its window opens.
 */
export function windowDeferrals(
  task: Pick<Task, 'policy'>,
  tenant: Pick<Tenant, 'settings'>,
  recipients: readonly Recipient[],
  now: Date,
): Deferral[] {
  if (!onRecipientClock(task)) return [];
  const windowOf = recipientWindowCheck(task, tenant, now);
  const out: Deferral[] = [];
  for (const r of recipients) {
    const verdict = windowOf(r);
    if (!verdict.open)
      out.push({ recipientId: r.id, until: verdict.until, reason: 'outside_window' });
  }
  return out;
}

/** Recipients the tenant's frequency cap holds, from the counts read with the suppression check. */
export function capDeferrals(
  tenant: Pick<Tenant, 'settings'>,
  recipients: readonly Recipient[],
  recentSends: ReadonlyMap<string, RecentSends>,
): Deferral[] {
  const cap = tenant.settings.frequencyCap ?? null;
  if (!cap) return [];
  const out: Deferral[] = [];
  for (const r of recipients) {
    const recent = recentSends.get(r.contact);
    if (recent && recent.count >= cap.max) {
      // One place frees up when the oldest counted send leaves the rolling window; if more
      // than one is over, the next check defers it again until the next one leaves.
      const until = new Date(recent.oldest.getTime() + cap.hours * HOUR_MS);
      out.push({ recipientId: r.id, until, reason: 'frequency_capped' });
    }
  }
  return out;
}

/** Both, in the dispatcher's order: the window first, then the cap for those inside it. */
export function batchDeferrals(
  task: Pick<Task, 'policy'>,
  tenant: Pick<Tenant, 'settings'>,
  recipients: readonly Recipient[],
  recentSends: ReadonlyMap<string, RecentSends>,
  now: Date,
): Deferral[] {
  const outside = windowDeferrals(task, tenant, recipients, now);
  return [...outside, ...capDeferrals(tenant, without(recipients, outside), recentSends)];
}

/** The recipients not in `deferred`. */
export function without<R extends { id: string }>(
  recipients: readonly R[],
  deferred: readonly Deferral[],
): R[] {
  if (deferred.length === 0) return [...recipients];
  const waiting = new Set(deferred.map((d) => d.recipientId));
  return recipients.filter((r) => !waiting.has(r.id));
}

/** The instant the frequency cap counts sends from, or null when the tenant has no cap. */
export function capSince(tenant: Pick<Tenant, 'settings'>, now: Date): Date | null {
  const cap = tenant.settings.frequencyCap ?? null;
  return cap ? new Date(now.getTime() - cap.hours * HOUR_MS) : null;
}
