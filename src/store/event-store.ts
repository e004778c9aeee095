import type { Page, PageRequest } from './page';

/** A tenant's receiver of outbound events (Standard Webhooks). */
export interface EventEndpoint {
  id: string;
  tenantId: string;
  url: string;
  /**
   * The signing secret as the service sealed it (AES-256-GCM under a key from SECRETS_KEY, see
   * services/events/endpoint-secrets.ts); rows written before sealing hold the `whsec_` secret
   * itself until `sealEventEndpointSecrets` rewrites them at start-up.
   */
  secret: string;
  /**
   * The secret before the last rotation, sealed like `secret`, and until when deliveries are
   * signed with it too (a second signature): receivers switch keys without dropping an event.
   * Both null when there is none; a past `previousSecretValidUntil` means it no longer signs.
   */
  previousSecret: string | null;
  previousSecretValidUntil: Date | null;
  /** Event types it receives; `*` = all. */
  events: string[];
  createdAt: Date;
  lastError: string | null;
  lastErrorAt: Date | null;
  lastSuccessAt: Date | null;
}

export interface EndpointHealth {
  /** Deliveries waiting (pending, retrying). */
  backlog: number;
  /** Deliveries given up after the retry period (POST .../replay queues them again). */
  failed: number;
}

/** One event for the outbox: fanned out to every endpoint of the tenant that takes its type. */
export interface NewOutboundEvent {
  tenantId: string;
  /** The event id: `webhook-id`, the receiver's de-duplication key. */
  id: string;
  type: string;
  /** Deliveries of one key (a contact, a task) to one endpoint go out in order. */
  orderKey: string;
  /** The exact JSON body that is signed and sent. */
  body: string;
  createdAt: Date;
}

export interface OutboxDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  /** The endpoint's URL and stored (sealed) secret, read with the claim: no lookup per delivery. */
  url: string;
  secret: string;
  /** The secret before a rotation and until when it signs too (EventEndpoint), with the claim. */
  previousSecret: string | null;
  previousSecretValidUntil: Date | null;
  eventId: string;
  type: string;
  body: string;
  createdAt: Date;
  attempts: number;
}

export type DeliveryResult =
  { ok: true } | { ok: false; error: string; /** null = give up */ retryAt: Date | null };

/**
 * The outbound events a write causes, built from the write's own result and written to the
 * outbox in the write's transaction (the outbox pattern): the change and its events commit
 * together or not at all, so a crash between them cannot lose an event. The store calls it only
 * when the write changed something and a tenant concerned has an endpoint; on MongoDB a retried
 * transaction calls it again, so it must be pure (new ids each time are fine: one run commits).
 */
export type EventsFor<R> = (result: R) => NewOutboundEvent[];

/** Outbound events: endpoints and the outbox of deliveries. */
export interface EventStore {
  createEventEndpoint(
    tenantId: string,
    input: { url: string; secret: string; events: string[] },
    now: Date,
  ): Promise<EventEndpoint>;
  listEventEndpoints(tenantId: string, page: PageRequest): Promise<Page<EventEndpoint>>;
  getEventEndpoint(tenantId: string, id: string): Promise<(EventEndpoint & EndpointHealth) | null>;
  /** Removes the endpoint and its undelivered deliveries; false when there was none. */
  deleteEventEndpoint(tenantId: string, id: string): Promise<boolean>;
  /**
   * Writes the events' deliveries (one per subscribed endpoint of each event's tenant) in one
   * transaction; returns how many. For events no store write causes (the write methods take an
   * `events` argument, EventsFor, for the others).
   */
  appendEvents(events: NewOutboundEvent[], now: Date): Promise<number>;
  /**
   * Claims due deliveries for `leaseMs`: only the oldest waiting one per endpoint and order key,
   * so one contact's events arrive in order (a key's next delivery is claimable once this one
   * is finished). Oldest due first. None of `skipEndpoints` (the deliverer's busiest: one
   * endpoint's backlog must not take every delivery slot).
   */
  claimDeliveries(
    owner: string,
    limit: number,
    leaseMs: number,
    now: Date,
    skipEndpoints?: readonly string[],
  ): Promise<OutboxDelivery[]>;
  /**
   * Records attempts' outcomes (each only while `owner` still holds its claim) and the
   * endpoints' health, in one transaction.
   */
  finishDeliveries(
    owner: string,
    outcomes: readonly { id: string; result: DeliveryResult }[],
    now: Date,
  ): Promise<void>;
  /**
   * Replaces the endpoint's signing secret with `secret` (sealed) and keeps the current one as
   * the previous secret until `previousValidUntil` (null: dropped at once; a previous secret
   * from an earlier rotation is dropped either way). Atomic per endpoint; null when there is
   * no such endpoint.
   */
  rotateEventEndpointSecret(
    tenantId: string,
    id: string,
    secret: string,
    previousValidUntil: Date | null,
  ): Promise<EventEndpoint | null>;
  /**
   * Deletes up to `limit` finished deliveries: delivered before `before.delivered`, and given up
   * (dead) before `before.dead` (kept longer, so an admin can still see and replay them).
   * Returns how many; the caller repeats while it gets `limit` back. Waiting deliveries are
   * never touched. One short write per call: the webhook shares the writer.
   */
  pruneOutbox(before: { delivered: Date; dead: Date }, limit: number): Promise<number>;
  /**
   * Every owner holding a claim (lapsed or not) on a waiting delivery: a starting deliverer
   * looks among them for its own previous incarnation's, whose process is gone.
   */
  deliveryClaimHolders(): Promise<string[]>;
  /**
   * Drops the claims `owners` hold on waiting deliveries, so they are claimable at once (the
   * holders are known to be dead); returns how many. A finish by such an owner afterwards
   * changes nothing (finishDeliveries checks the claim), so a delivery is never lost, at most
   * sent again.
   */
  releaseDeliveryClaims(owners: readonly string[]): Promise<number>;
  /** Queues the endpoint's given-up deliveries again; returns how many. */
  replayEventEndpoint(tenantId: string, id: string, now: Date): Promise<number>;
  /**
   * Rewrites every endpoint secret still stored in clear (`whsec_...`, rows from before secrets
   * were sealed) with `seal(secret)`, every tenant; returns how many. Idempotent.
   */
  sealEventEndpointSecrets(seal: (secret: string) => string): Promise<number>;
}
