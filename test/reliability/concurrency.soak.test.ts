/**
 * Two service instances (two processes, two instance ids) on ONE SQLite file and one task. The
 * task is paused and resumed through alternating instances so the number's lease changes hands
 * (and if it has not yet, the holder is stalled with SIGSTOP past its lease, so the other must
 * take over); opt-outs arrive at either instance while it sends. No recipient may get two messages, and no
 * send to an opted-out contact may start more than about a second after the opt-out's 201.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  admin,
  CHILD_ACCESS_TOKEN,
  CHILD_ADMIN_TOKEN,
  CHILD_APP_SECRET,
  CHILD_PHONE_NUMBER_ID,
  childEnv,
  startService,
  type ChildService,
} from './support/child-service';
import { dispatchViolations, setUpTask, taskAction } from './support/child-task';
import { allRecipients, leaseWatcher, tenantIdOf, withStore } from './support/db-probe';
import { waitForCompletion } from './support/dispatch-under-kills';
import { startFakeGraph, type FakeGraph } from './support/fake-graph';
import { describeLeaks, findLeaks } from './support/leaks';
import { realDelay } from './support/random';

/** "Honoured by every send that starts after about T + 1 s" (DESIGN.md); 200 ms for the HTTP hops. */
const HONOURED_WITHIN_MS = 1000 + 200;

let dir: string;
let graph: FakeGraph;
const services: ChildService[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-concurrency-'));
  graph = await startFakeGraph();
});
afterAll(async () => {
  for (const s of services) await s.kill();
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

it('two instances, one task: no double sends, opt-outs honoured from the next batch', async () => {
  const dbPath = join(dir, 'stopline.db');
  const base = { DISPATCH_CRON: '* * * * * *', DISPATCH_LEASE_MS: '2000' };
  const a = await startService(childEnv(dbPath, graph.url, { ...base, INSTANCE_ID: 'instance-a' }));
  services.push(a);
  const task = await setUpTask(a, { recipients: 600, suppressEvery: 10, rate: 40, publish: false });
  const b = await startService(childEnv(dbPath, graph.url, { ...base, INSTANCE_ID: 'instance-b' }));
  services.push(b);
  await taskAction(b, task.taskId, 'publish');

  const lease = leaseWatcher(dbPath, CHILD_PHONE_NUMBER_ID);
  const owners = new Set<string>();
  const optedOutAt = new Map<string, number>();
  const index = new Map(task.contacts.map((c, i) => [c, i]));
  /** A recipient just ahead of what was sent so far: in the batch in flight or one of the next. */
  const nearFrontier = (offset: number): string | undefined => {
    const frontier = Math.max(-1, ...graph.templates().map((s) => index.get(`+${s.to}`) ?? -1));
    return task.contacts
      .slice(frontier + 1 + offset)
      .find((c) => !task.suppressed.includes(c) && !optedOutAt.has(c));
  };
  const OFFSETS = [0, 2, 5, 10, 20, 40, 60];
  let step = 0;
  let frozen = false;
  // The task's status read on the watcher's open connection: a store opened for each look
  // (~150 ms) slowed the loop so much on a loaded machine that only 17 opt-outs fitted into the
  // send, where this test wants more than 20.
  const statusNow = () => lease.taskStatus(task.taskId);
  const started = Date.now();
  while (statusNow() !== 'completed') {
    const owner = lease.owner();
    if (owner) owners.add(owner);
    // An opt-out every 200 ms, to instance A and B in turn.
    const via = Math.floor(step / 2) % 2 === 0 ? a : b;
    // No opt-outs around the freeze below: a stalled instance's one pending send is not the point.
    const quiet = step >= 35 && step < 45;
    const contact =
      step % 2 === 1 && !quiet ? nearFrontier(OFFSETS[(step >> 1) % OFFSETS.length]!) : undefined;
    if (contact !== undefined) {
      const res = await admin(via, 'POST', '/admin/opt-outs', { channel: 'whatsapp', contact });
      expect(res.status).toBe(201);
      optedOutAt.set(contact, Date.now());
    }
    // Every 3 s: pause through one instance, resume through the other, so the lease moves.
    if (step % 30 === 15 && statusNow() === 'running') {
      // The task may send its last message between that read and the pause: a 409 for a task
      // that is completed by then is the API being right, not a failure (seen once in CI).
      const paused = await admin(via, 'POST', `/admin/tasks/${task.taskId}/pause`);
      if (paused.status === 200) {
        await realDelay(1200);
        await taskAction(via === a ? b : a, task.taskId, 'resume');
      } else {
        expect(paused.status).toBe(409);
        expect(statusNow()).toBe('completed');
      }
    }
    // If the lease has not changed hands yet, stall its holder past the lease (2 s): the other
    // instance must take the number over, and the stalled one must not send after it wakes.
    if (step === 40 && owners.size < 2 && statusNow() === 'running') {
      const holder = lease.owner() === 'instance-a' ? a : b;
      await holder.freeze(3000);
      frozen = true;
    }
    step += 1;
    await realDelay(100);
    if (step > 1500) throw new Error('the task did not complete within ~150 s');
  }
  lease.close();
  await waitForCompletion(dbPath, task);

  const recipients = await withStore(dbPath, async (store) =>
    allRecipients(store, await tenantIdOf(store, CHILD_PHONE_NUMBER_ID), task.taskId),
  );
  const templates = graph.templates();
  expect(dispatchViolations(task, recipients, templates)).toEqual([]);
  expect(owners).toEqual(new Set(['instance-a', 'instance-b']));

  const lateSends = templates.flatMap((s) => {
    const at = optedOutAt.get(`+${s.to}`);
    return at !== undefined && s.at > at ? [{ to: s.to, afterMs: s.at - at }] : [];
  });
  process.stdout.write(
    `concurrency: lease held by ${[...owners].join(' and ')}${frozen ? ' (after stalling the first)' : ''}; ` +
      `${optedOutAt.size} opt-outs during dispatch (${step} steps in ${Date.now() - started} ms); ` +
      `${lateSends.length} sends started after ` +
      `their 201 (batch already in flight), the latest ${Math.max(0, ...lateSends.map((s) => s.afterMs))} ms after\n`,
  );
  expect(lateSends.filter((s) => s.afterMs > HONOURED_WITHIN_MS)).toEqual([]);
  expect(optedOutAt.size).toBeGreaterThan(20);

  const count = (status: string) => recipients.filter((r) => r.status === status).length;
  const messaged = new Set(templates.map((s) => `+${s.to}`));
  const unknownMessaged = recipients.filter(
    (r) => r.status === 'unknown' && messaged.has(r.contact),
  ).length;
  // Only a takeover from a stalled holder leaves recipients unknown: its claimed batch.
  expect(count('unknown')).toBeLessThanOrEqual(frozen ? 40 : 0);
  expect(templates.length).toBe(count('sent') + unknownMessaged);
  expect(count('sent') + count('suppressed') + count('unknown')).toBe(task.contacts.length);
  const honoured = [...optedOutAt.keys()].filter((contact) => !messaged.has(contact));
  const status = new Map(recipients.map((r) => [r.contact, r.status]));
  // Suppressed by the check; or, only after a stall, left `unknown` in the stalled holder's
  // claimed batch (claimed before the opt-out, never sent: not in `messaged`).
  const settled = (s: string | undefined) => s === 'suppressed' || (frozen && s === 'unknown');
  expect(honoured.filter((contact) => !settled(status.get(contact)))).toEqual([]);
  expect(honoured.length).toBeGreaterThan(10);

  const output = [...a.output, ...b.output];
  const secrets = {
    accessToken: CHILD_ACCESS_TOKEN,
    appSecret: CHILD_APP_SECRET,
    adminToken: CHILD_ADMIN_TOKEN,
  };
  expect(describeLeaks(findLeaks(output, { secrets, phones: task.contacts }))).toBe('');
});
