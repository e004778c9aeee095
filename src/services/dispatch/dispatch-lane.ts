/**
 * A lane is this instance's view of one sending number: the database lease that makes it the
 * only sender for the number, the token bucket every task on the number shares, and the
 * number-wide backoff after throughput errors.
 */
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  BreakerStore,
  ConsentStore,
  CoordinationStore,
  IdentityStore,
  OptOutStore,
  RecipientStore,
  TaskStore,
} from '../../store/types';
import type { RateLimiter } from '../../whatsapp/rate-limiter';
import type { PreferenceTokens } from '../consent/preference-links';
import type { WhatsAppClient } from '../../whatsapp/types';
import { createPacer } from './dispatch-pacer';
import type { OptOutService } from '../opt-outs/opt-out-service';
import type { TierGuard } from './tier-guard';

export interface DispatchContext {
  store: BreakerStore &
    CoordinationStore &
    IdentityStore &
    OptOutStore &
    ConsentStore &
    RecipientStore &
    TaskStore;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  whatsapp: WhatsAppClient;
  optOuts: OptOutService;
  /** Mints preference-link tokens; null = a task's preference-link button gets a placeholder. */
  preferenceLinks: PreferenceTokens | null;
  /** Meta's messaging limit (unique recipients per 24 h), when the store keeps quality signals. */
  tierGuard?: TierGuard;
  /** When this instance last ran each task's opt-out breaker backstop (epoch ms). */
  breakerChecks?: Map<string, number>;
  /** This instance's lease and claim owner id. */
  owner: string;
  leaseTtlMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  stopping: () => boolean;
  /**
   * Applies the statuses that came before these wamids were recorded (Meta's webhook can beat
   * the send's response; see inbox/parked-statuses.ts). Called once per batch, after its sends.
   */
  adoptStatuses?: ((messageIds: string[]) => Promise<unknown>) | undefined;
}

export interface Lane {
  phoneNumberId: string;
  limiter: RateLimiter;
  rate: number;
  /** Epoch ms before which nothing is sent on this number (throughput backoff). */
  backoffUntil: number;
  consecutiveErrors: number;
  /** Whether this instance holds the lease now (since the last acquisition). */
  held: boolean;
  /** Tasks whose abandoned sends were settled since the lease was acquired. */
  settled: Set<string>;
  /** Takes or renews the lease; false when another instance holds it. */
  acquire(): Promise<boolean>;
  /** Before the first send after taking the lease: lets the previous holder's last second pass. */
  warmUp(): Promise<void>;
  /** Why sending must stop before the next message (backoff, lost lease, shutdown), or null. */
  haltReason(): Promise<string | null>;
  release(): Promise<void>;
}

export function leaseKey(phoneNumberId: string): string {
  return `number:${phoneNumberId}`;
}

export function createLane(ctx: DispatchContext, phoneNumberId: string, rate: number): Lane {
  const { store, clock } = ctx;
  const key = leaseKey(phoneNumberId);
  let renewedAt = 0;
  let warmUpDue = false;

  const lane: Lane = {
    phoneNumberId,
    // The number's rate in every one-second window (how Meta counts it), not only on average.
    limiter: createPacer({ ratePerSecond: rate, clock, sleep: ctx.sleep }),
    rate,
    backoffUntil: 0,
    consecutiveErrors: 0,
    held: false,
    settled: new Set(),

    async acquire() {
      const now = clock.now();
      const ok = await store.acquireLease(key, ctx.owner, ctx.leaseTtlMs, now);
      if (!ok) {
        lane.held = false;
        return false;
      }
      // Past the TTL since our last renewal, someone else may have held it in between.
      if (lane.held && now.getTime() - renewedAt >= ctx.leaseTtlMs) lane.held = false;
      if (!lane.held) {
        lane.held = true;
        lane.settled.clear();
        warmUpDue = true;
      }
      renewedAt = clock.now().getTime();
      return true;
    },

    async warmUp() {
      if (!warmUpDue) return;
      warmUpDue = false;
      // Whoever held the number before may have sent until a moment ago: wait one second, so
      // its sends and ours never share a one-second window. Only before a send, so a number
      // whose tasks are all outside their window costs nothing.
      await ctx.sleep(1000);
    },

    async haltReason() {
      const now = clock.now().getTime();
      if (ctx.stopping()) return 'the dispatcher is stopping';
      if (now < lane.backoffUntil) return 'the number is backing off after a throughput error';
      // Renewed well before expiry, so a slow batch never outlives its lease.
      if (now - renewedAt >= ctx.leaseTtlMs / 3 && !(await lane.acquire()))
        return 'another instance took the number over';
      return null;
    },

    async release() {
      if (!lane.held) return;
      lane.held = false;
      await store.releaseLease(key, ctx.owner);
    },
  };
  return lane;
}

/** Keeps a lane's limiter at the number's current rate (a tenant may change messagesPerSecond). */
export function syncRate(lane: Lane, rate: number): void {
  if (lane.rate === rate) return;
  lane.limiter.setRate(rate);
  lane.rate = rate;
}
