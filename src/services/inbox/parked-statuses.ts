/**
 * Statuses that beat their send's response: under load Meta's `sent` (or even `delivered`) for a
 * wamid can reach the inbox before the Cloud API's HTTP answer gave the dispatcher that wamid.
 * Such a status is parked (durably, by the store) instead of dropped, and applied through the
 * usual rules (applyDeliveryStatus: forward only, failed is final, 131050 suppresses, 131049
 * holds back, template errors pause) as soon as the wamid is recorded:
 * - the dispatcher hands over the wamids each batch recorded (right after recording them);
 * - the inbox, after parking, looks once more (the send may have been recorded in between).
 * Both sides write first and look second, and the store hands each parked status to one caller
 * only, so a status is applied once whichever side comes last. Statuses that never match (a
 * reply's receipts, messages sent by other tools on the number) are pruned after the retention;
 * pruning offers them to adopt() first, so a status whose send was recorded by a process that
 * died before handing the wamid over is applied then, late but not lost.
 */
import type { Tenant } from '../../domain/types';
import type { Metrics } from '../../metrics';
import type { TenantStore } from '../../store/types';
import { applyDeliveryStatus, statusOfParked, type DeliveryStatusDeps } from './delivery-status';

/** Parked statuses pruned per store call: one short write, so the webhook's writes go between. */
const PRUNE_BATCH = 500;

export interface ParkedStatusDeps extends DeliveryStatusDeps {
  store: DeliveryStatusDeps['store'] & Pick<TenantStore, 'getTenant'>;
  metrics?: DeliveryStatusDeps['metrics'] & Partial<Pick<Metrics, 'parkedStatuses'>>;
  /** How long a status waits for its message id before it is pruned. */
  retentionMs: number;
}

export function createParkedStatuses(deps: ParkedStatusDeps) {
  const { store, clock, log } = deps;
  const count = (outcome: 'applied' | 'pruned', n: number) => {
    if (n > 0) deps.metrics?.parkedStatuses?.inc({ outcome }, n);
  };

  /**
   * Applies the parked statuses of these wamids whose task messages are recorded now (a
   * dispatch batch's sends, or statuses just parked). Returns how many it applied.
   */
  async function adopt(messageIds: string[]): Promise<number> {
    const taken = await store.takeParkedStatuses(messageIds);
    const tenants = new Map<string, Tenant | null>();
    for (const parked of taken) {
      if (!tenants.has(parked.tenantId))
        tenants.set(parked.tenantId, await store.getTenant(parked.tenantId));
      const tenant = tenants.get(parked.tenantId);
      if (tenant) await applyDeliveryStatus(deps, tenant, statusOfParked(parked));
    }
    count('applied', taken.length);
    if (taken.length > 0)
      log.debug({ applied: taken.length }, 'statuses that came before their send applied');
    return taken.length;
  }

  return {
    adopt,

    /**
     * Deletes statuses parked longer than the retention, in bounded batches; how many. Each
     * batch is first offered to adopt(): a process that died between recording its sends and
     * handing their wamids over left their statuses parked, matched.
     */
    async prune(): Promise<number> {
      const before = new Date(clock.now().getTime() - deps.retentionMs);
      let total = 0;
      for (;;) {
        const ids = await store.parkedMessageIds(before, PRUNE_BATCH);
        if (ids.length === 0) break;
        await adopt(ids);
        total += await store.pruneParkedStatuses(ids, before);
      }
      count('pruned', total);
      return total;
    },
  };
}

export type ParkedStatuses = ReturnType<typeof createParkedStatuses>;
