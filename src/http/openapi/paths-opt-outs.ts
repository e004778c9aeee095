/** The opt-out list: add, list, check, export, import, revoke, audit trail; background imports. */
import { jsonImportSchema } from '../routes/opt-out-import-route';
import {
  burstRevokeSchema,
  checkSchema,
  createSchema,
  exportSchema,
  listSchema,
  revokeSchema,
} from '../routes/opt-outs';
import { pageQuerySchema } from '../routes/page-query';
import {
  errorResponses,
  jsonRequest,
  jsonResponse,
  jsonSchemaOf,
  object,
  pageOf,
  pathParam,
  queryParameters,
  ref,
  TENANT,
} from './helpers';
import type { Paths, Response } from './types';

const tags = ['opt-outs'];
const optOutId = pathParam('id', 'The opt-out id.');
const FILTERS = {
  categoryId: 'A category id, or "all" for all-marketing opt-outs.',
  contact: 'Any identifier of the contact (number in any format, wa_id, BSUID, email).',
  active: 'true: active now; false: expired, revoked or not started.',
  state:
    'One state now: active, scheduled (not started yet), expired, or revoked (whatever its dates).',
};

const outcomeHeader = {
  'X-Opt-Out-Outcome': {
    description: 'created, renewed, extended or unchanged.',
    schema: { type: 'string', enum: ['created', 'renewed', 'extended', 'unchanged'] },
  },
};
const added = (description: string): Response => ({
  ...jsonResponse(description, ref('OptOut')),
  headers: outcomeHeader,
});

const importStarted: Response = {
  ...jsonResponse('More than 10,000 rows: running in the background.', ref('ImportStarted')),
  headers: { Location: { description: '/admin/imports/{id}', schema: { type: 'string' } } },
};

export const optOutPaths: Paths = {
  '/admin/opt-outs': {
    post: {
      tags,
      summary: 'Add an opt-out',
      description:
        'Without validUntil/validDays the opt-out lasts the category’s unsubscribeDays (or the ' +
        'tenant’s). Re-adding one that overlaps an active opt-out extends it; it never shortens it.',
      operationId: 'addOptOut',
      security: TENANT,
      requestBody: jsonRequest(createSchema),
      responses: {
        '201': added('A new opt-out (or a revoked/expired one started again).'),
        '200': added('Matched an active opt-out: extended or unchanged.'),
        ...errorResponses(400, 401, 404, 413),
      },
    },
    get: {
      tags,
      summary: 'List opt-outs (filters, cursor pagination)',
      operationId: 'listOptOuts',
      security: TENANT,
      parameters: queryParameters(listSchema, FILTERS),
      responses: {
        '200': jsonResponse('A page of opt-outs, newest first.', pageOf('OptOut')),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/opt-outs/check': {
    get: {
      tags,
      summary: 'Would a marketing message to this contact be suppressed?',
      operationId: 'checkOptOut',
      security: TENANT,
      parameters: queryParameters(checkSchema, {
        categoryId: 'The task’s category; omitted = a task with no category.',
      }),
      responses: {
        '200': jsonResponse(
          'The answer and the active opt-outs behind it.',
          object({
            suppressed: { type: 'boolean' },
            optOuts: { type: 'array', items: ref('OptOut') },
          }),
        ),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/opt-outs/revoke-error-burst': {
    post: {
      tags,
      summary:
        'Lift the 131050 opt-outs of a suspected error burst (after Meta confirms an incident)',
      description:
        'A task paused by the error-burst guard names, in its reason, when the burst began. This revokes, with the reason on each audit trail, the active `meta_error_131050` opt-outs created from `from` to `to` (default now) that nothing else recorded: one that the customer, WhatsApp’s own switch or an admin also recorded, or that existed before `from`, stays and is listed in `kept` with why. `dryRun: true` lists without changing anything. A customer whose stop was real is opted out again by Meta’s next 131050.',
      operationId: 'revokeErrorBurstOptOuts',
      security: TENANT,
      requestBody: jsonRequest(burstRevokeSchema),
      responses: {
        '200': jsonResponse(
          'What was revoked (or would be, on a dry run) and what stays.',
          object({
            revoked: { type: 'integer' },
            ids: { type: 'array', items: { type: 'string' } },
            kept: {
              type: 'array',
              items: object({ id: { type: 'string' }, why: { type: 'string' } }),
            },
          }),
        ),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/opt-outs/export.csv': {
    get: {
      tags,
      summary: 'Export the list as CSV (streamed)',
      operationId: 'exportOptOuts',
      security: TENANT,
      parameters: queryParameters(exportSchema, FILTERS),
      responses: {
        '200': {
          description: 'RFC 4180 CSV with a header row; formula-like cells are escaped.',
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/opt-outs/import': {
    post: {
      tags,
      summary: 'Bulk import (CSV or JSON)',
      description:
        'CSV columns: contact (required), channel, categoryId or category, validUntil, validDays, remarks. ' +
        'The export (GET /admin/opt-outs/export.csv) imports as it is: expiresAt is validUntil (empty: never expires), ' +
        "rows with active=false are skipped, the formula guard (a leading ') is removed, and id, startsAt, source, origin, " +
        'createdAt, updatedAt, revokedAt and revokedBy are ignored. ' +
        'Invalid rows are reported by line, never silently dropped; a malformed row costs that row only.',
      operationId: 'importOptOuts',
      security: TENANT,
      requestBody: {
        required: true,
        content: {
          'text/csv': { schema: { type: 'string' } },
          'application/json': { schema: jsonSchemaOf(jsonImportSchema) },
        },
      },
      responses: {
        '200': jsonResponse('Imported (up to 10,000 rows).', ref('OptOutImportSummary')),
        '202': importStarted,
        ...errorResponses(400, 401, 413, 415),
      },
    },
  },
  '/admin/opt-outs/{id}': {
    get: {
      tags,
      summary: 'Read an opt-out',
      operationId: 'getOptOut',
      security: TENANT,
      parameters: [optOutId],
      responses: {
        '200': jsonResponse('The opt-out.', ref('OptOut')),
        ...errorResponses(401, 404),
      },
    },
    delete: {
      tags,
      summary: 'Revoke an opt-out',
      description:
        'Nothing is deleted: revokedAt and revokedBy are set and an event is appended, naming ' +
        'the actor and keeping the reason as `evidence.detail`. An opt-out the customer or Meta ' +
        'made needs a reason; with customerOptOutPolicy "strict" it also needs a consent newer ' +
        'than the opt-out (covering its scope) or "override": true with the reason, else 409. ' +
        'The body is optional for an admin’s own opt-out.',
      operationId: 'revokeOptOut',
      security: TENANT,
      parameters: [optOutId],
      requestBody: {
        ...jsonRequest(revokeSchema, 'Why it is revoked, and an override in strict mode.'),
        required: false,
      },
      responses: {
        '200': jsonResponse('The opt-out, revoked.', ref('OptOut')),
        ...errorResponses(400, 401, 404, 409),
      },
    },
  },
  '/admin/opt-outs/{id}/events': {
    get: {
      tags,
      summary: 'The opt-out’s audit trail',
      operationId: 'listOptOutEvents',
      security: TENANT,
      parameters: [optOutId, ...queryParameters(pageQuerySchema)],
      responses: {
        '200': jsonResponse('A page of events, oldest first.', pageOf('OptOutEvent')),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  '/admin/imports/{id}': {
    get: {
      tags: ['imports'],
      summary: 'Progress of a background import',
      operationId: 'getImport',
      security: TENANT,
      parameters: [pathParam('id', 'The import id from the 202 answer.')],
      responses: {
        '200': jsonResponse('The import, with its summary once completed.', ref('ImportJob')),
        ...errorResponses(401, 404),
      },
    },
  },
};

export { importStarted };
