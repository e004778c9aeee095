/**
 * The marketing dispatcher. Each tick works in rounds until nothing more can be sent now: a
 * round lists the due tasks, groups them by sending number, and for every number this instance
 * can lease (numbers run in parallel) sends one batch of one task, taking the number's tasks in
 * turn so they share its rate fairly. Leases are released when the tick ends.
 */
import { realSleep, type Clock } from '../../clock';
import type { Config } from '../../config';
import type { Task, Tenant } from '../../domain/types';
import { coerceError } from '../../errors';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type {
  BreakerStore,
  ConsentStore,
  CoordinationStore,
  IdentityStore,
  OptOutStore,
  RecipientStore,
  SignalStore,
  TaskStore,
  TenantStore,
} from '../../store/types';
import type { RateLimiter } from '../../whatsapp/rate-limiter';
import type { WhatsAppClient } from '../../whatsapp/types';
import { createLane, syncRate, type DispatchContext, type Lane } from './dispatch-lane';
import { createTierGuard } from './tier-guard';
import { createPacer } from './dispatch-pacer';
import { serveTask } from './dispatch-task';
import type { OptOutService } from '../opt-outs/opt-out-service';
import type { PreferenceTokens } from '../consent/preference-links';
import type { TenantService } from '../tenants/tenant-service';
import { taskEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';

export interface DispatcherDeps {
  store: BreakerStore &
    CoordinationStore &
    IdentityStore &
    OptOutStore &
    ConsentStore &
    RecipientStore &
    SignalStore &
    TaskStore &
    TenantStore;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  whatsapp: WhatsAppClient;
  tenants: TenantService;
  optOuts: OptOutService;
  config: Pick<Config, 'instanceId' | 'leaseTtlMs'>;
  /** Mints each recipient's preference-link token (tasks with a preference-link button). */
  preferenceLinks?: PreferenceTokens;
  /** How to wait for the rate limiter; tests pass one that advances a ManualClock. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source (tests pin it). */
  random?: () => number;
  /**
   * End a tick (releasing its leases) after this long even if work remains, so other instances
   * get a turn at the numbers; 0 = run until idle (the default: one instance keeps its numbers).
   */
  maxTickMs?: number;
  /** Statuses that beat their send's response, applied once the batch recorded the wamids. */
  adoptStatuses?: (messageIds: string[]) => Promise<unknown>;
}

interface NumberGroup {
  tenant: Tenant;
  tasks: Task[];
}

export function createDispatcher(deps: DispatcherDeps) {
  const { store, clock, log, tenants } = deps;
  let stopping = false;
  let running: Promise<void> | null = null;
  const lanes = new Map<string, Lane>();
  const taskLimiters = new Map<string, { rate: number; limiter: RateLimiter }>();
  const lastServed = new Map<string, string>();
  const ctx: DispatchContext = {
    store,
    clock,
    log,
    metrics: deps.metrics,
    whatsapp: deps.whatsapp,
    optOuts: deps.optOuts,
    preferenceLinks: deps.preferenceLinks ?? null,
    tierGuard: createTierGuard({ store, clock }),
    breakerChecks: new Map(),
    owner: deps.config.instanceId,
    leaseTtlMs: deps.config.leaseTtlMs,
    sleep: deps.sleep ?? realSleep,
    random: deps.random ?? Math.random,
    stopping: () => stopping,
    adoptStatuses: deps.adoptStatuses,
  };

  function laneFor(tenant: Tenant, phoneNumberId: string): Lane {
    let lane = lanes.get(phoneNumberId);
    if (!lane) {
      lane = createLane(ctx, phoneNumberId, tenant.settings.messagesPerSecond);
      lanes.set(phoneNumberId, lane);
    }
    syncRate(lane, tenant.settings.messagesPerSecond);
    return lane;
  }

  /** A task's own cap, when lower than its number's rate; it applies on top of the number's limiter. */
  function taskLimiterFor(task: Task, numberRate: number): RateLimiter | null {
    const cap = task.policy.messagesPerSecond;
    if (cap === null || cap >= numberRate) return null;
    let entry = taskLimiters.get(task.id);
    if (!entry || entry.rate !== cap) {
      entry = {
        rate: cap,
        limiter: createPacer({ ratePerSecond: cap, clock, sleep: ctx.sleep }),
      };
      taskLimiters.set(task.id, entry);
    }
    return entry.limiter;
  }

  async function serveNumber(phoneNumberId: string, group: NumberGroup): Promise<boolean> {
    const lane = laneFor(group.tenant, phoneNumberId);
    if (clock.now().getTime() < lane.backoffUntil) return false;
    if (!(await lane.acquire())) return false;
    for (const task of group.tasks) {
      if (lane.settled.has(task.id)) continue;
      // We hold the number now: a 'sending' recipient can only be a dead holder's claim.
      const abandoned = await store.resolveAbandonedSends(task.id, clock.now());
      if (abandoned > 0)
        log.warn(
          { taskId: task.id, abandoned },
          'recipients claimed by a stopped dispatcher recorded as unknown (never re-sent)',
        );
      lane.settled.add(task.id);
    }
    const last = lastServed.get(phoneNumberId) ?? '';
    const ordered = [
      ...group.tasks.filter((t) => t.id > last),
      ...group.tasks.filter((t) => t.id <= last),
    ];
    for (const task of ordered) {
      if (stopping) return false;
      const turn = {
        lane,
        tenant: group.tenant,
        task,
        accessToken: tenants.accessToken(group.tenant),
        taskLimiter: taskLimiterFor(task, lane.rate),
      };
      if (await serveTask(ctx, turn)) {
        lastServed.set(phoneNumberId, task.id);
        return true;
      }
    }
    return false;
  }

  async function groupByNumber(tasks: Task[]): Promise<Map<string, NumberGroup>> {
    const groups = new Map<string, NumberGroup>();
    const tenantsById = new Map<string, Tenant | null>();
    for (const task of tasks) {
      if (!tenantsById.has(task.tenantId))
        tenantsById.set(task.tenantId, await store.getTenant(task.tenantId));
      const tenant = tenantsById.get(task.tenantId);
      if (!tenant) continue;
      if (!tenant.phoneNumberId) {
        const reason =
          'The tenant has no WhatsApp phoneNumberId to send from: set it, then resume the task.';
        await store.updateTask(
          tenant.id,
          task.id,
          ['scheduled', 'running'],
          { status: 'paused', reason },
          clock.now(),
          eventsFor(tenant.id, clock.now(), (t: Task) => [taskEvent('task.paused', t)]),
        );
        continue;
      }
      const group = groups.get(tenant.phoneNumberId) ?? { tenant, tasks: [] };
      group.tasks.push(task);
      groups.set(tenant.phoneNumberId, group);
    }
    return groups;
  }

  async function round(): Promise<boolean> {
    const due = await store.listDueTasks(clock.now());
    const dueIds = new Set(due.map((t) => t.id));
    for (const id of taskLimiters.keys()) if (!dueIds.has(id)) taskLimiters.delete(id);
    const groups = await groupByNumber(due);
    const served = await Promise.all(
      [...groups].map(([phoneNumberId, group]) =>
        serveNumber(phoneNumberId, group).catch((err: unknown) => {
          log.error(
            { err: coerceError(err), phoneNumberId },
            'dispatch failed for a number; it is retried next tick',
          );
          return false;
        }),
      ),
    );
    return served.some(Boolean);
  }

  async function releaseLeases(): Promise<void> {
    for (const lane of lanes.values()) {
      await lane
        .release()
        .catch((err: unknown) =>
          log.warn(
            { err: coerceError(err), phoneNumberId: lane.phoneNumberId },
            'could not release a lease',
          ),
        );
    }
  }

  async function run(): Promise<void> {
    const started = clock.now().getTime();
    const budget = deps.maxTickMs ?? 0;
    const withinBudget = () => budget <= 0 || clock.now().getTime() - started < budget;
    try {
      while (!stopping && withinBudget() && (await round()));
    } catch (err) {
      log.error({ err: coerceError(err) }, 'dispatch tick failed');
    } finally {
      await releaseLeases();
    }
  }

  return {
    /** Sends everything that can be sent now; a call while a tick runs joins that tick. */
    tick(): Promise<void> {
      if (stopping) return Promise.resolve();
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },

    /** Lets the batch in flight finish (unsent claims are released), then releases the leases. */
    async stop(): Promise<void> {
      stopping = true;
      await running;
      await releaseLeases();
    },

    /** Whether a tick is in progress (the scheduler's overlap guard, tests). */
    busy(): boolean {
      return running !== null;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
