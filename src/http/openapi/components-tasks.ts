/** Response schemas of the task routes: tasks with stats, recipients, replies, the preview. */
import { RECIPIENT_STATUSES, TASK_STATUSES } from '../../domain/types';
import { invalidRowFields } from './components-admin';
import { nullableString, nullableTimestamp, object, ref, timestamp } from './helpers';
import type { JsonSchema } from './types';

const nullableInteger: JsonSchema = { type: ['integer', 'null'] };
const count: JsonSchema = { type: 'integer', minimum: 0 };

const TaskStats = object(
  {
    ...Object.fromEntries(RECIPIENT_STATUSES.map((s) => [s, count])),
    total: count,
    optedOutAfter: { ...count, description: 'Recipients who opted out after this task’s message.' },
  },
  'Recipients by status; computed from the recipients, never kept as counters.',
);

const Task = object({
  id: { type: 'string' },
  name: { type: 'string' },
  type: { type: 'string', const: 'marketing' },
  channel: { type: 'string', const: 'whatsapp' },
  categoryId: nullableString,
  template: object({
    name: { type: 'string' },
    language: { type: 'string' },
    optOutButtonIndex: {
      ...nullableInteger,
      description: 'The quick-reply button that opts out; sent with payload `optout:<taskId>`.',
    },
  }),
  startAt: nullableTimestamp,
  endAt: nullableTimestamp,
  policy: object({
    window: {
      type: ['object', 'null'],
      properties: {
        start: { type: 'string' },
        end: { type: 'string' },
        days: { type: 'array', items: { type: 'integer' } },
      },
    },
    messagesPerSecond: nullableInteger,
  }),
  followUp: object({ assignees: { type: 'array', items: { type: 'string' } } }),
  status: { type: 'string', enum: [...TASK_STATUSES] },
  reason: { ...nullableString, description: 'Why the task paused or failed.' },
  createdAt: timestamp,
  updatedAt: timestamp,
  publishedAt: nullableTimestamp,
  completedAt: nullableTimestamp,
});

const TaskWithStats: JsonSchema = {
  allOf: [ref('Task'), object({ stats: ref('TaskStats') })],
};

const templateParams: JsonSchema = {
  description: 'Positional (`{{1}}`) or named template parameters.',
  anyOf: [
    { type: 'array', items: { type: 'string' } },
    { type: 'object', additionalProperties: { type: 'string' } },
    { type: 'null' },
  ],
};

const Recipient = object({
  id: { type: 'string' },
  contact: { type: 'string' },
  params: templateParams,
  status: { type: 'string', enum: [...RECIPIENT_STATUSES] },
  attempts: count,
  nextAttemptAt: nullableTimestamp,
  messageId: nullableString,
  waId: nullableString,
  errorCode: nullableInteger,
  errorTitle: nullableString,
  suppressedBy: { ...nullableString, description: 'The opt-out that suppressed this recipient.' },
  sentAt: nullableTimestamp,
  deliveredAt: nullableTimestamp,
  readAt: nullableTimestamp,
  failedAt: nullableTimestamp,
  optedOutAt: nullableTimestamp,
  lastReply: nullableString,
  lastReplyAt: nullableTimestamp,
});

const TaskReply = object({
  id: { type: 'string' },
  taskId: { type: 'string' },
  recipientId: { type: 'string' },
  contact: { type: 'string' },
  messageId: { type: 'string' },
  text: { type: 'string' },
  at: timestamp,
});

const RecipientImportSummary = object({
  accepted: count,
  duplicates: count,
  ...invalidRowFields,
});

const TaskPreview: JsonSchema = {
  type: 'object',
  description:
    'A dry run over the pending recipients: who would be sent to, who is suppressed and why, ' +
    'parameter problems, the sending window, and one example message body.',
  required: ['scanned', 'truncated', 'wouldSend', 'suppressed', 'params', 'window', 'example'],
  properties: {
    scanned: count,
    truncated: { type: 'boolean' },
    wouldSend: count,
    suppressed: object({
      total: count,
      byScope: object({ category: count, allMarketing: count }),
      bySource: { type: 'object', additionalProperties: count },
      byOrigin: { type: 'object', additionalProperties: count },
    }),
    params: { type: 'object' },
    window: object({
      timeZone: { type: 'string' },
      openNow: { type: 'boolean' },
      nextOpensAt: nullableTimestamp,
    }),
    example: { type: ['object', 'null'] },
    exampleError: nullableString,
    template: {
      type: 'object',
      description:
        "The template check against Meta's description of the template (GET /{waba-id}/message_templates): " +
        '`checked` false with the `reason` (no wabaId, Graph API unreachable), or `ok` with the `problems` found.',
      required: ['checked'],
      properties: {
        checked: { type: 'boolean' },
        reason: { type: 'string' },
        ok: { type: 'boolean' },
        problems: { type: 'array', items: { type: 'string' } },
        note: nullableString,
      },
    },
  },
};

export const taskSchemas: Record<string, JsonSchema> = {
  Task,
  TaskStats,
  TaskWithStats,
  Recipient,
  TaskReply,
  RecipientImportSummary,
  TaskPreview,
};
