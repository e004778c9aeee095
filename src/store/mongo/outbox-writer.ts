/**
 * Writes outbound events to the outbox inside the caller's transaction (its session): one
 * delivery document per (event, subscribed endpoint of the event's tenant). Every write that
 * causes events calls it in its own transaction, so the change and its events commit together.
 *
 * The store refuses a standalone mongod at start-up (connection-options.ts): without
 * transactions there would be no way to commit a change and its events as one.
 */
import { newId } from '../../ids';
import type { EventsFor, NewOutboundEvent } from '../types';
import type { EndpointDoc, OutboxDoc } from './documents';
import type { Collections } from './models';
import type { Session } from './transactions';

export interface OutboxWriter {
  /**
   * Builds the events from `result` (only when one of `tenantIds` has an endpoint: an import for
   * a tenant without endpoints builds nothing) and writes their deliveries in `session`'s
   * transaction. Returns how many deliveries were written.
   */
  <R>(
    session: Session | undefined,
    tenantIds: Iterable<string>,
    events: EventsFor<R> | undefined,
    result: R,
    now: Date,
  ): Promise<number>;
  /** Writes already-built events (appendEvents), in `session` when given. */
  append(
    session: Session | undefined,
    events: readonly NewOutboundEvent[],
    now: Date,
  ): Promise<number>;
}

export function createOutboxWriter(cols: Pick<Collections, 'endpoints' | 'outbox'>): OutboxWriter {
  const { endpoints, outbox } = cols;

  async function append(
    session: Session | undefined,
    events: readonly NewOutboundEvent[],
    now: Date,
  ): Promise<number> {
    const targets = new Map<string, EndpointDoc[]>();
    for (const tenantId of new Set(events.map((e) => e.tenantId))) {
      targets.set(
        tenantId,
        await endpoints.find({ tenantId }, { session }).sort({ _id: 1 }).toArray(),
      );
    }
    const docs: OutboxDoc[] = [];
    for (const event of events) {
      for (const endpoint of targets.get(event.tenantId) ?? []) {
        if (!endpoint.events.includes('*') && !endpoint.events.includes(event.type)) continue;
        // Ids increase in write order: the deliverer sends one key's events by id.
        docs.push({
          _id: newId(now.getTime()),
          tenantId: event.tenantId,
          endpointId: endpoint._id,
          eventId: event.id,
          type: event.type,
          orderKey: event.orderKey,
          body: event.body,
          createdAt: event.createdAt,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: event.createdAt,
          claimedBy: null,
          claimedUntil: null,
          deliveredAt: null,
        });
      }
    }
    if (docs.length === 0) return 0;
    // Ordered inside a transaction (the driver runs a transaction's operations one by one); event
    // ids are new for every event, so the unique (eventId, endpointId) index never refuses one.
    const result = await outbox.insertMany(docs, { ordered: true, session });
    return result.insertedCount;
  }

  const write = async <R>(
    session: Session | undefined,
    tenantIds: Iterable<string>,
    events: EventsFor<R> | undefined,
    result: R,
    now: Date,
  ): Promise<number> => {
    if (!events) return 0;
    const ids = [...new Set(tenantIds)];
    const any = await endpoints.findOne(
      { tenantId: { $in: ids } },
      { session, projection: { _id: 1 } },
    );
    return any ? append(session, events(result), now) : 0;
  };
  return Object.assign(write, { append });
}
