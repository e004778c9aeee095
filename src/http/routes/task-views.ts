/**
 * How tasks, recipients, replies and previews look on the wire (tenant ids and claim internals
 * left out): the response schemas (the OpenAPI components are generated from them) and the views.
 */
import { z } from 'zod';
import {
  DEFER_REASONS,
  RECIPIENT_STATUSES,
  TASK_AUDIENCES,
  TASK_STATUSES,
  WINDOW_PRESETS,
  WINDOW_TIME_ZONES,
} from '../../domain/types';
import type { Recipient, Task, TaskReply } from '../../domain/types';
import type { RecipientStats } from '../../store/types';
import { toJson } from '../serialize';
import { invalidRowFields } from './opt-out-views';
import { count, nullableTimestamp, timestamp } from './wire';

export const TaskStatsSchema = z
  .object({
    ...(Object.fromEntries(RECIPIENT_STATUSES.map((s) => [s, count])) as Record<
      (typeof RECIPIENT_STATUSES)[number],
      typeof count
    >),
    total: count,
    optedOutAfter: count.meta({
      description: 'Recipients who opted out after this task’s message.',
    }),
    deferred: z
      .object(
        Object.fromEntries(DEFER_REASONS.map((r) => [r, count])) as Record<
          (typeof DEFER_REASONS)[number],
          typeof count
        >,
      )
      .meta({
        description:
          'Pending recipients waiting, by why: outside their own window, held by the tenant’s ' +
          'frequency cap, or by Meta’s per-user marketing limit (131049). Each ends with that ' +
          'status if the task ends first.',
      }),
  })
  .meta({
    description: 'Recipients by status; computed from the recipients, never kept as counters.',
  });

export const TaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.literal('marketing'),
  channel: z.literal('whatsapp'),
  categoryId: z.string().nullable(),
  template: z.object({
    name: z.string(),
    language: z.string(),
    optOutButtonIndex: z.int().nullable().meta({
      description: 'The quick-reply button that opts out; sent with payload `optout:<taskId>`.',
    }),
    preferenceLinkButtonIndex: z
      .int()
      .nullable()
      .meta({
        description:
          'A URL button whose dynamic suffix is the recipient’s signed preference-link token ' +
          '(the template’s URL ends in /preferences?t={{1}}).',
      }),
  }),
  startAt: nullableTimestamp,
  endAt: nullableTimestamp,
  policy: z.object({
    window: z
      .object({
        start: z.string(),
        end: z.string(),
        days: z.array(z.int()),
        timeZone: z.enum(WINDOW_TIME_ZONES).meta({
          description:
            'tenant (default): the window is read in the tenant’s time zone; recipient: in each ' +
            'recipient’s own (its timeZone column, else derived from its number).',
        }),
        preset: z
          .enum(WINDOW_PRESETS)
          .nullable()
          .meta({
            description:
              'us_marketing: US marketing hours at the recipient’s location (8:00-21:00, stricter ' +
              'states such as Florida 8:00-20:00) on top of start/end.',
          }),
      })
      .nullable(),
    messagesPerSecond: z.int().nullable(),
    audience: z.enum(TASK_AUDIENCES).meta({
      description:
        'not_opted_out (default): everyone without an active opt-out; consented: only contacts ' +
        'with an active consent covering the task’s category: those without one end as no_consent ' +
        '(whether or not also opted out), consented ones with an active opt-out as suppressed.',
    }),
  }),
  followUp: z.object({ assignees: z.array(z.string()) }),
  status: z.enum(TASK_STATUSES),
  reason: z.string().nullable().meta({ description: 'Why the task paused or failed.' }),
  createdAt: timestamp,
  updatedAt: timestamp,
  publishedAt: nullableTimestamp,
  completedAt: nullableTimestamp,
});
export type TaskWire = z.output<typeof TaskSchema>;

export const TaskWithStatsSchema = TaskSchema.extend({ stats: TaskStatsSchema });

const templateParams = z
  .union([z.array(z.string()), z.record(z.string(), z.string()), z.null()])
  .meta({ description: 'Positional (`{{1}}`) or named template parameters.' });

export const RecipientSchema = z.object({
  id: z.string(),
  contact: z.string(),
  params: templateParams,
  status: z.enum(RECIPIENT_STATUSES),
  deferReason: z
    .enum(DEFER_REASONS)
    .nullable()
    .meta({
      description:
        'Why a pending recipient waits until nextAttemptAt: outside_window, frequency_capped or ' +
        'meta_limited (131049); null when it does not wait.',
    }),
  timeZone: z.string().nullable().meta({
    description:
      'The IANA zone given at import for windows on the recipient’s clock (null: derived from the number).',
  }),
  attempts: count,
  nextAttemptAt: nullableTimestamp,
  messageId: z.string().nullable(),
  waId: z.string().nullable(),
  errorCode: z.int().nullable(),
  errorTitle: z.string().nullable(),
  suppressedBy: z
    .string()
    .nullable()
    .meta({ description: 'The opt-out that suppressed this recipient.' }),
  sentAt: nullableTimestamp,
  deliveredAt: nullableTimestamp,
  readAt: nullableTimestamp,
  failedAt: nullableTimestamp,
  optedOutAt: nullableTimestamp,
  lastReply: z.string().nullable(),
  lastReplyAt: nullableTimestamp,
});
export type RecipientWire = z.output<typeof RecipientSchema>;

export const TaskReplySchema = z.object({
  id: z.string(),
  taskId: z.string(),
  recipientId: z.string(),
  contact: z.string(),
  messageId: z.string(),
  text: z.string(),
  at: timestamp,
});
export type TaskReplyWire = z.output<typeof TaskReplySchema>;

export const RecipientImportSummarySchema = z.object({
  accepted: count,
  duplicates: count,
  ...invalidRowFields,
});

export const TaskPreviewSchema = z
  .object({
    scanned: count,
    truncated: z.boolean(),
    wouldSend: count,
    noConsent: count.meta({
      description:
        'A `consented` task’s recipients without an active consent covering it (never sent; ' +
        'read before suppression, as the dispatcher reads them). 0 for a `not_opted_out` task.',
    }),
    suppressed: z.object({
      total: count,
      byScope: z.object({ category: count, allMarketing: count }),
      bySource: z.record(z.string(), count),
      byOrigin: z.record(z.string(), count),
    }),
    params: z.object({
      expected: z.string().meta({
        description: 'The shape most recipients have, which the template is assumed to expect.',
      }),
      notFitting: count,
      examples: z.array(z.object({ contact: z.string(), problem: z.string() })),
    }),
    window: z.object({
      timeZone: z.string().meta({
        description:
          'The tenant’s zone, or "recipient" when the window is on each recipient’s clock.',
      }),
      openNow: z.boolean(),
      nextOpensAt: nullableTimestamp,
      recipients: z
        .object({ insideNow: count, outsideNow: count, neverOpen: count })
        .optional()
        .meta({
          description:
            'On the recipient’s clock: sendable recipients inside their window now, waiting for it, ' +
            'and whose possible zones never share an open hour (they end outside_window).',
        }),
    }),
    example: z
      .object({
        recipientId: z.string(),
        contact: z.string(),
        body: z.record(z.string(), z.unknown()).meta({
          description: 'The Cloud API request body that would be sent.',
        }),
      })
      .nullable(),
    exampleError: z.string().nullable(),
    template: z
      .object({
        checked: z.boolean(),
        reason: z.string().optional(),
        ok: z.boolean().optional(),
        problems: z.array(z.string()).optional(),
        note: z.string().nullable().optional(),
      })
      .meta({
        description:
          "The template check against Meta's description of the template (GET /{waba-id}/message_templates): " +
          '`checked` false with the `reason` (no wabaId, Graph API unreachable), or `ok` with the `problems` found.',
      }),
  })
  .meta({
    description:
      'A dry run over the pending recipients: who would be sent to, who is suppressed and why, ' +
      'parameter problems, the sending window, and one example message body.',
  });

export function taskView(task: Task, stats?: RecipientStats): TaskWire {
  return toJson({
    id: task.id,
    name: task.name,
    type: task.type,
    channel: task.channel,
    categoryId: task.categoryId,
    template: {
      ...task.template,
      preferenceLinkButtonIndex: task.template.preferenceLinkButtonIndex ?? null,
    },
    startAt: task.startAt,
    endAt: task.endAt,
    policy: {
      ...task.policy,
      window: task.policy.window
        ? {
            ...task.policy.window,
            timeZone: task.policy.window.timeZone ?? 'tenant',
            preset: task.policy.window.preset ?? null,
          }
        : null,
      audience: task.policy.audience ?? 'not_opted_out',
    },
    followUp: task.followUp,
    status: task.status,
    reason: task.reason,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    publishedAt: task.publishedAt,
    completedAt: task.completedAt,
    ...(stats ? { stats } : {}),
  }) as TaskWire;
}

export function recipientView(r: Recipient): RecipientWire {
  return toJson({
    id: r.id,
    contact: r.contact,
    params: r.params,
    status: r.status,
    deferReason: r.deferReason,
    timeZone: r.timeZone,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    messageId: r.messageId,
    waId: r.waId,
    errorCode: r.errorCode,
    errorTitle: r.errorTitle,
    suppressedBy: r.suppressedBy,
    sentAt: r.sentAt,
    deliveredAt: r.deliveredAt,
    readAt: r.readAt,
    failedAt: r.failedAt,
    optedOutAt: r.optedOutAt,
    lastReply: r.lastReply,
    lastReplyAt: r.lastReplyAt,
  }) as RecipientWire;
}

export function replyView(reply: TaskReply): TaskReplyWire {
  const { tenantId: _tenantId, ...rest } = reply;
  return toJson(rest) as TaskReplyWire;
}
