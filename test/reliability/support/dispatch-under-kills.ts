/**
 * A published task dispatched by a service that is SIGKILLed again and again (each restart is a
 * new instance id, so it must wait for the dead one's lease to expire), then left to finish.
 */
import type { Task } from '../../../src/domain/types';
import { CHILD_PHONE_NUMBER_ID, startService, type ChildService } from './child-service';
import type { ChildTask } from './child-task';
import { tenantIdOf, withStore } from './db-probe';
import type { FakeGraph } from './fake-graph';
import { between, realDelay, waitFor } from './random';

export interface KillReport {
  /** Kills that happened while this instance's sends were arriving at the Graph API. */
  duringSends: number;
  output: string[];
}

async function killPoint(graph: FakeGraph, random: () => number): Promise<void> {
  if (random() < 0.25) {
    // Anywhere: taking the lease, warming up, or mid-batch.
    await realDelay(between(random, 0, 2000));
    return;
  }
  const before = graph.templates().length;
  const deadline = Date.now() + 8000;
  while (graph.templates().length === before && Date.now() < deadline) await realDelay(20);
  await realDelay(between(random, 0, 1500));
}

/** Runs `kills` start → random point → SIGKILL cycles on the same file. */
export async function dispatchUnderKills(opts: {
  env: Record<string, string>;
  graph: FakeGraph;
  kills: number;
  random: () => number;
  /** Started before the first cycle (it set the task up); killed as the first cycle. */
  first: ChildService;
}): Promise<KillReport> {
  const report: KillReport = { duringSends: 0, output: [] };
  let service = opts.first;
  for (let i = 0; i < opts.kills; i++) {
    if (i > 0) service = await startService(opts.env);
    const before = opts.graph.templates().length;
    await killPoint(opts.graph, opts.random);
    const arriving = opts.graph.templates().length > before;
    await service.kill();
    if (arriving) report.duringSends += 1;
    report.output.push(...service.output);
  }
  return report;
}

export async function taskStatus(dbPath: string, taskId: string): Promise<Task['status']> {
  return withStore(dbPath, async (store) => {
    const task = await store.getTask(await tenantIdOf(store, CHILD_PHONE_NUMBER_ID), taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    return task.status;
  });
}

/** Waits (real time: the child runs on the system clock) until the task completes. */
export async function waitForCompletion(
  dbPath: string,
  task: ChildTask,
  timeoutMs = 120_000,
): Promise<void> {
  await waitFor(
    `task ${task.taskId} to complete`,
    async () => (await taskStatus(dbPath, task.taskId)) === 'completed',
    timeoutMs,
    250,
  );
}
