/**
 * Document ↔ record mapping. Records carry `id` and null (never undefined) for absent
 * values, the same shapes the SQLite store returns. Nothing here touches the database.
 */
import type {
  Category,
  ImportJob,
  OptOut,
  OptOutEvent,
  Recipient,
  Task,
  TaskReply,
  Tenant,
} from '../../domain/types';
import type { Conversation, PendingQuestion, TaskMessageRef } from '../types';
import type {
  CategoryDoc,
  ConversationDoc,
  ImportDoc,
  OptOutDoc,
  OptOutEventDoc,
  RecipientDoc,
  ReplyDoc,
  TaskDoc,
  TenantDoc,
} from './documents';

/** The scope key: a category id, or '*' for all marketing (a null would not be one unique key). */
export const ALL_MARKETING = '*';
export const toScopeKey = (categoryId: string | null): string => categoryId ?? ALL_MARKETING;
export const fromScopeKey = (scopeKey: string): string | null =>
  scopeKey === ALL_MARKETING ? null : scopeKey;

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);
const dateOrNull = (value: Date | null | undefined): Date | null =>
  value ? new Date(value) : null;

export const toTenant = (doc: TenantDoc): Tenant => ({
  id: doc._id,
  name: doc.name,
  phoneNumberId: orNull(doc.phoneNumberId),
  // Tenants stored before wabaId existed have no field.
  wabaId: orNull(doc.wabaId),
  accessTokenEnc: orNull(doc.accessTokenEnc),
  settings: doc.settings,
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
});

export const toCategory = (doc: CategoryDoc): Category => ({
  id: doc._id,
  tenantId: doc.tenantId,
  name: doc.name,
  unsubscribeDays: orNull(doc.unsubscribeDays),
  description: orNull(doc.description),
  keywords: doc.keywords ?? [],
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
});

export const toOptOut = (doc: OptOutDoc): OptOut => ({
  id: doc._id,
  tenantId: doc.tenantId,
  channel: doc.channel,
  contact: doc.contact,
  categoryId: fromScopeKey(doc.scopeKey),
  origin: doc.origin,
  source: doc.source,
  startsAt: doc.startsAt,
  expiresAt: dateOrNull(doc.expiresAt),
  remarks: orNull(doc.remarks),
  evidence: orNull(doc.evidence),
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
  revokedAt: dateOrNull(doc.revokedAt),
  revokedBy: orNull(doc.revokedBy),
});

export const toOptOutEvent = (doc: OptOutEventDoc): OptOutEvent => ({
  id: doc._id,
  tenantId: doc.tenantId,
  optOutId: doc.optOutId,
  type: doc.type,
  actor: doc.actor,
  source: doc.source,
  evidence: orNull(doc.evidence),
  startsAt: doc.startsAt,
  expiresAt: dateOrNull(doc.expiresAt),
  at: doc.at,
});

/** `pending` is stored in its JSON form (askedAt as an ISO string), like the SQLite store. */
export function toConversation(doc: ConversationDoc): Conversation {
  const pending = orNull(
    doc.pending as (Omit<PendingQuestion, 'askedAt'> & { askedAt: string | Date }) | null,
  );
  return {
    tenantId: doc.tenantId,
    contact: doc.contact,
    pending: pending ? { ...pending, askedAt: new Date(pending.askedAt) } : null,
    lastInboundAt: dateOrNull(doc.lastInboundAt),
    language: orNull(doc.language),
  };
}

export const toTask = (doc: TaskDoc): Task => ({
  id: doc._id,
  tenantId: doc.tenantId,
  name: doc.name,
  type: doc.type,
  channel: doc.channel,
  categoryId: orNull(doc.categoryId),
  template: doc.template,
  startAt: dateOrNull(doc.startAt),
  endAt: dateOrNull(doc.endAt),
  policy: doc.policy,
  followUp: doc.followUp,
  status: doc.status,
  reason: orNull(doc.reason),
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
  publishedAt: dateOrNull(doc.publishedAt),
  completedAt: dateOrNull(doc.completedAt),
});

export const toRecipient = (doc: RecipientDoc): Recipient => ({
  id: doc._id,
  tenantId: doc.tenantId,
  taskId: doc.taskId,
  contact: doc.contact,
  params: orNull(doc.params),
  timeZone: orNull(doc.timeZone),
  status: doc.status,
  deferReason: orNull(doc.deferReason),
  attempts: doc.attempts,
  nextAttemptAt: dateOrNull(doc.nextAttemptAt),
  claimedBy: orNull(doc.claimedBy),
  claimedAt: dateOrNull(doc.claimedAt),
  messageId: orNull(doc.messageId),
  waId: orNull(doc.waId),
  errorCode: orNull(doc.errorCode),
  errorTitle: orNull(doc.errorTitle),
  suppressedBy: orNull(doc.suppressedBy),
  sentAt: dateOrNull(doc.sentAt),
  deliveredAt: dateOrNull(doc.deliveredAt),
  readAt: dateOrNull(doc.readAt),
  failedAt: dateOrNull(doc.failedAt),
  optedOutAt: dateOrNull(doc.optedOutAt),
  lastReply: orNull(doc.lastReply),
  lastReplyAt: dateOrNull(doc.lastReplyAt),
});

/** A recipient that has a message id, with its task's category. */
export const toTaskMessageRef = (
  doc: RecipientDoc & { messageId: string },
  categoryId: string | null,
): TaskMessageRef => ({
  tenantId: doc.tenantId,
  taskId: doc.taskId,
  categoryId,
  recipientId: doc._id,
  contact: doc.contact,
  messageId: doc.messageId,
  sentAt: new Date(doc.sentAt ?? doc.claimedAt ?? 0),
});

export const toTaskReply = (doc: ReplyDoc): TaskReply => ({
  id: doc._id,
  tenantId: doc.tenantId,
  taskId: doc.taskId,
  recipientId: doc.recipientId,
  contact: doc.contact,
  messageId: doc.messageId,
  text: doc.text,
  at: doc.at,
});

export const toImport = (doc: ImportDoc): ImportJob => ({
  id: doc._id,
  tenantId: doc.tenantId,
  kind: doc.kind,
  taskId: orNull(doc.taskId),
  owner: orNull(doc.owner),
  status: doc.status,
  processed: doc.processed,
  summary: doc.summary ?? {},
  error: orNull(doc.error),
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
});
