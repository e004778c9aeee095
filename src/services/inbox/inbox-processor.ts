/**
 * Drains the webhook inbox asynchronously: every entry, every change, every event; each event
 * idempotent (message id, status id + status, preference contact + value + time), so Meta's
 * duplicates and our own re-processing after a crash change nothing twice.
 *
 * A customer's words first: the `priority` lane (messages, user_preferences, failed statuses)
 * is drained before the `status` lane (routine receipts), and routine receipts are applied in
 * batches, so a campaign's own receipts never delay a STOP by more than one batch.
 */
import { coerceError } from '../../errors';
import type {
  ConsentStore,
  CoordinationStore,
  InboxEntry,
  InboxStore,
  SignalStore,
  TaskStore,
  TenantStore,
} from '../../store/types';
import { parseWebhook } from '../../whatsapp/parse-webhook';
import type { WebhookEvent } from '../../whatsapp/webhook-events';
import { createConversation, type ConversationDeps } from '../conversation/conversation';
import { customersOf, runInChains } from './customer-chains';
import { applyDeliveryStatus } from './delivery-status';
import type { ConsentService } from '../consent/consent-service';
import { inboxEventKey } from './inbox-event-key';
import { createSignalHandler } from '../signals/signal-handler';
import type { EventService } from '../events/event-service';
import { createPreferenceHandler } from './preferences';
import { createProcessingShare } from './processing-share';
import { applyStatusEntries } from './status-batch';
import { createParkedStatuses } from './parked-statuses';

/** Priority entries claimed at a time: the lane is checked again after each claim. */
const PRIORITY_BATCH = 20;
/**
 * Status entries applied in one batch: the longest a STOP arriving meanwhile waits for the
 * priority lane (about 4 ms of work on SQLite; 10 round trips on MongoDB). Larger batches
 * gained little throughput (the per-batch work is two claims and one completion) and made a
 * STOP behind a 100,000-entry backlog wait visibly longer than one on an idle inbox.
 */
const STATUS_BATCH = 100;
// A claim by an instance that died is retried after this; processing a batch takes milliseconds.
const LEASE_MS = 10_000;
const POLL_MS = 1_000;
const MAX_ATTEMPTS = 5;
// Statuses parked past their retention are pruned on the poll, at most this often.
const PRUNE_EVERY_MS = 60_000;
/**
 * The consent change log (SQLite's consent mirrors catch up from it at every `consented` check)
 * is kept this long: a mirror idle for longer reloads, which is exact too. Pruned with the
 * parked statuses, this many entries per store call (one short write each).
 */
const CONSENT_CHANGES_RETENTION_MS = 60 * 60_000;
const CONSENT_CHANGES_PRUNE_BATCH = 5_000;
/**
 * Processed deliveries and event keys past INBOX_RETENTION_DAYS go this many per store call,
 * at most INBOX_PRUNE_CALLS calls per minute (a backlog of years left by an upgrade is worked
 * off over the following hours, in short writes, the webhook's in between).
 */
const INBOX_PRUNE_BATCH = 5_000;
const INBOX_PRUNE_CALLS = 20;
const DAY_MS = 24 * 3600_000;

/**
 * The inbox needs what the conversation needs, and may be told when the webhook is quiet:
 * acknowledging Meta comes first, so past its guaranteed share of the event loop (see
 * processing-share.ts) the processor waits for the deliveries in flight to be stored.
 */
export type InboxDeps = ConversationDeps & {
  store: ConversationDeps['store'] &
    CoordinationStore &
    InboxStore &
    TenantStore &
    SignalStore &
    TaskStore &
    Pick<ConsentStore, 'pruneConsentChanges'>;
  /** Meta's signup and resume are consent evidence (see preferences.ts). */
  consents: Pick<ConsentService, 'grant'>;
  webhookQuiet?: () => Promise<void>;
  /** Outbound events for the signals' effects (task.paused, quality.*). */
  events?: EventService;
};

export function createInboxProcessor(deps: InboxDeps) {
  const { store, clock, log, metrics, config } = deps;
  const conversation = createConversation(deps);
  const preferences = createPreferenceHandler(deps);
  const signals = createSignalHandler(deps);
  // The error-burst guard's per-task, per-code throttle on this instance (tasks/task-breakers.ts).
  const statusDeps = { ...deps, burstChecks: new Map<string, number>() };
  const parked = createParkedStatuses({
    ...statusDeps,
    retentionMs: config.parkedStatusMinutes * 60_000,
  });
  let prunedAt = -Infinity;
  let running: Promise<number> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  /** 'unclaimed': no tenant has the event's number (yet); the entry is noted for replay. */
  async function handleEvent(
    event: WebhookEvent,
  ): Promise<'done' | 'duplicate' | 'skipped' | 'unclaimed'> {
    // Meta's quality signals name an account (WABA), not a number: routed and keyed apart.
    if (event.kind === 'signal') return signals.handle(event);
    const tenant = await store.findTenantByPhoneNumberId(event.phoneNumberId);
    if (!tenant) {
      metrics.webhookUnknownNumber.inc({ kind: event.kind });
      log.warn(
        { phoneNumberId: event.phoneNumberId, kind: event.kind },
        'webhook event for an unknown phone_number_id; skipped (create a tenant with this phoneNumberId)',
      );
      return 'unclaimed';
    }
    const key = inboxEventKey(tenant.id, event);
    if (key && (await store.hasKey(key))) return 'duplicate';
    switch (event.kind) {
      case 'message':
        await conversation.handle(tenant, event);
        break;
      case 'status':
        await applyDeliveryStatus(statusDeps, tenant, event);
        break;
      case 'preference':
        await preferences.handle(tenant, event);
        break;
      case 'error':
        log.warn(
          { tenantId: tenant.id, errors: event.errors },
          'Cloud API reported errors in a webhook',
        );
        break;
    }
    // Marked done only after the effects: a crash in between re-runs idempotent effects. Deferred:
    // losing the mark to a power cut only means the entry is processed again.
    if (key) await store.claimOnce(key, clock.now(), 'deferred');
    return 'done';
  }

  /**
   * Processes one entry. Its completion as `processed` is written at once, or, given `done`,
   * left to the caller, which marks a whole step's entries in one write (fewer transactions, and
   * pages the entries share written once).
   */
  async function processEntry(
    { id, body, attempts, receivedAt, lane }: InboxEntry,
    done?: string[],
  ): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      await store.completeInbox(id, 'failed', 'not JSON', clock.now());
      return;
    }
    const { events, skipped, repaired } = parseWebhook(parsed, { receivedAt });
    // A few lines say what was skipped; a hostile body with thousands of entries gets one count.
    for (const s of skipped.slice(0, 10)) {
      log.info({ inboxId: id, path: s.path, reason: s.reason }, 'webhook content skipped');
    }
    // Kept, but the sender (a BSP, a proxy) sends odd times: worth an operator's look.
    for (const r of repaired) {
      metrics.webhookTimesRepaired.inc({
        repair: r.reason.includes('milliseconds') ? 'milliseconds' : 'receive_time',
      });
    }
    for (const r of repaired.slice(0, 10)) {
      log.warn({ inboxId: id, path: r.path, reason: r.reason }, 'webhook event time repaired');
    }
    if (skipped.length > 10)
      log.info({ inboxId: id, more: skipped.length - 10 }, 'webhook content skipped (more)');
    let failure: string | null = null;
    const unclaimed = new Set<string>();
    for (const event of events) {
      try {
        const outcome = await handleEvent(event);
        if (outcome === 'unclaimed' && event.kind !== 'signal') unclaimed.add(event.phoneNumberId);
        metrics.inboundEvents.inc({
          kind: event.kind,
          outcome: outcome === 'unclaimed' ? 'skipped' : outcome,
        });
      } catch (err) {
        const e = coerceError(err);
        failure = e.message;
        metrics.inboundEvents.inc({ kind: event.kind, outcome: 'error' });
        log.error(
          { err: e, inboxId: id, kind: event.kind },
          'webhook event failed; the entry will be retried',
        );
      }
    }
    // Noted before the entry is complete: the tenant created for the number replays it
    // (tenant-service.ts). Priority entries only: a routine receipt for a number no tenant
    // has needs no replay.
    if (unclaimed.size > 0 && lane === 'priority') {
      await store.noteUnclaimedInbox(id, [...unclaimed], receivedAt);
      // A tenant created for the number since its lookup above replayed before this note: the
      // entry is left unfinished instead, and processed again when its claim lapses.
      for (const number of unclaimed) {
        if (failure === null && (await store.findTenantByPhoneNumberId(number))) {
          failure = `a tenant took phone_number_id ${number} while this entry was processed`;
          log.info({ inboxId: id, phoneNumberId: number }, `${failure}; processed again soon`);
        }
      }
    }
    if (failure === null) {
      if (done) done.push(id);
      else await store.completeInbox(id, 'processed', null, clock.now());
    } else if (attempts >= MAX_ATTEMPTS) {
      log.error(
        { inboxId: id, attempts },
        'webhook entry failed too often; parked as failed for an operator to look at',
      );
      await store.completeInbox(id, 'failed', failure, clock.now());
    }
    // Otherwise the claim lapses after LEASE_MS and the entry is tried again.
  }

  // While someone waits for the inbox to be empty (a test, the shutdown), the processor does not
  // hold back for the webhook: that caller wants it drained now.
  let draining = 0;
  const webhookQuiet = deps.webhookQuiet;
  const share = createProcessingShare(
    webhookQuiet ? { webhookQuiet: () => (draining > 0 ? Promise.resolve() : webhookQuiet()) } : {},
  );

  /** Applies a batch of the status lane; entries it cannot take are processed one by one. */
  async function processStatusEntries(entries: InboxEntry[]): Promise<void> {
    try {
      const { others } = await applyStatusEntries(
        { ...deps, adopt: (messageIds) => parked.adopt(messageIds) },
        entries,
      );
      for (const entry of others) await processEntry(entry);
    } catch (err) {
      // One bad entry must not hold the others back: each gets its own chance (and its own
      // attempts count) on the one-by-one path.
      log.error(
        { err: coerceError(err), count: entries.length },
        'status batch failed; its entries are processed one by one',
      );
      for (const entry of entries) await processEntry(entry);
    }
  }

  /**
   * One step: a few priority entries if there are any, else one batch of statuses. Returns how
   * many entries it took (0: both lanes are empty).
   */
  async function step(): Promise<number> {
    const urgent = await store.claimInbox(
      config.instanceId,
      PRIORITY_BATCH,
      LEASE_MS,
      clock.now(),
      'priority',
    );
    if (urgent.length > 0) {
      // Different customers side by side: each STOP waits for its durable writes (an fsync, or
      // MongoDB round trips), and those waits overlap instead of queueing a storm of STOPs one
      // behind the other. One customer's entries still run in the order they arrived.
      const done: string[] = [];
      try {
        await runInChains(
          urgent,
          (entry) => customersOf(entry.body),
          (entry) => share.turn().then(() => processEntry(entry, done)),
        );
      } finally {
        // Deferred like each completion was: a crash before it only means processing again.
        if (done.length > 0) await store.completeInboxEntries(done, clock.now());
      }
      await share.pause();
      return urgent.length;
    }
    const receipts = await store.claimInbox(
      config.instanceId,
      STATUS_BATCH,
      LEASE_MS,
      clock.now(),
      'status',
    );
    if (receipts.length > 0) {
      await processStatusEntries(receipts);
      await share.pause();
    }
    return receipts.length;
  }

  async function drainOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await step();
      if (n === 0) return total;
      total += n;
    }
  }

  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await drainOnce();
        } while (again && !stopped);
      } catch (err) {
        log.error({ err: coerceError(err) }, 'inbox drain failed; retrying on the next poll');
      } finally {
        running = null;
      }
      return total;
    })();
    return running;
  }

  /** Prunes the consent change log's entries older than its retention, in batches; how many. */
  async function pruneConsentChanges(): Promise<number> {
    const before = new Date(clock.now().getTime() - CONSENT_CHANGES_RETENTION_MS);
    let total = 0;
    let pruned = CONSENT_CHANGES_PRUNE_BATCH;
    while (!stopped && pruned === CONSENT_CHANGES_PRUNE_BATCH) {
      pruned = await store.pruneConsentChanges(before, CONSENT_CHANGES_PRUNE_BATCH);
      total += pruned;
    }
    return total;
  }

  /** Prunes processed deliveries and event keys past their retention, bounded; how many. */
  async function pruneInbox(): Promise<{ entries: number; keys: number }> {
    const before = new Date(clock.now().getTime() - config.inboxRetentionDays * DAY_MS);
    const total = { entries: 0, keys: 0 };
    for (let call = 0; call < INBOX_PRUNE_CALLS && !stopped; call++) {
      const { entries, keys } = await store.pruneInbox(before, INBOX_PRUNE_BATCH);
      total.entries += entries;
      total.keys += keys;
      if (entries > 0) metrics.inboxPruned.inc({ kind: 'entries' }, entries);
      if (keys > 0) metrics.inboxPruned.inc({ kind: 'keys' }, keys);
      if (entries < INBOX_PRUNE_BATCH && keys < INBOX_PRUNE_BATCH) break;
    }
    return total;
  }

  async function pruneNow(): Promise<void> {
    const now = clock.now().getTime();
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    try {
      await parked.prune();
    } catch (err) {
      log.error({ err: coerceError(err) }, 'pruning parked statuses failed; retrying in a minute');
    }
    try {
      await pruneConsentChanges();
    } catch (err) {
      log.error({ err: coerceError(err) }, 'pruning consent changes failed; retrying in a minute');
    }
    try {
      await pruneInbox();
    } catch (err) {
      log.error({ err: coerceError(err) }, 'pruning the inbox failed; retrying in a minute');
    }
  }

  return {
    /**
     * One step (tests): a few priority entries if any, else one batch of statuses. Resolves
     * with how many entries it took.
     */
    step,
    /** Something was stored: drain soon (coalesced). */
    kick(): void {
      if (!stopped) void drain();
    },
    /** Drains now and resolves when the inbox is empty (tests, shutdown). */
    async drain(): Promise<number> {
      draining += 1;
      // A step already waiting for the webhook to be quiet stops waiting too.
      share.release();
      try {
        let total = await drain();
        while (running) total += await running;
        return total;
      } finally {
        draining -= 1;
      }
    },
    /**
     * The dispatcher recorded these wamids: applies the statuses that came before them (see
     * parked-statuses.ts). Resolves with how many.
     */
    adoptStatuses: (messageIds: string[]): Promise<number> => parked.adopt(messageIds),
    /** Prunes the statuses parked past their retention now (the poll does it once a minute). */
    pruneParkedStatuses: (): Promise<number> => parked.prune(),
    /** Prunes the consent change log past its retention now (the poll does it once a minute). */
    pruneConsentChanges,
    /** Prunes processed deliveries and event keys past their retention now (likewise). */
    pruneInbox,
    /** Polls for entries left by a restart or another instance. */
    start(): void {
      stopped = false;
      void drain();
      timer = setInterval(() => {
        void drain();
        void pruneNow();
      }, POLL_MS);
      timer.unref();
    },
    async stop(): Promise<void> {
      stopped = true;
      share.release();
      if (timer) clearInterval(timer);
      timer = null;
      while (running) await running;
    },
  };
}

export type InboxProcessor = ReturnType<typeof createInboxProcessor>;
