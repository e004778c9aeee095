/** Marketing tasks: create, edit while draft, recipients, replies, preview and lifecycle actions. */
import {
  createTaskSchema,
  listRecipientsQuery,
  listTasksQuery,
  pageQuery,
  patchTaskSchema,
  recipientsBodySchema,
} from '../routes/task-schemas';
import { importStarted } from './paths-opt-outs';
import {
  errorResponses,
  jsonRequest,
  jsonResponse,
  jsonSchemaOf,
  object,
  pageOf,
  pathParam,
  queryParameters,
  ref,
  TENANT,
} from './helpers';
import type { Operation, Paths } from './types';

const tags = ['tasks'];
const taskId = pathParam('id', 'The task id.');

const ACTIONS = {
  publish: 'Publish a draft: scheduled, sent from startAt by the dispatcher',
  pause: 'Pause a scheduled or running task',
  resume: 'Resume a paused task',
  cancel: 'Cancel a task (recipients not yet sent are never sent)',
} as const;

function action(name: keyof typeof ACTIONS): Operation {
  return {
    tags,
    summary: ACTIONS[name],
    operationId: `${name}Task`,
    security: TENANT,
    parameters: [taskId],
    responses: {
      '200': jsonResponse('The task in its new status.', ref('Task')),
      ...errorResponses(400, 401, 404, 409),
    },
  };
}

export const taskPaths: Paths = {
  '/admin/tasks': {
    post: {
      tags,
      summary: 'Create a marketing task (draft)',
      operationId: 'createTask',
      security: TENANT,
      requestBody: jsonRequest(createTaskSchema),
      responses: {
        '201': {
          ...jsonResponse('Created as a draft.', ref('Task')),
          headers: { Location: { description: '/admin/tasks/{id}', schema: { type: 'string' } } },
        },
        ...errorResponses(400, 401, 404, 413),
      },
    },
    get: {
      tags,
      summary: 'List tasks',
      operationId: 'listTasks',
      security: TENANT,
      parameters: queryParameters(listTasksQuery),
      responses: {
        '200': jsonResponse('A page of tasks.', pageOf('Task')),
        ...errorResponses(400, 401),
      },
    },
  },
  '/admin/tasks/{id}': {
    get: {
      tags,
      summary: 'Read a task with its stats',
      operationId: 'getTask',
      security: TENANT,
      parameters: [taskId],
      responses: {
        '200': jsonResponse('The task and its recipients by status.', ref('TaskWithStats')),
        ...errorResponses(401, 404),
      },
    },
    patch: {
      tags,
      summary: 'Edit a draft task',
      operationId: 'updateTask',
      security: TENANT,
      parameters: [taskId],
      requestBody: jsonRequest(patchTaskSchema),
      responses: {
        '200': jsonResponse('The task as changed.', ref('Task')),
        ...errorResponses(400, 401, 404, 409, 413),
      },
    },
  },
  '/admin/tasks/{id}/recipients': {
    post: {
      tags,
      summary: 'Import recipients (CSV or JSON)',
      description:
        'Numbers are normalised to E.164 and de-duplicated; invalid rows are reported by line. ' +
        'CSV: a "contact" column; other columns are template parameters (1, 2, ... or names), ' +
        'except an optional "timeZone" column: the recipient’s IANA zone (e.g. America/Chicago) ' +
        'for a window on the recipient’s clock; empty = derived from the number. JSON rows take ' +
        'the same `timeZone` field.',
      operationId: 'addTaskRecipients',
      security: TENANT,
      parameters: [taskId],
      requestBody: {
        required: true,
        content: {
          'text/csv': { schema: { type: 'string' } },
          'application/json': { schema: jsonSchemaOf(recipientsBodySchema) },
        },
      },
      responses: {
        '200': jsonResponse('Imported.', ref('RecipientImportSummary')),
        '202': importStarted,
        ...errorResponses(400, 401, 404, 409, 413, 415),
      },
    },
    get: {
      tags,
      summary: 'List a task’s recipients',
      operationId: 'listTaskRecipients',
      security: TENANT,
      parameters: [taskId, ...queryParameters(listRecipientsQuery)],
      responses: {
        '200': jsonResponse('A page of recipients.', pageOf('Recipient')),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  '/admin/tasks/{id}/replies': {
    get: {
      tags,
      summary: 'Customers’ replies to the task, for follow-up',
      operationId: 'listTaskReplies',
      security: TENANT,
      parameters: [taskId, ...queryParameters(pageQuery)],
      responses: {
        '200': jsonResponse('A page of replies and who follows them up.', {
          allOf: [
            pageOf('TaskReply'),
            object({ assignees: { type: 'array', items: { type: 'string' } } }),
          ],
        }),
        ...errorResponses(400, 401, 404),
      },
    },
  },
  '/admin/tasks/{id}/preview': {
    get: {
      tags,
      summary: 'Dry run: who would be sent to, who is suppressed and why',
      operationId: 'previewTask',
      security: TENANT,
      parameters: [taskId],
      responses: {
        '200': jsonResponse('The preview.', ref('TaskPreview')),
        ...errorResponses(401, 404),
      },
    },
  },
  '/admin/tasks/{id}/publish': { post: action('publish') },
  '/admin/tasks/{id}/pause': { post: action('pause') },
  '/admin/tasks/{id}/resume': { post: action('resume') },
  '/admin/tasks/{id}/cancel': { post: action('cancel') },
};
