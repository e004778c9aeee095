/**
 * Row ↔ record mapping. Rows hold integer milliseconds and JSON text; records hold Dates
 * and objects. Nothing here touches the database.
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
import type { Conversation, TaskMessageRef } from '../types';

/** The scope column: a category id, or '*' for all marketing (NULL would defeat the unique index). */
export const ALL_MARKETING = '*';

export const toScopeKey = (categoryId: string | null): string => categoryId ?? ALL_MARKETING;
export const fromScopeKey = (scopeKey: string): string | null => (scopeKey === ALL_MARKETING ? null : scopeKey);

export const ms = (date: Date): number => date.getTime();
export const msOrNull = (date: Date | null | undefined): number | null => (date ? date.getTime() : null);
export const date = (value: number): Date => new Date(value);
export const dateOrNull = (value: number | null): Date | null => (value === null ? null : new Date(value));

export const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
export function parse<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
function parseRequired<T>(text: string): T {
  return JSON.parse(text) as T;
}

export interface TenantRow {
  id: string;
  name: string;
  phone_number_id: string | null;
  access_token_enc: string | null;
  settings: string;
  created_at: number;
  updated_at: number;
}

export const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  name: row.name,
  phoneNumberId: row.phone_number_id,
  accessTokenEnc: row.access_token_enc,
  settings: parseRequired(row.settings),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

export interface CategoryRow {
  id: string;
  tenant_id: string;
  name: string;
  unsubscribe_days: number | null;
  description: string | null;
  keywords: string;
  created_at: number;
  updated_at: number;
}

export const toCategory = (row: CategoryRow): Category => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  unsubscribeDays: row.unsubscribe_days,
  description: row.description,
  keywords: parseRequired(row.keywords),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

export interface OptOutRow {
  id: string;
  tenant_id: string;
  channel: string;
  contact: string;
  scope_key: string;
  origin: string;
  source: string;
  starts_at: number;
  expires_at: number | null;
  remarks: string | null;
  evidence: string | null;
  created_at: number;
  updated_at: number;
  revoked_at: number | null;
  revoked_by: string | null;
}

export const toOptOut = (row: OptOutRow): OptOut => ({
  id: row.id,
  tenantId: row.tenant_id,
  channel: row.channel as OptOut['channel'],
  contact: row.contact,
  categoryId: fromScopeKey(row.scope_key),
  origin: row.origin as OptOut['origin'],
  source: row.source as OptOut['source'],
  startsAt: date(row.starts_at),
  expiresAt: dateOrNull(row.expires_at),
  remarks: row.remarks,
  evidence: parse(row.evidence),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
  revokedAt: dateOrNull(row.revoked_at),
  revokedBy: row.revoked_by,
});

/** Active at `now`: not revoked, started, and not yet expired (the expiry instant is outside). */
export const isActiveRow = (row: OptOutRow, now: number): boolean =>
  row.revoked_at === null && row.starts_at <= now && (row.expires_at === null || now < row.expires_at);

export interface OptOutEventRow {
  id: string;
  tenant_id: string;
  opt_out_id: string;
  type: string;
  actor: string;
  source: string;
  evidence: string | null;
  starts_at: number;
  expires_at: number | null;
  at: number;
}

export const toOptOutEvent = (row: OptOutEventRow): OptOutEvent => ({
  id: row.id,
  tenantId: row.tenant_id,
  optOutId: row.opt_out_id,
  type: row.type as OptOutEvent['type'],
  actor: row.actor,
  source: row.source as OptOutEvent['source'],
  evidence: parse(row.evidence),
  startsAt: date(row.starts_at),
  expiresAt: dateOrNull(row.expires_at),
  at: date(row.at),
});

export interface ConversationRow {
  tenant_id: string;
  contact: string;
  pending: string | null;
  last_inbound_at: number | null;
  language: string | null;
}

export function toConversation(row: ConversationRow): Conversation {
  const pending = parse<{ askedAt: string } & Omit<NonNullable<Conversation['pending']>, 'askedAt'>>(row.pending);
  return {
    tenantId: row.tenant_id,
    contact: row.contact,
    pending: pending ? { ...pending, askedAt: new Date(pending.askedAt) } : null,
    lastInboundAt: dateOrNull(row.last_inbound_at),
    language: row.language,
  };
}

export interface TaskRow {
  id: string;
  tenant_id: string;
  name: string;
  type: string;
  channel: string;
  category_id: string | null;
  template: string;
  start_at: number | null;
  end_at: number | null;
  policy: string;
  follow_up: string;
  status: string;
  reason: string | null;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  completed_at: number | null;
}

export const toTask = (row: TaskRow): Task => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  type: row.type as Task['type'],
  channel: row.channel as Task['channel'],
  categoryId: row.category_id,
  template: parseRequired(row.template),
  startAt: dateOrNull(row.start_at),
  endAt: dateOrNull(row.end_at),
  policy: parseRequired(row.policy),
  followUp: parseRequired(row.follow_up),
  status: row.status as Task['status'],
  reason: row.reason,
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
  publishedAt: dateOrNull(row.published_at),
  completedAt: dateOrNull(row.completed_at),
});

export interface RecipientRow {
  id: string;
  tenant_id: string;
  task_id: string;
  contact: string;
  params: string | null;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  claimed_by: string | null;
  claimed_at: number | null;
  message_id: string | null;
  wa_id: string | null;
  error_code: number | null;
  error_title: string | null;
  suppressed_by: string | null;
  sent_at: number | null;
  delivered_at: number | null;
  read_at: number | null;
  failed_at: number | null;
  opted_out_at: number | null;
  last_reply: string | null;
  last_reply_at: number | null;
}

export const toRecipient = (row: RecipientRow): Recipient => ({
  id: row.id,
  tenantId: row.tenant_id,
  taskId: row.task_id,
  contact: row.contact,
  params: parse(row.params),
  status: row.status as Recipient['status'],
  attempts: row.attempts,
  nextAttemptAt: dateOrNull(row.next_attempt_at),
  claimedBy: row.claimed_by,
  claimedAt: dateOrNull(row.claimed_at),
  messageId: row.message_id,
  waId: row.wa_id,
  errorCode: row.error_code,
  errorTitle: row.error_title,
  suppressedBy: row.suppressed_by,
  sentAt: dateOrNull(row.sent_at),
  deliveredAt: dateOrNull(row.delivered_at),
  readAt: dateOrNull(row.read_at),
  failedAt: dateOrNull(row.failed_at),
  optedOutAt: dateOrNull(row.opted_out_at),
  lastReply: row.last_reply,
  lastReplyAt: dateOrNull(row.last_reply_at),
});

/** A recipient row joined with its task's category. */
export interface TaskMessageRow {
  tenant_id: string;
  task_id: string;
  category_id: string | null;
  id: string;
  contact: string;
  message_id: string;
  sent_at: number | null;
  claimed_at: number | null;
}

export const toTaskMessageRef = (row: TaskMessageRow): TaskMessageRef => ({
  tenantId: row.tenant_id,
  taskId: row.task_id,
  categoryId: row.category_id,
  recipientId: row.id,
  contact: row.contact,
  messageId: row.message_id,
  sentAt: date(row.sent_at ?? row.claimed_at ?? 0),
});

export interface TaskReplyRow {
  id: string;
  tenant_id: string;
  task_id: string;
  recipient_id: string;
  contact: string;
  message_id: string;
  text: string;
  at: number;
}

export const toTaskReply = (row: TaskReplyRow): TaskReply => ({
  id: row.id,
  tenantId: row.tenant_id,
  taskId: row.task_id,
  recipientId: row.recipient_id,
  contact: row.contact,
  messageId: row.message_id,
  text: row.text,
  at: date(row.at),
});

export interface ImportRow {
  id: string;
  tenant_id: string;
  kind: string;
  task_id: string | null;
  status: string;
  processed: number;
  summary: string;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export const toImport = (row: ImportRow): ImportJob => ({
  id: row.id,
  tenantId: row.tenant_id,
  kind: row.kind as ImportJob['kind'],
  taskId: row.task_id,
  status: row.status as ImportJob['status'],
  processed: row.processed,
  summary: parseRequired(row.summary),
  error: row.error,
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});
