/**
 * Delivers the outbox: claims due deliveries (the oldest per endpoint and key, so one contact's
 * events arrive in order), POSTs each signed per Standard Webhooks, and records the outcome:
 * retried with exponential backoff and jitter for up to 3 days, then given up (visible on the
 * endpoint, and queued again by its replay route). Runs on its own timer: the webhook and the
 * dispatcher only ever write to the outbox.
 */
import axios, { type AxiosInstance } from 'axios';
import type { Clock } from '../../clock';
import { coerceError } from '../../errors';
import type { Logger } from '../../logger';
import type { DeliveryResult, EventEndpoint, EventStore, OutboxDelivery } from '../../store/types';
import type { EndpointSecrets } from './endpoint-secrets';
import { signStandardWebhook } from './standard-webhooks';

const BATCH = 50;
const LEASE_MS = 60_000;
const POLL_MS = 1_000;
const TIMEOUT_MS = 10_000;
/** The retry period of the Standard Webhooks guidance. */
export const GIVE_UP_AFTER_MS = 3 * 24 * 3600_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 10 * 3600_000;

/** The wait before retry `attempt` (1 = the first retry): doubling from 5 s, at most 10 h, ±20 %. */
export function retryDelayMs(attempt: number, random: () => number): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export function createEventDeliverer(deps: {
  store: EventStore;
  clock: Clock;
  log: Logger;
  instanceId: string;
  /** Opens the stored (sealed) signing secrets. */
  secrets: EndpointSecrets;
  http?: AxiosInstance;
  random?: () => number;
}) {
  const { store, clock, log } = deps;
  const http = deps.http ?? axios.create();
  const random = deps.random ?? Math.random;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function attempt(d: OutboxDelivery, endpoint: EventEndpoint): Promise<DeliveryResult> {
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    let error: string;
    try {
      const res = await http.post(endpoint.url, d.body, {
        timeout: TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'webhook-id': d.eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signStandardWebhook(
            deps.secrets.open(endpoint.secret, endpoint.id),
            d.eventId,
            timestamp,
            d.body,
          ),
        },
        // The body is sent as signed, byte for byte.
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
        maxRedirects: 0,
      });
      if (res.status >= 200 && res.status < 300) return { ok: true };
      error = `HTTP ${res.status} from ${endpoint.url}`;
    } catch (err) {
      error = `${coerceError(err).message} (${endpoint.url})`;
    }
    const now = clock.now();
    const retryAt = new Date(now.getTime() + retryDelayMs(d.attempts + 1, random));
    const expired = retryAt.getTime() - d.createdAt.getTime() > GIVE_UP_AFTER_MS;
    return { ok: false, error, retryAt: expired ? null : retryAt };
  }

  async function deliverOnce(): Promise<number> {
    const batch = await store.claimDeliveries(deps.instanceId, BATCH, LEASE_MS, clock.now());
    const endpoints = new Map<string, EventEndpoint | null>();
    await Promise.all(
      batch.map(async (d) => {
        if (!endpoints.has(d.endpointId)) {
          endpoints.set(d.endpointId, await store.getEventEndpoint(d.tenantId, d.endpointId));
        }
        const endpoint = endpoints.get(d.endpointId);
        // Deleted meanwhile: its deliveries are gone with it.
        if (!endpoint) return;
        const result = await attempt(d, endpoint);
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
        await store.finishDelivery(d.id, deps.instanceId, result, clock.now());
      }),
    );
    return batch.length;
  }

  function drain(): Promise<number> {
    running ??= (async () => {
      let total = 0;
      try {
        for (let n = await deliverOnce(); n > 0; n = await deliverOnce()) total += n;
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

  return {
    /** Delivers everything due now (tests, and each poll). */
    drain,
    /** Seals the secrets an older version stored in clear, then polls. */
    async start(): Promise<void> {
      const sealed = await deps.secrets.sealStored(store);
      if (sealed > 0) log.info({ sealed }, 'event endpoint secrets sealed at rest');
      timer = setInterval(() => void drain(), POLL_MS);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      while (running) await running;
    },
  };
}

export type EventDeliverer = ReturnType<typeof createEventDeliverer>;
