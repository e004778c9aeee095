import type { OptOut } from '../../domain/types';
import type { Store } from '../types';
import { toOptOut } from './mappers';
import type { Collections } from './models';
import type { OptOutDoc } from './documents';
import { activeAt, optOutListQuery, outranks, suppressingScopes } from './opt-out-filters';
import {
  chunks,
  distinct,
  groupMembersStages,
  pageBounds,
  toPage,
  WHOLE_ANSWER,
} from './query-helpers';
import type { Session, Transact } from './transactions';

type OptOutReadMethods = Pick<
  Store,
  'listOptOuts' | 'findActiveOptOuts' | 'findSuppressions' | 'findSuppressionIds'
>;

/** Contacts per suppression round trip: keeps each `$in` list and its index probes bounded. */
const SUPPRESSION_CHUNK = 1000;

/**
 * Opt-out listing (admin filters, newest first), one contact's active rows, and the dispatcher's
 * suppression check.
 *
 * The suppression check reads a chunk's aliases and their opt-outs in ONE snapshot (a read-only
 * transaction, snapshot read concern, on the primary): an identity merge is a transaction too,
 * so the check sees each group wholly before or wholly after a merge, and never a contact moved
 * to its new group while a linked identifier, and the opt-out recorded under it, is still in
 * the old one. Cost per batch (the dispatcher's batches are at most 500 contacts, one chunk):
 * three round trips to the primary (the identity aggregation, the opt-out find, the commit of
 * the read-only transaction), each served by an index (test/unit/store/mongo/hot-queries.test.ts).
 * The aggregation probes the unique (tenantId, channel, identifier) index once per contact and
 * the groupId index once per linked contact; the find probes the opt-out key index's prefix
 * (tenantId, channel, contact, scopeKey) once per identifier and scope, and fetches only the
 * rows found. On Atlas in the dynos' region (about 1 ms a round trip) that is a few
 * milliseconds per batch; it has not been measured on a real server.
 */
export function createOptOutQuery(cols: Collections, transact: Transact): OptOutReadMethods {
  const { optOuts, identities } = cols;

  /** Each input contact mapped to itself and every identifier linked to it (one query). */
  async function aliasesOf(
    session: Session,
    tenantId: string,
    channel: string,
    contacts: string[],
  ): Promise<Map<string, string[]>> {
    const groups = await identities
      .aggregate<{ identifier: string; members: string[] }>(
        groupMembersStages(identities.collectionName, tenantId, channel, contacts),
        { session, ...WHOLE_ANSWER },
      )
      .toArray();
    const aliases = new Map<string, string[]>(contacts.map((c) => [c, [c]]));
    for (const group of groups)
      aliases.set(group.identifier, distinct([group.identifier, ...group.members]));
    return aliases;
  }

  async function suppressChunk(
    session: Session,
    tenantId: string,
    channel: OptOut['channel'],
    contacts: string[],
    categoryId: string | null,
    now: Date,
    found: Map<string, OptOut>,
  ): Promise<void> {
    const aliases = await aliasesOf(session, tenantId, channel, contacts);
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
        { session, ...WHOLE_ANSWER },
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

  // One read-only transaction per chunk of contacts: their identity groups, then the covering
  // active rows, in one snapshot. A chunk is rerun whole if the transaction is retried.
  async function findSuppressions(
    tenantId: string,
    channel: OptOut['channel'],
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Promise<Map<string, OptOut>> {
    const found = new Map<string, OptOut>();
    for (const chunk of chunks(distinct(contacts), SUPPRESSION_CHUNK)) {
      const part = await transact(async (session) => {
        const hits = new Map<string, OptOut>();
        await suppressChunk(session, tenantId, channel, chunk, categoryId, now, hits);
        return hits;
      });
      for (const [contact, optOut] of part) found.set(contact, optOut);
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
  };
}
