/**
 * Delivers the outbox: claims due deliveries (the oldest per endpoint and key, so one contact's
 * events arrive in order), POSTs each signed per Standard Webhooks, and records the outcome:
 * retried with exponential backoff and jitter for up to 3 days, then given up (visible on the
 * endpoint, and queued again by its replay route). Runs on its own timer: the webhook and the
 * dispatcher only ever write to the outbox.
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { setImmediate as nextTurn } from 'node:timers/promises';
import axios, { type AxiosInstance } from 'axios';
import type { Clock } from '../../clock';
import { coerceError } from '../../errors';
import type { Logger } from '../../logger';
import type { DeliveryResult, EventStore, OutboxDelivery } from '../../store/types';
import type { Metrics } from '../../metrics';
import { holderId, pidAlive, previousIncarnations, type Incarnation } from './delivery-holder';
import { EndpointRefusedError, type EndpointGuard } from './endpoint-guard';
import { createProxyTunnel } from './proxy-tunnel';
import type { EndpointSecrets } from './endpoint-secrets';
import { webhookSignature } from './standard-webhooks';

/** Deliveries in flight at once, every endpoint together (a key has at most one). */
const MAX_IN_FLIGHT = 256;
/**
 * At most about this many of those for one endpoint (a claim may add up to this many to an
 * endpoint just under it): a hanging receiver with a large backlog holds these slots until its
 * requests time out, never all of them.
 */
const PER_ENDPOINT = 128;
/** Claimed when this much room is free (or nothing is in flight): one claim read per batch. */
const CLAIM_AT = 64;
const LEASE_MS = 60_000;
/** How often an idle deliverer looks for new events: most of the delay from change to delivery. */
const POLL_MS = 100;
const TIMEOUT_MS = 10_000;
/** Keep-alive sockets per endpoint host: a connection per delivery would cost a handshake each. */
const SOCKETS_PER_HOST = 64;
/** The retry period of the Standard Webhooks guidance. */
export const GIVE_UP_AFTER_MS = 3 * 24 * 3600_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 10 * 3600_000;
/** Finished deliveries deleted per write: each a short transaction the webhook's writes pass between. */
export const PRUNE_BATCH = 500;
/** How often the outbox is pruned once nothing is left to prune (a full batch goes on next poll). */
export const PRUNE_EVERY_MS = 60_000;
const DAY_MS = 24 * 3600_000;

/** The wait before retry `attempt` (1 = the first retry): doubling from 5 s, at most 10 h, ±20 %. */
export function retryDelayMs(attempt: number, random: () => number): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * What lastError says about a failed request: the refusal reason, or the kind of failure
 * (a timeout, an error code), never the addresses or ports a socket error names: the tenant
 * reads it, and the service's own network is none of its business.
 */
export function deliveryError(err: unknown): string {
  if (err instanceof EndpointRefusedError) return err.message;
  const e = coerceError(err) as Error & { code?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : null;
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return `timed out after ${TIMEOUT_MS / 1000} s`;
  }
  if (code === 'ENDPOINT_REFUSED') return e.message;
  if (e.cause instanceof EndpointRefusedError) return e.cause.message;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name did not resolve';
  return code !== null && /^[A-Z_]+$/.test(code)
    ? `could not connect (${code})`
    : 'could not connect';
}

export function createEventDeliverer(deps: {
  store: EventStore;
  clock: Clock;
  log: Logger;
  metrics: Pick<Metrics, 'outboxPruned'>;
  /** This process: its delivery claims carry holderId(incarnation) (delivery-holder.ts). */
  incarnation: Incarnation;
  /** Days finished deliveries stay in the outbox (config.eventsRetention). */
  retention: { deliveredDays: number; deadDays: number };
  /** Opens the stored (sealed) signing secrets. */
  secrets: EndpointSecrets;
  /** Which addresses endpoints may reach (endpoint-guard.ts): checked at every delivery. */
  guard: EndpointGuard;
  /**
   * EVENT_ENDPOINTS_PROXY: deliveries go through this forward proxy (proxy-tunnel.ts), else
   * straight to the endpoint. Never HTTP_PROXY/HTTPS_PROXY: a proxy resolves names itself, after
   * the address check, so using one must be a choice made for event deliveries.
   */
  proxy?: URL | null;
  /** Certificate authorities trusted besides the system's (tests: a local TLS endpoint). */
  ca?: string;
  http?: AxiosInstance;
  random?: () => number;
  /** Whether a pid runs on this host (tests inject it). */
  pidAlive?: (pid: number) => boolean;
}) {
  const { store, clock, log } = deps;
  const owner = holderId(deps.incarnation);
  const { guard } = deps;
  // Every connection resolves through the guard, and connects to the address it checked
  // (through the proxy, when there is one, as a tunnel to that address).
  const agent = {
    keepAlive: true,
    maxSockets: SOCKETS_PER_HOST,
    scheduling: 'fifo' as const,
    lookup: guard.lookup,
    ...(deps.ca === undefined ? {} : { ca: deps.ca }),
  };
  const agents = deps.proxy
    ? createProxyTunnel({ proxy: deps.proxy, guard, timeoutMs: TIMEOUT_MS }).agents(agent)
    : { httpAgent: new HttpAgent(agent), httpsAgent: new HttpsAgent(agent) };
  // proxy: false: axios would otherwise send every delivery to HTTP_PROXY/HTTPS_PROXY from the
  // environment, which would then resolve the endpoint's name itself, unchecked.
  const http = deps.http ?? axios.create({ ...agents, proxy: false });
  // Opened secrets by their stored form: one decryption per endpoint, not per delivery.
  const opened = new Map<string, string>();
  const open = (stored: string, endpointId: string): string => {
    let secret = opened.get(stored);
    if (secret === undefined) {
      secret = deps.secrets.open(stored, endpointId);
      opened.set(stored, secret);
    }
    return secret;
  };
  const random = deps.random ?? Math.random;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  /** The signature header: both secrets while a rotated-out one is still valid (new first). */
  const signatureOf = (d: OutboxDelivery, at: Date, timestamp: number): string => {
    const signsToo =
      d.previousSecret !== null &&
      d.previousSecretValidUntil !== null &&
      at.getTime() < d.previousSecretValidUntil.getTime();
    return webhookSignature(
      {
        secret: open(d.secret, d.endpointId),
        // Opened only while it signs: an expired one costs no decryption.
        previousSecret: signsToo && d.previousSecret ? open(d.previousSecret, d.endpointId) : null,
        previousSecretValidUntil: d.previousSecretValidUntil,
      },
      at,
      d.eventId,
      timestamp,
      d.body,
    );
  };

  async function attempt(d: OutboxDelivery): Promise<DeliveryResult> {
    const at = clock.now();
    const timestamp = Math.floor(at.getTime() / 1000);
    let error: string;
    try {
      guard.check(d.url);
      const res = await http.post(d.url, d.body, {
        timeout: TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'webhook-id': d.eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatureOf(d, at, timestamp),
        },
        // The body is sent as signed, byte for byte.
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
        maxRedirects: 0,
      });
      if (res.status >= 200 && res.status < 300) return { ok: true };
      error = `HTTP ${res.status}`;
    } catch (err) {
      error = deliveryError(err);
      if (!(err instanceof EndpointRefusedError)) {
        // The detail (addresses, ports) is for the operator's log, never for the tenant.
        log.info({ endpointId: d.endpointId, err: coerceError(err) }, 'event endpoint unreachable');
      }
    }
    const now = clock.now();
    const retryAt = new Date(now.getTime() + retryDelayMs(d.attempts + 1, random));
    const expired = retryAt.getTime() - d.createdAt.getTime() > GIVE_UP_AFTER_MS;
    return { ok: false, error, retryAt: expired ? null : retryAt };
  }

  async function send(d: OutboxDelivery): Promise<{ id: string; result: DeliveryResult }> {
    const result = await attempt(d);
    if (!result.ok) {
      log.warn(
        {
          endpointId: d.endpointId,
          eventId: d.eventId,
          error: result.error,
          givenUp: result.retryAt === null,
        },
        'outbound event delivery failed',
      );
    }
    return { id: d.id, result };
  }

  /**
   * A pool: up to MAX_IN_FLIGHT deliveries at once, claimed in batches as room frees up, their
   * outcomes recorded in one transaction per turn of the event loop. A slow endpoint holds only
   * its own deliveries, never a round of everyone's. Resolves when nothing is due or in flight.
   */
  async function deliverAll(): Promise<number> {
    const inFlight = new Set<Promise<void>>();
    const perEndpoint = new Map<string, number>();
    const done: { id: string; result: DeliveryResult }[] = [];
    let total = 0;
    for (;;) {
      const room = Math.min(MAX_IN_FLIGHT - inFlight.size, PER_ENDPOINT);
      const busy = [...perEndpoint].filter(([, n]) => n >= PER_ENDPOINT).map(([id]) => id);
      const batch =
        room >= CLAIM_AT || inFlight.size === 0
          ? await store.claimDeliveries(owner, room, LEASE_MS, clock.now(), busy)
          : [];
      total += batch.length;
      for (const d of batch) {
        perEndpoint.set(d.endpointId, (perEndpoint.get(d.endpointId) ?? 0) + 1);
        const p: Promise<void> = send(d).then((outcome) => {
          done.push(outcome);
          inFlight.delete(p);
          const left = (perEndpoint.get(d.endpointId) ?? 1) - 1;
          if (left > 0) perEndpoint.set(d.endpointId, left);
          else perEndpoint.delete(d.endpointId);
        });
        inFlight.add(p);
      }
      if (inFlight.size === 0 && done.length === 0) return total;
      if (inFlight.size > 0) {
        await Promise.race(inFlight);
        // The answers that came in with it, recorded together.
        await nextTurn();
      }
      // Recorded, a key's next event becomes claimable: one contact's events stay in order.
      await store.finishDeliveries(owner, done.splice(0), clock.now());
    }
  }

  function drain(): Promise<number> {
    running ??= (async () => {
      let total = 0;
      try {
        total = await deliverAll();
      } catch (err) {
        log.error(
          { err: coerceError(err) },
          'outbound event delivery round failed; retrying on the next poll',
        );
      } finally {
        running = null;
      }
      return total;
    })();
    return running;
  }

  let nextPruneAt = Number.NEGATIVE_INFINITY;
  let pruning: Promise<number> | null = null;

  /**
   * One bounded batch of pruning when it is due: delivered rows past their retention, given-up
   * ones past theirs. A full batch leaves the next one to the next poll (short writes, with the
   * webhook's in between); a partial one means the outbox is pruned, until PRUNE_EVERY_MS.
   */
  function prune(): Promise<number> {
    const now = clock.now().getTime();
    if (now < nextPruneAt) return Promise.resolve(0);
    pruning ??= (async () => {
      let n = 0;
      try {
        n = await store.pruneOutbox(
          {
            delivered: new Date(now - deps.retention.deliveredDays * DAY_MS),
            dead: new Date(now - deps.retention.deadDays * DAY_MS),
          },
          PRUNE_BATCH,
        );
        if (n > 0) deps.metrics.outboxPruned.inc(n);
        if (n < PRUNE_BATCH) nextPruneAt = now + PRUNE_EVERY_MS;
      } catch (err) {
        nextPruneAt = now + PRUNE_EVERY_MS;
        log.error({ err: coerceError(err) }, 'outbox pruning failed; retrying later');
      } finally {
        pruning = null;
      }
      return n;
    })();
    return pruning;
  }

  /**
   * Takes back the claims this process slot's previous run left when it was killed: its
   * deliveries go out now, not when their leases lapse. Only holders known to be gone
   * (delivery-holder.ts); a live instance's claims are left alone.
   */
  async function reclaim(): Promise<number> {
    const previous = previousIncarnations(
      await store.deliveryClaimHolders(),
      deps.incarnation,
      deps.pidAlive ?? pidAlive,
    );
    if (previous.length === 0) return 0;
    const released = await store.releaseDeliveryClaims(previous);
    log.info({ released, holders: previous }, 'took back the delivery claims of a previous run');
    return released;
  }

  return {
    /** Delivers everything due now (tests, and each poll). */
    drain,
    /** Prunes one batch when due (tests, and each poll). */
    prune,
    /** The claims of this slot's previous run, released (start, and tests). */
    reclaim,
    /** Seals the secrets an older version stored in clear, takes back its old claims, then polls. */
    async start(): Promise<void> {
      const sealed = await deps.secrets.sealStored(store);
      if (sealed > 0) log.info({ sealed }, 'event endpoint secrets sealed at rest');
      await reclaim();
      timer = setInterval(() => {
        void drain().then(() => prune());
      }, POLL_MS);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      while (running) await running;
      while (pruning) await pruning;
    },
  };
}

export type EventDeliverer = ReturnType<typeof createEventDeliverer>;
