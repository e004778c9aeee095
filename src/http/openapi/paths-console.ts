/** Routes the admin console needs that the rest of the API lacked (src/http/console/). */
import { contactQuery, dashboardQuery } from '../console/console-api';
import {
  errorResponses,
  jsonResponse,
  nullableTimestamp,
  object,
  pathParam,
  queryParameters,
  ref,
  TENANT,
} from './helpers';
import type { Paths } from './types';

const contactReport = object({
  channel: { type: 'string', enum: ['whatsapp', 'sms', 'email'] },
  contact: { type: 'string', description: 'The contact as stored (E.164, BSUID, email).' },
  identifiers: {
    type: 'array',
    items: { type: 'string' },
    description: 'The contact and every identifier linked to it (wa_id, BSUID, alternate forms).',
  },
  optOuts: {
    type: 'array',
    description:
      'Every opt-out of any identifier (active, expired, revoked), newest first, each with its audit trail (at most 100).',
    items: {
      allOf: [ref('OptOut'), object({ events: { type: 'array', items: ref('OptOutEvent') } })],
    },
  },
  messages: {
    type: 'array',
    description:
      'The contact’s rows in the 200 newest tasks, newest task first: sent, delivered, read, failed, or suppressed (with the opt-out id in suppressedBy).',
    items: object({
      task: object({
        id: { type: 'string' },
        name: { type: 'string' },
        status: { type: 'string' },
        categoryId: { type: ['string', 'null'] },
      }),
      recipient: ref('Recipient'),
    }),
  },
  conversation: {
    oneOf: [
      { type: 'null' },
      object({
        language: { type: ['string', 'null'] },
        lastInboundAt: nullableTimestamp,
        pending: {
          type: ['object', 'null'],
          description: 'A question waiting for the customer’s answer.',
        },
      }),
    ],
  },
});

const dashboardBody = object({
  since: { type: 'string', format: 'date-time' },
  days: {
    type: 'array',
    items: { type: 'string', format: 'date' },
    description: 'Calendar days in the tenant’s time zone, oldest first.',
  },
  optOutsPerDay: {
    type: 'array',
    items: object({
      day: { type: 'string', format: 'date' },
      source: { type: 'string' },
      count: { type: 'integer' },
    }),
  },
  topCategories: {
    type: 'array',
    items: object({
      categoryId: { type: ['string', 'null'] },
      name: { type: 'string' },
      count: { type: 'integer' },
    }),
  },
  scanned: { type: 'integer', description: 'Opt-outs of the period read.' },
  truncated: {
    type: 'boolean',
    description: 'More than 50,000 opt-outs in the period: the figures are the newest 50,000.',
  },
  tasks: {
    type: 'array',
    description:
      'Tasks running, scheduled or paused (20 of each at most), with their recipient stats.',
    items: object({
      id: { type: 'string' },
      name: { type: 'string' },
      status: { type: 'string' },
      stats: { type: 'object' },
    }),
  },
  inbox: object({
    pending: { type: 'integer' },
    lagSeconds: {
      type: 'number',
      description: 'Age of the oldest unprocessed webhook delivery (all tenants share the inbox).',
    },
  }),
});

export const consolePaths: Paths = {
  '/admin/session': {
    get: {
      tags: ['tenants'],
      summary: 'Who this key is',
      description:
        'The tenant the credentials act for, whether they are the platform token (which may then pick another tenant with X-Tenant-Id), and the actor name audit events record.',
      operationId: 'getSession',
      security: TENANT,
      responses: {
        '200': jsonResponse(
          'The session.',
          object({
            tenant: object({ id: { type: 'string' }, name: { type: 'string' } }),
            platform: { type: 'boolean' },
            actor: { type: 'string' },
          }),
        ),
        ...errorResponses(401, 403, 404),
      },
    },
  },
  '/admin/dashboard': {
    get: {
      tags: ['opt-outs'],
      summary: 'The console dashboard’s figures',
      description:
        'Opt-outs per day (in the tenant’s time zone) by source and by scope, tasks in flight, and the inbox lag.',
      operationId: 'getDashboard',
      security: TENANT,
      parameters: queryParameters(dashboardQuery),
      responses: {
        '200': jsonResponse('The figures.', dashboardBody),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/reply-texts': {
    get: {
      tags: ['settings'],
      summary: 'The built-in reply texts',
      description: 'Per language and key: what a `replyTexts` override in the settings replaces.',
      operationId: 'getDefaultReplyTexts',
      security: TENANT,
      responses: {
        '200': jsonResponse(
          'Languages, keys and texts.',
          object({
            languages: { type: 'array', items: { type: 'string' } },
            keys: { type: 'array', items: { type: 'string' } },
            defaults: {
              type: 'object',
              additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
            },
          }),
        ),
        ...errorResponses(401),
      },
    },
  },
  '/admin/contacts/{contact}': {
    get: {
      tags: ['opt-outs'],
      summary: 'Everything about one contact',
      description:
        'Why was (or wasn’t) this customer messaged: its identifiers, every opt-out with its events and evidence, the task messages it got or was kept from, and its conversation. The contact may be given in any form POST /admin/opt-outs accepts (URL-encode the "+").',
      operationId: 'getContact',
      security: TENANT,
      parameters: [
        pathParam('contact', 'Any identifier of the contact.'),
        ...queryParameters(contactQuery),
      ],
      responses: {
        '200': jsonResponse('The contact’s report.', contactReport),
        ...errorResponses(400, 401),
      },
    },
  },
};
