import type { Filter } from 'mongodb';
import { newId } from '../../ids';
import type { EventEndpoint, EventStore, OutboxDelivery } from '../types';
import type { EndpointDoc, OutboxDoc } from './documents';
import type { Collections } from './models';
import type { OutboxWriter } from './outbox-writer';
import { beforeCursor, pageBounds, toPage } from './query-helpers';

const toEndpoint = ({ _id, ...rest }: EndpointDoc): EventEndpoint => ({
  id: _id,
  ...rest,
  previousSecret: rest.previousSecret ?? null,
  previousSecretValidUntil: rest.previousSecretValidUntil ?? null,
});

const toDelivery = (doc: OutboxDoc, endpoint: EndpointDoc): OutboxDelivery => ({
  id: doc._id,
  tenantId: doc.tenantId,
  endpointId: doc.endpointId,
  url: endpoint.url,
  secret: endpoint.secret,
  previousSecret: endpoint.previousSecret ?? null,
  previousSecretValidUntil: endpoint.previousSecretValidUntil ?? null,
  eventId: doc.eventId,
  type: doc.type,
  body: doc.body,
  createdAt: doc.createdAt,
  attempts: doc.attempts,
});

/**
 * Event endpoints and the outbox. The writes that cause events write them in their own
 * transactions (outbox-writer.ts); appendEvents, for events no write causes, inserts the fan-out
 * under the unique (eventId, endpointId) index. Claims are per-document compare-and-set updates.
 */
export function createEventRepo(cols: Collections, writer: OutboxWriter): EventStore {
  const { endpoints, outbox } = cols;

  return {
    async createEventEndpoint(tenantId, input, now) {
      const doc: EndpointDoc = {
        _id: newId(now.getTime()),
        tenantId,
        url: input.url,
        secret: input.secret,
        previousSecret: null,
        previousSecretValidUntil: null,
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

    async appendEvents(events, now) {
      return writer.append(undefined, events, now);
    },

    async claimDeliveries(owner, limit, leaseMs, now, skipEndpoints = []) {
      const candidates = await outbox
        .find({
          status: 'pending',
          ...(skipEndpoints.length > 0 ? { endpointId: { $nin: [...skipEndpoints] } } : {}),
          nextAttemptAt: { $lte: now },
          $or: [{ claimedUntil: null }, { claimedUntil: { $lte: now } }],
        })
        .sort({ nextAttemptAt: 1, _id: 1 })
        .limit(limit * 4)
        .toArray();
      const claimed: OutboxDoc[] = [];
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
        if (taken) claimed.push(taken);
      }
      // The endpoints' URL and secret in one read for the whole batch.
      const targets = new Map(
        (
          await endpoints
            .find({ _id: { $in: [...new Set(claimed.map((d) => d.endpointId))] } })
            .toArray()
        ).map((e) => [e._id, e]),
      );
      return claimed.flatMap((doc) => {
        const endpoint = targets.get(doc.endpointId);
        // Deleted meanwhile: its deliveries go with it.
        return endpoint ? [toDelivery(doc, endpoint)] : [];
      });
    },

    async finishDeliveries(owner, outcomes, now) {
      if (outcomes.length === 0) return;
      // Each update is a compare-and-set on the claim; the endpoints' health follows the ones
      // that applied.
      const held = new Map(
        (
          await outbox
            .find(
              { _id: { $in: outcomes.map((o) => o.id) }, claimedBy: owner },
              { projection: { _id: 1, endpointId: 1 } },
            )
            .toArray()
        ).map((doc) => [doc._id, doc.endpointId]),
      );
      const mine = outcomes.filter((o) => held.has(o.id));
      if (mine.length === 0) return;
      await outbox.bulkWrite(
        mine.map(({ id, result }) => ({
          updateOne: {
            filter: { _id: id, claimedBy: owner },
            update: {
              $set: result.ok
                ? { status: 'delivered', deliveredAt: now, claimedBy: null, claimedUntil: null }
                : {
                    status: result.retryAt === null ? 'dead' : 'pending',
                    nextAttemptAt: result.retryAt ?? now,
                    claimedBy: null,
                    claimedUntil: null,
                  },
              $inc: { attempts: 1 },
            },
          },
        })),
        { ordered: false },
      );
      const health = new Map<string, Partial<EndpointDoc>>();
      for (const { id, result } of mine) {
        const endpointId = held.get(id) ?? '';
        const set = health.get(endpointId) ?? {};
        if (result.ok) set.lastSuccessAt = now;
        else Object.assign(set, { lastError: result.error, lastErrorAt: now });
        health.set(endpointId, set);
      }
      await endpoints.bulkWrite(
        [...health].map(([endpointId, set]) => ({
          updateOne: { filter: { _id: endpointId }, update: { $set: set } },
        })),
        { ordered: false },
      );
    },

    async rotateEventEndpointSecret(tenantId, id, secret, previousValidUntil) {
      // A pipeline update: the secret it moves aside is the one this write replaces, atomically.
      const doc = await endpoints.findOneAndUpdate(
        { _id: id, tenantId },
        [
          {
            $set: {
              previousSecret: previousValidUntil === null ? null : '$secret',
              previousSecretValidUntil: previousValidUntil,
              secret: { $literal: secret },
            },
          },
        ],
        { returnDocument: 'after' },
      );
      return doc ? toEndpoint(doc) : null;
    },

    // Not a TTL index: the retention is a setting and the time is the injected clock, the same
    // rules as SQLite's, checked by the same contract tests. The ids first (bounded, on the
    // {status, nextAttemptAt} index: a row's nextAttemptAt is never after its deliveredAt), then
    // one delete that repeats the condition.
    async pruneOutbox(before, limit) {
      const pick = async (filter: Filter<OutboxDoc>, n: number) => {
        if (n <= 0) return 0;
        const ids = (
          await outbox
            .find(filter, { projection: { _id: 1 } })
            .limit(n)
            .toArray()
        ).map((doc) => doc._id);
        if (ids.length === 0) return 0;
        return (await outbox.deleteMany({ _id: { $in: ids }, ...filter })).deletedCount;
      };
      const delivered = await pick(
        {
          status: 'delivered',
          nextAttemptAt: { $lt: before.delivered },
          deliveredAt: { $lt: before.delivered },
        },
        limit,
      );
      return (
        delivered +
        (await pick({ status: 'dead', nextAttemptAt: { $lt: before.dead } }, limit - delivered))
      );
    },

    async deliveryClaimHolders() {
      const owners = await outbox.distinct('claimedBy', {
        status: 'pending',
        claimedBy: { $type: 'string' },
      });
      return owners.filter((o): o is string => typeof o === 'string').sort();
    },

    async releaseDeliveryClaims(owners) {
      if (owners.length === 0) return 0;
      const result = await outbox.updateMany(
        { status: 'pending', claimedBy: { $in: [...owners] } },
        { $set: { claimedBy: null, claimedUntil: null } },
      );
      return result.modifiedCount;
    },

    async replayEventEndpoint(tenantId, id, now) {
      if (!(await endpoints.findOne({ _id: id, tenantId }, { projection: { _id: 1 } }))) return 0;
      const result = await outbox.updateMany(
        { endpointId: id, status: 'dead' },
        { $set: { status: 'pending', attempts: 0, nextAttemptAt: now } },
      );
      return result.modifiedCount;
    },

    async sealEventEndpointSecrets(seal) {
      let n = 0;
      for (const doc of await endpoints
        .find({ secret: /^whsec_/ }, { projection: { _id: 1, secret: 1 } })
        .toArray()) {
        // Compare-and-set on the clear secret: a second instance sealing at the same time wins once.
        const result = await endpoints.updateOne(
          { _id: doc._id, secret: doc.secret },
          { $set: { secret: seal(doc.secret) } },
        );
        n += result.modifiedCount;
      }
      return n;
    },
  };
}
