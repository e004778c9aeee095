/** `components`: security schemes, the error body and the shared response schemas. */
import { ERROR_CODES } from '../../errors';
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
      'for every number. On tenant routes it acts as the bootstrapped default tenant.',
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

export const schemas: Record<string, JsonSchema> = {
  Error: ErrorBody,
  ...adminSchemas,
  ...taskSchemas,
};
