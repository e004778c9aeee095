import {
  canTransition,
  pauseReason,
  TASK_TRANSITIONS,
  transitionRefusal,
  transitionTarget,
  type TaskAction,
} from '../../../src/domain/tasks';
import { TASK_STATUSES, type TaskStatus } from '../../../src/domain/types';

describe('task lifecycle', () => {
  const allowed: Record<TaskAction, TaskStatus[]> = {
    publish: ['draft'],
    pause: ['scheduled', 'running'],
    resume: ['paused'],
    cancel: ['draft', 'scheduled', 'running', 'paused'],
    start: ['scheduled'],
    complete: ['scheduled', 'running'],
    fail: ['draft', 'scheduled', 'running', 'paused'],
  };

  it.each(Object.keys(TASK_TRANSITIONS) as TaskAction[])(
    '%s is allowed exactly from its statuses',
    (action) => {
      for (const status of TASK_STATUSES) {
        expect([status, canTransition(action, status)]).toEqual([
          status,
          allowed[action].includes(status),
        ]);
      }
    },
  );

  it('moves to the documented statuses', () => {
    expect(transitionTarget('publish')).toBe('scheduled');
    expect(transitionTarget('resume')).toBe('scheduled');
    expect(transitionTarget('pause')).toBe('paused');
    expect(transitionTarget('cancel')).toBe('cancelled');
    expect(transitionTarget('start')).toBe('running');
    expect(transitionTarget('complete')).toBe('completed');
    expect(transitionTarget('fail')).toBe('failed');
  });

  it('never leaves a finished task', () => {
    for (const action of Object.keys(TASK_TRANSITIONS) as TaskAction[]) {
      for (const status of ['completed', 'cancelled', 'failed'] as const)
        expect(canTransition(action, status)).toBe(false);
    }
  });

  it('explains a refused transition and what would be allowed', () => {
    expect(transitionRefusal('publish', 'running')).toBe(
      'Cannot publish a task that is running: only a task that is draft can be published.',
    );
    expect(transitionRefusal('pause', 'draft')).toBe(
      'Cannot pause a task that is draft: only a task that is scheduled or running can be paused.',
    );
    expect(transitionRefusal('resume', 'cancelled')).toMatch(
      /it is finished\. Create a new task instead\.$/,
    );
  });

  it('formats a pause reason as "<code> <title>: <details>"', () => {
    expect(
      pauseReason(
        132001,
        'Template does not exist',
        'template name (spring) does not exist in pt_BR',
      ),
    ).toBe('132001 Template does not exist: template name (spring) does not exist in pt_BR');
    expect(pauseReason(190, 'Access token has expired', null)).toBe('190 Access token has expired');
    expect(pauseReason(null, 'Internal error', null)).toBe('Internal error');
  });
});
