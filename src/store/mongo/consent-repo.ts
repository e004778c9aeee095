import type { Consent, ConsentEvent, ConsentEventType } from '../../domain/consent';
import { newId } from '../../ids';
import type { ConsentInput, ConsentStore, EventsFor, GrantOutcome } from '../types';
import type { ConsentDoc, ConsentEventDoc } from './documents';
import type { Collections } from './models';
import type { OutboxWriter } from './outbox-writer';
import {
  beforeCursor,
  distinct,
  groupMembersStages,
  pageBounds,
  plain,
  toPage,
} from './query-helpers';
import { retryConflicts, type Session, type Transact } from './transactions';

const ALL_MARKETING = '*';
const scopeKeyOf = (categoryId: string | null): string => categoryId ?? ALL_MARKETING;

const toConsent = ({ _id, scopeKey, ...doc }: ConsentDoc): Consent => ({
  id: _id,
  ...doc,
  categoryId: scopeKey === ALL_MARKETING ? null : scopeKey,
});
const toConsentEvent = ({ _id, ...doc }: ConsentEventDoc): ConsentEvent => ({ id: _id, ...doc });

const eventOf = (
  doc: ConsentDoc,
  type: ConsentEventType,
  actor: string,
  reason: string | null,
  at: Date,
): ConsentEventDoc => ({
  _id: newId(at.getTime()),
  tenantId: doc.tenantId,
  consentId: doc._id,
  type,
  actor,
  source: doc.source,
  evidence: doc.evidence,
  reason,
  at,
});

/**
 * Consent writes and reads. A row and the event that records its change are written in one
 * multi-document transaction (`transact`, see transactions.ts), so the ledger and its history
 * never disagree. The unique key index decides who creates a row: the loser of an insert race
 * aborts with E11000 and is run again (`retryConflicts`), when it reads the winner.
 * The dispatcher's `checkAudience` is in audience-query.ts.
 */
export function createConsentRepo(
  cols: Collections,
  transact: Transact,
  outbox: OutboxWriter,
): Omit<ConsentStore, 'checkAudience' | 'pruneConsentChanges'> {
  const { consents, consentEvents, identities } = cols;

  async function grantAll(
    session: Session,
    inputs: readonly ConsentInput[],
    now: Date,
  ): Promise<{ doc: ConsentDoc; outcome: GrantOutcome }[]> {
    const results: { doc: ConsentDoc; outcome: GrantOutcome }[] = [];
    const events: ConsentEventDoc[] = [];
    for (const input of inputs) {
      const key = {
        tenantId: input.tenantId,
        channel: input.channel,
        contact: input.contact,
        scopeKey: scopeKeyOf(input.categoryId),
      };
      const existing = await consents.findOne(key, { session });
      const evidence = plain(input.evidence);
      let doc: ConsentDoc;
      let outcome: GrantOutcome;
      if (!existing) {
        doc = {
          _id: newId(now.getTime()),
          ...key,
          source: input.source,
          evidence,
          grantedAt: now,
          createdAt: now,
          updatedAt: now,
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawReason: null,
        };
        await consents.insertOne(doc, { session });
        outcome = 'created';
      } else {
        outcome = existing.withdrawnAt === null ? 'reaffirmed' : 'renewed';
        const set = {
          source: input.source,
          evidence,
          grantedAt: now,
          updatedAt: now,
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawReason: null,
        };
        await consents.updateOne({ _id: existing._id }, { $set: set }, { session });
        doc = { ...existing, ...set };
      }
      events.push(
        eventOf(doc, outcome === 'created' ? 'granted' : outcome, input.actor, null, now),
      );
      results.push({ doc, outcome });
    }
    if (events.length > 0) await consentEvents.insertMany(events, { session });
    return results;
  }

  /** Runs a grant transaction again after losing an insert race (E11000) to a concurrent one. */
  async function grantWithRetry(
    inputs: readonly ConsentInput[],
    now: Date,
    events?: EventsFor<{ consent: Consent; outcome: GrantOutcome }[]>,
  ): Promise<{ doc: ConsentDoc; outcome: GrantOutcome }[]> {
    return retryConflicts(
      () =>
        transact(async (session) => {
          const results = await grantAll(session, inputs, now);
          // The outbound events, in the same transaction (mapped only for a tenant with an endpoint).
          const all = () => results.map((r) => ({ consent: toConsent(r.doc), outcome: r.outcome }));
          await outbox(
            session,
            inputs.map((input) => input.tenantId),
            events && (() => events(all())),
            null,
            now,
          );
          return results;
        }),
      () => new Error('could not record the consent: concurrent grants kept winning; retry'),
    );
  }

  async function consentedIn(
    session: Session | undefined,
    tenantId: string,
    channel: string,
    contacts: string[],
    categoryId: string | null,
  ): Promise<Set<string>> {
    const wanted = distinct(contacts);
    if (wanted.length === 0) return new Set();
    const groups = await identities
      .aggregate<{ identifier: string; members: string[] }>(
        groupMembersStages(identities.collectionName, tenantId, channel, wanted),
        { session },
      )
      .toArray();
    const aliases = new Map<string, string[]>(wanted.map((c) => [c, [c]]));
    for (const group of groups)
      aliases.set(group.identifier, distinct([group.identifier, ...group.members]));
    const docs = await consents
      .find(
        {
          tenantId,
          channel: channel as ConsentDoc['channel'],
          contact: { $in: distinct([...aliases.values()].flat()) },
          scopeKey: { $in: distinct([scopeKeyOf(categoryId), ALL_MARKETING]) },
          withdrawnAt: null,
        },
        { session, projection: { contact: 1 } },
      )
      .toArray();
    const held = new Set(docs.map((d) => d.contact));
    const found = new Set<string>();
    for (const [contact, ids] of aliases) if (ids.some((id) => held.has(id))) found.add(contact);
    return found;
  }

  return {
    async grantConsent(input, now, events) {
      const one =
        events &&
        ((results: { consent: Consent; outcome: GrantOutcome }[]) =>
          results.flatMap((r) => events(r)));
      const [result] = await grantWithRetry([input], now, one);
      if (!result) throw new Error('grantConsent: no result');
      return { consent: toConsent(result.doc), outcome: result.outcome };
    },

    async grantConsents(inputs, now, events) {
      if (inputs.length === 0) return [];
      return (await grantWithRetry(inputs, now, events)).map((r) => r.outcome);
    },

    async getConsent(tenantId, id) {
      const doc = await consents.findOne({ _id: id, tenantId });
      return doc ? toConsent(doc) : null;
    },

    async listConsents(tenantId, filter, page) {
      const { limit, cursor } = pageBounds(page);
      const query: Record<string, unknown> = { tenantId, ...beforeCursor(cursor) };
      if (filter.channel !== undefined) query.channel = filter.channel;
      if (filter.contacts !== undefined) query.contact = { $in: distinct(filter.contacts) };
      if (filter.categoryId !== undefined) query.scopeKey = scopeKeyOf(filter.categoryId);
      if (filter.active !== undefined) query.withdrawnAt = filter.active ? null : { $ne: null };
      const docs = await consents
        .find(query)
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toConsent);
    },

    async withdrawConsent(tenantId, id, actor, reason, now, events) {
      const doc = await transact(async (session) => {
        const existing = await consents.findOne({ _id: id, tenantId }, { session });
        if (!existing || existing.withdrawnAt !== null) return existing;
        const set = {
          withdrawnAt: now,
          withdrawnBy: actor,
          withdrawReason: reason,
          updatedAt: now,
        };
        await consents.updateOne({ _id: id, withdrawnAt: null }, { $set: set }, { session });
        const withdrawn = { ...existing, ...set };
        await consentEvents.insertOne(eventOf(withdrawn, 'withdrawn', actor, reason, now), {
          session,
        });
        await outbox(session, [tenantId], events, toConsent(withdrawn), now);
        return withdrawn;
      });
      return doc ? toConsent(doc) : null;
    },

    async listConsentEvents(tenantId, consentId) {
      const docs = await consentEvents
        .find({ tenantId, consentId })
        .sort({ at: 1, _id: 1 })
        .toArray();
      return docs.map(toConsentEvent);
    },

    async findConsented(tenantId, channel, contacts, categoryId) {
      return consentedIn(undefined, tenantId, channel, contacts, categoryId);
    },
  };
}
