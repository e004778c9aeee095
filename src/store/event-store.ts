import type { Page, PageRequest } from './page';

/** A tenant's receiver of outbound events (Standard Webhooks). */
export interface EventEndpoint {
  id: string;
  tenantId: string;
  url: string;
  /** `whsec_` + base64 of the key (kept: it signs every delivery). */
  secret: string;
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
  eventId: string;
  type: string;
  body: string;
  createdAt: Date;
  attempts: number;
}

export type DeliveryResult =
  { ok: true } | { ok: false; error: string; /** null = give up */ retryAt: Date | null };

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
  /** Writes the events' deliveries (one per subscribed endpoint) in one transaction; returns how many. */
  appendEvents(tenantId: string, events: NewOutboundEvent[], now: Date): Promise<number>;
  /**
   * Claims due deliveries for `leaseMs`: only the oldest waiting one per endpoint and order key,
   * so one contact's events arrive in order.
   */
  claimDeliveries(
    owner: string,
    limit: number,
    leaseMs: number,
    now: Date,
  ): Promise<OutboxDelivery[]>;
  /** Records an attempt's outcome (only while `owner` holds the claim) and the endpoint's health. */
  finishDelivery(id: string, owner: string, result: DeliveryResult, now: Date): Promise<void>;
  /** Queues the endpoint's given-up deliveries again; returns how many. */
  replayEventEndpoint(tenantId: string, id: string, now: Date): Promise<number>;
}
