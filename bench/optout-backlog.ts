/**
 * The opt-out latency behind a campaign's receipts, and how fast receipts are applied: with
 * processing off, 100,000 status webhooks (sent, delivered, read for 33,334 task messages) are
 * posted signed by 50 keep-alive clients (the webhook's ingest rate); then processing starts and,
 * while it works through that backlog, 300 customers of the task write STOP (quoting their
 * message) at 100 per second. Each STOP from its 200 to its opt-out being active (the bench's
 * own read-only connection, polling every millisecond), and statuses applied per second over
 * the whole drain. BENCH_BACKLOG_STATUSES=10000 runs a reduced backlog (a quick check).
 */
import { Agent } from 'node:http';
import Database from 'better-sqlite3';
import { campaignTask, statusDelivery, stopReply } from './lib/campaign';
import type { ServerHandle } from './lib/child-server';
import { sleep } from './lib/db';
import { watchOptOuts } from './lib/opt-out-watcher';
import { postDelivery } from './lib/post';
import { progress, round } from './lib/report';
import { epochMs, percentile } from './lib/stats';

const STATUSES = Number(process.env.BENCH_BACKLOG_STATUSES ?? 100_000);
const CLIENTS = 50;
const STOPS = 300;
const STOPS_PER_SECOND = 100;

export interface BacklogFigures {
  ingestPerSecond: number;
  applyPerSecond: number;
  latencies: number[];
  notActive: number;
}

/** Posts every body with `clients` requests in flight; resolves with how many got a 200. */
async function postAll(agent: Agent, url: string, bodies: string[], clients: number) {
  let next = 0;
  let ok = 0;
  const client = async () => {
    for (let i = next++; i < bodies.length; i = next++) {
      if ((await postDelivery(agent, url, bodies[i] as string)).status === 200) ok += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return ok;
}

/**
 * Runs on a server started with BENCH_INBOX=deferred (deliveries stored, not processed, until
 * the `start` request) on the SQLite file `dbPath`.
 */
export async function optOutBehindBacklog(
  server: ServerHandle,
  dbPath: string,
  csvPath: string,
): Promise<BacklogFigures> {
  const messages = Math.ceil(STATUSES / 3);
  const taskId = await campaignTask(server.url, csvPath, messages);
  // The task's messages as sent (the statuses need task messages to move), written directly:
  // the task stays a draft, so the dispatcher never touches it.
  const writer = new Database(dbPath);
  writer.pragma('busy_timeout = 5000');
  writer
    .prepare(
      `UPDATE recipients SET status = 'sent', message_id = 'wamid.BACKLOG' || id,
       wa_id = substr(contact, 2), sent_at = ? WHERE task_id = ?`,
    )
    .run(Date.now(), taskId);
  const sent = writer
    .prepare<[string], { contact: string; message_id: string; wa_id: string }>(
      'SELECT contact, message_id, wa_id FROM recipients WHERE task_id = ? ORDER BY contact',
    )
    .all(taskId);
  writer.close();

  const bodies: string[] = [];
  for (const status of ['sent', 'delivered', 'read'] as const)
    for (const m of sent) bodies.push(statusDelivery(m.message_id, m.wa_id, status));
  bodies.length = STATUSES;
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  try {
    progress(`backlog: posting ${STATUSES} status webhooks, ${CLIENTS} clients, processing off`);
    const ingestStart = performance.now();
    const stored = await postAll(agent, server.url, bodies, CLIENTS);
    const ingestPerSecond = stored / ((performance.now() - ingestStart) / 1000);
    if (stored !== STATUSES) throw new Error(`backlog: only ${stored} of ${STATUSES} stored`);

    // STOPs from customers whose messages are in the backlog: every (messages / STOPS)-th one.
    const stride = Math.max(1, Math.floor(sent.length / STOPS));
    const stoppers = Array.from({ length: STOPS }, (_, i) => sent[(i * stride) % sent.length]!);
    const watcher = watchOptOuts(dbPath, new Set(stoppers.map((m) => m.contact)).size);
    progress(`backlog: processing on; ${STOPS} STOPs at ${STOPS_PER_SECOND}/s meanwhile`);
    const drainStart = performance.now();
    await server.ask('start');
    const drained = server.ask<number>('drain').then(() => performance.now());
    const acks = new Map<string, number>();
    const start = epochMs() + 20;
    const posts: Promise<void>[] = [];
    for (const [i, m] of stoppers.entries()) {
      const wait = start + (i * 1000) / STOPS_PER_SECOND - epochMs();
      if (wait > 0) await sleep(wait);
      posts.push(
        postDelivery(agent, server.url, stopReply(i, m.wa_id, m.message_id)).then((r) => {
          if (r.status === 200) acks.set(m.contact, r.ackAt);
        }),
      );
    }
    await Promise.all(posts);
    const drainEnd = await drained;
    // The drain may have caught an empty moment before the last STOPs: wait for the rest.
    await server.ask('drain');
    const applyPerSecond = STATUSES / ((drainEnd - drainStart) / 1000);
    const reader = new Database(dbPath, { readonly: true });
    const read = reader
      .prepare<[string], number>(
        'SELECT count(*) FROM recipients WHERE task_id = ? AND read_at IS NOT NULL',
      )
      .pluck()
      .get(taskId);
    reader.close();
    const readPosted = bodies.filter((b) => b.includes('"status":"read"')).length;
    if (read !== readPosted)
      throw new Error(`backlog: ${readPosted} read statuses posted, ${read} recipients read`);
    const timeout = setTimeout(() => watcher.stop(), 30_000);
    const seen = await watcher.result;
    clearTimeout(timeout);
    // Only STOPs answered while receipts were still waiting count as "behind the backlog".
    const backlogGone = performance.timeOrigin + drainEnd;
    const latencies: number[] = [];
    let found = 0;
    for (const [contact, ackAt] of acks) {
      const at = seen.get(contact);
      if (at !== undefined) found += 1;
      if (at !== undefined && ackAt < backlogGone) latencies.push(Math.max(0, at - ackAt));
    }
    progress(
      `backlog: ingest ${round(ingestPerSecond, 0)}/s; applied ${round(applyPerSecond, 0)} statuses/s (drain ${round((drainEnd - drainStart) / 1000, 1)} s); ${latencies.length} STOPs answered while receipts waited: p50 ${round(percentile(latencies, 50), 1)} ms, p99 ${round(percentile(latencies, 99), 1)} ms, max ${round(percentile(latencies, 100), 1)} ms; ${STOPS - found} never active`,
    );
    return { ingestPerSecond, applyPerSecond, latencies, notActive: STOPS - found };
  } finally {
    agent.destroy();
  }
}
