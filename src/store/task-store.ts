import type { Task, TaskStatus } from '../domain/types';
import type { EventsFor } from './event-store';
import type { Page, PageRequest } from './page';

export interface NewTask {
  name: string;
  categoryId: string | null;
  template: Task['template'];
  startAt: Date | null;
  endAt: Date | null;
  policy: Task['policy'];
  followUp: Task['followUp'];
}

export type TaskPatch = Partial<NewTask> & { status?: TaskStatus; reason?: string | null };

/** Marketing tasks (their recipients are in RecipientStore). */
export interface TaskStore {
  createTask(tenantId: string, input: NewTask, now: Date): Promise<Task>;
  getTask(tenantId: string, id: string): Promise<Task | null>;
  listTasks(
    tenantId: string,
    filter: { status?: TaskStatus },
    page: PageRequest,
  ): Promise<Page<Task>>;
  /**
   * Compare-and-set: applies the patch only while the task's status is one of `from`; the
   * `events` of the updated task are written in the same transaction (none when it did not apply).
   */
  updateTask(
    tenantId: string,
    id: string,
    from: TaskStatus[],
    patch: TaskPatch,
    now: Date,
    events?: EventsFor<Task>,
  ): Promise<Task | null>;
  /** Tasks in `scheduled` or `running` whose startAt is null or <= now, every tenant. */
  listDueTasks(now: Date): Promise<Task[]>;
}
