/**
 * Outbound events for a tenant's other systems: endpoints (URL, secret, event types) and
 * `emit`, which writes an event to the outbox for every endpoint that takes it. The deliverer
 * (event-deliverer.ts) sends them; nothing here waits for a receiver.
 */
import type { Clock } from '../../clock';
import { refusedEndpointUrl, type EndpointPolicy } from '../../domain/endpoint-address';
import { NotFoundError, ValidationError } from '../../errors';
import type { Logger } from '../../logger';
import type {
  EventEndpoint,
  EventStore,
  EndpointHealth,
  Page,
  PageRequest,
} from '../../store/types';
import { toOutbox, type OutboundEvent } from './outbox-events';
import type { EndpointSecrets } from './endpoint-secrets';
import { newSecret, secretKey } from './standard-webhooks';

export type { OutboundEvent } from './outbox-events';

export function createEventService(deps: {
  store: EventStore;
  clock: Clock;
  log: Logger;
  /** Seals the signing secret before it is stored. */
  secrets: EndpointSecrets;
  /** Which URLs endpoints may use (config.eventEndpoints); checked again at each delivery. */
  policy: EndpointPolicy;
}) {
  const { store, clock, log, secrets } = deps;

  return {
    /** Registers an endpoint; the secret is checked, or generated (and shown once by the route). */
    async createEndpoint(
      tenantId: string,
      input: { url: string; secret?: string | undefined; events: string[] },
    ): Promise<EventEndpoint> {
      const refused = refusedEndpointUrl(input.url, deps.policy);
      if (refused !== null) throw new ValidationError(`url ${refused}`);
      const secret = input.secret ?? newSecret();
      secretKey(secret);
      const endpoint = await store.createEventEndpoint(
        tenantId,
        { url: input.url, secret: secrets.seal(secret), events: input.events },
        clock.now(),
      );
      // The only answer that carries the secret in clear (the route shows it once).
      return { ...endpoint, secret };
    },

    list(tenantId: string, page: PageRequest): Promise<Page<EventEndpoint>> {
      return store.listEventEndpoints(tenantId, page);
    },

    async get(tenantId: string, id: string): Promise<EventEndpoint & EndpointHealth> {
      const endpoint = await store.getEventEndpoint(tenantId, id);
      if (!endpoint) {
        throw new NotFoundError(
          `No event endpoint ${id}: list them with GET /admin/event-endpoints.`,
        );
      }
      return endpoint;
    },

    /**
     * Replaces the endpoint's signing secret (checked, or generated); the current one keeps
     * signing alongside it for `previousValidHours` (0: stops at once). The answer carries the
     * new secret in clear, once, like at creation.
     */
    async rotateSecret(
      tenantId: string,
      id: string,
      input: { secret?: string | undefined; previousValidHours: number },
    ): Promise<{ id: string; secret: string; previousSecretValidUntil: Date | null }> {
      const secret = input.secret ?? newSecret();
      secretKey(secret);
      const until =
        input.previousValidHours > 0
          ? new Date(clock.now().getTime() + input.previousValidHours * 3600_000)
          : null;
      const endpoint = await store.rotateEventEndpointSecret(
        tenantId,
        id,
        secrets.seal(secret),
        until,
      );
      if (!endpoint) {
        throw new NotFoundError(
          `No event endpoint ${id}: list them with GET /admin/event-endpoints.`,
        );
      }
      log.info(
        { tenantId, endpointId: id, previousSecretValidUntil: until },
        'endpoint secret rotated',
      );
      return { id, secret, previousSecretValidUntil: endpoint.previousSecretValidUntil };
    },

    async remove(tenantId: string, id: string): Promise<void> {
      if (!(await store.deleteEventEndpoint(tenantId, id))) {
        throw new NotFoundError(
          `No event endpoint ${id}: list them with GET /admin/event-endpoints.`,
        );
      }
    },

    async replay(tenantId: string, id: string): Promise<number> {
      await this.get(tenantId, id);
      return store.replayEventEndpoint(tenantId, id, clock.now());
    },

    /**
     * Writes events that no store write causes to the outbox (a change that has a store write
     * passes its events to that write instead: `eventsFor`, outbox-events.ts, so they commit
     * together). A failure is logged, never thrown: the webhook and dispatch paths must not
     * fail for a receiver.
     */
    async emit(tenantId: string, events: OutboundEvent[]): Promise<void> {
      if (events.length === 0) return;
      const now = clock.now();
      try {
        await store.appendEvents(toOutbox(tenantId, events, now), now);
      } catch (err) {
        log.error(
          { err, tenantId, types: events.map((e) => e.type) },
          'outbound events not written',
        );
      }
    },
  };
}

export type EventService = ReturnType<typeof createEventService>;
