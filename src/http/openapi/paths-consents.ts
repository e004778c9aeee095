/** The consent ledger: add, list, import, read, history, withdraw; one contact's consents. */
import { CHANNELS } from '../../domain/types';
import { jsonImportSchema } from '../routes/opt-out-import-route';
import {
  contactChannelSchema,
  contactConsentsSchema,
  createConsentSchema,
  listConsentsSchema,
  withdrawConsentSchema,
} from '../routes/consent-schemas';
import { pageQuerySchema } from '../routes/page-query';
import { importStarted } from './paths-opt-outs';
import {
  errorResponses,
  htmlResponse,
  jsonRequest,
  jsonResponse,
  jsonSchemaOf,
  object,
  pageOf,
  nullableString,
  pathParam,
  queryParameters,
  ref,
  PUBLIC,
  TENANT,
  timestamp,
} from './helpers';
import { preferenceLinkSchema } from '../routes/preference-page';
import type { Paths, Response } from './types';

const tags = ['consents'];
const consentId = pathParam('id', 'The consent id.');
const contactParam = pathParam(
  'contact',
  'The contact, URL-encoded: E.164 (%2B5511987654321), a wa_id or a BSUID.',
);

const outcomeHeader = {
  'X-Consent-Outcome': {
    description: 'created, renewed or reaffirmed.',
    schema: { type: 'string', enum: ['created', 'renewed', 'reaffirmed'] },
  },
};
const added = (description: string): Response => ({
  ...jsonResponse(description, ref('Consent')),
  headers: outcomeHeader,
});

export const consentPaths: Paths = {
  '/preferences': {
    get: {
      tags,
      summary: 'The customer’s preference page (HTML, no JavaScript)',
      description:
        'Opened from a signed, expiring link (t = the token from POST ' +
        '/admin/contacts/{contact}/preference-link). 404 for an invalid token, 410 once expired. ' +
        'In the customer’s language (one of the 23 the classifier reads): the one the ' +
        'conversation last saw them write in, else the link’s, else the browser’s ' +
        '(Accept-Language), else the tenant’s, else English; `lang`, `dir` (rtl for ar and ur) ' +
        'and Content-Language say which.',
      operationId: 'preferencePage',
      security: PUBLIC,
      parameters: [
        {
          name: 't',
          in: 'query',
          required: true,
          schema: { type: 'string' },
          description: 'The link token.',
        },
      ],
      responses: {
        '200': htmlResponse('The page.'),
        '404': htmlResponse('Not a valid link.'),
        '410': htmlResponse(
          'The link expired, or the contact’s data was erased since it was sent.',
        ),
      },
    },
    post: {
      tags,
      summary: 'The customer’s choice from the preference page (a form post)',
      description:
        'choice: stop_all, stop_category, pause (30 days) or resubscribe; recorded as an opt-out ' +
        'or a consent with source preference_page.',
      operationId: 'preferenceChoice',
      security: PUBLIC,
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: object({
              t: { type: 'string' },
              choice: {
                type: 'string',
                enum: ['stop_all', 'stop_category', 'pause', 'resubscribe'],
              },
            }),
          },
        },
      },
      responses: {
        '200': htmlResponse('The confirmation page.'),
        '400': htmlResponse('No valid choice.'),
        '404': htmlResponse('Not a valid link.'),
        '410': htmlResponse(
          'The link expired, or the contact’s data was erased since it was sent.',
        ),
      },
    },
  },
  '/admin/contacts/{contact}/preference-link': {
    post: {
      tags,
      summary: 'A signed, expiring preference link for one contact',
      description:
        'For a template URL button parameter. The token is sealed (AES-256-GCM): it cannot be ' +
        'forged and does not show the number. `language` is the page’s language when the ' +
        'conversation has not seen the customer write in one; without it the page follows the ' +
        'browser, then the tenant.',
      operationId: 'createPreferenceLink',
      security: TENANT,
      parameters: [contactParam],
      requestBody: { ...jsonRequest(preferenceLinkSchema), required: false },
      responses: {
        '201': jsonResponse(
          'The link.',
          object({ url: { type: 'string' }, token: { type: 'string' }, expiresAt: timestamp }),
        ),
        ...errorResponses(400, 401, 404, 409),
      },
    },
  },
  '/admin/contacts/{contact}/export': {
    get: {
      tags,
      summary: 'Everything stored about one contact (data access / portability)',
      operationId: 'exportContact',
      security: TENANT,
      parameters: [contactParam, ...queryParameters(contactChannelSchema, {})],
      responses: {
        '200': jsonResponse(
          'The contact’s identifiers, opt-outs and consents with their events, task messages ' +
            'and statuses, replies, conversation state, the WhatsApp messages still held in the ' +
            'inbox (text and profile name, kept INBOX_RETENTION_DAYS) and, for a number whose ' +
            'data was erased, the erasure. `?channel=email` for an email address.',
          object({
            contact: { type: 'string' },
            channel: { type: 'string', enum: [...CHANNELS] },
            identifiers: { type: 'array', items: { type: 'string' } },
            optOuts: { type: 'array', items: { type: 'object' } },
            consents: { type: 'array', items: { type: 'object' } },
            taskMessages: { type: 'array', items: { type: 'object' } },
            replies: { type: 'array', items: { type: 'object' } },
            conversations: { type: 'array', items: { type: 'object' } },
            inboundMessages: {
              type: 'array',
              items: object({
                messageId: { type: 'string' },
                at: timestamp,
                type: { type: 'string' },
                text: nullableString,
                profileName: nullableString,
                inReplyTo: nullableString,
              }),
            },
            erasure: {
              type: 'array',
              description: 'The erasure entries that keep this number suppressed (by keyed hash).',
              items: object({ erasedAt: timestamp, optOutId: { type: 'string' } }),
            },
            exportedAt: timestamp,
          }),
        ),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/contacts/{contact}/erase': {
    post: {
      tags,
      summary: 'Erase one contact’s personal data, keeping it suppressed',
      description:
        'Removes opt-outs, consents and their events, replies, conversation state, identity ' +
        'links and stored webhook bodies naming the contact; task recipients keep their status ' +
        'without the number or parameters. A never-expiring all-marketing opt-out (source ' +
        '`erasure`) is kept under a keyed hash of each identifier (a per-tenant secret), so a ' +
        'later task or import naming the number is still suppressed. For one channel: ' +
        '`{"channel": "sms"}` in the body or `?channel=sms` (WhatsApp without either).',
      operationId: 'eraseContact',
      security: TENANT,
      parameters: [contactParam, ...queryParameters(contactChannelSchema, {})],
      requestBody: { ...jsonRequest(contactChannelSchema), required: false },
      responses: {
        '200': jsonResponse(
          'Erased; the counts of what changed.',
          object({
            erased: { type: 'boolean', const: true },
            optOuts: { type: 'integer' },
            consents: { type: 'integer' },
            recipients: { type: 'integer' },
            replies: { type: 'integer' },
            conversations: { type: 'integer' },
            inboxEntries: { type: 'integer' },
            outboundEvents: {
              type: 'integer',
              description: 'Outbound events about the contact removed from the outbox.',
            },
          }),
        ),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/consents': {
    post: {
      tags,
      summary: 'Record a consent',
      description:
        'Proof that the contact agreed to marketing (one category, or all marketing when ' +
        'categoryId is absent or null). The admin key that recorded it is added to the evidence.',
      operationId: 'addConsent',
      security: TENANT,
      requestBody: jsonRequest(createConsentSchema),
      responses: {
        '201': added('A new consent (or a withdrawn one granted again).'),
        '200': added('Reaffirmed an active consent (new evidence, grantedAt moved).'),
        ...errorResponses(400, 401, 404),
      },
    },
    get: {
      tags,
      summary: 'List consents (filters, cursor pagination)',
      operationId: 'listConsents',
      security: TENANT,
      parameters: queryParameters(listConsentsSchema, {
        categoryId: 'A category id, or "all" for all-marketing consents.',
        contact: 'Any identifier of the contact (number in any format, wa_id, BSUID, email).',
        active: 'true: not withdrawn; false: withdrawn.',
      }),
      responses: {
        '200': jsonResponse('A page of consents, newest first.', pageOf('Consent')),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  '/admin/consents/import': {
    post: {
      tags,
      summary: 'Bulk import consents (CSV or JSON)',
      description:
        'CSV columns: contact (required), channel, categoryId or category, source, wording, url, detail; JSON rows also take `evidence` as POST /admin/consents does. ' +
        'Rows become consents with source `import` unless they name one; invalid rows are reported by line.',
      operationId: 'importConsents',
      security: TENANT,
      requestBody: {
        required: true,
        content: {
          'text/csv': { schema: { type: 'string' } },
          'application/json': { schema: jsonSchemaOf(jsonImportSchema) },
        },
      },
      responses: {
        '200': jsonResponse('Imported (up to 10,000 rows).', ref('ConsentImportSummary')),
        '202': importStarted,
        ...errorResponses(400, 401, 413, 415),
      },
    },
  },
  '/admin/consents/{id}': {
    get: {
      tags,
      summary: 'Read a consent',
      operationId: 'getConsent',
      security: TENANT,
      parameters: [consentId],
      responses: {
        '200': jsonResponse('The consent.', ref('Consent')),
        ...errorResponses(401, 404),
      },
    },
    delete: {
      tags,
      summary: 'Withdraw a consent',
      description: 'Nothing is deleted: withdrawnAt/By/Reason are set and an event is appended.',
      operationId: 'withdrawConsent',
      security: TENANT,
      parameters: [consentId],
      requestBody: jsonRequest(withdrawConsentSchema),
      responses: {
        '200': jsonResponse('The consent, withdrawn.', ref('Consent')),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  '/admin/consents/{id}/events': {
    get: {
      tags,
      summary: 'The consent’s history',
      operationId: 'listConsentEvents',
      security: TENANT,
      parameters: [consentId, ...queryParameters(pageQuerySchema)],
      responses: {
        '200': jsonResponse('A page of events, oldest first.', pageOf('ConsentEvent')),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  '/admin/contacts/{contact}/consents': {
    get: {
      tags,
      summary: 'One contact’s consents, under every identifier, with their histories',
      operationId: 'listContactConsents',
      security: TENANT,
      parameters: [contactParam, ...queryParameters(contactConsentsSchema, {})],
      responses: {
        '200': jsonResponse(
          'A page of the contact’s consents, newest first, each with its events.',
          pageOf('ConsentWithEvents'),
        ),
        ...errorResponses(400, 401),
      },
    },
  },
};
