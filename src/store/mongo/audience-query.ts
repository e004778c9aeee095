import type { AudienceCheck, ConsentStore } from '../types';
import type { OptOutDoc } from './documents';
import type { Collections } from './models';
import { activeAt, outranks, suppressingScopes } from './opt-out-filters';
import { chunks, distinct, groupMembersStages, WHOLE_ANSWER } from './query-helpers';
import type { Transact } from './transactions';

/** Contacts per aggregation, as the suppression check's chunks (a dispatcher batch is 500). */
const AUDIENCE_CHUNK = 1000;

export type Ranked = Pick<OptOutDoc, '_id' | 'contact' | 'scopeKey' | 'expiresAt'>;

/** The one document the aggregation answers with. */
export interface AudienceAnswer {
  /** Active opt-outs covering the task under the contacts themselves. */
  optOuts: Ranked[];
  /** Active consents covering the task under the contacts themselves. */
  consents: { contact: string }[];
  /** Each linked contact: the covering opt-outs and consents of every member of its group. */
  groups: { identifier: string; optOuts: Ranked[]; consents: unknown[] }[];
}

/**
 * Each contact's answer from the aggregation's, consent first: without consent unless it or a
 * linked identifier holds a covering consent; if it does, suppressed by its best opt-out (under
 * itself or a linked identifier, ranked as findSuppressionIds ranks them).
 */
export function audienceOf(contacts: string[], answers: AudienceAnswer[]): AudienceCheck {
  const reasons = new Map<string, Ranked[]>();
  const held = new Set<string>();
  const add = (contact: string, rows: Ranked[]) =>
    reasons.set(contact, [...(reasons.get(contact) ?? []), ...rows]);
  for (const answer of answers) {
    for (const row of answer.optOuts) add(row.contact, [row]);
    for (const row of answer.consents) held.add(row.contact);
    for (const group of answer.groups) {
      add(group.identifier, group.optOuts);
      if (group.consents.length > 0) held.add(group.identifier);
    }
  }
  const suppressed = new Map<string, string>();
  const noConsent = new Set<string>();
  for (const contact of contacts) {
    let best: Ranked | undefined;
    for (const row of reasons.get(contact) ?? []) if (!best || outranks(row, best)) best = row;
    if (!held.has(contact)) noConsent.add(contact);
    else if (best) suppressed.set(contact, best._id);
  }
  return { suppressed, noConsent };
}

/**
 * The dispatcher's check for a `consented` task on MongoDB: ONE aggregation per chunk (one per
 * dispatcher batch), all chunks in one read-only transaction (snapshot read concern), so each
 * contact's opt-outs, identity links and consents are read in one snapshot. The aggregation is
 * anchored on the tenant's own document (one, by _id) so the three lookups run as one command;
 * each sub-pipeline is served by an index (test/unit/store/mongo/hot-queries.test.ts): opt-outs
 * and consents by their (tenantId, channel, contact, scopeKey) key, identities by (tenantId,
 * channel, identifier) and then groupId, and the members' rows again by contact (the
 * localField/foreignField form of $lookup, MongoDB 5.0+, which probes that index per member).
 * A consented contact's suppression is decided as findSuppressionIds decides it (outranks).
 */
export function createAudienceQuery(
  cols: Collections,
  transact: Transact,
): Pick<ConsentStore, 'checkAudience' | 'pruneConsentChanges'> {
  const { tenants, optOuts, consents, identities } = cols;

  function pipeline(
    tenantId: string,
    channel: string,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Record<string, unknown>[] {
    const scopes = suppressingScopes(categoryId);
    const optOutMatch = { tenantId, channel, scopeKey: { $in: scopes }, ...activeAt(now) };
    const consentMatch = { tenantId, channel, scopeKey: { $in: scopes }, withdrawnAt: null };
    const ranked = { $project: { _id: 1, contact: 1, scopeKey: 1, expiresAt: 1 } };
    return [
      { $match: { _id: tenantId } },
      { $project: { _id: 1 } },
      {
        $lookup: {
          from: optOuts.collectionName,
          pipeline: [{ $match: { ...optOutMatch, contact: { $in: contacts } } }, ranked],
          as: 'optOuts',
        },
      },
      {
        $lookup: {
          from: consents.collectionName,
          pipeline: [
            { $match: { ...consentMatch, contact: { $in: contacts } } },
            { $project: { _id: 0, contact: 1 } },
          ],
          as: 'consents',
        },
      },
      {
        $lookup: {
          from: identities.collectionName,
          pipeline: [
            ...groupMembersStages(identities.collectionName, tenantId, channel, contacts),
            {
              $lookup: {
                from: optOuts.collectionName,
                localField: 'members',
                foreignField: 'contact',
                pipeline: [{ $match: optOutMatch }, ranked],
                as: 'optOuts',
              },
            },
            {
              $lookup: {
                from: consents.collectionName,
                localField: 'members',
                foreignField: 'contact',
                pipeline: [{ $match: consentMatch }, { $limit: 1 }, { $project: { _id: 1 } }],
                as: 'consents',
              },
            },
            { $project: { identifier: 1, optOuts: 1, consents: 1 } },
          ],
          as: 'groups',
        },
      },
    ];
  }

  return {
    // The check reads the consents themselves, in the call's own snapshot: no log to keep.
    async pruneConsentChanges() {
      return 0;
    },

    async checkAudience(tenantId, channel, contacts, categoryId, now) {
      if (contacts.length === 0) return { suppressed: new Map(), noConsent: new Set() };
      const answers = await transact(async (session) => {
        const out: AudienceAnswer[] = [];
        for (const chunk of chunks(distinct(contacts), AUDIENCE_CHUNK)) {
          const [answer] = await tenants
            .aggregate<AudienceAnswer>(pipeline(tenantId, channel, chunk, categoryId, now), {
              session,
              ...WHOLE_ANSWER,
            })
            .toArray();
          // Fails closed: without the tenant's document nothing could be checked, so nothing
          // may be sent.
          if (!answer) throw new Error(`checkAudience: no tenant ${tenantId}`);
          out.push(answer);
        }
        return out;
      });
      return audienceOf(contacts, answers);
    },
  };
}
