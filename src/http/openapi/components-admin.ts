/** Response schemas of the admin routes: how tenants, categories and opt-outs look on the wire. */
import { CHANNELS, OPT_OUT_SOURCES, ORIGINS } from '../../domain/types';
import { nullableString, nullableTimestamp, object, ref, timestamp } from './helpers';
import type { JsonSchema } from './types';

const nullableDays: JsonSchema = {
  type: ['integer', 'null'],
  minimum: 1,
  description: 'Days an opt-out lasts; null = until revoked.',
};

const TenantSettings = object({
  unsubscribeDays: nullableDays,
  timeZone: { type: 'string', description: 'IANA time zone of sending windows.' },
  defaultRegion: { ...nullableString, description: 'ISO 3166 region for national numbers.' },
  language: { type: 'string', description: 'Fallback reply language (ISO 639-1).' },
  messagesPerSecond: { type: 'integer', minimum: 1, maximum: 1000 },
  keywordScope: { type: 'string', enum: ['task_category', 'all'] },
  keywords: object({
    optOut: { type: 'array', items: { type: 'string' } },
    optIn: { type: 'array', items: { type: 'string' } },
  }),
  replyTexts: {
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
  },
  brandName: nullableString,
  optOutBreaker: {
    type: ['object', 'null'],
    description:
      'Circuit breaker: pause a task once `minDelivered` recipients got it and more than `maxRate` (e.g. 0.02) of them opted out after it; null = off.',
    properties: { maxRate: { type: 'number' }, minDelivered: { type: 'integer' } },
  },
  templateCheck: {
    type: 'string',
    enum: ['refuse', 'warn'],
    description:
      'A template failing the check at publish (with a wabaId): refuse the publish, or warn and publish.',
  },
  resumeAfterSignal: {
    type: 'string',
    enum: ['auto', 'admin'],
    description:
      'After Meta reinstates a paused template or unflags the number: resume the tasks it paused (auto) or leave them for an admin.',
  },
});

const Tenant = object({
  id: { type: 'string' },
  name: { type: 'string' },
  phoneNumberId: nullableString,
  wabaId: {
    ...nullableString,
    description:
      "The WhatsApp Business Account id: routes Meta's template, number-quality and account webhooks (entry[].id) to the tenant.",
  },
  hasAccessToken: {
    type: 'boolean',
    description:
      'Whether a Cloud API token is set (it is never returned). False = the sandbox sends.',
  },
  settings: ref('TenantSettings'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const Category = object({
  id: { type: 'string' },
  name: { type: 'string' },
  unsubscribeDays: nullableDays,
  description: nullableString,
  keywords: { type: 'array', items: { type: 'string' } },
  createdAt: timestamp,
  updatedAt: timestamp,
});

const Evidence: JsonSchema = {
  type: ['object', 'null'],
  description: 'Why we believe the contact opted out (text, detected intent and language, ids).',
  additionalProperties: true,
};

const OptOut = object({
  id: { type: 'string' },
  channel: { type: 'string', enum: [...CHANNELS] },
  contact: { type: 'string', description: 'E.164, a WhatsApp BSUID, or a lower-cased email.' },
  categoryId: { ...nullableString, description: 'null = all marketing.' },
  startsAt: timestamp,
  expiresAt: { ...nullableTimestamp, description: 'null = until revoked.' },
  source: { type: 'string', enum: [...OPT_OUT_SOURCES] },
  origin: { type: 'string', enum: [...ORIGINS] },
  remarks: nullableString,
  active: { type: 'boolean', description: 'startsAt <= now < expiresAt and not revoked.' },
  createdAt: timestamp,
  updatedAt: timestamp,
  revokedAt: nullableTimestamp,
  revokedBy: nullableString,
  evidence: Evidence,
});

const OptOutEvent = object({
  id: { type: 'string' },
  optOutId: { type: 'string' },
  type: { type: 'string', enum: ['created', 'extended', 'renewed', 'revoked'] },
  actor: { type: 'string' },
  source: { type: 'string', enum: [...OPT_OUT_SOURCES] },
  evidence: Evidence,
  startsAt: timestamp,
  expiresAt: nullableTimestamp,
  at: timestamp,
});

const InvalidRow = object({
  line: { type: 'integer', description: 'CSV line (header = 1) or JSON row position (from 1).' },
  contact: { type: 'string' },
  error: { type: 'string' },
});

/** The invalid-row fields every import summary carries. */
export const invalidRowFields: Record<string, JsonSchema> = {
  invalidCount: { type: 'integer' },
  invalid: { type: 'array', items: ref('InvalidRow'), description: 'The first invalid rows.' },
};

const OptOutImportSummary = object({
  created: { type: 'integer' },
  extended: { type: 'integer' },
  unchanged: { type: 'integer' },
  ...invalidRowFields,
});

const ImportStarted = object(
  { importId: { type: 'string' }, status: { type: 'string', const: 'running' } },
  'A large import runs in the background: follow it at GET /admin/imports/{id} (Location header).',
);

const ImportJob = object({
  id: { type: 'string' },
  kind: { type: 'string', enum: ['opt_outs', 'recipients'] },
  taskId: nullableString,
  status: { type: 'string', enum: ['running', 'completed', 'failed'] },
  processed: { type: 'integer' },
  summary: { type: 'object', description: 'The synchronous import’s summary once completed.' },
  error: nullableString,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const adminSchemas: Record<string, JsonSchema> = {
  TenantSettings,
  Tenant,
  Category,
  OptOut,
  OptOutEvent,
  InvalidRow,
  OptOutImportSummary,
  ImportStarted,
  ImportJob,
};
