/**
 * Marketing tasks for the admin routes: create, read, edit while draft, the lifecycle actions,
 * recipients (import and listing), the preview, stats and replies.
 */
import type { Clock } from '../../clock';
import {
  canTransition,
  transitionRefusal,
  transitionTarget,
  type AdminTaskAction,
} from '../../domain/tasks';
import type {
  Recipient,
  RecipientStatus,
  Task,
  TaskAudience,
  TaskReply,
  SendingWindow,
  TaskStatus,
  Tenant,
} from '../../domain/types';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import type { Logger } from '../../logger';
import type {
  CategoryStore,
  ConsentStore,
  DeliveryStore,
  OptOutStore,
  NewTask,
  Page,
  PageRequest,
  RecipientStats,
  RecipientStore,
  TaskPatch,
  TaskStore,
} from '../../store/types';
import type { WhatsAppClient } from '../../whatsapp/types';
import type { ImportService } from '../imports/import-service';
import type { ErasureLinker } from './recipient-import-handler';
import { createRecipientImport } from './task-recipients';
import { previewTask, type TaskPreview } from './task-preview';
import type { TenantService } from '../tenants/tenant-service';
import type { TemplateLookup } from '../template-gateway';
import { checkTaskTemplate, type TemplateCheck } from './template-check';
import { taskEvent } from '../events/event-data';
import { eventsFor } from '../events/outbox-events';

export interface TaskDeps {
  store: CategoryStore &
    DeliveryStore &
    OptOutStore &
    RecipientStore &
    TaskStore &
    Pick<ConsentStore, 'findConsented'>;
  clock: Clock;
  log: Logger;
  imports: ImportService;
  whatsapp: WhatsAppClient;
  tenants: TenantService;
  /** Links recipients whose data was erased to their erasure entries (they stay suppressed). */
  erasures?: ErasureLinker;
  /** Meta's templates for the check at publish and in the preview. */
  templates: TemplateLookup;
}

/** What create and patch accept, already shape-checked by the route's schema. */
export interface TaskFields {
  name?: string;
  categoryId?: string | null;
  template?: {
    name: string;
    language: string;
    optOutButtonIndex?: number | null | undefined;
    preferenceLinkButtonIndex?: number | null | undefined;
  };
  startAt?: Date | null;
  endAt?: Date | null;
  policy?: {
    window?: SendingWindow | null | undefined;
    messagesPerSecond?: number | null | undefined;
    audience?: TaskAudience | undefined;
  };
  followUp?: { assignees: string[] };
}

export type TaskWithStats = Task & { stats: RecipientStats };

export function createTaskService(deps: TaskDeps) {
  const { store, clock, log } = deps;
  const recipients = createRecipientImport(deps);

  async function get(tenant: Tenant, id: string): Promise<Task> {
    const task = await store.getTask(tenant.id, id);
    if (!task) throw new NotFoundError(`No task ${id}: list them with GET /admin/tasks.`);
    return task;
  }

  async function checkFields(tenant: Tenant, fields: TaskFields): Promise<void> {
    if (fields.categoryId) {
      const category = await store.getCategory(tenant.id, fields.categoryId);
      if (!category)
        throw new NotFoundError(
          `No category ${fields.categoryId}: list them with GET /admin/categories.`,
        );
    }
    const rate = fields.policy?.messagesPerSecond;
    const max = tenant.settings.messagesPerSecond;
    if (rate !== undefined && rate !== null && rate > max) {
      throw new ValidationError(
        `Invalid body: "policy.messagesPerSecond" ${rate} is above the sending number's ${max} per second (settings.messagesPerSecond); use 1 to ${max}, or omit it to send at the number's rate.`,
      );
    }
  }

  function toNewTask(
    fields: TaskFields & { name: string; template: NonNullable<TaskFields['template']> },
  ): NewTask {
    return {
      name: fields.name,
      categoryId: fields.categoryId ?? null,
      template: {
        name: fields.template.name,
        language: fields.template.language,
        optOutButtonIndex: fields.template.optOutButtonIndex ?? null,
        ...(fields.template.preferenceLinkButtonIndex != null
          ? { preferenceLinkButtonIndex: fields.template.preferenceLinkButtonIndex }
          : {}),
      },
      startAt: fields.startAt ?? null,
      endAt: fields.endAt ?? null,
      policy: {
        window: fields.policy?.window ?? null,
        messagesPerSecond: fields.policy?.messagesPerSecond ?? null,
        audience: fields.policy?.audience ?? 'not_opted_out',
      },
      followUp: { assignees: fields.followUp?.assignees ?? [] },
    };
  }

  /** Moves a task by an admin action with a compare-and-set, so a racing dispatcher cannot be overwritten. */
  async function act(
    tenant: Tenant,
    id: string,
    action: AdminTaskAction,
    actor: string,
  ): Promise<Task & { templateWarnings?: string[] }> {
    const task = await get(tenant, id);
    if (!canTransition(action, task.status))
      throw new ConflictError(transitionRefusal(action, task.status));
    let warnings: string[] | null = null;
    if (action === 'publish') {
      await checkPublishable(task);
      warnings = await checkTemplateAtPublish(tenant, task);
    }
    const reasons: Partial<Record<AdminTaskAction, string>> = {
      pause: `Paused by ${actor}.`,
      cancel: `Cancelled by ${actor}.`,
    };
    const patch: TaskPatch = { status: transitionTarget(action), reason: reasons[action] ?? null };
    const now = clock.now();
    // task.paused / task.resumed, written with the change (the outbox pattern).
    const events =
      action === 'pause' || action === 'resume'
        ? eventsFor(tenant.id, now, (t: Task) => [
            taskEvent(action === 'pause' ? 'task.paused' : 'task.resumed', t),
          ])
        : undefined;
    const updated = await store.updateTask(tenant.id, id, [task.status], patch, now, events);
    if (!updated) {
      const current = await get(tenant, id);
      throw new ConflictError(transitionRefusal(action, current.status));
    }
    log.info(
      { tenantId: tenant.id, taskId: id, action, status: updated.status, actor },
      'task status changed',
    );
    return warnings === null ? updated : { ...updated, templateWarnings: warnings };
  }

  /** Refuses a failing template, or (tenant setting `templateCheck: warn`) answers its problems. */
  async function checkTemplateAtPublish(tenant: Tenant, task: Task): Promise<string[] | null> {
    const check = await templateCheck(tenant, task);
    if (!check.checked) {
      if (tenant.wabaId !== null)
        log.warn(
          { tenantId: tenant.id, taskId: task.id, reason: check.reason },
          'template not checked at publish',
        );
      return null;
    }
    if (check.ok) return null;
    if (tenant.settings.templateCheck === 'warn') return check.problems;
    throw new ConflictError(
      `Cannot publish task ${task.id}: ${check.problems.join(' ')} Fix the template in WhatsApp Manager (or the task's template with PATCH), or set settings.templateCheck to "warn" to publish anyway.`,
    );
  }

  function templateCheck(tenant: Tenant, task: Task): Promise<TemplateCheck> {
    return checkTaskTemplate(
      { store, templates: deps.templates, tenants: deps.tenants },
      tenant,
      task,
    );
  }

  async function checkPublishable(task: Task): Promise<void> {
    const stats = await store.recipientStats(task.tenantId, task.id);
    if (stats.total === 0) {
      throw new ConflictError(
        `Cannot publish task ${task.id}: it has no recipients. Add them with POST /admin/tasks/${task.id}/recipients first.`,
      );
    }
    if (task.endAt && task.endAt.getTime() <= clock.now().getTime()) {
      throw new ConflictError(
        `Cannot publish task ${task.id}: its endAt (${task.endAt.toISOString()}) has passed. Set a later endAt with PATCH first.`,
      );
    }
  }

  return {
    get,

    async getWithStats(tenant: Tenant, id: string): Promise<TaskWithStats> {
      const task = await get(tenant, id);
      return { ...task, stats: await store.recipientStats(tenant.id, id) };
    },

    list(tenant: Tenant, filter: { status?: TaskStatus }, page: PageRequest): Promise<Page<Task>> {
      return store.listTasks(tenant.id, filter, page);
    },

    async create(
      tenant: Tenant,
      fields: TaskFields & { name: string; template: NonNullable<TaskFields['template']> },
    ): Promise<Task> {
      await checkFields(tenant, fields);
      const task = await store.createTask(tenant.id, toNewTask(fields), clock.now());
      log.info({ tenantId: tenant.id, taskId: task.id }, 'task created');
      return task;
    },

    /** PATCH: only a draft can change; nested objects (template, policy, followUp) are replaced whole. */
    async patch(tenant: Tenant, id: string, fields: TaskFields): Promise<Task> {
      const task = await get(tenant, id);
      if (task.status !== 'draft') {
        throw new ConflictError(
          `Cannot edit task ${id}: it is ${task.status}, and only a draft can be edited. Create a new task instead.`,
        );
      }
      await checkFields(tenant, fields);
      const merged = toNewTask({
        name: fields.name ?? task.name,
        categoryId: fields.categoryId !== undefined ? fields.categoryId : task.categoryId,
        template: fields.template ?? task.template,
        startAt: fields.startAt !== undefined ? fields.startAt : task.startAt,
        endAt: fields.endAt !== undefined ? fields.endAt : task.endAt,
        // The audience is kept unless named: a PATCH of the window must never widen who receives it.
        policy: fields.policy
          ? { ...fields.policy, audience: fields.policy.audience ?? task.policy.audience }
          : task.policy,
        followUp: fields.followUp ?? task.followUp,
      });
      if (merged.startAt && merged.endAt && merged.endAt.getTime() <= merged.startAt.getTime()) {
        throw new ValidationError('Invalid body: "endAt" must be later than startAt.');
      }
      const updated = await store.updateTask(tenant.id, id, ['draft'], merged, clock.now());
      if (!updated)
        throw new ConflictError(
          `Cannot edit task ${id}: it stopped being a draft while it was being edited.`,
        );
      return updated;
    },

    publish: (tenant: Tenant, id: string, actor: string) => act(tenant, id, 'publish', actor),
    pause: (tenant: Tenant, id: string, actor: string) => act(tenant, id, 'pause', actor),
    resume: (tenant: Tenant, id: string, actor: string) => act(tenant, id, 'resume', actor),
    cancel: (tenant: Tenant, id: string, actor: string) => act(tenant, id, 'cancel', actor),

    addRecipients: recipients.add,

    async listRecipients(
      tenant: Tenant,
      id: string,
      filter: { status?: RecipientStatus },
      page: PageRequest,
    ): Promise<Page<Recipient>> {
      await get(tenant, id);
      return store.listRecipients(tenant.id, id, filter, page);
    },

    async replies(
      tenant: Tenant,
      id: string,
      page: PageRequest,
    ): Promise<Page<TaskReply> & { assignees: string[] }> {
      const task = await get(tenant, id);
      return {
        assignees: task.followUp.assignees,
        ...(await store.listReplies(tenant.id, id, page)),
      };
    },

    async preview(tenant: Tenant, id: string): Promise<TaskPreview & { template: TemplateCheck }> {
      const task = await get(tenant, id);
      return {
        ...(await previewTask({ store, clock }, tenant, task)),
        template: await templateCheck(tenant, task),
      };
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
