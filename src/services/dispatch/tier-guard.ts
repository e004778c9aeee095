/**
 * Meta's messaging limit: a business may start conversations with at most N unique recipients
 * per rolling 24 h (its tier, from phone_number_quality_update: TIER_250, TIER_1K, ...). Sends
 * past it fail; the guard defers them instead. The count of contacts reached is read at most once
 * a minute per tenant and advanced in memory between reads, so a batch costs no extra read.
 */
import type { Clock } from '../../clock';
import type { Tenant } from '../../domain/types';
import type { SignalStore } from '../../store/types';
import { tierLimit } from '../../whatsapp/account-signals';
import { limitName } from '../../whatsapp/parse-signal-change';

const REFRESH_MS = 60_000;
const DAY_MS = 24 * 3600_000;

interface TierState {
  limit: number | null;
  reached: number;
  readAt: number;
}

/** The tier in a stored number-quality signal's value (either of Meta's two field names). */
function limitOf(detail: Record<string, unknown>): number | null {
  const raw = detail.max_daily_conversations_per_business ?? detail.current_limit;
  return typeof raw === 'string' || typeof raw === 'number' ? tierLimit(limitName(raw)) : null;
}

export function createTierGuard(deps: { store: SignalStore; clock: Clock }) {
  const states = new Map<string, TierState>();

  async function refresh(tenant: Tenant, now: number): Promise<TierState> {
    const page = await deps.store.listSignals(tenant.id, { limit: 100 });
    const latest = page.items.find(
      (s) => s.type === 'number_quality' && limitOf(s.detail) !== null,
    );
    const limit = latest ? limitOf(latest.detail) : null;
    const reached =
      limit === null
        ? 0
        : await deps.store.countContactsReachedSince(tenant.id, new Date(now - DAY_MS));
    const state = { limit, reached, readAt: now };
    states.set(tenant.id, state);
    return state;
  }

  return {
    /** How many more recipients may be started now (Infinity without a known limit). */
    async allowance(tenant: Tenant): Promise<number> {
      const now = deps.clock.now().getTime();
      const cached = states.get(tenant.id);
      const state =
        cached && now - cached.readAt < REFRESH_MS ? cached : await refresh(tenant, now);
      return state.limit === null ? Infinity : Math.max(0, state.limit - state.reached);
    },
    /** Counts a batch against the limit until the next read (each send as a new recipient). */
    sent(tenantId: string, count: number): void {
      const state = states.get(tenantId);
      if (state) state.reached += count;
    },
  };
}

export type TierGuard = ReturnType<typeof createTierGuard>;
