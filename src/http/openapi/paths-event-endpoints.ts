/** Outbound event endpoints (Standard Webhooks). */
import { endpointSchema, rotateSecretSchema } from '../routes/event-endpoints';
import { pageQuerySchema } from '../routes/page-query';
import {
  errorResponses,
  jsonRequest,
  jsonResponse,
  nullableString,
  nullableTimestamp,
  object,
  pathParam,
  queryParameters,
  TENANT,
  timestamp,
} from './helpers';
import type { JsonSchema, Paths } from './types';

const tags = ['events'];
const endpointId = pathParam('id', 'The endpoint id.');

const endpoint = (extra: Record<string, JsonSchema> = {}): JsonSchema =>
  object({
    id: { type: 'string' },
    url: { type: 'string' },
    events: { type: 'array', items: { type: 'string' } },
    createdAt: timestamp,
    lastError: nullableString,
    lastErrorAt: nullableTimestamp,
    lastSuccessAt: nullableTimestamp,
    previousSecretValidUntil: nullableTimestamp,
    ...extra,
  });

const count: JsonSchema = { type: 'integer', minimum: 0 };

export const eventEndpointPaths: Paths = {
  '/admin/event-endpoints': {
    post: {
      tags,
      summary: 'Register an endpoint for outbound events',
      description:
        'Events (opt_out.created/extended/revoked, task.paused/resumed/completed, quality.*) are POSTed ' +
        'as `{id, type, createdAt, tenantId, data}` with the Standard Webhooks headers `webhook-id`, ' +
        '`webhook-timestamp` and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, ' +
        'keyed with the base64-decoded part of the secret after `whsec_`). The secret, given or ' +
        'generated, is shown only in this answer. Failed deliveries are retried with exponential ' +
        'backoff for 3 days, in order per contact.',
      operationId: 'createEventEndpoint',
      security: TENANT,
      requestBody: jsonRequest(endpointSchema),
      responses: {
        '201': jsonResponse(
          'Registered; keep the secret.',
          endpoint({ secret: { type: 'string' } }),
        ),
        ...errorResponses(400, 401, 413),
      },
    },
    get: {
      tags,
      summary: 'List event endpoints',
      operationId: 'listEventEndpoints',
      security: TENANT,
      parameters: queryParameters(pageQuerySchema),
      responses: {
        '200': jsonResponse(
          'A page of endpoints.',
          object({
            items: { type: 'array', items: endpoint() },
            nextCursor: nullableString,
          }),
        ),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/event-endpoints/{id}': {
    get: {
      tags,
      summary: 'Read an endpoint with its backlog and last error',
      operationId: 'getEventEndpoint',
      security: TENANT,
      parameters: [endpointId],
      responses: {
        '200': jsonResponse(
          'The endpoint: `backlog` deliveries waiting, `failed` given up (replay them).',
          endpoint({ backlog: count, failed: count }),
        ),
        ...errorResponses(401, 404),
      },
    },
    delete: {
      tags,
      summary: 'Delete an endpoint and its undelivered events',
      operationId: 'deleteEventEndpoint',
      security: TENANT,
      parameters: [endpointId],
      responses: { '204': { description: 'Deleted.' }, ...errorResponses(401, 404) },
    },
  },
  '/admin/event-endpoints/{id}/rotate-secret': {
    post: {
      tags,
      summary: "Rotate an endpoint's signing secret",
      description:
        'Replaces the signing secret with `secret` (a Standard Webhooks secret, `whsec_` + base64 of ' +
        '24-64 bytes) or a generated one, shown only in this answer. Until `previousSecretValidUntil` ' +
        '(`previousValidHours`, 0-168, default 24) every delivery carries two signatures, ' +
        '`webhook-signature: v1,<new> v1,<previous>`, so receivers can switch secrets without ' +
        'rejecting an event; after it, only the new one. The body is optional.',
      operationId: 'rotateEventEndpointSecret',
      security: TENANT,
      parameters: [endpointId],
      requestBody: { ...jsonRequest(rotateSecretSchema), required: false },
      responses: {
        '200': jsonResponse(
          'Rotated; keep the new secret.',
          object({
            id: { type: 'string' },
            secret: { type: 'string' },
            previousSecretValidUntil: nullableTimestamp,
          }),
        ),
        ...errorResponses(400, 401, 404, 413),
      },
    },
  },
  '/admin/event-endpoints/{id}/replay': {
    post: {
      tags,
      summary: 'Queue the deliveries that were given up again',
      operationId: 'replayEventEndpoint',
      security: TENANT,
      parameters: [endpointId],
      responses: {
        '200': jsonResponse('How many were queued.', object({ requeued: count })),
        ...errorResponses(401, 404),
      },
    },
  },
};
