import { ConflictError } from '../../errors';
import type { Evidence, OptOutEventType, OptOutSource } from '../../domain/types';
import { newId } from '../../ids';
import type { OptOutInput, Store, UpsertOutcome } from '../types';
import { toOptOut, toOptOutEvent, toScopeKey } from './mappers';
import type { Collections } from './models';
import type { OptOutDoc } from './documents';
import { activeAt } from './opt-out-filters';
import { distinct, isDuplicateKey, plain } from './query-helpers';
import { decideUpsert } from './upsert-decision';

type OptOutWriteMethods = Pick<
  Store,
  | 'upsertOptOut'
  | 'upsertOptOuts'
  | 'getOptOut'
  | 'revokeOptOut'
  | 'revokeOptOutsFor'
  | 'listOptOutEvents'
>;

/** Rounds of read-decide-write one upsert may lose to concurrent writers of the same key. */
const MAX_ROUNDS = 20;

/**
 * Opt-out writes without a transaction: the unique key index decides who creates a row (the
 * loser of an insert race gets E11000 and takes the update path), and an update applies only
 * while the row still holds the validity it was decided on (compare-and-set), else it is
 * decided again. The audit event is appended after the write it records.
 */
export function createOptOutRepo(cols: Collections): OptOutWriteMethods {
  const { optOuts, optOutEvents } = cols;

  async function appendEvent(
    doc: OptOutDoc,
    type: OptOutEventType,
    actor: string,
    source: OptOutSource,
    evidence: Evidence | null,
    at: Date,
  ): Promise<void> {
    await optOutEvents.insertOne({
      _id: newId(at.getTime()),
      tenantId: doc.tenantId,
      optOutId: doc._id,
      type,
      actor,
      source,
      evidence,
      startsAt: doc.startsAt,
      expiresAt: doc.expiresAt,
      at,
    });
  }

  async function upsertOne(
    input: OptOutInput,
    now: Date,
  ): Promise<{ doc: OptOutDoc; outcome: UpsertOutcome }> {
    const evidence = plain(input.evidence);
    const key = {
      tenantId: input.tenantId,
      channel: input.channel,
      contact: input.contact,
      scopeKey: toScopeKey(input.categoryId),
      origin: input.origin,
    };
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const existing = await optOuts.findOne(key);
      if (!existing) {
        const doc: OptOutDoc = {
          _id: newId(now.getTime()),
          ...key,
          source: input.source,
          startsAt: input.startsAt,
          expiresAt: input.expiresAt,
          remarks: input.remarks,
          evidence,
          createdAt: now,
          updatedAt: now,
          revokedAt: null,
          revokedBy: null,
        };
        try {
          await optOuts.insertOne(doc);
        } catch (err) {
          if (isDuplicateKey(err)) continue; // another writer created it first: update that row
          throw err;
        }
        await appendEvent(doc, 'created', input.actor, input.source, evidence, now);
        return { doc, outcome: 'created' };
      }

      const decision = decideUpsert(existing, input, now);
      if (decision.outcome === 'unchanged') return { doc: existing, outcome: 'unchanged' };
      const set: Partial<OptOutDoc> = {
        source: input.source,
        evidence,
        updatedAt: now,
        startsAt: decision.startsAt,
        expiresAt: decision.expiresAt,
        revokedAt: null,
        revokedBy: null,
      };
      if (input.remarks !== null) set.remarks = input.remarks;
      const updated = await optOuts.findOneAndUpdate(
        {
          _id: existing._id,
          startsAt: existing.startsAt,
          expiresAt: existing.expiresAt,
          revokedAt: existing.revokedAt,
        },
        { $set: set },
        { returnDocument: 'after' },
      );
      if (!updated) continue; // changed since it was read: decide again on the new state
      await appendEvent(updated, decision.outcome, input.actor, input.source, evidence, now);
      return { doc: updated, outcome: decision.outcome };
    }
    throw new ConflictError(
      `opt-out for ${input.contact} kept changing under concurrent writes (${MAX_ROUNDS} attempts); retry the request`,
    );
  }

  async function revokeDoc(
    filter: { _id: string; tenantId: string },
    actor: string,
    source: OptOutSource | null,
    evidence: Evidence | null,
    now: Date,
  ): Promise<OptOutDoc | null> {
    const revoked = await optOuts.findOneAndUpdate(
      { ...filter, revokedAt: null },
      { $set: { revokedAt: now, revokedBy: actor, updatedAt: now } },
      { returnDocument: 'after' },
    );
    // The event keeps the row's own source unless the caller names one: `actor` says who revoked it.
    if (revoked)
      await appendEvent(revoked, 'revoked', actor, source ?? revoked.source, evidence, now);
    return revoked;
  }

  return {
    async upsertOptOut(input, now) {
      const { doc, outcome } = await upsertOne(input, now);
      return { optOut: toOptOut(doc), outcome };
    },

    async upsertOptOuts(inputs, now) {
      // No multi-document transaction (a standalone server has none): each upsert is atomic
      // on its own, applied in order so repeated keys in one import behave as one by one.
      const outcomes: UpsertOutcome[] = [];
      for (const input of inputs) outcomes.push((await upsertOne(input, now)).outcome);
      return outcomes;
    },

    async getOptOut(tenantId, id) {
      const doc = await optOuts.findOne({ _id: id, tenantId });
      return doc ? toOptOut(doc) : null;
    },

    async revokeOptOut(tenantId, id, actor, now) {
      const revoked = await revokeDoc({ _id: id, tenantId }, actor, null, null, now);
      if (revoked) return toOptOut(revoked);
      // Already revoked (nothing changes) or not this tenant's.
      const doc = await optOuts.findOne({ _id: id, tenantId });
      return doc ? toOptOut(doc) : null;
    },

    async revokeOptOutsFor(input, now) {
      const candidates = await optOuts
        .find({
          tenantId: input.tenantId,
          channel: input.channel,
          contact: { $in: distinct(input.contacts) },
          origin: { $in: distinct(input.origins) },
          ...activeAt(now),
        })
        .sort({ _id: 1 })
        .toArray();
      const evidence = plain(input.evidence);
      const revoked: OptOutDoc[] = [];
      for (const candidate of candidates) {
        const doc = await revokeDoc(
          { _id: candidate._id, tenantId: input.tenantId },
          input.actor,
          input.source,
          evidence,
          now,
        );
        if (doc) revoked.push(doc);
      }
      return revoked.map(toOptOut);
    },

    async listOptOutEvents(tenantId, optOutId) {
      const docs = await optOutEvents
        .find({ tenantId, optOutId })
        .sort({ at: 1, _id: 1 })
        .toArray();
      return docs.map(toOptOutEvent);
    },
  };
}
