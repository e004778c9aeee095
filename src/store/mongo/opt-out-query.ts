import type { OptOut } from '../../domain/types';
import type { mongo } from 'mongoose';
import type { Store } from '../types';
import { toOptOut } from './mappers';
import type { Collections } from './models';
import type { OptOutDoc } from './documents';
import { activeAt, optOutListQuery, outranks, suppressingScopes } from './opt-out-filters';
import { chunks, distinct, pageBounds, toPage } from './query-helpers';

type OptOutReadMethods = Pick<
  Store,
  'listOptOuts' | 'findActiveOptOuts' | 'findSuppressions' | 'findSuppressionIds'
>;

/** Contacts per suppression round trip: keeps each `$in` list and its index probes bounded. */
const SUPPRESSION_CHUNK = 1000;

/** Opt-out listing (admin filters, newest first), one contact's active rows, and the dispatcher's suppression check. */
/** findSuppressionIds read in the caller's session (its snapshot), for checkAudience. */
export type SuppressionIdsIn = (
  session: mongo.ClientSession,
  tenantId: string,
  channel: OptOut['channel'],
  contacts: string[],
  categoryId: string | null,
  now: Date,
) => Promise<Map<string, string>>;

export function createOptOutQuery(
  cols: Collections,
): OptOutReadMethods & { suppressionIdsIn: SuppressionIdsIn } {
  const { optOuts, identities } = cols;

  /** Each input contact mapped to itself and every identifier linked to it (one query). */
  async function aliasesOf(
    tenantId: string,
    channel: string,
    contacts: string[],
    session?: mongo.ClientSession,
  ): Promise<Map<string, string[]>> {
    const groups = await identities
      .aggregate<{ identifier: string; members: string[] }>(
        [
          { $match: { tenantId, channel, identifier: { $in: contacts } } },
          // groupId is a newId(), unique across tenants and channels, so it alone finds the group.
          {
            $lookup: {
              from: identities.collectionName,
              localField: 'groupId',
              foreignField: 'groupId',
              as: 'members',
            },
          },
          { $project: { _id: 0, identifier: 1, members: '$members.identifier' } },
        ],
        { session },
      )
      .toArray();
    const aliases = new Map<string, string[]>(contacts.map((c) => [c, [c]]));
    for (const group of groups)
      aliases.set(group.identifier, distinct([group.identifier, ...group.members]));
    return aliases;
  }

  async function suppressChunk(
    tenantId: string,
    channel: OptOut['channel'],
    contacts: string[],
    categoryId: string | null,
    now: Date,
    found: Map<string, OptOut>,
    session?: mongo.ClientSession,
  ): Promise<void> {
    const aliases = await aliasesOf(tenantId, channel, contacts, session);
    const probe = distinct([...aliases.values()].flat());
    const docs = await optOuts
      .find(
        {
          tenantId,
          channel,
          contact: { $in: probe },
          scopeKey: { $in: suppressingScopes(categoryId) },
          ...activeAt(now),
        },
        { session },
      )
      .toArray();
    const byContact = new Map<string, OptOutDoc[]>();
    for (const doc of docs) {
      const list = byContact.get(doc.contact);
      if (list) list.push(doc);
      else byContact.set(doc.contact, [doc]);
    }
    for (const [contact, identifiers] of aliases) {
      let best: OptOutDoc | undefined;
      for (const doc of identifiers.flatMap((id) => byContact.get(id) ?? [])) {
        if (!best || outranks(doc, best)) best = doc;
      }
      if (best) found.set(contact, toOptOut(best));
    }
  }

  // Two queries per chunk of contacts: their identity groups, then the covering active rows.
  async function findSuppressions(
    tenantId: string,
    channel: OptOut['channel'],
    contacts: string[],
    categoryId: string | null,
    now: Date,
    session?: mongo.ClientSession,
  ): Promise<Map<string, OptOut>> {
    const found = new Map<string, OptOut>();
    for (const chunk of chunks(distinct(contacts), SUPPRESSION_CHUNK)) {
      await suppressChunk(tenantId, channel, chunk, categoryId, now, found, session);
    }
    return found;
  }

  return {
    async listOptOuts(tenantId, filter, page, now) {
      const { limit, cursor } = pageBounds(page);
      const docs = await optOuts
        .find(optOutListQuery(tenantId, filter, now, cursor))
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toOptOut);
    },

    async findActiveOptOuts(tenantId, channel, contacts, now) {
      const docs = await optOuts
        .find({ tenantId, channel, contact: { $in: distinct(contacts) }, ...activeAt(now) })
        .sort({ _id: 1 })
        .toArray();
      return docs.map(toOptOut);
    },

    async findSuppressions(tenantId, channel, contacts, categoryId, now) {
      return findSuppressions(tenantId, channel, contacts, categoryId, now);
    },

    async findSuppressionIds(tenantId, channel, contacts, categoryId, now) {
      const found = await findSuppressions(tenantId, channel, contacts, categoryId, now);
      return new Map([...found].map(([contact, optOut]) => [contact, optOut.id]));
    },

    async suppressionIdsIn(session, tenantId, channel, contacts, categoryId, now) {
      const found = await findSuppressions(tenantId, channel, contacts, categoryId, now, session);
      return new Map([...found].map(([contact, optOut]) => [contact, optOut.id]));
    },
  };
}
