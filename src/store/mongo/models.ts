/**
 * The MongoDB collections: one mongoose schema each, with every index
 * the store relies on declared here (migrate() builds them). Uniqueness rules live in unique
 * indexes, never in read-then-write code.
 *
 * The repositories read and write through each model's driver collection (`collections()`),
 * not through mongoose documents: the store builds complete documents itself, and the driver's
 * semantics (null vs missing, E11000 on unique keys, unordered insertMany results) are the ones
 * the contract depends on. Mongoose owns the connection, the schemas and the index builds.
 * Document shapes are in documents.ts.
 */
import { Schema, type Connection, type Model, type mongo } from 'mongoose';
import type {
  ApiKeyDoc,
  CategoryDoc,
  ConsentDoc,
  ConsentEventDoc,
  ConversationDoc,
  DocMap,
  IdentityDoc,
  ImportDoc,
  InboxDoc,
  KeyDoc,
  LeaseDoc,
  OptOutDoc,
  OptOutEventDoc,
  RecipientDoc,
  ReplyDoc,
  TaskDoc,
  SignalDoc,
  EndpointDoc,
  OutboxDoc,
  ParkedStatusDoc,
  TenantDoc,
} from './documents';

const { Mixed } = Schema.Types;
const str = { type: String, default: null };
const date = { type: Date, default: null };
// Collections and indexes are built by migrate() alone (`npm run migrate`, the release phase).
// bufferCommands off: the repositories use driver cursors, and a buffered (pre-init) call would
// hand back a promise instead of one; without buffering such a call fails with a clear error.
const schemaOptions = {
  versionKey: false,
  minimize: false,
  autoIndex: false,
  autoCreate: false,
  bufferCommands: false,
  strict: 'throw',
} as const;

const tenantSchema = new Schema<TenantDoc>(
  {
    _id: String,
    name: String,
    phoneNumberId: str,
    wabaId: str,
    accessTokenEnc: str,
    settings: Mixed,
    createdAt: Date,
    updatedAt: Date,
  },
  schemaOptions,
);
// Partial: any number of tenants may have no number, but a number routes to one tenant only.
// Lookups repeat the filter ($type: 'string') so the planner can use the partial index.
tenantSchema.index(
  { phoneNumberId: 1 },
  { unique: true, partialFilterExpression: { phoneNumberId: { $type: 'string' } } },
);
// Template and account webhooks reach every tenant of a WhatsApp Business Account.
tenantSchema.index({ wabaId: 1 });

const apiKeySchema = new Schema<ApiKeyDoc>(
  { _id: String, tenantId: String, prefix: String, createdAt: Date, revokedAt: date },
  schemaOptions,
);
apiKeySchema.index({ tenantId: 1 });

const categorySchema = new Schema<CategoryDoc>(
  {
    _id: String,
    tenantId: String,
    name: String,
    nameKey: String,
    unsubscribeDays: { type: Number, default: null },
    description: str,
    keywords: [String],
    createdAt: Date,
    updatedAt: Date,
  },
  schemaOptions,
);
/**
 * "Äpfel" and "äpfel" are one name: unique by the stored fold (src/domain/fold-name.ts), the
 * rule SQLite uses too. (A collation index would be ICU's rule, not quite the same one.)
 */
categorySchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
categorySchema.index({ tenantId: 1, _id: -1 });

const optOutSchema = new Schema<OptOutDoc>(
  {
    _id: String,
    tenantId: String,
    channel: String,
    contact: String,
    scopeKey: String,
    origin: String,
    source: String,
    startsAt: Date,
    expiresAt: date,
    remarks: str,
    evidence: { type: Mixed, default: null },
    createdAt: Date,
    updatedAt: Date,
    revokedAt: date,
    revokedBy: str,
  },
  schemaOptions,
);
// One row per key; its prefix (tenantId, channel, contact) also serves the suppression probe.
optOutSchema.index(
  { tenantId: 1, channel: 1, contact: 1, scopeKey: 1, origin: 1 },
  { unique: true },
);
optOutSchema.index({ tenantId: 1, _id: -1 });
optOutSchema.index({ tenantId: 1, scopeKey: 1 });

const optOutEventSchema = new Schema<OptOutEventDoc>(
  {
    _id: String,
    tenantId: String,
    optOutId: String,
    type: String,
    actor: String,
    source: String,
    evidence: { type: Mixed, default: null },
    startsAt: Date,
    expiresAt: date,
    at: Date,
  },
  schemaOptions,
);
optOutEventSchema.index({ optOutId: 1, at: 1, _id: 1 });

const identitySchema = new Schema<IdentityDoc>(
  {
    _id: String,
    tenantId: String,
    channel: String,
    identifier: String,
    groupId: String,
    createdAt: Date,
    rev: Number,
  },
  schemaOptions,
);
identitySchema.index({ tenantId: 1, channel: 1, identifier: 1 }, { unique: true });
identitySchema.index({ groupId: 1 });

const inboxSchema = new Schema<InboxDoc>(
  {
    _id: String,
    body: String,
    receivedAt: Date,
    status: String,
    attempts: Number,
    claimedBy: str,
    claimedAt: date,
    claimToken: str,
    completedAt: date,
    error: str,
    lane: String,
    unclaimedNumbers: { type: [String], default: undefined },
  },
  schemaOptions,
);
inboxSchema.index({ status: 1, receivedAt: 1, _id: 1 });
// requeueInbox: the entries noted for a number, by time. Partial: only those entries have the
// field (a number connected before its tenant existed), so the webhook's inserts never touch it.
inboxSchema.index(
  { unclaimedNumbers: 1, receivedAt: 1 },
  { partialFilterExpression: { unclaimedNumbers: { $exists: true } } },
);
// Each lane's pending entries, oldest first (the processor drains `priority` first).
inboxSchema.index({ status: 1, lane: 1, receivedAt: 1, _id: 1 });

const keySchema = new Schema<KeyDoc>({ _id: String, createdAt: Date }, schemaOptions);
// The inbox retention prunes the oldest event keys first.
keySchema.index({ createdAt: 1 });

const conversationSchema = new Schema<ConversationDoc>(
  {
    _id: String,
    tenantId: String,
    contact: String,
    pending: { type: Mixed, default: null },
    lastInboundAt: date,
    language: str,
    updatedAt: Date,
  },
  schemaOptions,
);
conversationSchema.index({ tenantId: 1, contact: 1 }, { unique: true });

const taskSchema = new Schema<TaskDoc>(
  {
    _id: String,
    tenantId: String,
    name: String,
    type: String,
    channel: String,
    categoryId: str,
    template: Mixed,
    startAt: date,
    endAt: date,
    policy: Mixed,
    followUp: Mixed,
    status: String,
    reason: str,
    createdAt: Date,
    updatedAt: Date,
    publishedAt: date,
    completedAt: date,
  },
  schemaOptions,
);
taskSchema.index({ tenantId: 1, _id: -1 });
taskSchema.index({ tenantId: 1, status: 1, _id: -1 });
taskSchema.index({ status: 1, startAt: 1 });
taskSchema.index({ tenantId: 1, categoryId: 1 });

const recipientSchema = new Schema<RecipientDoc>(
  {
    _id: String,
    tenantId: String,
    taskId: String,
    contact: String,
    params: { type: Mixed, default: null },
    timeZone: str,
    status: String,
    deferReason: str,
    attempts: Number,
    nextAttemptAt: date,
    claimedBy: str,
    claimedAt: date,
    claimToken: str,
    startedAt: date,
    messageId: str,
    waId: str,
    errorCode: { type: Number, default: null },
    errorTitle: str,
    suppressedBy: str,
    sentAt: date,
    deliveredAt: date,
    readAt: date,
    failedAt: date,
    optedOutAt: date,
    lastReply: str,
    lastReplyAt: date,
  },
  schemaOptions,
);
// Queries on a partial index repeat its filter (see byMessageId), so the planner can use it.
const hasMessageId = { messageId: { $type: 'string' } } as const;
recipientSchema.index({ taskId: 1, contact: 1 }, { unique: true });
recipientSchema.index({ messageId: 1 }, { unique: true, partialFilterExpression: hasMessageId });
recipientSchema.index({ taskId: 1, status: 1, _id: 1 });
// loadPending: the due (by nextAttemptAt) and the never-deferred (null, by _id) pending ones.
recipientSchema.index({ taskId: 1, status: 1, nextAttemptAt: 1, _id: 1 });
recipientSchema.index({ taskId: 1, _id: -1 });
// Task stats count the recipients who opted out after a message from this small index alone.
recipientSchema.index(
  { taskId: 1 },
  { name: 'taskId_1_optedOut', partialFilterExpression: { optedOutAt: { $type: 'date' } } },
);
recipientSchema.index(
  { tenantId: 1, contact: 1, sentAt: -1 },
  { partialFilterExpression: hasMessageId },
);
// The task breakers: a task's sends newest first, and its failures by code and time. Each
// recipient enters them once (when sent, when it fails); queries repeat the $type filter.
recipientSchema.index(
  { taskId: 1, sentAt: -1 },
  { name: 'taskId_1_sentAt_-1_breaker', partialFilterExpression: { sentAt: { $type: 'date' } } },
);
recipientSchema.index(
  { taskId: 1, errorCode: 1, failedAt: 1 },
  {
    name: 'taskId_1_errorCode_1_failedAt_1',
    partialFilterExpression: { failedAt: { $type: 'date' } },
  },
);
// A contact's export and erasure: every recipient row of the contact, sent or not.
recipientSchema.index({ tenantId: 1, contact: 1 });

const replySchema = new Schema<ReplyDoc>(
  {
    _id: String,
    tenantId: String,
    taskId: String,
    recipientId: String,
    contact: String,
    messageId: String,
    text: String,
    at: Date,
  },
  schemaOptions,
);
replySchema.index({ messageId: 1 }, { unique: true });
replySchema.index({ taskId: 1, _id: -1 });
// A contact's export (oldest first) and erasure.
replySchema.index({ tenantId: 1, contact: 1, at: 1 });

const leaseSchema = new Schema<LeaseDoc>(
  { _id: String, owner: String, expiresAt: Date },
  schemaOptions,
);

const importSchema = new Schema<ImportDoc>(
  {
    _id: String,
    tenantId: String,
    kind: String,
    taskId: str,
    owner: str,
    status: String,
    processed: Number,
    summary: Mixed,
    error: str,
    createdAt: Date,
    updatedAt: Date,
  },
  schemaOptions,
);
// The stale sweep: running imports by heartbeat.
importSchema.index({ status: 1, updatedAt: 1 });
importSchema.index({ tenantId: 1, _id: -1 });

const consentSchema = new Schema<ConsentDoc>(
  {
    _id: String,
    tenantId: String,
    channel: String,
    contact: String,
    scopeKey: String,
    source: String,
    evidence: { type: Mixed, default: null },
    grantedAt: Date,
    createdAt: Date,
    updatedAt: Date,
    withdrawnAt: date,
    withdrawnBy: str,
    withdrawReason: str,
  },
  schemaOptions,
);
// One row per key; its prefix (tenantId, channel, contact) serves the dispatcher's consent probe.
consentSchema.index({ tenantId: 1, channel: 1, contact: 1, scopeKey: 1 }, { unique: true });
consentSchema.index({ tenantId: 1, _id: -1 });

const consentEventSchema = new Schema<ConsentEventDoc>(
  {
    _id: String,
    tenantId: String,
    consentId: String,
    type: String,
    actor: String,
    source: String,
    evidence: { type: Mixed, default: null },
    reason: str,
    at: Date,
  },
  schemaOptions,
);
consentEventSchema.index({ consentId: 1, at: 1, _id: 1 });
const signalSchema = new Schema<SignalDoc>(
  {
    _id: String,
    tenantId: String,
    wabaId: String,
    type: String,
    subject: String,
    event: String,
    key: String,
    detail: Mixed,
    at: Date,
    receivedAt: Date,
  },
  schemaOptions,
);
// One signal per key and tenant: Meta's redeliveries are recognised by the index.
signalSchema.index({ tenantId: 1, key: 1 }, { unique: true });
signalSchema.index({ tenantId: 1, type: 1, subject: 1, at: -1, _id: -1 });
signalSchema.index({ tenantId: 1, _id: -1 });

const endpointSchema = new Schema<EndpointDoc>(
  {
    _id: String,
    tenantId: String,
    url: String,
    secret: String,
    previousSecret: str,
    previousSecretValidUntil: date,
    events: [String],
    createdAt: Date,
    lastError: str,
    lastErrorAt: date,
    lastSuccessAt: date,
  },
  schemaOptions,
);
endpointSchema.index({ tenantId: 1, _id: -1 });

const outboxSchema = new Schema<OutboxDoc>(
  {
    _id: String,
    tenantId: String,
    endpointId: String,
    eventId: String,
    type: String,
    orderKey: String,
    body: String,
    createdAt: Date,
    status: String,
    attempts: Number,
    nextAttemptAt: Date,
    claimedBy: str,
    claimedUntil: date,
    deliveredAt: date,
  },
  schemaOptions,
);
// One delivery per event and endpoint: a retried append adds nothing twice.
outboxSchema.index({ eventId: 1, endpointId: 1 }, { unique: true });
outboxSchema.index({ status: 1, nextAttemptAt: 1 });
outboxSchema.index({ endpointId: 1, orderKey: 1, status: 1, _id: 1 });
// An endpoint's backlog and failures: counted on the index (a COUNT_SCAN of the matching entries),
// not by reading every document the endpoint ever had.
outboxSchema.index({ endpointId: 1, status: 1 });
// A contact's erasure: the outbound events that name it, by their order key.
outboxSchema.index({ tenantId: 1, orderKey: 1 });

const parkedStatusSchema = new Schema<ParkedStatusDoc>(
  {
    _id: String,
    tenantId: String,
    messageId: String,
    status: String,
    at: Date,
    errors: Mixed,
    recipientId: str,
    recipientUserId: str,
    parkedAt: Date,
  },
  // `errors` is Meta's field name on a status, kept as stored documents have it (a rename would
  // need a migration). Mongoose reserves the name for documents it validates itself and warns on
  // every start, even on SQLite; these documents go through the driver (no mongoose documents,
  // no `doc.errors`), so the clash cannot bite: the warning is silenced.
  { ...schemaOptions, suppressReservedKeysWarning: true },
);
// Taken by message id when a send records it; pruned oldest first after the retention.
parkedStatusSchema.index({ messageId: 1 });
parkedStatusSchema.index({ parkedAt: 1 });
// A contact's erasure: the statuses parked under its wa_id or user id.
parkedStatusSchema.index({ tenantId: 1, recipientId: 1 });
parkedStatusSchema.index({ tenantId: 1, recipientUserId: 1 });

const SCHEMAS: { [K in keyof DocMap]: Schema<DocMap[K]> } = {
  tenants: tenantSchema,
  apiKeys: apiKeySchema,
  categories: categorySchema,
  optOuts: optOutSchema,
  optOutEvents: optOutEventSchema,
  identities: identitySchema,
  inbox: inboxSchema,
  keys: keySchema,
  conversations: conversationSchema,
  tasks: taskSchema,
  recipients: recipientSchema,
  replies: replySchema,
  leases: leaseSchema,
  imports: importSchema,
  consents: consentSchema,
  consentEvents: consentEventSchema,
  signals: signalSchema,
  endpoints: endpointSchema,
  outbox: outboxSchema,
  parkedStatuses: parkedStatusSchema,
};

const COLLECTION_NAMES: { [K in keyof DocMap]: string } = {
  tenants: 'tenants',
  apiKeys: 'api_keys',
  categories: 'categories',
  optOuts: 'opt_outs',
  optOutEvents: 'opt_out_events',
  identities: 'contact_identities',
  inbox: 'inbox',
  keys: 'idempotency_keys',
  conversations: 'conversations',
  tasks: 'tasks',
  recipients: 'recipients',
  replies: 'task_replies',
  leases: 'leases',
  imports: 'imports',
  consents: 'consents',
  consentEvents: 'consent_events',
  signals: 'quality_signals',
  endpoints: 'event_endpoints',
  outbox: 'outbox',
  parkedStatuses: 'parked_statuses',
};

export type Models = { [K in keyof DocMap]: Model<DocMap[K]> };
export type Collections = { [K in keyof DocMap]: mongo.Collection<DocMap[K]> };

const KEYS = Object.keys(SCHEMAS) as (keyof DocMap)[];

/** Compiles every model on this connection (not the global one, so several stores coexist). */
export function defineModels(conn: Connection): Models {
  const models: Partial<Record<keyof DocMap, Model<never>>> = {};
  for (const key of KEYS) {
    const name = COLLECTION_NAMES[key];
    models[key] = conn.model(name, SCHEMAS[key] as Schema, name) as unknown as Model<never>;
  }
  return models as unknown as Models;
}

/** The driver collection behind each model, typed with its document shape. */
export function collections(models: Models): Collections {
  const cols: Partial<Record<keyof DocMap, unknown>> = {};
  for (const key of KEYS) cols[key] = models[key].collection;
  return cols as Collections;
}
