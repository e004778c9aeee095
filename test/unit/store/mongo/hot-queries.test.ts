/**
 * Every query the service runs often (per batch, per webhook, per tick, per admin page) names the
 * index that serves it, and that index is declared in models.ts: dropping or reshaping one makes
 * this fail. A query is served when the index's first keys are exactly its equality fields (in
 * any order), followed by its range or sort fields in order; a partial index only serves a query
 * that repeats its filter. What the server's planner then picks is not checked here (no server).
 */
import mongoose from 'mongoose';
import { defineModels } from '../../../../src/store/mongo/models';

interface HotQuery {
  what: string;
  collection: string;
  equality: string[];
  /** Range or sort fields, in index order, after the equality prefix. */
  then?: string[];
  /** The query repeats the partial index's filter. */
  partial?: boolean;
}

const HOT: HotQuery[] = [
  // The dispatcher, per batch.
  {
    what: 'suppression: opt-outs of the batch',
    collection: 'opt_outs',
    equality: ['tenantId', 'channel', 'contact'],
    then: ['scopeKey'],
  },
  {
    what: 'suppression: identities of the batch',
    collection: 'contact_identities',
    equality: ['tenantId', 'channel', 'identifier'],
  },
  {
    what: 'suppression: members of their groups ($lookup)',
    collection: 'contact_identities',
    equality: ['groupId'],
  },
  {
    what: 'due recipients (retried or deferred), by due time',
    collection: 'recipients',
    equality: ['taskId', 'status'],
    then: ['nextAttemptAt'],
  },
  {
    what: 'never-deferred recipients (nextAttemptAt null), oldest first',
    collection: 'recipients',
    equality: ['taskId', 'status', 'nextAttemptAt'],
    then: ['_id'],
  },
  {
    what: 'frequency cap: the batch contacts’ recent sends',
    collection: 'recipients',
    equality: ['tenantId', 'contact'],
    then: ['sentAt'],
    partial: true,
  },
  {
    what: "a consented task's audience: consents of the batch and of linked members",
    collection: 'consents',
    equality: ['tenantId', 'channel', 'contact'],
    then: ['scopeKey'],
  },
  // (Its aggregation is anchored on the tenant's document, found by _id: always indexed.)
  { what: 'is anything left to send?', collection: 'recipients', equality: ['taskId', 'status'] },
  {
    what: 'claimed recipients read back',
    collection: 'recipients',
    equality: ['taskId', 'status'],
  },
  { what: 'due tasks', collection: 'tasks', equality: ['status'], then: ['startAt'] },
  // Webhooks.
  {
    what: 'inbox claim, oldest first',
    collection: 'inbox',
    equality: ['status'],
    then: ['receivedAt', '_id'],
  },
  {
    what: 'inbox retention: the oldest completed entries (per minute)',
    collection: 'inbox',
    equality: ['status'],
    then: ['receivedAt', '_id'],
  },
  {
    what: 'inbox retention: the oldest event keys (per minute)',
    collection: 'idempotency_keys',
    equality: [],
    then: ['createdAt'],
  },
  {
    what: 'replay for a number a tenant gained: the entries noted for it, since a time',
    collection: 'inbox',
    equality: ['unclaimedNumbers'],
    then: ['receivedAt'],
    partial: true,
  },
  {
    what: 'status by message id',
    collection: 'recipients',
    equality: ['messageId'],
    partial: true,
  },
  {
    what: 'task message a reply answers',
    collection: 'recipients',
    equality: ['tenantId', 'contact'],
    then: ['sentAt'],
    partial: true,
  },
  {
    what: 'tenant by phone number id',
    collection: 'tenants',
    equality: ['phoneNumberId'],
    partial: true,
  },
  { what: 'conversation state', collection: 'conversations', equality: ['tenantId', 'contact'] },
  {
    what: 'opt-out upsert and revocation by contact',
    collection: 'opt_outs',
    equality: ['tenantId', 'channel', 'contact'],
  },
  { what: 'identity merge: regroup', collection: 'contact_identities', equality: ['groupId'] },
  { what: 'reply by message id', collection: 'task_replies', equality: ['messageId'] },
  // Statuses that beat their send: taken by message id when it is recorded, pruned by age.
  { what: 'parked statuses by message id', collection: 'parked_statuses', equality: ['messageId'] },
  {
    what: 'parked statuses past their retention, oldest first',
    collection: 'parked_statuses',
    equality: [],
    then: ['parkedAt'],
  },
  // Admin pages and stats.
  {
    what: 'opt-out list, newest first',
    collection: 'opt_outs',
    equality: ['tenantId'],
    then: ['_id'],
  },
  {
    what: 'opt-out audit trail',
    collection: 'opt_out_events',
    equality: ['optOutId'],
    then: ['at', '_id'],
  },
  {
    what: 'recipient list, newest first',
    collection: 'recipients',
    equality: ['taskId'],
    then: ['_id'],
  },
  {
    what: 'recipient list by status',
    collection: 'recipients',
    equality: ['taskId', 'status'],
    then: ['_id'],
  },
  {
    what: 'task stats by status (covered)',
    collection: 'recipients',
    equality: ['taskId'],
    then: ['status'],
  },
  {
    what: 'task stats: opted out after',
    collection: 'recipients',
    equality: ['taskId'],
    partial: true,
  },
  { what: 'task list, newest first', collection: 'tasks', equality: ['tenantId'], then: ['_id'] },
  {
    what: 'replies of a task, newest first',
    collection: 'task_replies',
    equality: ['taskId'],
    then: ['_id'],
  },
  { what: 'category usage', collection: 'opt_outs', equality: ['tenantId', 'scopeKey'] },
  // A contact's export and erasure.
  {
    what: "contact rights: the contact's task messages",
    collection: 'recipients',
    equality: ['tenantId', 'contact'],
  },
  {
    what: "contact rights: the contact's replies, oldest first",
    collection: 'task_replies',
    equality: ['tenantId', 'contact'],
    then: ['at'],
  },
  {
    what: "contact rights: the contact's outbound events",
    collection: 'outbox',
    equality: ['tenantId', 'orderKey'],
  },
  {
    what: "contact rights: the contact's consents",
    collection: 'consents',
    equality: ['tenantId', 'channel', 'contact'],
  },
  {
    what: "contact rights: the statuses parked under the contact's wa_id",
    collection: 'parked_statuses',
    equality: ['tenantId', 'recipientId'],
  },
  {
    what: "contact rights: the statuses parked under the contact's user id",
    collection: 'parked_statuses',
    equality: ['tenantId', 'recipientUserId'],
  },
  {
    what: "contact rights: a consent's history",
    collection: 'consent_events',
    equality: ['consentId'],
    then: ['at', '_id'],
  },
  { what: "API key rotation: the tenant's keys", collection: 'api_keys', equality: ['tenantId'] },
  // The task breakers, per attributed opt-out, per failure and per batch (tenantId is only filtered).
  {
    what: "opt-out breaker: a task's sends newest first",
    collection: 'recipients',
    equality: ['taskId'],
    then: ['sentAt'],
    partial: true,
  },
  {
    what: 'error burst: failures of one code since',
    collection: 'recipients',
    equality: ['taskId', 'errorCode'],
    then: ['failedAt'],
    partial: true,
  },
];

type IndexSpec = { keys: string[]; partial: boolean; name: string };

function declaredIndexes(): Map<string, IndexSpec[]> {
  const models = defineModels(mongoose.createConnection());
  const byCollection = new Map<string, IndexSpec[]>();
  for (const model of Object.values(models)) {
    const specs = model.schema.indexes().map(([fields, options]) => {
      const keys = Object.keys(fields);
      return {
        keys,
        partial: options.partialFilterExpression !== undefined,
        name: typeof options.name === 'string' ? options.name : keys.join('_'),
      };
    });
    byCollection.set(model.collection.collectionName, specs);
  }
  return byCollection;
}

function serves(index: IndexSpec, query: HotQuery): boolean {
  if (index.partial && !query.partial) return false;
  const prefix = index.keys.slice(0, query.equality.length);
  if ([...prefix].sort().join() !== [...query.equality].sort().join()) return false;
  const rest = index.keys.slice(query.equality.length);
  return (query.then ?? []).every((field, i) => rest[i] === field);
}

describe('hot queries and their indexes', () => {
  const indexes = declaredIndexes();

  it.each(HOT.map((q) => [q.what, q] as const))('%s', (_what, query) => {
    const candidates = indexes.get(query.collection);
    expect(candidates).toBeDefined();
    const served = (candidates ?? []).filter((index) => serves(index, query));
    expect(served.map((index) => index.name)).not.toEqual([]);
  });

  it('refuses a query no index serves (the check itself can fail)', () => {
    const unserved: HotQuery = { what: 'x', collection: 'recipients', equality: ['status'] };
    expect((indexes.get('recipients') ?? []).some((index) => serves(index, unserved))).toBe(false);
    const unrepeated: HotQuery = { what: 'y', collection: 'recipients', equality: ['messageId'] };
    expect((indexes.get('recipients') ?? []).some((index) => serves(index, unrepeated))).toBe(
      false,
    );
  });
});
