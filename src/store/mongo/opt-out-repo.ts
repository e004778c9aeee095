import { ConflictError } from '../../errors';
import type { Evidence, OptOut, OptOutEventType, OptOutSource } from '../../domain/types';
import { newId } from '../../ids';
import type { EventsFor, OptOutInput, Store, UpsertOutcome } from '../types';
import { toOptOut, toOptOutEvent } from './mappers';
import type { Collections } from './models';
import type { OutboxWriter } from './outbox-writer';
import type { OptOutDoc, OptOutEventDoc } from './documents';
import { activeAt } from './opt-out-filters';
import { distinct, plain, WHOLE_ANSWER } from './query-helpers';
import { planUpserts } from './upsert-plan';
import { ConcurrentChange, retryConflicts, type Session, type Transact } from './transactions';

type OptOutWriteMethods = Pick<
  Store,
  | 'upsertOptOut'
  | 'upsertOptOuts'
  | 'getOptOut'
  | 'revokeOptOut'
  | 'revokeOptOutsFor'
  | 'listOptOutEvents'
>;

const event = (
  doc: OptOutDoc,
  type: OptOutEventType,
  actor: string,
  source: OptOutSource,
  evidence: Evidence | null,
  at: Date,
): OptOutEventDoc => ({
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

const keptChanging = (what: string) =>
  new ConflictError(`${what} kept changing under concurrent writes; retry the request`);

/**
 * Opt-out writes: every change to a row and the audit event that records it are one
 * transaction, so a failure between them can no longer keep the change and lose the event (or
 * the reverse), and a batch (an import chunk) applies whole or not at all. The unique key index
 * still decides who creates a row: the loser of an insert race aborts (E11000), and the batch
 * runs again, reading the row that won.
 *
 * Round trips per batch, whatever its size (1,000 rows for an import chunk): one find of the
 * rows stored for the batch's contacts, one ordered bulkWrite of the inserts and updates, one
 * insertMany of the events, and the commit.
 */
export function createOptOutRepo(
  cols: Collections,
  transact: Transact,
  outbox: OutboxWriter,
): OptOutWriteMethods {
  const { optOuts, optOutEvents } = cols;

  async function upsertBatch(
    session: Session,
    inputs: readonly OptOutInput[],
    now: Date,
  ): Promise<{ doc: OptOutDoc; outcome: UpsertOutcome }[]> {
    const stored: OptOutDoc[] = [];
    // Usually one (tenant, channel) per batch: one query each, on the key index's prefix.
    const scopes = new Map<string, { tenantId: string; channel: string; contacts: string[] }>();
    for (const input of inputs) {
      const id = `${input.tenantId}\u0000${input.channel}`;
      const scope = scopes.get(id);
      if (scope) scope.contacts.push(input.contact);
      else
        scopes.set(id, {
          tenantId: input.tenantId,
          channel: input.channel,
          contacts: [input.contact],
        });
    }
    for (const { tenantId, channel, contacts } of scopes.values()) {
      const docs = await optOuts
        .find(
          {
            tenantId,
            channel: channel as OptOutDoc['channel'],
            contact: { $in: distinct(contacts) },
          },
          { session, ...WHOLE_ANSWER },
        )
        .toArray();
      stored.push(...docs);
    }

    const plan = planUpserts(stored, inputs, now, () => newId(now.getTime()));
    if (plan.writes.length > 0) {
      const result = await optOuts.bulkWrite(
        plan.writes.map((write) =>
          write.kind === 'insert'
            ? { insertOne: { document: write.doc } }
            : {
                updateOne: {
                  // Compare-and-set on the validity it was decided from (see ConcurrentChange).
                  filter: {
                    _id: write.before._id,
                    startsAt: write.before.startsAt,
                    expiresAt: write.before.expiresAt,
                    revokedAt: write.before.revokedAt,
                  },
                  update: { $set: write.set },
                },
              },
        ),
        { ordered: true, session },
      );
      const updates = plan.writes.filter((write) => write.kind === 'update').length;
      if (result.matchedCount !== updates) throw new ConcurrentChange('an opt-out');
    }
    const events = plan.results.flatMap((r) =>
      r.outcome === 'unchanged'
        ? []
        : [event(r.doc, r.outcome, r.input.actor, r.input.source, r.evidence, now)],
    );
    if (events.length > 0) await optOutEvents.insertMany(events, { ordered: true, session });
    return plan.results.map(({ doc, outcome }) => ({ doc, outcome }));
  }

  const upsertAll = (
    inputs: readonly OptOutInput[],
    now: Date,
    events?: EventsFor<{ optOut: OptOut; outcome: UpsertOutcome }[]>,
  ) =>
    retryConflicts(
      () =>
        transact(async (session) => {
          const results = await upsertBatch(session, inputs, now);
          // The outbound events of the rows that changed, in the same transaction.
          const changed = () =>
            results
              .filter((r) => r.outcome !== 'unchanged')
              .map((r) => ({ optOut: toOptOut(r.doc), outcome: r.outcome }));
          await outbox(
            session,
            inputs.map((input) => input.tenantId),
            events && (() => events(changed())),
            null,
            now,
          );
          return results;
        }),
      () => keptChanging(inputs.length === 1 ? `opt-out for ${inputs[0]?.contact}` : 'an opt-out'),
    );

  /** Revokes the active ones of these rows, with their events, in the caller's transaction. */
  async function revokeDocs(
    session: Session,
    candidates: OptOutDoc[],
    actor: string,
    source: OptOutSource | null,
    evidence: Evidence | null,
    now: Date,
  ): Promise<OptOutDoc[]> {
    if (candidates.length === 0) return [];
    const set = { revokedAt: now, revokedBy: actor, updatedAt: now };
    const result = await optOuts.updateMany(
      { _id: { $in: candidates.map((doc) => doc._id) }, revokedAt: null },
      { $set: set },
      { session },
    );
    if (result.modifiedCount !== candidates.length) throw new ConcurrentChange('an opt-out');
    const revoked = candidates.map((doc) => ({ ...doc, ...set }));
    // The event keeps the row's own source unless the caller names one: `actor` says who revoked it.
    await optOutEvents.insertMany(
      revoked.map((doc) => event(doc, 'revoked', actor, source ?? doc.source, evidence, now)),
      { ordered: true, session },
    );
    return revoked;
  }

  return {
    async upsertOptOut(input, now, events) {
      const one =
        events &&
        ((results: { optOut: OptOut; outcome: UpsertOutcome }[]) =>
          results.flatMap((r) => events(r)));
      const [result] = await upsertAll([input], now, one);
      if (!result) throw new Error('upsertOptOut: the batch of one answered nothing');
      return { optOut: toOptOut(result.doc), outcome: result.outcome };
    },

    async upsertOptOuts(inputs, now, events) {
      if (inputs.length === 0) return [];
      // One transaction: all or nothing, repeated keys applied in order as one by one.
      return (await upsertAll(inputs, now, events)).map((result) => result.outcome);
    },

    async getOptOut(tenantId, id) {
      const doc = await optOuts.findOne({ _id: id, tenantId });
      return doc ? toOptOut(doc) : null;
    },

    async revokeOptOut(tenantId, id, actor, now, evidence = null, events) {
      const doc = await retryConflicts(
        () =>
          transact(async (session) => {
            const found = await optOuts.findOne({ _id: id, tenantId }, { session });
            if (!found || found.revokedAt !== null) return found; // not this tenant's, or already revoked
            const [revoked] = await revokeDocs(session, [found], actor, null, plain(evidence), now);
            if (revoked) await outbox(session, [tenantId], events, toOptOut(revoked), now);
            return revoked ?? null;
          }),
        () => keptChanging(`opt-out ${id}`),
      );
      return doc ? toOptOut(doc) : null;
    },

    async revokeOptOutsFor(input, now, events) {
      const evidence = plain(input.evidence);
      const revoked = await retryConflicts(
        () =>
          transact(async (session) => {
            const candidates = await optOuts
              .find(
                {
                  tenantId: input.tenantId,
                  channel: input.channel,
                  contact: { $in: distinct(input.contacts) },
                  origin: { $in: distinct(input.origins) },
                  ...activeAt(now),
                },
                { session, ...WHOLE_ANSWER },
              )
              .sort({ _id: 1 })
              .toArray();
            const revoked = await revokeDocs(
              session,
              candidates,
              input.actor,
              input.source,
              evidence,
              now,
            );
            if (revoked.length > 0)
              await outbox(session, [input.tenantId], events, revoked.map(toOptOut), now);
            return revoked;
          }),
        () => keptChanging('an opt-out'),
      );
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
