/** The OpenAPI 3.1 document of every route the app serves, assembled from one file per area. */
import { schemas, securitySchemes } from './components';
import { categoryPaths } from './paths-categories';
import { consentPaths } from './paths-consents';
import { consolePaths } from './paths-console';
import { eventEndpointPaths } from './paths-event-endpoints';
import { operationsPaths } from './paths-operations';
import { optOutPaths } from './paths-opt-outs';
import { sandboxPaths } from './paths-sandbox';
import { taskPaths } from './paths-tasks';
import { tenantPaths } from './paths-tenants';
import type { Paths } from './types';

export interface OpenApiOptions {
  /** Whether the /sandbox routes are mounted (they are when no access token is configured). */
  sandbox?: boolean;
  /** The version shown in `info`. */
  version?: string;
}

const TAGS = [
  { name: 'operations', description: 'Health, readiness, metrics and this document.' },
  {
    name: 'webhook',
    description: 'What Meta calls: the verification handshake and signed deliveries.',
  },
  { name: 'tenants', description: 'Platform routes (ADMIN_TOKEN): one tenant per business.' },
  { name: 'settings', description: 'A tenant’s settings, including the default opt-out duration.' },
  { name: 'categories', description: 'Marketing categories, each with how long an opt-out lasts.' },
  { name: 'opt-outs', description: 'The marketing opt-out list and its audit trail.' },
  {
    name: 'consents',
    description: 'The consent ledger: proof that a contact said yes to marketing, and its history.',
  },
  { name: 'imports', description: 'Background imports (more than 10,000 rows).' },
  {
    name: 'tasks',
    description: 'Scheduled marketing tasks that never message a suppressed contact.',
  },
  {
    name: 'events',
    description: "Outbound events to the tenant's other systems, signed per Standard Webhooks.",
  },
  { name: 'sandbox', description: 'A local stand-in for the Graph API (never in production).' },
];

/** Builds the document; a plain JSON object (no functions, no Dates) ready for res.json. */
export function buildOpenApiDocument(options: OpenApiOptions = {}): object {
  const sandbox = options.sandbox ?? true;
  const paths: Paths = {
    ...operationsPaths,
    ...tenantPaths,
    ...eventEndpointPaths,
    ...categoryPaths,
    ...optOutPaths,
    ...consentPaths,
    ...consolePaths,
    ...taskPaths,
    ...(sandbox ? sandboxPaths : {}),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'stopline',
      version: options.version ?? '0.1.0',
      summary: 'WhatsApp marketing that honours every customer’s stop.',
      description:
        'A WhatsApp Cloud API webhook service that keeps a per-tenant marketing opt-out list and ' +
        'sends scheduled marketing tasks without ever messaging a suppressed contact. Errors ' +
        'answer `{ "error", "code", "requestId" }` with the matching status (see the Error ' +
        'schema); every answer carries X-Request-Id. Lists answer `{ items, nextCursor }` and ' +
        'take `limit` (1 to 500, default 50) and `cursor`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: sandbox ? TAGS : TAGS.filter((t) => t.name !== 'sandbox'),
    paths,
    components: { securitySchemes, schemas },
  };
}
