import { Router, type Request } from 'express';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../errors';
import type { RecipientUpload } from '../../services/tasks/task-recipients';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { csvUpload } from '../csv-upload';
import { toJson } from '../serialize';
import { parseInput, requireObjectBody } from '../validate';
import {
  createTaskSchema,
  listRecipientsQuery,
  listTasksQuery,
  pageQuery,
  patchTaskSchema,
  recipientsBodySchema,
} from './task-schemas';
import { recipientView, replyView, taskView } from './task-views';
import { CSV_TYPES, sendImportOutcome } from './opt-out-import-route';

/** JSON recipient lists are parsed in memory, so they are capped; large lists go as CSV (streamed). */
const JSON_RECIPIENTS_LIMIT = '20mb';

function upload(req: Request): RecipientUpload {
  if (req.body !== undefined) {
    const { recipients } = parseInput(recipientsBodySchema, requireObjectBody(req.body));
    return { format: 'json', rows: recipients };
  }
  if (req.is(CSV_TYPES)) return { format: 'csv', stream: csvUpload(req) };
  throw new AppError(
    'Send recipients as CSV (Content-Type: text/csv, a header row with a "contact" column; other columns are template parameters) ' +
      'or JSON (Content-Type: application/json, {"recipients": [{"contact": "+5511987654321", "params": ["Ana"]}]}).',
    415,
  );
}

/** Marketing tasks: create, edit while draft, import recipients, preview, publish and follow. */
export function createTasksRouter(deps: AppDeps): Router {
  const router = Router();
  const tasks = () => deps.services.tasks;

  router.post('/tasks', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(createTaskSchema, requireObjectBody(req.body));
    const task = await tasks().create(tenant, input);
    res.status(201).location(`/admin/tasks/${task.id}`).json(taskView(task));
  });

  router.get('/tasks', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { status, limit, cursor } = parseInput(listTasksQuery, req.query, 'query');
    const page = await tasks().list(tenant, status ? { status } : {}, {
      limit,
      cursor: cursor ?? null,
    });
    res.json({ items: page.items.map((t) => taskView(t)), nextCursor: page.nextCursor });
  });

  router.get('/tasks/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { stats, ...task } = await tasks().getWithStats(tenant, req.params.id);
    res.json(taskView(task, stats));
  });

  router.patch('/tasks/:id', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(patchTaskSchema, requireObjectBody(req.body));
    res.json(taskView(await tasks().patch(tenant, req.params.id, input)));
  });

  router.post(
    '/tasks/:id/recipients',
    jsonBody(JSON_RECIPIENTS_LIMIT, { alsoReads: CSV_TYPES }),
    async (req, res) => {
      const { tenant } = tenantAuth(res);
      const outcome = await tasks().addRecipients(tenant, req.params.id, upload(req));
      sendImportOutcome(res, outcome);
    },
  );

  router.get('/tasks/:id/recipients', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { status, limit, cursor } = parseInput(listRecipientsQuery, req.query, 'query');
    const page = await tasks().listRecipients(tenant, req.params.id, status ? { status } : {}, {
      limit,
      cursor: cursor ?? null,
    });
    res.json({ items: page.items.map(recipientView), nextCursor: page.nextCursor });
  });

  router.get('/tasks/:id/replies', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { limit, cursor } = parseInput(pageQuery, req.query, 'query');
    const page = await tasks().replies(tenant, req.params.id, { limit, cursor: cursor ?? null });
    res.json({
      assignees: page.assignees,
      items: page.items.map(replyView),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/tasks/:id/preview', async (req, res) => {
    const { tenant } = tenantAuth(res);
    res.json(toJson(await tasks().preview(tenant, req.params.id)));
  });

  for (const action of ['publish', 'pause', 'resume', 'cancel'] as const) {
    router.post(`/tasks/:id/${action}`, async (req, res) => {
      const { tenant, actor } = tenantAuth(res);
      const task = await tasks()[action](tenant, req.params.id, actor);
      // A publish under settings.templateCheck "warn" says what the template check found.
      const warnings =
        'templateWarnings' in task ? { templateWarnings: task.templateWarnings } : {};
      res.json({ ...(taskView(task) as object), ...warnings });
    });
  }

  return router;
}
