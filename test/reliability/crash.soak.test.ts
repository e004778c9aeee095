/**
 * Crash safety at full size: the service (src/main.ts in a child process, on a SQLite file) is
 * SIGKILLed 20 times during webhook ingestion and 20 times during dispatch, restarted on the same
 * file each time.
 * - Ingestion: every delivery answered 200 ends up processed (its opt-out exists, with one audit
 *   event), and each customer is confirmed at most once.
 * - Dispatch: judged from the Graph API's side (a fake one on 127.0.0.1 that outlives the kills)
 *   and from the recipients table: nobody messaged twice, no suppressed contact messaged, every
 *   message id recorded is one the API issued to that contact, and the task completes.
 * - Nothing any instance wrote contains a secret or a full phone number.
 * The ingestion check runs last: the dead instances' inbox claims (a 60 s lease) lapse meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHILD_ACCESS_TOKEN,
  CHILD_ADMIN_TOKEN,
  CHILD_APP_SECRET,
  CHILD_PHONE_NUMBER_ID,
  CHILD_SECRETS_KEY,
  childEnv,
  startService,
} from './support/child-service';
import { dispatchViolations, setUpTask } from './support/child-task';
import { allOptOuts, allRecipients, tenantIdOf, withStore } from './support/db-probe';
import { dispatchUnderKills, waitForCompletion } from './support/dispatch-under-kills';
import { startFakeGraph, type FakeGraph } from './support/fake-graph';
import {
  drainWithNewInstance,
  ingestUnderKills,
  type IngestRun,
} from './support/ingest-under-kills';
import { describeLeaks, findLeaks } from './support/leaks';
import { runSeed, seededRandom } from './support/random';

const KILLS = 20;
const RATE = 50;
const SECRETS = {
  accessToken: CHILD_ACCESS_TOKEN,
  appSecret: CHILD_APP_SECRET,
  adminToken: CHILD_ADMIN_TOKEN,
  secretsKey: CHILD_SECRETS_KEY,
};

let dir: string;
let graph: FakeGraph;
let ingest: IngestRun | null = null;
const ingestDb = () => join(dir, 'ingest.db');
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stopline-crash-'));
  graph = await startFakeGraph();
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

it(`ingestion through ${KILLS} SIGKILLs: deliveries acknowledged and cut off`, async () => {
  const random = seededRandom(runSeed('crash ingest'));
  ingest = await ingestUnderKills({
    env: childEnv(ingestDb(), graph.url),
    kills: KILLS,
    random,
    runMs: [100, 1500],
  });
  expect(ingest.acked.length).toBeGreaterThan(KILLS * 5);
  // Some deliveries got no answer: the kills really landed mid-stream.
  expect(ingest.attempted.length).toBeGreaterThan(ingest.acked.length);
});

it(`a task dispatched through ${KILLS} SIGKILLs: at most once, never to the suppressed, completed`, async () => {
  const dbPath = join(dir, 'dispatch.db');
  // A 1 s lease (the minimum): a restarted instance, a new instance id, waits for the dead one's.
  const env = childEnv(dbPath, graph.url, {
    DISPATCH_CRON: '* * * * * *',
    DISPATCH_LEASE_MS: '1000',
  });
  const random = seededRandom(runSeed('crash dispatch'));
  const first = await startService(env);
  const task = await setUpTask(first, { recipients: 1000, suppressEvery: 10, rate: RATE });
  const before = graph.sends.length;

  const report = await dispatchUnderKills({ env, graph, kills: KILLS, random, first });
  expect(report.duringSends).toBeGreaterThanOrEqual(KILLS / 2);
  const last = await startService(env);
  await waitForCompletion(dbPath, task);
  await last.stop();
  report.output.push(...last.output);

  const recipients = await withStore(dbPath, async (store) =>
    allRecipients(store, await tenantIdOf(store, CHILD_PHONE_NUMBER_ID), task.taskId),
  );
  const templates = graph.sends.slice(before).filter((s) => s.type === 'template');
  expect(dispatchViolations(task, recipients, templates)).toEqual([]);
  const count = (status: string) => recipients.filter((r) => r.status === status).length;
  expect(count('suppressed')).toBe(task.suppressed.length);
  expect(count('sent') + count('suppressed') + count('unknown')).toBe(task.contacts.length);
  // A kill strands its batch's claimed recipients as unknown (never re-sent); a batch is at most
  // one second of sending, so at most RATE recipients per kill.
  expect(count('unknown')).toBeLessThanOrEqual(KILLS * RATE);
  const messaged = new Set(templates.map((s) => `+${s.to}`));
  const unknownMessaged = recipients.filter(
    (r) => r.status === 'unknown' && messaged.has(r.contact),
  ).length;
  expect(templates.length).toBe(count('sent') + unknownMessaged);
  process.stdout.write(
    `crash dispatch: ${report.duringSends}/${KILLS} kills mid-send; sent ${count('sent')}, suppressed ` +
      `${count('suppressed')}, unknown ${count('unknown')} (${unknownMessaged} of them reached the API)\n`,
  );
  expect(describeLeaks(findLeaks(report.output, { secrets: SECRETS, phones: task.contacts }))).toBe(
    '',
  );
});

it('after a restart, every acknowledged delivery was processed once, each customer confirmed at most once', async () => {
  if (!ingest) throw new Error('the ingestion run did not happen');
  const run = ingest;
  const last = await drainWithNewInstance(childEnv(ingestDb(), graph.url), ingestDb());
  await last.stop();
  run.output.push(...last.output);

  const optedOut = await withStore(ingestDb(), async (store) => {
    const tenantId = await tenantIdOf(store, CHILD_PHONE_NUMBER_ID);
    const optOuts = await allOptOuts(store, tenantId);
    const events = await Promise.all(optOuts.map((o) => store.listOptOutEvents(tenantId, o.id)));
    // Re-processing after a crash must not append a second audit event.
    expect(events.filter((e) => e.length !== 1)).toEqual([]);
    return new Set(optOuts.filter((o) => o.revokedAt === null).map((o) => o.contact));
  });
  expect(run.acked.filter((a) => !optedOut.has(a.contact))).toEqual([]);

  const confirmations = new Map<string, number>();
  for (const s of graph.sends.filter((x) => x.type !== 'template'))
    confirmations.set(s.to, (confirmations.get(s.to) ?? 0) + 1);
  expect([...confirmations].filter(([, n]) => n > 1)).toEqual([]);
  expect(graph.sends.every((s) => s.authorization === `Bearer ${CHILD_ACCESS_TOKEN}`)).toBe(true);
  expect(describeLeaks(findLeaks(run.output, { secrets: SECRETS, phones: run.attempted }))).toBe(
    '',
  );
});
