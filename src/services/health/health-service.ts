/**
 * What the operational routes ask of the store: /readyz whether it answers, /metrics how far
 * behind the webhook inbox is (refreshed on each scrape rather than on a timer).
 */
import type { Clock } from '../../clock';
import type { Metrics } from '../../metrics';
import type { InboxStore, StoreLifecycle } from '../../store/types';

export interface HealthServiceDeps {
  store: StoreLifecycle & InboxStore;
  clock: Clock;
  metrics: Metrics;
}

export type HealthService = ReturnType<typeof createHealthService>;

export function createHealthService(deps: HealthServiceDeps) {
  const { store, clock, metrics } = deps;
  return {
    /** Resolves with the store's kind when it answers a round trip; rejects otherwise. */
    async ready(): Promise<{ store: StoreLifecycle['kind'] }> {
      await store.ping();
      return { store: store.kind };
    },

    /** Sets the inbox gauges from the store; a store that does not answer leaves them as they were. */
    async refreshInboxGauges(): Promise<void> {
      const backlog = await store.inboxBacklog().catch(() => null);
      if (!backlog) return;
      metrics.inboxPending.set(backlog.pending);
      const lag = backlog.oldestReceivedAt
        ? (clock.now().getTime() - backlog.oldestReceivedAt.getTime()) / 1000
        : 0;
      metrics.inboxLagSeconds.set(Math.max(0, lag));
    },
  };
}
