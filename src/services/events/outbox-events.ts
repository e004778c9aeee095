/**
 * Outbound events as the outbox stores them: an id (the receiver's de-duplication key, sent as
 * `webhook-id`) and the exact JSON body that is signed and sent. `eventsFor` hands a store write
 * the builder it runs inside its transaction (the outbox pattern: see EventsFor in the store).
 */
import { newId } from '../../ids';
import type { EventsFor, NewOutboundEvent } from '../../store/types';
import type { EventType } from './event-types';

export interface OutboundEvent {
  type: EventType;
  /** Events of one key (a contact, a task) reach an endpoint in the order they were emitted. */
  orderKey: string;
  data: Record<string, unknown>;
}

/** The events with their ids and bodies, `{id, type, createdAt, tenantId, data}`. */
export function toOutbox(
  tenantId: string,
  events: readonly OutboundEvent[],
  now: Date,
): NewOutboundEvent[] {
  const createdAt = now.toISOString();
  return events.map((e) => {
    const id = `evt_${newId(now.getTime())}`;
    const body = JSON.stringify({ id, type: e.type, createdAt, tenantId, data: e.data });
    return { tenantId, id, type: e.type, orderKey: e.orderKey, body, createdAt: now };
  });
}

/** The builder a store write takes as its `events` argument: `build` maps the write's result. */
export function eventsFor<R>(
  tenantId: string,
  now: Date,
  build: (result: R) => readonly OutboundEvent[],
): EventsFor<R> {
  return (result) => toOutbox(tenantId, build(result), now);
}
