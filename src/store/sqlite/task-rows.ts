/** Row ↔ record mapping for tasks, their recipients and replies, and import jobs. */
import type { ImportJob, Recipient, Task, TaskReply } from '../../domain/types';
import type { TaskMessageRef } from '../types';
import { date, dateOrNull, parse, parseRequired } from './rows';

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
  time_zone: string | null;
  status: string;
  defer_reason: string | null;
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
  timeZone: row.time_zone,
  status: row.status as Recipient['status'],
  deferReason: row.defer_reason as Recipient['deferReason'],
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
  owner: string | null;
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
  owner: row.owner,
  status: row.status as ImportJob['status'],
  processed: row.processed,
  summary: parseRequired(row.summary),
  error: row.error,
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});
