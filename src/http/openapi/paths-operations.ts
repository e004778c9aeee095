/** Health, metrics, this document, and Meta's webhook (GET handshake, POST deliveries). */
import { errorResponses, jsonResponse, object, PUBLIC } from './helpers';
import type { Paths } from './types';

/** One lane's (or the whole inbox's) backlog in /readyz. */
const INBOX_LAG = {
  pending: { type: 'integer', minimum: 0, description: 'Deliveries stored, not yet processed.' },
  lagSeconds: {
    type: 'number',
    minimum: 0,
    description: 'Age of the oldest unprocessed delivery (0 when none).',
  },
};

const TEXT = (description: string, type = 'text/plain') => ({
  description,
  content: { [type]: { schema: { type: 'string' } } },
});

export const operationsPaths: Paths = {
  '/healthz': {
    get: {
      tags: ['operations'],
      summary: 'Liveness: the process is up',
      operationId: 'healthz',
      security: PUBLIC,
      responses: {
        '200': jsonResponse('Up.', object({ status: { type: 'string', const: 'ok' } })),
      },
    },
  },
  '/readyz': {
    get: {
      tags: ['operations'],
      summary: 'Readiness: the store answers',
      description:
        'With how far behind the webhook inbox is, in all and per lane (priority: customer messages, preferences, failed statuses; status: routine receipts). A lagging inbox is still ready.',
      operationId: 'readyz',
      security: PUBLIC,
      responses: {
        '200': jsonResponse(
          'Ready.',
          object({
            status: { type: 'string', const: 'ready' },
            store: { type: 'string', enum: ['sqlite', 'mongo'] },
            inbox: object({
              ...INBOX_LAG,
              lanes: object({ priority: object(INBOX_LAG), status: object(INBOX_LAG) }),
            }),
          }),
        ),
        ...errorResponses(503),
      },
    },
  },
  '/metrics': {
    get: {
      tags: ['operations'],
      summary: 'Prometheus metrics',
      description:
        'Webhook deliveries, inbox lag, opt-outs, sends, suppression and HTTP figures. With METRICS_TOKEN set it takes `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise); in production without METRICS_TOKEN it is not served (404).',
      operationId: 'metrics',
      security: PUBLIC,
      responses: { '200': TEXT('Prometheus text exposition format.'), ...errorResponses(401, 404) },
    },
  },
  '/openapi.json': {
    get: {
      tags: ['operations'],
      summary: 'This OpenAPI 3.1 document',
      operationId: 'openapi',
      security: PUBLIC,
      responses: { '200': jsonResponse('The document.', { type: 'object' }) },
    },
  },
  '/webhook': {
    get: {
      tags: ['webhook'],
      summary: 'Meta’s verification handshake',
      description: 'Answers the challenge when hub.verify_token equals WHATSAPP_VERIFY_TOKEN.',
      operationId: 'verifyWebhook',
      security: PUBLIC,
      parameters: [
        {
          name: 'hub.mode',
          in: 'query',
          required: true,
          schema: { type: 'string', const: 'subscribe' },
        },
        { name: 'hub.verify_token', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'hub.challenge', in: 'query', required: true, schema: { type: 'string' } },
      ],
      responses: {
        '200': TEXT('The challenge, echoed.'),
        ...errorResponses(403),
      },
    },
    post: {
      tags: ['webhook'],
      summary: 'A signed delivery from Meta',
      description:
        'Verifies X-Hub-Signature-256 (HMAC-SHA256 of the raw bytes with the app secret), stores ' +
        'the delivery durably, then answers 200; it is processed asynchronously and idempotently. ' +
        'Any signed JSON object is accepted, whatever its shape. Up to 3 MB.',
      operationId: 'receiveWebhook',
      security: PUBLIC,
      parameters: [
        {
          name: 'X-Hub-Signature-256',
          in: 'header',
          required: true,
          description: '`sha256=<hex HMAC-SHA256 of the raw body with WHATSAPP_APP_SECRET>`.',
          schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
        },
      ],
      requestBody: {
        required: true,
        description: 'A WhatsApp Business Account webhook (`{ "object": ..., "entry": [...] }`).',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
      responses: {
        '200': jsonResponse('Stored.', object({ received: { type: 'boolean', const: true } })),
        ...errorResponses(400, 401, 413, 503),
      },
    },
  },
};
