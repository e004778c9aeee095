/** The sandbox (only when no access token is configured): what was "sent", failures, inbound. */
import { failureBody, inboundBody, listQuery } from '../../whatsapp/sandbox/sandbox-router';
import { signalBody } from '../../whatsapp/sandbox/signal-route';
import { templateBody } from '../../whatsapp/sandbox/template-route';
import {
  errorResponses,
  jsonRequest,
  jsonResponse,
  object,
  PLATFORM_OR_TENANT,
  queryParameters,
} from './helpers';
import type { Paths } from './types';

const tags = ['sandbox'];
const SCOPE =
  'ADMIN_TOKEN sees every number (and names one with phoneNumberId); a tenant key sees its own number only.';

const message = {
  type: 'object',
  required: ['id', 'to', 'waId', 'type', 'body', 'at', 'phoneNumberId'],
  properties: {
    id: { type: 'string', description: 'The wamid the sandbox answered with.' },
    to: { type: 'string' },
    waId: { type: ['string', 'null'] },
    type: { type: 'string', description: 'template, text, interactive, ...' },
    body: { type: 'object', description: 'The Cloud API request body, as sent.' },
    at: { type: 'string', format: 'date-time' },
    phoneNumberId: { type: 'string' },
  },
};

export const sandboxPaths: Paths = {
  '/sandbox/messages': {
    get: {
      tags,
      summary: 'Messages the sandbox accepted, oldest first',
      description: SCOPE,
      operationId: 'listSandboxMessages',
      security: PLATFORM_OR_TENANT,
      parameters: queryParameters(listQuery, { to: 'Only messages to this recipient.' }),
      responses: {
        '200': jsonResponse(
          'The messages.',
          object({ messages: { type: 'array', items: message } }),
        ),
        ...errorResponses(400, 401, 403),
      },
    },
    delete: {
      tags,
      summary: 'Forget messages and pending failures',
      description: SCOPE,
      operationId: 'clearSandboxMessages',
      security: PLATFORM_OR_TENANT,
      parameters: queryParameters(listQuery.omit({ to: true })),
      responses: {
        '200': jsonResponse(
          'How many messages were forgotten.',
          object({ cleared: { type: 'integer' } }),
        ),
        ...errorResponses(400, 401, 403),
      },
    },
  },
  '/sandbox/failures': {
    post: {
      tags,
      summary: 'Make the next matching send(s) fail',
      description:
        'With a Graph error code, an HTTP status or a timeout; or, with `asStatus: true` (needs SANDBOX_STATUS_ECHO=1), accepted and then reported `failed` with the code in a status webhook, as Meta reports 131050. ' +
        SCOPE,
      operationId: 'addSandboxFailure',
      security: PLATFORM_OR_TENANT,
      requestBody: jsonRequest(failureBody),
      responses: {
        '201': jsonResponse('The rule.', object({ rule: { type: 'object' } })),
        ...errorResponses(400, 401, 403),
      },
    },
  },
  '/sandbox/inbound': {
    post: {
      tags,
      summary: 'Simulate a customer message or preference change',
      description:
        'Builds a Meta-shaped webhook (text, template button, interactive reply, or ' +
        '`user_preferences` stop/resume), signs it with the app secret and delivers it through ' +
        'the real webhook path. ' +
        SCOPE,
      operationId: 'simulateInbound',
      security: PLATFORM_OR_TENANT,
      requestBody: jsonRequest(inboundBody),
      responses: {
        '200': jsonResponse(
          'What the webhook answered.',
          object({
            delivered: { type: 'integer', description: 'The webhook’s HTTP status.' },
            messageId: { type: ['string', 'null'] },
            webhook: { type: 'object' },
            response: {},
          }),
        ),
        ...errorResponses(400, 401, 403),
      },
    },
  },
  '/sandbox/signals': {
    post: {
      tags,
      summary: "Emit one of Meta's quality signals",
      description:
        'Builds a Meta-shaped `message_template_status_update`, `message_template_quality_update`, ' +
        '`phone_number_quality_update` or `account_update` webhook for a WhatsApp Business Account ' +
        '(entry[].id), signs it with the app secret and delivers it through the real webhook path: ' +
        'tasks using a PAUSED template pause, and resume on APPROVED; FLAGGED pauses the tasks of ' +
        'the account, UNFLAGGED resumes them. ADMIN_TOKEN names the account with wabaId; a tenant ' +
        'key uses its own.',
      operationId: 'emitSignal',
      security: PLATFORM_OR_TENANT,
      requestBody: jsonRequest(signalBody),
      responses: {
        '200': jsonResponse(
          'What the webhook answered.',
          object({
            delivered: { type: 'integer', description: 'The webhook’s HTTP status.' },
            webhook: { type: 'object' },
            response: {},
          }),
        ),
        ...errorResponses(400, 401, 403),
      },
    },
  },
  '/sandbox/templates': {
    post: {
      tags,
      summary: 'Register a message template in the sandbox',
      description:
        'Adds (or replaces) a template the sandbox describes to GET /{waba-id}/message_templates, ' +
        'as Meta would: status, category, language, body with its {{1}} or {{name}} placeholders, ' +
        'footer and buttons. The template check at publish and in the preview reads it; a template ' +
        'never registered counts as approved. ADMIN_TOKEN names the account with wabaId; a tenant ' +
        'key uses its own.',
      operationId: 'registerTemplate',
      security: PLATFORM_OR_TENANT,
      requestBody: jsonRequest(templateBody),
      responses: {
        '201': jsonResponse(
          'The template as the sandbox will describe it.',
          object({ wabaId: { type: 'string' }, template: { type: 'object' } }),
        ),
        ...errorResponses(400, 401, 403),
      },
    },
  },
};
