import type { Store } from '../../../src/store/types';
import { at, createTenant, DAY, HOUR, MINUTE, newTask, T0, useStore } from './harness';

export function taskContract(open: () => Promise<Store>): void {
  describe('tasks', () => {
    const store = useStore(open);
    let tenant: string;
    let other: string;
    beforeEach(async () => {
      tenant = await createTenant(store(), 'A');
      other = await createTenant(store(), 'B');
    });

    it('creates a draft and reads it back within its tenant only', async () => {
      const input = newTask({ categoryId: 'cat-a', endAt: at(DAY) });
      const task = await store().createTask(tenant, input, T0);
      expect(task).toEqual({
        ...input,
        id: task.id,
        tenantId: tenant,
        type: 'marketing',
        channel: 'whatsapp',
        status: 'draft',
        reason: null,
        createdAt: T0,
        updatedAt: T0,
        publishedAt: null,
        completedAt: null,
      });
      expect(await store().getTask(tenant, task.id)).toEqual(task);
      expect(await store().getTask(other, task.id)).toBeNull();
    });

    it('changes status only from the expected statuses (compare-and-set)', async () => {
      const task = await store().createTask(tenant, newTask(), T0);
      const published = await store().updateTask(
        tenant,
        task.id,
        ['draft'],
        { status: 'scheduled' },
        at(MINUTE),
      );
      expect(published).toMatchObject({
        status: 'scheduled',
        publishedAt: at(MINUTE),
        updatedAt: at(MINUTE),
      });
      expect(
        await store().updateTask(
          tenant,
          task.id,
          ['draft'],
          { status: 'scheduled' },
          at(2 * MINUTE),
        ),
      ).toBeNull();
      expect(
        await store().updateTask(
          other,
          task.id,
          ['scheduled'],
          { status: 'cancelled' },
          at(2 * MINUTE),
        ),
      ).toBeNull();
      const racing = await Promise.all([
        store().updateTask(tenant, task.id, ['scheduled'], { status: 'running' }, at(3 * MINUTE)),
        store().updateTask(tenant, task.id, ['scheduled'], { status: 'cancelled' }, at(3 * MINUTE)),
      ]);
      expect(racing.filter((t) => t !== null)).toHaveLength(1);
      const paused = await store().updateTask(
        tenant,
        task.id,
        ['running', 'cancelled'],
        { status: 'paused', reason: 'template paused by Meta (132015)' },
        at(4 * MINUTE),
      );
      expect(paused).toMatchObject({
        reason: 'template paused by Meta (132015)',
        publishedAt: at(MINUTE),
      });
    });

    it('patches fields and stamps completion', async () => {
      const task = await store().createTask(tenant, newTask(), T0);
      const edited = await store().updateTask(
        tenant,
        task.id,
        ['draft'],
        {
          name: 'February sale',
          categoryId: 'cat-b',
          startAt: null,
          policy: { window: null, messagesPerSecond: null },
        },
        at(MINUTE),
      );
      expect(edited).toMatchObject({
        name: 'February sale',
        categoryId: 'cat-b',
        startAt: null,
        policy: { window: null, messagesPerSecond: null },
        template: task.template,
        status: 'draft',
        publishedAt: null,
      });
      const done = await store().updateTask(
        tenant,
        task.id,
        ['draft'],
        { status: 'completed' },
        at(HOUR),
      );
      expect(done?.completedAt).toEqual(at(HOUR));
      expect(await store().getTask(tenant, task.id)).toEqual(done);
    });

    it('lists by status, newest first, with pages', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1)
        ids.push((await store().createTask(tenant, newTask({ name: `t${i}` }), at(i * MINUTE))).id);
      await store().createTask(other, newTask(), T0);
      await store().updateTask(tenant, ids[1] ?? '', ['draft'], { status: 'scheduled' }, at(HOUR));
      await store().updateTask(tenant, ids[3] ?? '', ['draft'], { status: 'scheduled' }, at(HOUR));
      const scheduled = await store().listTasks(tenant, { status: 'scheduled' }, { limit: 10 });
      expect(scheduled.items.map((t) => t.name)).toEqual(['t3', 't1']);
      const first = await store().listTasks(tenant, {}, { limit: 3 });
      expect(first.items.map((t) => t.name)).toEqual(['t4', 't3', 't2']);
      const second = await store().listTasks(tenant, {}, { limit: 3, cursor: first.nextCursor });
      expect(second.items.map((t) => t.name)).toEqual(['t1', 't0']);
      expect(second.nextCursor).toBeNull();
    });

    it('lists due tasks of every tenant: scheduled or running, started or without a start', async () => {
      const make = async (
        owner: string,
        name: string,
        startAt: Date | null,
        status: 'scheduled' | 'running' | 'paused' | null,
      ) => {
        const task = await store().createTask(owner, newTask({ name, startAt }), T0);
        if (status === 'scheduled' || status === 'running' || status === 'paused') {
          await store().updateTask(owner, task.id, ['draft'], { status }, T0);
        }
      };
      await make(tenant, 'due-now', at(HOUR), 'scheduled');
      await make(tenant, 'running', T0, 'running');
      await make(other, 'no-start', null, 'scheduled');
      await make(tenant, 'future', at(2 * HOUR), 'scheduled');
      await make(tenant, 'draft', T0, null);
      await make(tenant, 'paused', T0, 'paused');
      const due = await store().listDueTasks(at(HOUR));
      expect(due.map((t) => t.name).sort()).toEqual(['due-now', 'no-start', 'running']);
    });
  });
}
