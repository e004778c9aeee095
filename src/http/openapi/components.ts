/** `components`: security schemes, the error body and the shared response schemas. */
import { adminSchemas } from './components-admin';
import { taskSchemas } from './components-tasks';
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
  { error: { type: 'string', description: 'What was wrong and how to fix it.' } },
  'Every error answers with this body and the matching status code.',
);

export const schemas: Record<string, JsonSchema> = {
  Error: ErrorBody,
  ...adminSchemas,
  ...taskSchemas,
};
