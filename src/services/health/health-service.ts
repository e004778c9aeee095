/**
 * What the operational routes ask of the store: /readyz whether it answers (with how far behind
 * the webhook inbox is, per lane, as detail: a lagging inbox is still ready to take webhooks),
 * /metrics the inbox gauges (refreshed on each scrape rather than on a timer).
 */
import type { Clock } from '../../clock';
import { withDeadline } from '../../deadline';
import type { Metrics } from '../../metrics';
import type { InboxStore, StoreLifecycle } from '../../store/types';
import { readInboxLag, type InboxLag } from './inbox-lag';

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
     * Resolves with the store's kind and how far behind the inbox is when the store answers and
     * can serve; rejects otherwise, with a ServiceUnavailableError after STORE_DEADLINE_MS (a
     * failover can hold a database call for as long as the driver's server selection allows).
     */
    async ready(): Promise<{ store: StoreLifecycle['kind']; inbox: InboxLag }> {
      await withDeadline(store.ping(), STORE_DEADLINE_MS, 'the store');
      const inbox = await withDeadline(
        readInboxLag({ store, clock, metrics }),
        STORE_DEADLINE_MS,
        'the store',
      );
      return { store: store.kind, inbox };
    },

    /** Sets the inbox gauges from the store; a store that does not answer leaves them as they were. */
    async refreshInboxGauges(): Promise<void> {
      await withDeadline(
        readInboxLag({ store, clock, metrics }),
        STORE_DEADLINE_MS,
        'the store',
      ).catch(() => null);
    },
  };
}
