/**
 * One task's turn on its number: complete it at endAt or when nothing is left, wait outside its
 * window, otherwise start it (scheduled → running) and send one batch.
 */
import { isInsideWindow } from '../../domain/tasks';
import type { Task, Tenant } from '../../domain/types';
import type { RateLimiter } from '../../whatsapp/rate-limiter';
import { sendBatch } from './dispatch-batch';
import type { DispatchContext, Lane } from './dispatch-lane';
import { taskEvent } from '../events/event-data';
import { breakerBackstop } from './breaker-backstop';
import { eventsFor } from '../events/outbox-events';
import type { RecipientStats } from '../../store/types';
import { onRecipientClock } from './recipient-window';

/** Meta takes one message per request; a batch is at most one second of sending and at most this. */
export const MAX_BATCH = 500;

export interface TaskTurn {
  lane: Lane;
  tenant: Tenant;
  task: Task;
  /** The number's access token (null: the sandbox sends). */
  accessToken: string | null;
  /** The task's own limiter when its cap is below the number's rate. */
  taskLimiter: RateLimiter | null;
}

/** True when something changed (a batch went out, or the task started or completed). */
export async function serveTask(ctx: DispatchContext, turn: TaskTurn): Promise<boolean> {
  const { store, clock, log } = ctx;
  const { lane, tenant, task } = turn;
  const now = clock.now();
  if (task.endAt && now.getTime() >= task.endAt.getTime()) {
    // Those still waiting for their window, the cap or Meta's limit take that as their status.
    await store.closeDeferredRecipients(task.id, now);
    const stats = await store.recipientStats(tenant.id, task.id);
    const reason = `Ended at endAt (${task.endAt.toISOString()}) with ${notSentSummary(stats)}.`;
    await complete(ctx, task, reason);
    return true;
  }
  const recipientClock = onRecipientClock(task);
  if (!recipientClock && !isInsideWindow(task.policy.window, tenant.settings.timeZone, now))
    return false;
  const rate = Math.min(lane.rate, task.policy.messagesPerSecond ?? lane.rate);
  // Meta's unique-recipients-per-24 h limit: deferred until the window frees up, never failed.
  const allowed = ctx.tierGuard ? await ctx.tierGuard.allowance(tenant) : Infinity;
  if (allowed <= 0) return false;
  const size = Math.max(1, Math.min(Math.floor(rate), MAX_BATCH, allowed));
  const pending = await store.loadPending(task.id, size, now);
  if (pending.length === 0) {
    // Only "is anything left?", never the task's stats: this runs on every tick of a task
    // whose remaining recipients all wait for a retry, and the stats read every recipient.
    if (await store.hasUnsentRecipients(task.id)) return false; // retries due later
    await complete(ctx, task, null);
    return true;
  }
  if (task.status === 'scheduled') {
    const patch = { status: 'running' as const };
    const started = await store.updateTask(tenant.id, task.id, ['scheduled'], patch, now);
    if (!started) return false; // paused or cancelled a moment ago
    log.info({ tenantId: tenant.id, taskId: task.id }, 'task running');
  }
  if (await breakerBackstop(ctx, tenant, task)) return true;
  await lane.warmUp();
  const sender = { phoneNumberId: lane.phoneNumberId, accessToken: turn.accessToken };
  await sendBatch(ctx, { lane, tenant, task, sender, pending, taskLimiter: turn.taskLimiter });
  ctx.tierGuard?.sent(tenant.id, pending.length);
  return true;
}

/** "12 recipients not sent (3 outside their window, 2 frequency-capped)". */
export function notSentSummary(stats: RecipientStats): string {
  const held = [
    [stats.outside_window, 'outside their window'],
    [stats.frequency_capped, 'frequency-capped'],
    [stats.meta_limited, "held by Meta's marketing limit (131049)"],
  ].filter(([n]) => (n as number) > 0);
  const total = stats.pending + held.reduce((sum, [n]) => sum + (n as number), 0);
  const detail = held.map(([n, what]) => `${n} ${what}`).join(', ');
  return `${total} recipients not sent${detail ? ` (${detail})` : ''}`;
}

async function complete(ctx: DispatchContext, task: Task, reason: string | null): Promise<void> {
  const patch = { status: 'completed' as const, reason };
  const from: Task['status'][] = ['scheduled', 'running'];
  const now = ctx.clock.now();
  const events = eventsFor(task.tenantId, now, (t: Task) => [taskEvent('task.completed', t)]);
  const done = await ctx.store.updateTask(task.tenantId, task.id, from, patch, now, events);
  if (done) ctx.log.info({ tenantId: task.tenantId, taskId: task.id, reason }, 'task completed');
}
