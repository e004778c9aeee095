import { newId } from '../../ids';
import type { EventEndpoint, EventStore, OutboxDelivery } from '../types';
import type { EndpointDoc, OutboxDoc } from './documents';
import type { Collections } from './models';
import { beforeCursor, pageBounds, toPage } from './query-helpers';

const toEndpoint = ({ _id, ...rest }: EndpointDoc): EventEndpoint => ({ id: _id, ...rest });

const toDelivery = (doc: OutboxDoc): OutboxDelivery => ({
  id: doc._id,
  tenantId: doc.tenantId,
  endpointId: doc.endpointId,
  eventId: doc.eventId,
  type: doc.type,
  body: doc.body,
  createdAt: doc.createdAt,
  attempts: doc.attempts,
});

/**
 * Event endpoints and the outbox. Without multi-document transactions, appendEvents inserts the
 * fan-out unordered with a unique (eventId, endpointId) index, so a retried append adds nothing
 * twice; claims are per-document compare-and-set updates.
 */
export function createEventRepo(cols: Collections): EventStore {
  const { endpoints, outbox } = cols;

  return {
    async createEventEndpoint(tenantId, input, now) {
      const doc: EndpointDoc = {
        _id: newId(now.getTime()),
        tenantId,
        url: input.url,
        secret: input.secret,
        events: [...input.events],
        createdAt: now,
        lastError: null,
        lastErrorAt: null,
        lastSuccessAt: null,
      };
      await endpoints.insertOne(doc);
      return toEndpoint(doc);
    },

    async listEventEndpoints(tenantId, page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await endpoints
        .find({ tenantId, ...beforeCursor(cursor) })
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toEndpoint);
    },

    async getEventEndpoint(tenantId, id) {
      const doc = await endpoints.findOne({ _id: id, tenantId });
      if (!doc) return null;
      const [backlog, failed] = await Promise.all([
        outbox.countDocuments({ endpointId: id, status: 'pending' }),
        outbox.countDocuments({ endpointId: id, status: 'dead' }),
      ]);
      return { ...toEndpoint(doc), backlog, failed };
    },

    async deleteEventEndpoint(tenantId, id) {
      const gone = await endpoints.deleteOne({ _id: id, tenantId });
      if (gone.deletedCount === 0) return false;
      await outbox.deleteMany({ endpointId: id, status: { $ne: 'delivered' } });
      return true;
    },

    async appendEvents(tenantId, events, now) {
      const targets = await endpoints.find({ tenantId }).toArray();
      const docs: OutboxDoc[] = [];
      for (const event of events) {
        for (const endpoint of targets) {
          if (!endpoint.events.includes('*') && !endpoint.events.includes(event.type)) continue;
          docs.push({
            _id: newId(now.getTime()),
            tenantId,
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
      try {
        const result = await outbox.insertMany(docs, { ordered: false });
        return result.insertedCount;
      } catch (err) {
        const inserted = (err as { insertedCount?: number }).insertedCount;
        if (typeof inserted === 'number' && (err as { code?: number }).code === 11000)
          return inserted;
        throw err;
      }
    },

    async claimDeliveries(owner, limit, leaseMs, now) {
      const candidates = await outbox
        .find({
          status: 'pending',
          nextAttemptAt: { $lte: now },
          $or: [{ claimedUntil: null }, { claimedUntil: { $lte: now } }],
        })
        .sort({ nextAttemptAt: 1, _id: 1 })
        .limit(limit * 4)
        .toArray();
      const claimed: OutboxDelivery[] = [];
      for (const doc of candidates) {
        if (claimed.length >= limit) break;
        // In order per endpoint and key: an older waiting delivery goes first.
        const earlier = await outbox.findOne(
          {
            endpointId: doc.endpointId,
            orderKey: doc.orderKey,
            status: 'pending',
            _id: { $lt: doc._id },
          },
          { projection: { _id: 1 } },
        );
        if (earlier) continue;
        const taken = await outbox.findOneAndUpdate(
          {
            _id: doc._id,
            status: 'pending',
            $or: [{ claimedUntil: null }, { claimedUntil: { $lte: now } }],
          },
          { $set: { claimedBy: owner, claimedUntil: new Date(now.getTime() + leaseMs) } },
          { returnDocument: 'after' },
        );
        if (taken) claimed.push(toDelivery(taken));
      }
      return claimed;
    },

    async finishDelivery(id, owner, result, now) {
      const set: Partial<OutboxDoc> = result.ok
        ? { status: 'delivered', deliveredAt: now, claimedBy: null, claimedUntil: null }
        : {
            status: result.retryAt === null ? 'dead' : 'pending',
            nextAttemptAt: result.retryAt ?? now,
            claimedBy: null,
            claimedUntil: null,
          };
      const doc = await outbox.findOneAndUpdate(
        { _id: id, claimedBy: owner },
        { $set: set, $inc: { attempts: 1 } },
      );
      if (!doc) return;
      await endpoints.updateOne(
        { _id: doc.endpointId },
        result.ok
          ? { $set: { lastSuccessAt: now } }
          : { $set: { lastError: result.error, lastErrorAt: now } },
      );
    },

    async replayEventEndpoint(tenantId, id, now) {
      if (!(await endpoints.findOne({ _id: id, tenantId }, { projection: { _id: 1 } }))) return 0;
      const result = await outbox.updateMany(
        { endpointId: id, status: 'dead' },
        { $set: { status: 'pending', attempts: 0, nextAttemptAt: now } },
      );
      return result.modifiedCount;
    },
  };
}
