/**
 * 1. Webhook ingest: signed ~1.5 KB deliveries (unique message ids), autocannon 50 connections ×
 * 10 s after a 2 s warm-up, against a bare Express app and against stopline (real app, SQLite
 * file, fsync before every 200 by group commit, the inbox processor running as in production)
 * in the same run; then stopline again with processing held until the load ends (diagnostic:
 * the ingest path alone). Afterwards every acknowledged delivery must have been processed: the
 * inbox is drained and counted from the database file.
 */
import { join } from 'node:path';
import { startServer, type ServerHandle } from './lib/child-server';
import { openReader, sleep, tempDir } from './lib/db';
import { stoplineEnv } from './lib/deliveries';
import { postDeliveries, type LoadResult } from './lib/load';
import { emit, progress, round, runMain } from './lib/report';

const CONNECTIONS = 50;
const SECONDS = 10;
const WARM_UP_SECONDS = 2;
/**
 * The drain is waited for while it makes progress: given up only when the pending count has
 * not fallen for STALL_MS (a stuck processor), or after DRAIN_CAP_MS in all. A fixed 180 s
 * limit cut one run short on a busy machine with 29,716 deliveries still draining.
 */
const STALL_MS = 30_000;
const DRAIN_CAP_MS = 900_000;

async function measure(
  label: string,
  server: ServerHandle,
  firstN: number,
): Promise<{ warm: LoadResult; run: LoadResult }> {
  progress(`webhook: ${label} warm-up ${WARM_UP_SECONDS} s`);
  const warm = await postDeliveries(server.url, {
    connections: CONNECTIONS,
    seconds: WARM_UP_SECONDS,
    run: label,
    firstN,
  });
  progress(`webhook: ${label} ${CONNECTIONS} connections × ${SECONDS} s`);
  const run = await postDeliveries(server.url, {
    connections: CONNECTIONS,
    seconds: SECONDS,
    run: label,
    firstN: firstN + warm.built,
  });
  progress(
    `webhook: ${label} ${Math.round(run.rps)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, 2xx ${run.ok}, non-2xx ${run.non2xx}, errors ${run.errors}`,
  );
  return { warm, run };
}

interface InboxCounts {
  pending: number;
  processed: number;
  failed: number;
  total: number;
}

async function waitForDrain(dbPath: string): Promise<{ counts: InboxCounts; drainMs: number }> {
  const db = openReader(dbPath);
  const count = db.prepare<[], { status: string; n: number }>(
    'SELECT status, count(*) AS n FROM inbox GROUP BY status',
  );
  const started = Date.now();
  let fewest = Infinity;
  let fellAt = started;
  try {
    for (;;) {
      const counts: InboxCounts = { pending: 0, processed: 0, failed: 0, total: 0 };
      for (const row of count.all()) {
        if (row.status === 'pending' || row.status === 'processed' || row.status === 'failed')
          counts[row.status] = row.n;
        counts.total += row.n;
      }
      const now = Date.now();
      if (counts.pending < fewest) {
        fewest = counts.pending;
        fellAt = now;
      }
      if (counts.pending === 0 || now - fellAt > STALL_MS || now - started > DRAIN_CAP_MS)
        return { counts, drainMs: now - started };
      await sleep(250);
    }
  } finally {
    db.close();
  }
}

/** Load on a fresh stopline; then waits until every stored delivery is processed and counts. */
async function stoplineRun(dir: string, label: string, env: Record<string, string>) {
  const dbPath = join(dir, `${label}.db`);
  const server = await startServer('stopline', stoplineEnv(dbPath, env), join(dir, `${label}.log`));
  try {
    const load = await measure(label, server, 0);
    progress(`webhook: ${label}: waiting for the inbox to drain`);
    // Normally a no-op (the processor is already draining); with BENCH_INBOX=deferred it starts the work.
    void server.ask('drain').catch(() => undefined);
    const { counts, drainMs } = await waitForDrain(dbPath);
    const acked = load.warm.ok + load.run.ok;
    progress(
      `webhook: ${label}: ${acked} acknowledged, ${counts.total} stored, ${counts.processed} processed, ${counts.failed} failed, ${counts.pending} pending (drained ${drainMs} ms after the load)`,
    );
    return { ...load, counts, drainMs, acked };
  } finally {
    await server.stop();
  }
}

export async function webhookIngest(): Promise<void> {
  const tmp = tempDir('webhook');
  try {
    const bare = await startServer('bare-express', {}, join(tmp.dir, 'bare.log'));
    const baseline = await measure('bare-express', bare, 0).finally(() => bare.stop());
    // As deployed: the inbox processor drains in the same process while deliveries arrive.
    const live = await stoplineRun(tmp.dir, 'stopline', {});
    // Diagnostic: the same service with processing held until the load ends (the ingest path alone).
    const deferred = await stoplineRun(tmp.dir, 'stopline-deferred', { BENCH_INBOX: 'deferred' });

    const ratio = (a: number, b: number) => round(a / b, 3);
    emit({
      name: 'webhook_ingest_ratio',
      value: ratio(live.run.rps, baseline.run.rps),
      unit: 'x',
      baseline: round(baseline.run.rps, 0),
      ratio: ratio(live.run.rps, baseline.run.rps),
      target: '>= 0.6',
    });
    emit({
      name: 'webhook_ingest_p99_ratio',
      value: ratio(live.run.p99, baseline.run.p99),
      unit: 'x',
      baseline: baseline.run.p99,
      ratio: ratio(live.run.p99, baseline.run.p99),
      target: '<= 1.5',
    });
    emit({
      name: 'webhook_ingest_req_per_s',
      value: round(live.run.rps, 0),
      unit: 'req/s',
      baseline: round(baseline.run.rps, 0),
      target: 'info',
    });
    emit({
      name: 'webhook_ingest_p50_ms',
      value: live.run.p50,
      unit: 'ms',
      baseline: baseline.run.p50,
      target: 'info',
    });
    emit({
      name: 'webhook_ingest_p99_ms',
      value: live.run.p99,
      unit: 'ms',
      baseline: baseline.run.p99,
      target: 'info',
    });
    for (const [suffix, r] of [
      ['', live],
      ['_deferred_inbox', deferred],
    ] as const) {
      emit({
        name: `webhook_non2xx${suffix}`,
        value: r.run.non2xx + r.run.errors + r.warm.non2xx + r.warm.errors,
        unit: 'requests',
        target: '0',
      });
      emit({
        name: `webhook_acknowledged${suffix}`,
        value: r.acked,
        unit: 'deliveries',
        target: 'info',
      });
      // Every 2xx must end processed (deliveries stored but unanswered when the load stopped are processed too).
      emit({
        name: `webhook_unprocessed_after_ack${suffix}`,
        value: Math.max(0, r.acked - r.counts.processed) + r.counts.pending + r.counts.failed,
        unit: 'deliveries',
        target: '0',
      });
      emit({ name: `webhook_drain_ms${suffix}`, value: r.drainMs, unit: 'ms', target: 'info' });
    }
    emit({
      name: 'webhook_ingest_ratio_deferred_inbox',
      value: ratio(deferred.run.rps, baseline.run.rps),
      unit: 'x',
      baseline: round(baseline.run.rps, 0),
      ratio: ratio(deferred.run.rps, baseline.run.rps),
      target: 'info',
    });
    emit({
      name: 'webhook_ingest_p99_ratio_deferred_inbox',
      value: ratio(deferred.run.p99, baseline.run.p99),
      unit: 'x',
      baseline: baseline.run.p99,
      ratio: ratio(deferred.run.p99, baseline.run.p99),
      target: 'info',
    });
  } finally {
    tmp.cleanup();
  }
}

runMain(module, webhookIngest);
