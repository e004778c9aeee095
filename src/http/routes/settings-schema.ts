/** The tenant settings a PUT /admin/settings (or a tenant create/patch) may change, validated. */
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { CUSTOMER_OPT_OUT_POLICIES } from '../../domain/types';
import { MAX_VALIDITY_DAYS } from '../../domain/opt-out-validity';
import { REPLY_LANGUAGES } from '../../domain/replies';
import type { TenantSettings } from '../../domain/types';
import { resolveErrorBurst, type ErrorBurstRule } from '../../domain/error-burst';
import { resolveOptOutBreaker } from '../../domain/opt-out-breaker';
import { plainLabel } from '../validate';

/** The languages the built-in reply texts and keyword lists cover. */
export const LANGUAGES = REPLY_LANGUAGES;

/** A positive number of days, or null = until revoked. */
export const unsubscribeDays = z
  .number('must be a positive whole number of days, or null for "until revoked"')
  .int('must be a whole number of days')
  .min(1, 'must be at least 1 (use null for "until revoked")')
  .max(MAX_VALIDITY_DAYS, `must be at most ${MAX_VALIDITY_DAYS} (use null for "until revoked")`)
  .nullable();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z.string().refine(isTimeZone, {
  message: 'must be an IANA time zone such as "America/Sao_Paulo" or "UTC"',
});

const defaultRegion = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s) && isSupportedCountry(s), {
    message:
      'must be a two-letter ISO 3166 region with a phone numbering plan, such as "BR" or "US" (or null)',
  })
  .nullable();

const keywordList = z
  .array(z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'))
  .max(100, 'at most 100 keywords');

const replyText = z
  .string()
  .min(1, 'must not be empty')
  .max(1024, 'must be at most 1024 characters (a WhatsApp text limit is 4096, keep replies short)');

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number(`must be a whole number of ${what}`)
    .int(`must be a whole number of ${what}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const share = (what: string) =>
  z
    .number(`must be a share of ${what}, e.g. 0.02 for 2 %`)
    .gt(0, 'must be above 0')
    .max(1, 'must be at most 1 (100 %)');

/**
 * The opt-out breaker (domain/opt-out-breaker.ts). `windowSends` and `spike` are optional so
 * the setting's first shape, `{ maxRate, minDelivered }`, is still accepted; they are stored
 * with their defaults filled in.
 */
const optOutBreaker = z
  .strictObject({
    maxRate: share('the recipients reached'),
    minDelivered: wholeNumber('recipients reached', 1, 1_000_000),
    windowSends: wholeNumber('sends', 10, 100_000).optional(),
    spike: z
      .strictObject({
        sends: wholeNumber('sends', 10, 10_000),
        factor: z
          .number('must be a number, e.g. 3 for "3 times the running rate"')
          .min(1, 'must be at least 1 (the running rate itself)')
          .max(1000, 'must be at most 1000'),
        minOptOuts: wholeNumber('opt-outs', 1, 10_000),
      })
      .nullable()
      .optional(),
  })
  .superRefine((raw, ctx) => {
    const b = resolveOptOutBreaker(raw);
    if (b.minDelivered > b.windowSends)
      ctx.addIssue({
        code: 'custom',
        path: ['minDelivered'],
        message: `must be at most windowSends (${b.windowSends}): the rate is measured over a window of windowSends of the task's sends, so a larger minimum would never be reached`,
      });
    if (b.spike && b.spike.sends >= b.windowSends)
      ctx.addIssue({
        code: 'custom',
        path: ['spike', 'sends'],
        message: `must be below windowSends (${b.windowSends}), and is ${b.spike.sends}${'spike' in raw ? '' : ' by default'}: the spike compares the newest spike.sends sends with the rest of the window (give a smaller spike.sends, or spike: null)`,
      });
  })
  .transform((b) => resolveOptOutBreaker(b));

/** The error-burst guard (domain/error-burst.ts); omitted fields take their defaults. */
const errorBurst = z
  .strictObject({
    minutes: wholeNumber('minutes', 1, 1440).optional(),
    minCount: wholeNumber('failures', 1, 1_000_000).optional(),
    share: share("the task's sends").optional(),
    ignoreCodes: z
      .array(z.number().int('must be whole error codes such as 131049'))
      .max(50, 'at most 50 codes')
      .optional(),
  })
  .transform((b) => resolveErrorBurst(b) as ErrorBurstRule);

export const settingsPatchSchema = z.strictObject({
  unsubscribeDays: unsubscribeDays.optional(),
  timeZone: timeZone.optional(),
  defaultRegion: defaultRegion.optional(),
  language: z.enum(LANGUAGES, `must be one of ${LANGUAGES.join(', ')}`).optional(),
  messagesPerSecond: z
    .number('must be a whole number of messages per second')
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000 (the Cloud API maximum per number)')
    .optional(),
  keywordScope: z.enum(['task_category', 'all'], 'must be "task_category" or "all"').optional(),
  customerOptOutPolicy: z.enum(CUSTOMER_OPT_OUT_POLICIES, 'must be "seed" or "strict"').optional(),
  doubleOptIn: z.boolean('must be true or false').optional(),
  keywords: z
    .strictObject({
      optOut: keywordList.optional(),
      optIn: keywordList.optional(),
      neverOptOut: keywordList.optional(),
    })
    .optional(),
  replyTexts: z
    .partialRecord(
      z.enum(LANGUAGES, `language must be one of ${LANGUAGES.join(', ')}`),
      z.record(z.string().min(1).max(64), replyText),
    )
    .optional(),
  brandName: z
    .string()
    .trim()
    .min(1, 'must not be empty (use null for the tenant name)')
    .max(100)
    .refine(...plainLabel)
    .nullable()
    .optional(),
  optOutBreaker: optOutBreaker.nullable().optional(),
  errorBurst: errorBurst.nullable().optional(),
  frequencyCap: z
    .strictObject({
      max: z
        .number('must be a whole number of messages, e.g. 3')
        .int('must be a whole number')
        .min(1, 'must be at least 1 (use null for no cap)')
        .max(1000),
      hours: z
        .number('must be a number of hours, e.g. 24')
        .gt(0, 'must be above 0')
        .max(24 * 90, 'must be at most 2160 (90 days)'),
    })
    .nullable()
    .optional(),
  templateCheck: z
    .enum(['refuse', 'warn'], 'must be "refuse" (a failing template stops the publish) or "warn"')
    .optional(),
  resumeAfterSignal: z
    .enum(['auto', 'admin'], 'must be "auto" (resume when Meta reinstates) or "admin"')
    .optional(),
});

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The zod output with absent keys dropped, as the Partial<TenantSettings> the tenant service merges. */
export function toSettingsPatch(patch: SettingsPatch): Partial<TenantSettings> {
  const out: Partial<TenantSettings> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
