/** How tenants look on the wire: the access token never leaves the service, only whether one is set. */
import { z } from 'zod';
import { CUSTOMER_OPT_OUT_POLICIES } from '../../domain/types';
import type { Tenant } from '../../domain/types';
import { toJson } from '../serialize';
import { nullableDays, timestamp } from './wire';

export const TenantSettingsSchema = z.object({
  unsubscribeDays: nullableDays,
  timeZone: z.string().meta({ description: 'IANA time zone of sending windows.' }),
  defaultRegion: z
    .string()
    .nullable()
    .meta({ description: 'ISO 3166 region for national numbers.' }),
  language: z.string().meta({ description: 'Fallback reply language (ISO 639-1).' }),
  messagesPerSecond: z.int().min(1).max(1000),
  keywordScope: z.enum(['task_category', 'all']),
  keywords: z.object({
    optOut: z.array(z.string()),
    optIn: z.array(z.string()),
    neverOptOut: z.array(z.string()).optional().meta({
      description:
        'Phrases never read as an opt-out (a brand slogan with "stop" in it); absent on tenants saved before it existed.',
    }),
  }),
  replyTexts: z.record(z.string(), z.record(z.string(), z.string())),
  brandName: z.string().nullable(),
  customerOptOutPolicy: z
    .enum(CUSTOMER_OPT_OUT_POLICIES)
    .optional()
    .meta({
      description:
        'seed: a customer’s task-linked opt-out lasts the category’s days; strict: customer and ' +
        'Meta opt-outs never expire, and lifting one needs a newer consent or an override. ' +
        'Absent on tenants saved before it existed: seed.',
    }),
  doubleOptIn: z.boolean().optional().meta({
    description:
      'Ask a customer who writes START to confirm with a button before recording consent.',
  }),
  optOutBreaker: z
    .object({
      maxRate: z.number(),
      minDelivered: z.int(),
      windowSends: z.int().optional(),
      spike: z
        .object({ sends: z.int(), factor: z.number(), minOptOuts: z.int() })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional()
    .meta({
      description:
        "Circuit breaker: pause a task when more than `maxRate` (e.g. 0.02) of the recipients reached by its last `windowSends` sends (default 1000) opted out, once `minDelivered` were reached; or when its newest `spike.sends` sends opt out above `maxRate` and `spike.factor` times the task's running rate (at least `spike.minOptOuts`); null = off.",
    }),
  errorBurst: z
    .object({
      minutes: z.int(),
      minCount: z.int(),
      share: z.number(),
      ignoreCodes: z.array(z.int()),
    })
    .nullable()
    .optional()
    .meta({
      description:
        'Error-burst guard (on by default): pause a task and alert when at least `minCount` of its sends and `share` of them failed with one error code within `minutes` (a suspected provider fault); null = off.',
    }),
  frequencyCap: z.object({ max: z.int(), hours: z.number() }).nullable().optional().meta({
    description:
      'At most `max` marketing messages per contact in any rolling `hours` (e.g. 3 per 24), across all the tenant’s tasks; a recipient over it waits (deferred) and ends `frequency_capped` if its task ends first. null = no cap.',
  }),
  templateCheck: z.enum(['refuse', 'warn']).optional().meta({
    description:
      'A template failing the check at publish (with a wabaId): refuse the publish, or warn and publish.',
  }),
  resumeAfterSignal: z.enum(['auto', 'admin']).optional().meta({
    description:
      'After Meta reinstates a paused template or unflags the number: resume the tasks it paused (auto) or leave them for an admin.',
  }),
});

export const TenantSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneNumberId: z.string().nullable(),
  wabaId: z.string().nullable().meta({
    description:
      "The WhatsApp Business Account id: routes Meta's template, number-quality and account webhooks (entry[].id) to the tenant.",
  }),
  hasAccessToken: z.boolean().meta({
    description:
      'Whether a Cloud API token is set (it is never returned). False = the sandbox sends.',
  }),
  settings: TenantSettingsSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TenantWire = z.output<typeof TenantSchema>;

export function tenantView(tenant: Tenant): TenantWire {
  const { accessTokenEnc, ...rest } = tenant;
  return toJson({ ...rest, hasAccessToken: accessTokenEnc !== null }) as TenantWire;
}
