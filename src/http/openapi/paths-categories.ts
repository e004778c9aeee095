/** Tenant settings and marketing categories. */
import { createSchema, patchSchema } from '../routes/categories';
import { pageQuerySchema } from '../routes/page-query';
import { settingsPatchSchema } from '../routes/settings-schema';
import {
  errorResponses,
  jsonRequest,
  jsonResponse,
  pageOf,
  pathParam,
  queryParameters,
  ref,
  TENANT,
} from './helpers';
import type { Paths } from './types';

const categoryId = pathParam('id', 'The category id.');

export const categoryPaths: Paths = {
  '/admin/settings': {
    get: {
      tags: ['settings'],
      summary: 'Read the tenant’s settings',
      operationId: 'getSettings',
      security: TENANT,
      responses: {
        '200': jsonResponse('The settings.', ref('TenantSettings')),
        ...errorResponses(401),
      },
    },
    put: {
      tags: ['settings'],
      summary: 'Change settings (only the fields sent)',
      description:
        '`unsubscribeDays` is the "Marketing Unsubscription Duration" (default 30; null = until revoked).',
      operationId: 'updateSettings',
      security: TENANT,
      requestBody: jsonRequest(settingsPatchSchema),
      responses: {
        '200': jsonResponse('The settings as changed.', ref('TenantSettings')),
        ...errorResponses(400, 401, 413),
      },
    },
  },
  '/admin/categories': {
    post: {
      tags: ['categories'],
      summary: 'Create a marketing category',
      operationId: 'createCategory',
      security: TENANT,
      requestBody: jsonRequest(createSchema),
      responses: {
        '201': jsonResponse('Created.', ref('Category')),
        ...errorResponses(400, 401, 409, 413),
      },
    },
    get: {
      tags: ['categories'],
      summary: 'List categories',
      operationId: 'listCategories',
      security: TENANT,
      parameters: queryParameters(pageQuerySchema),
      responses: {
        '200': jsonResponse('A page of categories.', pageOf('Category')),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/categories/{id}': {
    get: {
      tags: ['categories'],
      summary: 'Read a category',
      operationId: 'getCategory',
      security: TENANT,
      parameters: [categoryId],
      responses: {
        '200': jsonResponse('The category.', ref('Category')),
        ...errorResponses(401, 404),
      },
    },
    patch: {
      tags: ['categories'],
      summary: 'Change a category',
      description: 'A new unsubscribeDays applies to opt-outs recorded from now on.',
      operationId: 'updateCategory',
      security: TENANT,
      parameters: [categoryId],
      requestBody: jsonRequest(patchSchema),
      responses: {
        '200': jsonResponse('The category as changed.', ref('Category')),
        ...errorResponses(400, 401, 404, 409, 413),
      },
    },
    delete: {
      tags: ['categories'],
      summary: 'Delete an unused category',
      description:
        'Refused (409) while opt-outs or tasks refer to it: opt-outs are kept for the audit trail.',
      operationId: 'deleteCategory',
      security: TENANT,
      parameters: [categoryId],
      responses: {
        '204': { description: 'Deleted.' },
        ...errorResponses(401, 404, 409),
      },
    },
  },
};
