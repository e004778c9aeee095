/**
 * Marketing task rules: the lifecycle (which action moves a task from which status to which),
 * plus re-exports of the sending window and template-parameter rules. Pure.
 */
import type { TaskStatus } from './types';

export {
  isInsideWindow,
  isIanaZone,
  nextWindowStart,
  parseTimeOfDay,
  localTime,
  type LocalTime,
} from './task-window';
export {
  paramShape,
  sameShape,
  describeShape,
  dominantShape,
  paramsProblem,
  paramValueProblem,
  isParamName,
  type ParamShape,
} from './template-params';

/**
 * Admin actions (publish, pause, resume, cancel) and the dispatcher's own (start, complete, fail).
 * `complete` also leaves `scheduled`: a task whose endAt passes before its first batch (or whose
 * recipients were all suppressed) completes without ever running.
 */
export const TASK_TRANSITIONS = {
  publish: { from: ['draft'], to: 'scheduled' },
  pause: { from: ['scheduled', 'running'], to: 'paused' },
  resume: { from: ['paused'], to: 'scheduled' },
  cancel: { from: ['draft', 'scheduled', 'running', 'paused'], to: 'cancelled' },
  start: { from: ['scheduled'], to: 'running' },
  complete: { from: ['scheduled', 'running'], to: 'completed' },
  fail: { from: ['draft', 'scheduled', 'running', 'paused'], to: 'failed' },
} as const satisfies Record<string, { from: readonly TaskStatus[]; to: TaskStatus }>;

export type TaskAction = keyof typeof TASK_TRANSITIONS;
export type AdminTaskAction = 'publish' | 'pause' | 'resume' | 'cancel';

export const TERMINAL_STATUSES: readonly TaskStatus[] = ['completed', 'cancelled', 'failed'];

/** Statuses in which recipients may be added (the list is frozen while the task sends). */
export const RECIPIENT_EDIT_STATUSES: readonly TaskStatus[] = ['draft', 'paused'];

export function canTransition(action: TaskAction, from: TaskStatus): boolean {
  return (TASK_TRANSITIONS[action].from as readonly TaskStatus[]).includes(from);
}

export function transitionTarget(action: TaskAction): TaskStatus {
  return TASK_TRANSITIONS[action].to;
}

/** The 409 message for an action the task's status does not allow, saying what would. */
export function transitionRefusal(action: TaskAction, status: TaskStatus): string {
  const from = TASK_TRANSITIONS[action].from as readonly TaskStatus[];
  if (TERMINAL_STATUSES.includes(status)) {
    return `Cannot ${action} a task that is ${status}: it is finished. Create a new task instead.`;
  }
  return `Cannot ${action} a task that is ${status}: only a task that is ${joinOr(from)} can be ${pastTense(action)}.`;
}

function pastTense(action: TaskAction): string {
  const special: Partial<Record<TaskAction, string>> = { cancel: 'cancelled', fail: 'failed' };
  return special[action] ?? (action.endsWith('e') ? `${action}d` : `${action}ed`);
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** Why a Cloud API error paused a task, in the form `"<code> <title>: <details>"`. */
export function pauseReason(code: number | null, title: string, details: string | null): string {
  const head = code === null ? title : `${code} ${title}`;
  return details ? `${head}: ${details}` : head;
}
