/**
 * 2. Opt-out latency: 1,000 STOP messages from distinct customers, posted signed to the real
 * service (child process, SQLite file) at a steady 100 per second (a reply storm above the 80
 * messages per second a number sends at). For each: from its 200 until its opt-out is active in
 * the store, as seen by the bench's own read-only connection polling the file every millisecond.
 * Then the same behind a 100,000-entry backlog of status webhooks (optout-backlog.ts), with the
 * webhook's ingest rate and the inbox's status apply rate measured in that run.
 */
import { Agent } from 'node:http';
import { join } from 'node:path';
import { startServer } from './lib/child-server';
import { sleep, tempDir } from './lib/db';
import { customerWaId, stoplineEnv, textDelivery } from './lib/deliveries';
import { watchOptOuts } from './lib/opt-out-watcher';
import { optOutBehindBacklog } from './optout-backlog';
import { postDelivery } from './lib/post';
import { emit, progress, round, runMain } from './lib/report';
import { epochMs, percentile } from './lib/stats';

const MESSAGES = 1_000;
const PER_SECOND = 100;
const SETTLE_TIMEOUT_MS = 60_000;

export async function optOutLatency(): Promise<void> {
  const tmp = tempDir('optout');
  const dbPath = join(tmp.dir, 'stopline.db');
  const server = await startServer('stopline', stoplineEnv(dbPath), join(tmp.dir, 'stopline.log'));
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  try {
    // Warm the service's code paths on other contacts first (JIT, statements, classifier tables).
    for (let i = 0; i < 50; i++) {
      await postDelivery(
        agent,
        server.url,
        textDelivery({ n: 5_000_000 + i, run: 'warm', text: 'STOP' }),
      );
    }
    await server.ask('drain');
    const watcher = watchOptOuts(dbPath, MESSAGES + 50);
    progress(`opt-out: posting ${MESSAGES} STOP messages at ${PER_SECOND}/s`);
    const acks = new Map<string, number>();
    const statuses = new Map<number, number>();
    const start = epochMs() + 20;
    const posts: Promise<void>[] = [];
    for (let n = 0; n < MESSAGES; n++) {
      const due = start + (n * 1000) / PER_SECOND;
      const wait = due - epochMs();
      if (wait > 0) await sleep(wait);
      const raw = textDelivery({ n, run: 'optout', text: 'STOP' });
      posts.push(
        postDelivery(agent, server.url, raw).then(({ status, ackAt }) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 200) acks.set(`+${customerWaId(n)}`, ackAt);
        }),
      );
    }
    await Promise.all(posts);
    const timeout = setTimeout(() => watcher.stop(), SETTLE_TIMEOUT_MS);
    const seen = await watcher.result;
    clearTimeout(timeout);

    const latencies: number[] = [];
    let missing = 0;
    for (const [contact, ackAt] of acks) {
      const at = seen.get(contact);
      if (at === undefined) missing += 1;
      // Active before the client had read its 200 counts as no wait at all.
      else latencies.push(Math.max(0, at - ackAt));
    }
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    progress(
      `opt-out: statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${latencies.length} active, ${missing} never seen; p50 ${round(p50, 1)} ms, p99 ${round(p99, 1)} ms, max ${round(percentile(latencies, 100), 1)} ms`,
    );
    emit({ name: 'optout_latency_p99_ms', value: round(p99, 1), unit: 'ms', target: '<= 100' });
    emit({ name: 'optout_latency_p50_ms', value: round(p50, 1), unit: 'ms', target: 'info' });
    emit({
      name: 'optout_latency_max_ms',
      value: round(percentile(latencies, 100), 1),
      unit: 'ms',
      target: 'info',
    });
    emit({
      name: 'optout_not_active',
      value: missing + (MESSAGES - acks.size),
      unit: 'messages',
      target: '0',
    });
  } finally {
    agent.destroy();
    await server.stop();
    tmp.cleanup();
  }
  await behindBacklog();
}

async function behindBacklog(): Promise<void> {
  const tmp = tempDir('optout-backlog');
  const dbPath = join(tmp.dir, 'stopline.db');
  const server = await startServer(
    'stopline',
    stoplineEnv(dbPath, { BENCH_INBOX: 'deferred', LOG_LEVEL: 'warn' }),
    join(tmp.dir, 'stopline.log'),
  );
  try {
    const backlog = await optOutBehindBacklog(server, dbPath, join(tmp.dir, 'r.csv'));
    emit({
      name: 'optout_latency_p99_ms_behind_100k_statuses',
      value: round(percentile(backlog.latencies, 99), 1),
      unit: 'ms',
      target: '<= 100',
    });
    emit({
      name: 'optout_stops_behind_statuses',
      value: backlog.latencies.length,
      unit: 'messages',
      target: 'info',
    });
    emit({
      name: 'optout_not_active_behind_statuses',
      value: backlog.notActive,
      unit: 'messages',
      target: '0',
    });
    emit({
      name: 'webhook_ingest_statuses_per_s',
      value: round(backlog.ingestPerSecond, 0),
      unit: 'req/s',
      target: 'info',
    });
    emit({
      name: 'status_apply_per_s',
      value: round(backlog.applyPerSecond, 0),
      unit: 'statuses/s',
      target: `>= ${round(2 * backlog.ingestPerSecond, 0)}`,
    });
  } finally {
    await server.stop();
    tmp.cleanup();
  }
}

runMain(module, optOutLatency);
