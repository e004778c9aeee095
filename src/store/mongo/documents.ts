/**
 * The document shape of every MongoDB collection. Ids are newId() strings (time-sortable), so
 * `_id` order is creation order and the page cursor. Timestamps are BSON Dates; free-form
 * objects (settings, evidence, template) are stored in their JSON form, as SQLite keeps them.
 */
import type {
  Category,
  Channel,
  ImportJob,
  OptOut,
  OptOutEvent,
  Recipient,
  Task,
  TaskReply,
  Tenant,
} from '../../domain/types';
import type { Consent, ConsentEvent } from '../../domain/consent';
import type { EventEndpoint, InboxLane, PendingQuestion, StoredSignal } from '../types';

/** A domain record as a document: the same fields, with its id as `_id`. */
type AsDoc<T extends { id: string }> = Omit<T, 'id'> & { _id: string };

export type TenantDoc = AsDoc<Tenant>;

/** `_id` is the key's hash: the lookup key, unique by construction. */
export interface ApiKeyDoc {
  _id: string;
  tenantId: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** `nameKey` is foldName(name) (src/domain/fold-name.ts), unique per tenant. */
export type CategoryDoc = AsDoc<Category> & { nameKey: string };

/** `scopeKey` is the category id, or '*' for all marketing (a null would not be one key). */
export type OptOutDoc = Omit<AsDoc<OptOut>, 'categoryId'> & { scopeKey: string };

export type OptOutEventDoc = AsDoc<OptOutEvent>;

/** `scopeKey` as for opt-outs: the category id, or '*' for all marketing. */
export type ConsentDoc = Omit<AsDoc<Consent>, 'categoryId'> & { scopeKey: string };

export type ConsentEventDoc = AsDoc<ConsentEvent>;

/** Identifiers seen together share a `groupId` (a newId(), so unique across tenants). */
export interface IdentityDoc {
  _id: string;
  tenantId: string;
  channel: Channel;
  identifier: string;
  groupId: string;
  createdAt: Date;
  /**
   * Incremented by every merge that links the identifier, so two concurrent merges touching it
   * write-conflict instead of each deciding from a snapshot the other changed (identity-repo.ts).
   */
  rev?: number;
}

/** `pending` until completed, claimed or not: a claim is `claimedBy` + `claimedAt` (a lease). */
export type InboxStatus = 'pending' | 'processed' | 'failed';

export interface InboxDoc {
  _id: string;
  body: string;
  receivedAt: Date;
  status: InboxStatus;
  attempts: number;
  claimedBy: string | null;
  claimedAt: Date | null;
  /** Which claimInbox call took the entry (its claimed entries are read back by it). */
  claimToken?: string | null;
  completedAt: Date | null;
  error: string | null;
  /** Missing on entries stored before lanes existed: those count as `priority`. */
  lane?: InboxLane | null;
  /**
   * The phone_number_ids no tenant had when this priority entry was processed (noteUnclaimedInbox):
   * requeueInbox finds the entry by them. Missing on every other entry.
   */
  unclaimedNumbers?: string[];
}

/** `_id` is the idempotency key itself: the unique index is the primary key. */
export interface KeyDoc {
  _id: string;
  createdAt: Date;
}

/**
 * A status that came before its message id was recorded. `_id` is tenant, message id and status
 * (one each; a repeat is a duplicate key).
 */
export interface ParkedStatusDoc {
  _id: string;
  tenantId: string;
  messageId: string;
  status: string;
  at: Date;
  errors: { code: number; title: string; details: string | null }[];
  recipientId: string | null;
  recipientUserId: string | null;
  parkedAt: Date;
}

export interface ConversationDoc {
  _id: string;
  tenantId: string;
  contact: string;
  pending: PendingQuestion | null;
  lastInboundAt: Date | null;
  language: string | null;
  updatedAt: Date;
}

export type TaskDoc = AsDoc<Task>;

/**
 * `claimToken` tells the recipients one claimRecipients call took from those an earlier call
 * left `sending` (read back among the task's `sending` ones, on the task-status index).
 * Delivery statuses apply monotonically by status (see update-pipelines.ts).
 */
export type RecipientDoc = AsDoc<Recipient> & {
  claimToken: string | null;
  /** Set right before the request leaves: an abandoned claim with it is ambiguous. */
  startedAt?: Date | null;
};

export type ReplyDoc = AsDoc<TaskReply>;

/** `_id` is the lease key (one per sending number). */
export interface LeaseDoc {
  _id: string;
  owner: string;
  expiresAt: Date;
}

export type ImportDoc = AsDoc<ImportJob>;

export type SignalDoc = AsDoc<StoredSignal>;

/** Documents written before secret rotation lack the previous-secret fields (read as null). */
export type EndpointDoc = Omit<
  AsDoc<EventEndpoint>,
  'previousSecret' | 'previousSecretValidUntil'
> & {
  previousSecret?: string | null;
  previousSecretValidUntil?: Date | null;
};

/** One delivery of one event to one endpoint. */
export interface OutboxDoc {
  _id: string;
  tenantId: string;
  endpointId: string;
  eventId: string;
  type: string;
  orderKey: string;
  body: string;
  createdAt: Date;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: Date;
  claimedBy: string | null;
  claimedUntil: Date | null;
  deliveredAt: Date | null;
}

/** Every collection's document shape, by the key the repositories use. */
export interface DocMap {
  tenants: TenantDoc;
  apiKeys: ApiKeyDoc;
  categories: CategoryDoc;
  optOuts: OptOutDoc;
  optOutEvents: OptOutEventDoc;
  identities: IdentityDoc;
  inbox: InboxDoc;
  keys: KeyDoc;
  conversations: ConversationDoc;
  tasks: TaskDoc;
  recipients: RecipientDoc;
  replies: ReplyDoc;
  leases: LeaseDoc;
  imports: ImportDoc;
  consents: ConsentDoc;
  consentEvents: ConsentEventDoc;
  signals: SignalDoc;
  endpoints: EndpointDoc;
  outbox: OutboxDoc;
  parkedStatuses: ParkedStatusDoc;
}
