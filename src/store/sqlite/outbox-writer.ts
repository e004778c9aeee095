/**
 * Writes outbound events to the outbox inside the caller's transaction: one delivery row per
 * (event, subscribed endpoint of the event's tenant). Every write that causes events calls it
 * within its own IMMEDIATE transaction, so the change and its events commit together.
 */
import { newId } from '../../ids';
import type { EventsFor, NewOutboundEvent } from '../types';
import { ms, parseRequired } from './rows';
import type { Db } from './sql-helpers';

interface EndpointTarget {
  id: string;
  events: string;
}

export interface OutboxWriter {
  /**
   * Builds the events from `result` (only when one of `tenantIds` has an endpoint: an import of
   * a million rows for a tenant without endpoints builds nothing) and writes their deliveries.
   * Returns how many deliveries were written. Call it inside the write's transaction.
   */
  <R>(tenantIds: Iterable<string>, events: EventsFor<R> | undefined, result: R, now: Date): number;
  /** Writes already-built events (appendEvents). */
  append(events: readonly NewOutboundEvent[], now: Date): number;
}

export function createOutboxWriter(db: Db): OutboxWriter {
  const endpointsOf = db.prepare<[string], EndpointTarget>(
    'SELECT id, events FROM event_endpoints WHERE tenant_id = ? ORDER BY id',
  );
  const anyEndpoint = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM event_endpoints WHERE tenant_id = ? LIMIT 1',
  );
  const insertDelivery = db.prepare(
    `INSERT OR IGNORE INTO outbox (id, tenant_id, endpoint_id, event_id, type, order_key, body, created_at,
       status, attempts, next_attempt_at)
     VALUES (@id, @tenant_id, @endpoint_id, @event_id, @type, @order_key, @body, @created_at, 'pending', 0, @created_at)`,
  );

  function append(events: readonly NewOutboundEvent[], now: Date): number {
    const targets = new Map<string, { id: string; events: string[] }[]>();
    let n = 0;
    for (const event of events) {
      let endpoints = targets.get(event.tenantId);
      if (!endpoints) {
        endpoints = endpointsOf
          .all(event.tenantId)
          .map((e) => ({ id: e.id, events: parseRequired<string[]>(e.events) }));
        targets.set(event.tenantId, endpoints);
      }
      for (const endpoint of endpoints) {
        if (!endpoint.events.includes('*') && !endpoint.events.includes(event.type)) continue;
        // Ids increase in write order: the deliverer sends one key's events by id.
        n += insertDelivery.run({
          id: newId(ms(now)),
          tenant_id: event.tenantId,
          endpoint_id: endpoint.id,
          event_id: event.id,
          type: event.type,
          order_key: event.orderKey,
          body: event.body,
          created_at: ms(event.createdAt),
        }).changes;
      }
    }
    return n;
  }

  const write = <R>(
    tenantIds: Iterable<string>,
    events: EventsFor<R> | undefined,
    result: R,
    now: Date,
  ): number => {
    if (!events) return 0;
    let subscribed = false;
    for (const tenantId of new Set(tenantIds)) {
      if (anyEndpoint.get(tenantId)) {
        subscribed = true;
        break;
      }
    }
    return subscribed ? append(events(result), now) : 0;
  };
  return Object.assign(write, { append });
}
