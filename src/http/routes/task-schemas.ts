/**
 * Request schemas of the task routes. Shapes only: rules that need the tenant (the category
 * exists, the rate is within the number's) are checked by the task service.
 */
import { z } from 'zod';
import { ASSIGNEE_RULE, isAssignee } from '../../domain/assignee';
import { parseTimeOfDay } from '../../domain/tasks';
import {
  RECIPIENT_STATUSES,
  TASK_AUDIENCES,
  TASK_STATUSES,
  WINDOW_PRESETS,
  WINDOW_TIME_ZONES,
} from '../../domain/types';
import { MAX_IMPORT_ROWS } from '../../services/imports/import-service';
import { isoDateTime, plainLabel } from '../validate';
import { pageParams } from './page-query';

/** Meta's template language codes: "en", "pt_BR", "zh_HK", "es_419". */
const LANGUAGE_CODE = /^[a-z]{2,3}(_[A-Z]{2}|_\d{3})?$/;
const TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;

const timeOfDay = z.string().refine((s) => parseTimeOfDay(s) !== null, {
  message: 'must be a time of day HH:MM, e.g. 09:00',
});

const windowSchema = z
  .strictObject({
    // Optional only with a preset (its hours then apply alone); required otherwise.
    start: timeOfDay.optional(),
    end: timeOfDay.optional(),
    // Empty or left out: every day. Tasks answer with `days: []` for that, so [] is accepted
    // back (a client that sends a task's policy as it read it must not be refused).
    days: z
      .array(
        z
          .number()
          .int()
          .min(1, 'weekdays are 1 (Monday) to 7 (Sunday)')
          .max(7, 'weekdays are 1 (Monday) to 7 (Sunday)'),
      )
      .max(7)
      .optional(),
    timeZone: z
      .enum(WINDOW_TIME_ZONES, 'must be "tenant" (the tenant\'s time zone) or "recipient"')
      .optional(),
    preset: z.enum(WINDOW_PRESETS, `must be one of ${WINDOW_PRESETS.join(', ')}`).optional(),
  })
  .refine((w) => w.preset !== undefined || (w.start !== undefined && w.end !== undefined), {
    message: 'start and end are required (HH:MM), unless a preset gives the hours',
  })
  .refine((w) => w.start === undefined || w.start !== w.end, {
    message: 'start and end must differ (omit the window to send at any time)',
  })
  .refine((w) => w.preset === undefined || w.timeZone !== 'tenant', {
    message:
      'a preset applies in the recipient\'s local time: use timeZone "recipient" (or omit it)',
    path: ['timeZone'],
  })
  .transform((w) => ({
    // A preset without hours of the task's own: the whole day (start == end), the preset rules.
    start: w.start ?? '00:00',
    end: w.end ?? '00:00',
    days: [...new Set(w.days ?? [])].sort((a, b) => a - b),
    ...(w.preset ? { timeZone: 'recipient' as const, preset: w.preset } : {}),
    ...(!w.preset && w.timeZone ? { timeZone: w.timeZone } : {}),
  }));

const templateSchema = z
  .strictObject({
    name: z
      .string()
      .regex(TEMPLATE_NAME, 'must be the approved template name: lower-case letters, digits and _'),
    language: z
      .string()
      .regex(LANGUAGE_CODE, 'must be a template language code such as "en" or "pt_BR"'),
    preferenceLinkButtonIndex: z
      .number()
      .int('must be an integer')
      .min(0, 'must be 0 to 9')
      .max(9, 'must be 0 to 9')
      .nullable()
      .optional(),
    optOutButtonIndex: z
      .number()
      .int()
      .min(0, 'must be 0 to 9')
      .max(9, 'must be 0 to 9')
      .nullable()
      .optional(),
  })
  // One button cannot be both: Meta refuses a send whose two button parameters name one index.
  .refine(
    (t) =>
      t.optOutButtonIndex === null ||
      t.optOutButtonIndex === undefined ||
      t.optOutButtonIndex !== t.preferenceLinkButtonIndex,
    {
      message:
        'must differ from optOutButtonIndex: the opt-out quick reply and the preference-link URL button are two buttons of the template',
      path: ['preferenceLinkButtonIndex'],
    },
  );

const policySchema = z.strictObject({
  window: windowSchema.nullable().optional(),
  messagesPerSecond: z
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .nullable()
    .optional(),
  audience: z.enum(TASK_AUDIENCES, `must be one of ${TASK_AUDIENCES.join(', ')}`).optional(),
});

const followUpSchema = z.strictObject({
  assignees: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .refine(plainLabel[0], { ...plainLabel[1], abort: true })
        // Empty and control characters have their own messages above.
        .refine((s) => s === '' || isAssignee(s), { message: ASSIGNEE_RULE }),
    )
    .max(100),
});

const taskFields = {
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200)
    .refine(...plainLabel),
  categoryId: z.string().min(1).nullable().optional(),
  template: templateSchema,
  startAt: isoDateTime.nullable().optional(),
  endAt: isoDateTime.nullable().optional(),
  policy: policySchema.optional(),
  followUp: followUpSchema.optional(),
};

/**
 * Zod runs an object's refinements even when a field inside failed, with that field's raw
 * input: compare only when both are Dates (a bad one has its own error already).
 */
function endAfterStart(v: { startAt?: unknown; endAt?: unknown }): boolean {
  const { startAt, endAt } = v;
  if (!(startAt instanceof Date) || !(endAt instanceof Date)) return true;
  return endAt.getTime() > startAt.getTime();
}
const END_MESSAGE = { message: 'endAt must be later than startAt', path: ['endAt'] };

export const createTaskSchema = z
  .strictObject({
    ...taskFields,
    type: z.literal('marketing', { message: 'must be "marketing"' }),
    channel: z.literal('whatsapp', {
      message: 'must be "whatsapp" (the only channel tasks send on)',
    }),
  })
  .refine(endAfterStart, END_MESSAGE);

export const patchTaskSchema = z
  .strictObject({
    name: taskFields.name.optional(),
    categoryId: taskFields.categoryId,
    template: templateSchema.optional(),
    startAt: taskFields.startAt,
    endAt: taskFields.endAt,
    policy: policySchema.optional(),
    followUp: followUpSchema.optional(),
  })
  .refine(endAfterStart, END_MESSAGE);

export type CreateTaskBody = z.infer<typeof createTaskSchema>;
export type PatchTaskBody = z.infer<typeof patchTaskSchema>;

/** JSON recipients; each row is checked by the import (bad rows are reported by position, not a 400). */
export const recipientsBodySchema = z.strictObject({
  recipients: z
    .array(z.unknown(), 'must be an array of { contact, params } objects')
    .min(1, 'must list at least one recipient')
    .max(MAX_IMPORT_ROWS, `at most ${MAX_IMPORT_ROWS} rows`),
});

export const listTasksQuery = z.strictObject({
  status: z.enum(TASK_STATUSES).optional(),
  ...pageParams,
});

export const listRecipientsQuery = z.strictObject({
  status: z.enum(RECIPIENT_STATUSES).optional(),
  ...pageParams,
});

export const pageQuery = z.strictObject(pageParams);
