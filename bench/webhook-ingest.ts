/**
 * 1. Webhook ingest: signed ~1.5 KB deliveries, autocannon 50 connections × 10 s, against a bare
 * Express app and against stopline (real app, SQLite file, fsync before every 200 by group
 * commit, the inbox processor running as in production) in the same run. Afterwards, every
 * acknowledged delivery must have been processed: the inbox is drained and counted.
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
const DRAIN_TIMEOUT_MS = 180_000;

async function measure(label: string, server: ServerHandle, firstN: number): Promise<{ warm: LoadResult; run: LoadResult }> {
  progress(`webhook: ${label} warm-up ${WARM_UP_SECONDS} s`);
  const warm = await postDeliveries(server.url, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS, run: label, firstN });
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
  const count = db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM inbox GROUP BY status');
  const started = Date.now();
  try {
    for (;;) {
      const counts: InboxCounts = { pending: 0, processed: 0, failed: 0, total: 0 };
      for (const row of count.all()) {
        if (row.status === 'pending' || row.status === 'processed' || row.status === 'failed') counts[row.status] = row.n;
        counts.total += row.n;
      }
      if (counts.pending === 0 || Date.now() - started > DRAIN_TIMEOUT_MS) return { counts, drainMs: Date.now() - started };
      await sleep(250);
    }
  } finally {
    db.close();
  }
}

export async function webhookIngest(): Promise<void> {
  const tmp = tempDir('webhook');
  try {
    const bare = await startServer('bare-express', {}, join(tmp.dir, 'bare.log'));
    const baseline = await measure('bare-express', bare, 0).finally(() => bare.stop());

    const dbPath = join(tmp.dir, 'stopline.db');
    const server = await startServer('stopline', stoplineEnv(dbPath), join(tmp.dir, 'stopline.log'));
    let stopline;
    try {
      stopline = await measure('stopline', server, 0);
      progress('webhook: waiting for the inbox to drain');
      // Normally a no-op (the processor is already draining); needed with BENCH_INBOX=deferred.
      void server.ask('drain').catch(() => undefined);
      const { counts, drainMs } = await waitForDrain(dbPath);
      const acked = stopline.warm.ok + stopline.run.ok;
      progress(
        `webhook: ${acked} acknowledged, ${counts.total} stored, ${counts.processed} processed, ${counts.failed} failed, ${counts.pending} pending (drained ${drainMs} ms after the load)`,
      );
      emit({
        name: 'webhook_ingest_ratio',
        value: round(stopline.run.rps / baseline.run.rps, 3),
        unit: 'x',
        baseline: round(baseline.run.rps, 0),
        ratio: round(stopline.run.rps / baseline.run.rps, 3),
        target: '>= 0.6',
      });
      emit({
        name: 'webhook_ingest_p99_ratio',
        value: round(stopline.run.p99 / baseline.run.p99, 3),
        unit: 'x',
        baseline: baseline.run.p99,
        ratio: round(stopline.run.p99 / baseline.run.p99, 3),
        target: '<= 1.5',
      });
      emit({ name: 'webhook_ingest_req_per_s', value: round(stopline.run.rps, 0), unit: 'req/s', baseline: round(baseline.run.rps, 0), target: 'info' });
      emit({ name: 'webhook_ingest_p50_ms', value: stopline.run.p50, unit: 'ms', baseline: baseline.run.p50, target: 'info' });
      emit({ name: 'webhook_ingest_p99_ms', value: stopline.run.p99, unit: 'ms', baseline: baseline.run.p99, target: 'info' });
      emit({ name: 'webhook_ingest_non2xx', value: stopline.run.non2xx + stopline.run.errors, unit: 'count', target: '0' });
      emit({ name: 'webhook_acknowledged', value: acked, unit: 'deliveries', target: 'info' });
      // Every 2xx must be processed; stored-but-unanswered ones (in flight when the load stopped) are processed too.
      emit({ name: 'webhook_unprocessed_after_ack', value: Math.max(0, acked - counts.processed) + counts.pending + counts.failed, unit: 'deliveries', target: '0' });
      emit({ name: 'webhook_drain_ms', value: drainMs, unit: 'ms', target: 'info' });
    } finally {
      await server.stop();
    }
  } finally {
    tmp.cleanup();
  }
}

runMain(module, webhookIngest);
