/**
 * The document shape of every MongoDB collection. Ids are newId() strings (time-sortable), so
 * `_id` order is creation order and the page cursor. Timestamps are BSON Dates; free-form
 * objects (settings, evidence, template) are stored in their JSON form, as SQLite keeps them.
 */
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

export interface TenantDoc {
  _id: string;
  name: string;
  phoneNumberId: string | null;
  accessTokenEnc: string | null;
  settings: TenantSettings;
  createdAt: Date;
  updatedAt: Date;
}

/** `_id` is the key's hash: the lookup key, unique by construction. */
export interface ApiKeyDoc {
  _id: string;
  tenantId: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

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

/** Identifiers seen together share a `groupId` (a newId(), so unique across tenants). */
export interface IdentityDoc {
  _id: string;
  tenantId: string;
  channel: Channel;
  identifier: string;
  groupId: string;
  createdAt: Date;
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
  completedAt: Date | null;
  error: string | null;
}

/** `_id` is the idempotency key itself: the unique index is the primary key. */
export interface KeyDoc {
  _id: string;
  createdAt: Date;
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

/**
 * `claimToken` tells the recipients one claimRecipients call took from those an earlier call
 * left `sending` (read back among the task's `sending` ones, on the task-status index).
 * Delivery statuses apply monotonically by status (see update-pipelines.ts).
 */
export interface RecipientDoc {
  _id: string;
  tenantId: string;
  taskId: string;
  contact: string;
  params: TemplateParams;
  status: RecipientStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  claimedBy: string | null;
  claimedAt: Date | null;
  claimToken: string | null;
  /** Set right before the request leaves: an abandoned claim with it is ambiguous. */
  startedAt?: Date | null;
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

/** `_id` is the lease key (one per sending number). */
export interface LeaseDoc {
  _id: string;
  owner: string;
  expiresAt: Date;
}

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
}
