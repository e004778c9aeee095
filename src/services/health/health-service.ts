/**
 * What the operational routes ask of the store: /readyz whether it answers, /metrics how far
 * behind the webhook inbox is (refreshed on each scrape rather than on a timer).
 */
import type { Clock } from '../../clock';
import { withDeadline } from '../../deadline';
import type { Metrics } from '../../metrics';
import type { InboxStore, StoreLifecycle } from '../../store/types';

export interface HealthServiceDeps {
  store: StoreLifecycle & InboxStore;
  clock: Clock;
  metrics: Metrics;
}

export type HealthService = ReturnType<typeof createHealthService>;

/** How long /readyz and /metrics wait for the store: well under any probe's or router's limit. */
export const STORE_DEADLINE_MS = 3_000;

export function createHealthService(deps: HealthServiceDeps) {
  const { store, clock, metrics } = deps;
  return {
    /**
     * Resolves with the store's kind when it answers a round trip and can serve; rejects
     * otherwise, with a ServiceUnavailableError after STORE_DEADLINE_MS (a failover can hold a
     * database call for as long as the driver's server selection allows).
     */
    async ready(): Promise<{ store: StoreLifecycle['kind'] }> {
      await withDeadline(store.ping(), STORE_DEADLINE_MS, 'the store');
      return { store: store.kind };
    },

    /** Sets the inbox gauges from the store; a store that does not answer leaves them as they were. */
    async refreshInboxGauges(): Promise<void> {
      const backlog = await withDeadline(
        store.inboxBacklog(),
        STORE_DEADLINE_MS,
        'the store',
      ).catch(() => null);
      if (!backlog) return;
      metrics.inboxPending.set(backlog.pending);
      const lag = backlog.oldestReceivedAt
        ? (clock.now().getTime() - backlog.oldestReceivedAt.getTime()) / 1000
        : 0;
      metrics.inboxLagSeconds.set(Math.max(0, lag));
    },
  };
}
