/**
 * What the operational routes ask of the store: /readyz whether it answers (with how far behind
 * the webhook inbox is, per lane, as detail: a lagging inbox is still ready to take webhooks),
 * /metrics the inbox gauges (refreshed on each scrape rather than on a timer).
 */
import type { Clock } from '../../clock';
import type { Metrics } from '../../metrics';
import type { InboxStore, StoreLifecycle } from '../../store/types';
import { readInboxLag, type InboxLag } from './inbox-lag';

export interface HealthServiceDeps {
  store: StoreLifecycle & InboxStore;
  clock: Clock;
  metrics: Metrics;
}

export type HealthService = ReturnType<typeof createHealthService>;

export function createHealthService(deps: HealthServiceDeps) {
  const { store, clock, metrics } = deps;
  return {
    /**
     * Resolves with the store's kind and how far behind the inbox is when the store answers;
     * rejects otherwise.
     */
    async ready(): Promise<{ store: StoreLifecycle['kind']; inbox: InboxLag }> {
      await store.ping();
      return { store: store.kind, inbox: await readInboxLag({ store, clock, metrics }) };
    },

    /** Sets the inbox gauges from the store; a store that does not answer leaves them as they were. */
    async refreshInboxGauges(): Promise<void> {
      await readInboxLag({ store, clock, metrics }).catch(() => null);
    },
  };
}
