/**
 * `components`: security schemes, the error body and the response schemas, generated from the
 * zod schemas next to the views that build the answers (routes/*-views.ts).
 */
import { z } from 'zod';
import { ERROR_CODES } from '../../errors';
import { CategorySchema } from '../routes/category-views';
import {
  ConsentEventSchema,
  ConsentImportSummarySchema,
  ConsentSchema,
  ConsentWithEventsSchema,
} from '../routes/consent-views';
import {
  ImportJobSchema,
  ImportStartedSchema,
  InvalidRowSchema,
  OptOutEventSchema,
  OptOutImportSummarySchema,
  OptOutSchema,
} from '../routes/opt-out-views';
import {
  RecipientImportSummarySchema,
  RecipientSchema,
  TaskPreviewSchema,
  TaskReplySchema,
  TaskSchema,
  TaskStatsSchema,
  TaskWithStatsSchema,
} from '../routes/task-views';
import { TenantSchema, TenantSettingsSchema } from '../routes/tenant-views';
import { object } from './helpers';
import type { JsonSchema } from './types';

export const securitySchemes = {
  platformToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'The platform operator’s ADMIN_TOKEN. Required by /admin/tenants; the sandbox accepts it ' +
      'for every number. On tenant routes it acts as the bootstrapped default tenant, or as the ' +
      'tenant whose id is sent in an `X-Tenant-Id` header (a tenant API key with that header is ' +
      'refused with 403).',
  },
  tenantApiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A tenant API key, returned once by POST /admin/tenants or /admin/tenants/{id}/rotate-key. ' +
      'Tenant routes see only that tenant’s data. ADMIN_TOKEN is accepted for the default tenant.',
  },
} as const;

const ErrorBody = object(
  {
    error: { type: 'string', description: 'What was wrong and how to fix it, for people.' },
    code: {
      type: 'string',
      enum: [...ERROR_CODES],
      description:
        'A stable machine-readable word for the kind of problem: validation_failed (400), ' +
        'unknown_fields (400: fields the route does not take), malformed_json (400), ' +
        'unauthorized (401), forbidden (403), not_found (404), conflict (409), ' +
        'payload_too_large (413), unsupported_media_type (415), rate_limited (429), ' +
        'unavailable (503), internal (500). Branch on it, not on the message.',
    },
    requestId: {
      type: 'string',
      description:
        'This request’s id, also in the X-Request-Id response header and in the service’s log ' +
        'lines about it. A sane X-Request-Id sent by the client (letters, digits, _ . -, at most ' +
        '128) is kept. Quote it when reporting a problem.',
    },
  },
  'Every error answers with this body and the matching status code.',
);

/** Each response schema under its component name; a schema used inside another is a $ref. */
const RESPONSE_SCHEMAS = {
  TenantSettings: TenantSettingsSchema,
  Tenant: TenantSchema,
  Category: CategorySchema,
  OptOut: OptOutSchema,
  OptOutEvent: OptOutEventSchema,
  InvalidRow: InvalidRowSchema,
  OptOutImportSummary: OptOutImportSummarySchema,
  ImportStarted: ImportStartedSchema,
  ImportJob: ImportJobSchema,
  Consent: ConsentSchema,
  ConsentEvent: ConsentEventSchema,
  ConsentWithEvents: ConsentWithEventsSchema,
  ConsentImportSummary: ConsentImportSummarySchema,
  Task: TaskSchema,
  TaskStats: TaskStatsSchema,
  TaskWithStats: TaskWithStatsSchema,
  Recipient: RecipientSchema,
  TaskReply: TaskReplySchema,
  RecipientImportSummary: RecipientImportSummarySchema,
  TaskPreview: TaskPreviewSchema,
} satisfies Record<string, z.ZodType>;

/** JSON Schemas (draft 2020-12, OpenAPI 3.1's dialect) of what the server sends. */
function responseComponents(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(RESPONSE_SCHEMAS)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
    // Answers may gain fields (clients ignore what they do not know), and allOf compositions
    // (a Tenant plus its apiKey) need room for the other part's fields.
    override: (ctx) => {
      if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
    },
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(generated)) {
    // The document states its dialect once; components are not separate documents.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    out[id] = rest;
  }
  return out;
}

export const schemas: Record<string, JsonSchema> = {
  Error: ErrorBody,
  ...responseComponents(),
};
