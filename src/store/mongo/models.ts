/**
 * The MongoDB collections: one document shape and one mongoose schema each, with every index
 * the store relies on declared here (init() builds them). Uniqueness rules live in unique
 * indexes, never in read-then-write code.
 *
 * The repositories read and write through each model's driver collection (`collections()`),
 * not through mongoose documents: the store builds complete documents itself, and the driver's
 * semantics (null vs missing, E11000 on unique keys, unordered insertMany results) are the ones
 * the contract depends on. Mongoose owns the connection, the schemas and the index builds.
 *
 * Ids are newId() strings (time-sortable), so `_id` order is creation order and the cursor.
 * Timestamps are BSON Dates; free-form objects (settings, evidence, template) are stored as
 * their JSON form, exactly what the SQLite store keeps.
 */
import { Schema, type Connection, type Model, type mongo } from 'mongoose';
import type {
  Channel,
  Evidence,
  ImportKind,
  ImportStatus,
  OptOutEventType,
  OptOutSource,
  Origin,
  RecipientStatus,
  Task,
  TaskStatus,
  TemplateParams,
  TenantSettings,
} from '../../domain/types';
import type { PendingQuestion } from '../types';

const { Mixed } = Schema.Types;
const str = { type: String, default: null };
const date = { type: Date, default: null };
const schemaOptions = { versionKey: false, minimize: false, autoIndex: false, strict: 'throw' } as const;

export interface TenantDoc {
  _id: string;
  name: string;
  phoneNumberId: string | null;
  accessTokenEnc: string | null;
  settings: TenantSettings;
  createdAt: Date;
  updatedAt: Date;
}
const tenantSchema = new Schema<TenantDoc>(
  {
    _id: String,
    name: String,
    phoneNumberId: str,
    accessTokenEnc: str,
    settings: Mixed,
    createdAt: Date,
    updatedAt: Date,
  },
  schemaOptions,
);
// Partial: any number of tenants may have no number, but a number routes to one tenant only.
tenantSchema.index({ phoneNumberId: 1 }, { unique: true, partialFilterExpression: { phoneNumberId: { $type: 'string' } } });

/** `_id` is the key's hash: the lookup key, unique by construction. */
export interface ApiKeyDoc {
  _id: string;
  tenantId: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}
const apiKeySchema = new Schema<ApiKeyDoc>(
  { _id: String, tenantId: String, prefix: String, createdAt: Date, revokedAt: date },
  schemaOptions,
);
apiKeySchema.index({ tenantId: 1 });

export interface CategoryDoc {
  _id: string;
  tenantId: string;
  name: string;
  unsubscribeDays: number | null;
  description: string | null;
  keywords: string[];
  createdAt: Date;
  updatedAt: Date;
}
/** "Offers" and "offers" are one name: compared case-insensitively, like SQLite's NOCASE. */
export const CATEGORY_NAME_COLLATION = { locale: 'en', strength: 2 } as const;
const categorySchema = new Schema<CategoryDoc>(
  {
    _id: String,
    tenantId: String,
    name: String,
    unsubscribeDays: { type: Number, default: null },
    description: str,
    keywords: [String],
    createdAt: Date,
    updatedAt: Date,
  },
  schemaOptions,
);
categorySchema.index({ tenantId: 1, name: 1 }, { unique: true, collation: CATEGORY_NAME_COLLATION });
categorySchema.index({ tenantId: 1, _id: -1 });

/** `scopeKey` is the category id, or '*' for all marketing (a null would not be one key). */
export interface OptOutDoc {
  _id: string;
  tenantId: string;
  channel: Channel;
  contact: string;
  scopeKey: string;
  origin: Origin;
  source: OptOutSource;
  startsAt: Date;
  expiresAt: Date | null;
  remarks: string | null;
  evidence: Evidence | null;
  createdAt: Date;
  updatedAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
}
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
optOutSchema.index({ tenantId: 1, channel: 1, contact: 1, scopeKey: 1, origin: 1 }, { unique: true });
optOutSchema.index({ tenantId: 1, _id: -1 });
optOutSchema.index({ tenantId: 1, scopeKey: 1 });

export interface OptOutEventDoc {
  _id: string;
  tenantId: string;
  optOutId: string;
  type: OptOutEventType;
  actor: string;
  source: OptOutSource;
  evidence: Evidence | null;
  startsAt: Date;
  expiresAt: Date | null;
  at: Date;
}
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

/** Identifiers seen together share a `groupId` (a newId(), so unique across tenants). */
export interface IdentityDoc {
  _id: string;
  tenantId: string;
  channel: Channel;
  identifier: string;
  groupId: string;
  createdAt: Date;
}
const identitySchema = new Schema<IdentityDoc>(
  { _id: String, tenantId: String, channel: String, identifier: String, groupId: String, createdAt: Date },
  schemaOptions,
);
identitySchema.index({ tenantId: 1, channel: 1, identifier: 1 }, { unique: true });
identitySchema.index({ groupId: 1 });

export type InboxStatus = 'pending' | 'processing' | 'processed' | 'failed';
export interface InboxDoc {
  _id: string;
  body: string;
  receivedAt: Date;
  status: InboxStatus;
  attempts: number;
  claimedBy: string | null;
  claimedAt: Date | null;
  completedAt: Date | null;
  error: string | null;
}
const inboxSchema = new Schema<InboxDoc>(
  {
    _id: String,
    body: String,
    receivedAt: Date,
    status: String,
    attempts: Number,
    claimedBy: str,
    claimedAt: date,
    completedAt: date,
    error: str,
  },
  schemaOptions,
);
inboxSchema.index({ status: 1, receivedAt: 1, _id: 1 });

/** `_id` is the idempotency key itself: the unique index is the primary key. */
export interface KeyDoc {
  _id: string;
  createdAt: Date;
}
const keySchema = new Schema<KeyDoc>({ _id: String, createdAt: Date }, schemaOptions);

export interface ConversationDoc {
  _id: string;
  tenantId: string;
  contact: string;
  pending: PendingQuestion | null;
  lastInboundAt: Date | null;
  language: string | null;
  updatedAt: Date;
}
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

export interface TaskDoc {
  _id: string;
  tenantId: string;
  name: string;
  type: Task['type'];
  channel: Task['channel'];
  categoryId: string | null;
  template: Task['template'];
  startAt: Date | null;
  endAt: Date | null;
  policy: Task['policy'];
  followUp: Task['followUp'];
  status: TaskStatus;
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  completedAt: Date | null;
}
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

/**
 * `rank` orders delivery states so status webhooks apply monotonically in any order
 * (sent 1 < delivered 2 < read 3 < failed 4, failed being final). `claimToken` tells the
 * recipients one claimRecipients call took from those an earlier call left `sending`.
 */
export interface RecipientDoc {
  _id: string;
  tenantId: string;
  taskId: string;
  contact: string;
  params: TemplateParams;
  status: RecipientStatus;
  rank: number;
  attempts: number;
  nextAttemptAt: Date | null;
  claimedBy: string | null;
  claimedAt: Date | null;
  claimToken: string | null;
  messageId: string | null;
  waId: string | null;
  errorCode: number | null;
  errorTitle: string | null;
  suppressedBy: string | null;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  failedAt: Date | null;
  optedOutAt: Date | null;
  lastReply: string | null;
  lastReplyAt: Date | null;
}
const recipientSchema = new Schema<RecipientDoc>(
  {
    _id: String,
    tenantId: String,
    taskId: String,
    contact: String,
    params: { type: Mixed, default: null },
    status: String,
    rank: Number,
    attempts: Number,
    nextAttemptAt: date,
    claimedBy: str,
    claimedAt: date,
    claimToken: str,
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
const hasMessageId = { messageId: { $type: 'string' } };
recipientSchema.index({ taskId: 1, contact: 1 }, { unique: true });
recipientSchema.index({ messageId: 1 }, { unique: true, partialFilterExpression: hasMessageId });
recipientSchema.index({ taskId: 1, status: 1, _id: 1 });
recipientSchema.index({ taskId: 1, _id: -1 });
recipientSchema.index({ claimToken: 1 }, { partialFilterExpression: { claimToken: { $type: 'string' } } });
recipientSchema.index({ tenantId: 1, contact: 1, sentAt: -1 }, { partialFilterExpression: hasMessageId });

export interface ReplyDoc {
  _id: string;
  tenantId: string;
  taskId: string;
  recipientId: string;
  contact: string;
  messageId: string;
  text: string;
  at: Date;
}
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

/** `_id` is the lease key (one per sending number). */
export interface LeaseDoc {
  _id: string;
  owner: string;
  expiresAt: Date;
}
const leaseSchema = new Schema<LeaseDoc>({ _id: String, owner: String, expiresAt: Date }, schemaOptions);

export interface ImportDoc {
  _id: string;
  tenantId: string;
  kind: ImportKind;
  taskId: string | null;
  status: ImportStatus;
  processed: number;
  summary: Record<string, unknown>;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}
const importSchema = new Schema<ImportDoc>(
  {
    _id: String,
    tenantId: String,
    kind: String,
    taskId: str,
    status: String,
    processed: Number,
    summary: Mixed,
    error: str,
    createdAt: Date,
    updatedAt: Date,
  },
  schemaOptions,
);
importSchema.index({ status: 1 });
importSchema.index({ tenantId: 1, _id: -1 });

const SCHEMAS = {
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
};

const COLLECTION_NAMES: Record<keyof typeof SCHEMAS, string> = {
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
};

type DocOf<K extends keyof typeof SCHEMAS> = (typeof SCHEMAS)[K] extends Schema<infer D> ? D : never;

export type Models = { [K in keyof typeof SCHEMAS]: Model<DocOf<K>> };
export type Collections = { [K in keyof typeof SCHEMAS]: mongo.Collection<DocOf<K>> };

/** Compiles every model on this connection (not the global one, so several stores coexist). */
export function defineModels(conn: Connection): Models {
  const models: Partial<Record<string, Model<never>>> = {};
  for (const key of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    const name = COLLECTION_NAMES[key];
    models[key] = conn.model(name, SCHEMAS[key] as Schema, name) as unknown as Model<never>;
  }
  return models as unknown as Models;
}

/** The driver collection behind each model, typed with its document shape. */
export function collections(models: Models): Collections {
  const cols: Partial<Record<string, unknown>> = {};
  for (const key of Object.keys(models) as (keyof Models)[]) cols[key] = models[key].collection;
  return cols as Collections;
}
