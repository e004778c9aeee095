/**
 * The review of the 131050 opt-outs recorded during a suspected error burst (see
 * tasks/error-burst-guard.ts). They were kept, never dropped; once Meta confirms an incident, an
 * admin lifts them in one call. Only what the burst alone created is lifted: an opt-out that any
 * other source also recorded (the customer's STOP, WhatsApp's own switch, an admin) is a real
 * one and stays, as does one created before the burst.
 */
import type { Clock } from '../../clock';
import type { OptOut, Tenant } from '../../domain/types';
import type { Logger } from '../../logger';
import type { OptOutStore } from '../../store/types';
import type { OptOutService } from './opt-out-service';

export interface BurstRevokeInput {
  from: Date;
  /** Exclusive; absent: until now. */
  to?: Date | undefined;
  reason: string;
  /** Only the opt-outs a send of this task revealed. */
  taskId?: string | undefined;
  /** List what would be revoked, change nothing. */
  dryRun?: boolean | undefined;
}

export interface BurstRevokeResult {
  revoked: number;
  /** The opt-outs revoked (or, on a dry run, that would be): ids, at most the first 1,000. */
  ids: string[];
  /** Active 131050 opt-outs of the interval that stay, each with why. */
  kept: { id: string; why: string }[];
}

const PAGE = 500;
const MAX_IDS = 1000;

export function createErrorBurstReview(deps: {
  store: OptOutStore;
  clock: Clock;
  log: Logger;
  optOuts: Pick<OptOutService, 'revoke'>;
}) {
  const { store, clock, log } = deps;

  /** Why `o` must stay, or null when only the burst's 131050 ever recorded it. */
  async function whyKept(o: OptOut, input: BurstRevokeInput): Promise<string | null> {
    if (input.taskId !== undefined && o.evidence?.taskId !== input.taskId) return 'another task';
    const events = await store.listOptOutEvents(o.tenantId, o.id);
    const other = events.find((e) => e.source !== 'meta_error_131050');
    if (other)
      return `also recorded by ${other.source} at ${other.at.toISOString()}: a real opt-out stays`;
    const before = events.find((e) => e.at.getTime() < input.from.getTime());
    if (before) return `recorded before the burst, at ${before.at.toISOString()}`;
    return null;
  }

  return {
    async revoke(
      tenant: Tenant,
      actor: string,
      input: BurstRevokeInput,
    ): Promise<BurstRevokeResult> {
      const now = clock.now();
      const filter = {
        source: 'meta_error_131050' as const,
        origin: 'meta' as const,
        state: 'active' as const,
        createdFrom: input.from,
        // Exclusive, like the list's filter; absent: up to now, the statuses still coming in.
        ...(input.to ? { createdTo: input.to } : {}),
      };
      const result: BurstRevokeResult = { revoked: 0, ids: [], kept: [] };
      let cursor: string | null = null;
      do {
        const page = await store.listOptOuts(tenant.id, filter, { limit: PAGE, cursor }, now);
        for (const o of page.items) {
          const why = await whyKept(o, input);
          if (why !== null) {
            if (why !== 'another task' && result.kept.length < MAX_IDS)
              result.kept.push({ id: o.id, why });
            continue;
          }
          if (!input.dryRun)
            await deps.optOuts.revoke(tenant.id, o.id, actor, {
              reason: input.reason,
              detail: `suspected error burst since ${input.from.toISOString()}`,
            });
          result.revoked += 1;
          if (result.ids.length < MAX_IDS) result.ids.push(o.id);
        }
        cursor = page.nextCursor;
      } while (cursor !== null);
      log.warn(
        {
          tenantId: tenant.id,
          actor,
          revoked: result.revoked,
          kept: result.kept.length,
          dryRun: !!input.dryRun,
        },
        'error-burst opt-outs reviewed',
      );
      return result;
    },
  };
}

export type ErrorBurstReview = ReturnType<typeof createErrorBurstReview>;
