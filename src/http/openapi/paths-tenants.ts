/** Platform routes (ADMIN_TOKEN): tenants and their API keys. */
import { createSchema, patchSchema } from '../routes/tenants';
import { pageQuerySchema } from '../routes/page-query';
import {
  errorResponses,
  jsonRequest,
  jsonResponse,
  object,
  pageOf,
  pathParam,
  PLATFORM,
  queryParameters,
  ref,
} from './helpers';
import type { Paths } from './types';

const tags = ['tenants'];
const tenantId = pathParam('id', 'The tenant id.');
const apiKey = { type: 'string', description: 'Shown once: only its hash is stored.' };

export const tenantPaths: Paths = {
  '/admin/tenants': {
    post: {
      tags,
      summary: 'Create a tenant',
      operationId: 'createTenant',
      security: PLATFORM,
      requestBody: jsonRequest(createSchema),
      responses: {
        '201': jsonResponse('Created, with its API key.', {
          allOf: [ref('Tenant'), object({ apiKey })],
        }),
        ...errorResponses(400, 401, 409, 413),
      },
    },
    get: {
      tags,
      summary: 'List tenants',
      operationId: 'listTenants',
      security: PLATFORM,
      parameters: queryParameters(pageQuerySchema),
      responses: {
        '200': jsonResponse('A page of tenants.', pageOf('Tenant')),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/tenants/{id}': {
    get: {
      tags,
      summary: 'Read a tenant',
      operationId: 'getTenant',
      security: PLATFORM,
      parameters: [tenantId],
      responses: {
        '200': jsonResponse('The tenant.', ref('Tenant')),
        ...errorResponses(401, 404),
      },
    },
    patch: {
      tags,
      summary: 'Change a tenant (name, number, access token, settings)',
      operationId: 'updateTenant',
      security: PLATFORM,
      parameters: [tenantId],
      requestBody: jsonRequest(patchSchema),
      responses: {
        '200': jsonResponse('The tenant as changed.', ref('Tenant')),
        ...errorResponses(400, 401, 404, 409, 413),
      },
    },
  },
  '/admin/tenants/{id}/rotate-key': {
    post: {
      tags,
      summary: 'Rotate a tenant’s API key',
      description: 'The old key stops working at once.',
      operationId: 'rotateTenantKey',
      security: PLATFORM,
      parameters: [tenantId],
      responses: {
        '200': jsonResponse('The new key.', object({ apiKey })),
        ...errorResponses(401, 404),
      },
    },
  },
};
