/**
 * Crash safety, short run (the soak run kills 20 times each and waits for full processing):
 * SIGKILLs during webhook ingestion leave every acknowledged delivery either processed or durably
 * in the inbox, and SIGKILLs during dispatch never message anyone twice or anyone suppressed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_PHONE_NUMBER_ID, childEnv, startService } from './support/child-service';
import { dispatchViolations, setUpTask } from './support/child-task';
import { allOptOuts, allRecipients, tenantIdOf, withStore } from './support/db-probe';
import { dispatchUnderKills, waitForCompletion } from './support/dispatch-under-kills';
import { startFakeGraph, type FakeGraph } from './support/fake-graph';
import { ingestUnderKills } from './support/ingest-under-kills';
import { runSeed, seededRandom } from './support/random';

jest.setTimeout(90_000);

let dir: string;
let graph: FakeGraph;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-crash-quick-'));
  graph = await startFakeGraph();
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

it('3 kills during ingestion: every acknowledged delivery is processed or still in the inbox', async () => {
  const dbPath = join(dir, 'ingest.db');
  const random = seededRandom(runSeed('crash-quick ingest'));
  const run = await ingestUnderKills({
    env: childEnv(dbPath, graph.url),
    kills: 3,
    random,
    runMs: [300, 900],
  });
  expect(run.acked.length).toBeGreaterThan(10);

  const { optedOut, stored } = await withStore(dbPath, async (store) => {
    const tenantId = await tenantIdOf(store, CHILD_PHONE_NUMBER_ID);
    const optOuts = await allOptOuts(store, tenantId);
    // Nothing runs now: take every unprocessed entry, however recently a dead instance claimed it.
    const entries = await store.claimInbox('probe', 100_000, 0, new Date());
    return {
      optedOut: new Set(optOuts.map((o) => o.contact)),
      stored: entries.map((e) => e.body).join('\n'),
    };
  });
  const lost = run.acked.filter((a) => !optedOut.has(a.contact) && !stored.includes(a.messageId));
  expect(lost).toEqual([]);
});

it('2 kills during dispatch: nobody messaged twice, nobody suppressed messaged, the task completes', async () => {
  const dbPath = join(dir, 'dispatch.db');
  const env = childEnv(dbPath, graph.url, {
    DISPATCH_CRON: '* * * * * *',
    DISPATCH_LEASE_MS: '1000',
  });
  const random = seededRandom(runSeed('crash-quick dispatch'));
  const first = await startService(env);
  const task = await setUpTask(first, { recipients: 120, suppressEvery: 10, rate: 40 });
  await dispatchUnderKills({ env, graph, kills: 2, random, first });
  const last = await startService(env);
  await waitForCompletion(dbPath, task, 60_000);
  await last.stop();
  const recipients = await withStore(dbPath, async (store) =>
    allRecipients(store, await tenantIdOf(store, CHILD_PHONE_NUMBER_ID), task.taskId),
  );
  expect(dispatchViolations(task, recipients, graph.templates())).toEqual([]);
  expect(recipients.filter((r) => r.status === 'suppressed')).toHaveLength(task.suppressed.length);
});
