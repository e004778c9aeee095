import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { QualitySignal, SignalField } from './account-signals';
import { SIGNAL_FIELDS } from './account-signals';
import type { WebhookEvents } from './webhook-events';

/**
 * Parses the account-level fields (template status and quality, number quality, account
 * updates). Loose objects: Meta adds keys, and an unknown event value is data, not an error.
 * Anything unusable is reported in `skipped` with its path, like the `messages` parser.
 */

const text = z.string().trim().min(1);
/** Template ids arrive as numbers (sometimes beyond 2^53, so keep the digits as given). */
const id = z.union([text, z.number().int().nonnegative()]).transform(String);
const event = text.transform((s) => s.toUpperCase());

const templateStatus = z.looseObject({
  event,
  message_template_id: id.optional(),
  message_template_name: text,
  message_template_language: text,
  reason: z.string().nullish(),
  disable_info: z.looseObject({ disable_date: z.union([z.string(), z.number()]) }).optional(),
});

const templateQuality = z.looseObject({
  new_quality_score: event,
  previous_quality_score: z.string().nullish(),
  message_template_id: id.optional(),
  message_template_name: text,
  message_template_language: text,
});

const numberQuality = z.looseObject({
  event,
  display_phone_number: text,
  current_limit: z.string().nullish(),
  old_limit: z.string().nullish(),
  max_daily_conversations_per_business: z.union([z.string(), z.number()]).nullish(),
});

const accountUpdate = z.looseObject({ event });

export function isSignalField(field: unknown): field is SignalField {
  return (SIGNAL_FIELDS as readonly unknown[]).includes(field);
}

/** A digest of the value for changes whose entry has no time (a redelivery digests the same). */
function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

function problem(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
    .join('; ');
}

/** Meta's limit names: current_limit (TIER_1K) or its successor, a bare number. */
export function limitName(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || /^\d+$/.test(value)) {
    const n = Number(value);
    return n >= 1000 && n % 1000 === 0 ? `TIER_${n / 1000}K` : `TIER_${n}`;
  }
  return value.toUpperCase();
}

export function parseSignalChange(
  field: SignalField,
  value: unknown,
  entry: { wabaId: string | null; time: Date | null },
  path: string,
  out: WebhookEvents,
): void {
  if (entry.wabaId === null) {
    out.skipped.push({
      path,
      reason: `${field} change has no entry id (the WhatsApp Business Account id that routes it)`,
    });
    return;
  }
  const when = entry.time === null ? digest(value) : String(entry.time.getTime() / 1000);
  const base = { kind: 'signal' as const, wabaId: entry.wabaId, time: entry.time };
  const signal = build(field, value, base, when);
  if (typeof signal === 'string') {
    out.skipped.push({ path: `${path}.value`, reason: `${field}: ${signal}` });
    return;
  }
  out.events.push(signal);
}

type Base = { kind: 'signal'; wabaId: string; time: Date | null };

function build(
  field: SignalField,
  value: unknown,
  base: Base,
  when: string,
): QualitySignal | string {
  switch (field) {
    case 'message_template_status_update': {
      const v = templateStatus.safeParse(value);
      if (!v.success) return problem(v.error);
      const subject = `template:${v.data.message_template_name}:${v.data.message_template_language}`;
      const disable = v.data.disable_info?.disable_date;
      return {
        ...base,
        type: 'template_status',
        event: v.data.event,
        subject,
        key: `${field}:${subject}:${v.data.event}:${when}`,
        templateId: v.data.message_template_id ?? null,
        templateName: v.data.message_template_name,
        language: v.data.message_template_language,
        reason: v.data.reason && v.data.reason !== 'NONE' ? v.data.reason : null,
        disableDate: disable === undefined ? null : String(disable),
        raw: v.data,
      };
    }
    case 'message_template_quality_update': {
      const v = templateQuality.safeParse(value);
      if (!v.success) return problem(v.error);
      const subject = `template:${v.data.message_template_name}:${v.data.message_template_language}`;
      return {
        ...base,
        type: 'template_quality',
        event: v.data.new_quality_score,
        subject,
        key: `${field}:${subject}:${v.data.new_quality_score}:${when}`,
        templateId: v.data.message_template_id ?? null,
        templateName: v.data.message_template_name,
        language: v.data.message_template_language,
        previousScore: v.data.previous_quality_score ?? null,
        raw: v.data,
      };
    }
    case 'phone_number_quality_update': {
      const v = numberQuality.safeParse(value);
      if (!v.success) return problem(v.error);
      const subject = `number:${v.data.display_phone_number}`;
      return {
        ...base,
        type: 'number_quality',
        event: v.data.event,
        subject,
        key: `${field}:${subject}:${v.data.event}:${when}`,
        displayPhoneNumber: v.data.display_phone_number,
        // current_limit is being replaced by max_daily_conversations_per_business: read both.
        currentLimit: limitName(
          v.data.max_daily_conversations_per_business ?? v.data.current_limit,
        ),
        oldLimit: limitName(v.data.old_limit),
        raw: v.data,
      };
    }
    case 'account_update': {
      const v = accountUpdate.safeParse(value);
      if (!v.success) return problem(v.error);
      return {
        ...base,
        type: 'account',
        event: v.data.event,
        subject: 'account',
        key: `${field}:account:${v.data.event}:${when}`,
        raw: v.data,
      };
    }
  }
}
