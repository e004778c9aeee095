/**
 * 6. A campaign and its own echo: a 100,000-recipient task dispatched at 1,000 msg/s by the real
 * service (child process, SQLite file), the sandbox reporting every message back like Meta
 * (SANDBOX_STATUS_ECHO=1: signed sent, delivered and read webhooks over HTTP to the service's own
 * /webhook, 100-1,000 ms apart: 3,000 webhooks a second), and customers answering STOP (quoting
 * the task message) to 1 % of the messages as they arrive. Figures: the dispatch rate, the
 * inbox lag (p99 of samples every 100 ms, from the bench's own read-only connection), each STOP
 * from its 200 to its opt-out being active, and how long after the echo's last status every
 * status was applied. BENCH_CAMPAIGN_RECIPIENTS=10000 runs a reduced campaign (a quick check).
 */
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { campaignContact, freePort, inboxLag, publishCampaign, stopReply } from './lib/campaign';
import { startServer } from './lib/child-server';
import { openReader, sleep, tempDir } from './lib/db';
import { stoplineEnv } from './lib/deliveries';
import { watchOptOuts } from './lib/opt-out-watcher';
import { postDelivery } from './lib/post';
import { emit, progress, round, runMain } from './lib/report';
import { epochMs, percentile } from './lib/stats';

const RECIPIENTS = Number(process.env.BENCH_CAMPAIGN_RECIPIENTS ?? 100_000);
const RATE = 1_000;
/** Every STOP_EVERY-th recipient answers STOP: 1 %. */
const STOP_EVERY = 100;
const SETTLE_LIMIT_MS = 120_000;

/** CPU seconds (user + system) a process has used so far, from /proc (0 where it is missing). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export async function campaignEcho(): Promise<void> {
  const tmp = tempDir('campaign');
  const dbPath = join(tmp.dir, 'stopline.db');
  const port = await freePort();
  const server = await startServer(
    'stopline',
    stoplineEnv(dbPath, {
      BENCH_PORT: String(port),
      DISPATCH_CRON: '* * * * * *',
      LOG_LEVEL: 'warn',
      SANDBOX_STATUS_ECHO: '1',
      SANDBOX_STATUS_ECHO_DELAY_MS: '100-1000',
      SANDBOX_STATUS_ECHO_URL: `http://127.0.0.1:${port}/webhook`,
    }),
    join(tmp.dir, 'stopline.log'),
  );
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  try {
    progress(`campaign: ${RECIPIENTS} recipients at ${RATE}/s, the sandbox echoing statuses`);
    const taskId = await publishCampaign(server.url, join(tmp.dir, 'r.csv'), RECIPIENTS, RATE);
    const reader = openReader(dbPath);
    const cpuBefore = cpuSeconds(server.pid);
    const wallBefore = epochMs();
    const lagNow = inboxLag(reader);
    const targets = new Set<string>();
    for (let i = 0; i < RECIPIENTS; i += STOP_EVERY) targets.add(campaignContact(i));
    const watcher = watchOptOuts(dbPath, targets.size);
    const sentTo = reader.prepare<
      [string, string],
      { contact: string; message_id: string; wa_id: string | null }
    >(
      `SELECT contact, message_id, wa_id FROM recipients
       WHERE task_id = ? AND message_id IS NOT NULL AND contact IN (SELECT value FROM json_each(?))`,
    );
    const taskStatus = reader
      .prepare<[string], string>('SELECT status FROM tasks WHERE id = ?')
      .pluck();
    const unapplied = reader
      .prepare<[string], number>(
        `SELECT count(*) FROM recipients WHERE task_id = ? AND message_id IS NOT NULL
         AND read_at IS NULL AND failed_at IS NULL`,
      )
      .pluck();

    const lags: number[] = [];
    const priorityLags: number[] = [];
    const acks = new Map<string, number>();
    const posts: Promise<void>[] = [];
    let refused = 0;
    let n = 0;
    const sample = () => {
      const lag = lagNow();
      lags.push(Math.max(lag.priority, lag.status));
      priorityLags.push(lag.priority);
    };
    const answerStops = () => {
      const waiting = [...targets].filter((c) => !acks.has(c));
      if (waiting.length === 0) return;
      for (const row of sentTo.all(taskId, JSON.stringify(waiting))) {
        if (acks.has(row.contact)) continue;
        acks.set(row.contact, Number.NaN);
        const waId = row.wa_id ?? row.contact.slice(1);
        const raw = stopReply(n++, waId, row.message_id);
        posts.push(
          postDelivery(agent, server.url, raw).then(({ status, ackAt }) => {
            if (status === 200) acks.set(row.contact, ackAt);
            else refused += 1;
          }),
        );
      }
    };

    // The campaign: sample the lag every 100 ms, answer STOPs as their messages go out.
    let tick = 0;
    while (taskStatus.get(taskId) !== 'completed') {
      sample();
      if (tick++ % 2 === 0) answerStops();
      await sleep(100);
    }
    answerStops();
    const echoDone = server.ask<{ at: number; posted: number; refused: number }>('echoIdle');
    let echo: { at: number; posted: number; refused: number } | null = null;
    void echoDone.then((e) => (echo = e));
    while (echo === null) {
      sample();
      await sleep(100);
    }
    const echoEnd = (echo as { at: number }).at;
    let appliedAt = Number.NaN;
    while (epochMs() - echoEnd < SETTLE_LIMIT_MS) {
      sample();
      if (unapplied.get(taskId) === 0) {
        appliedAt = epochMs();
        break;
      }
      await sleep(50);
    }
    const cores = (cpuSeconds(server.pid) - cpuBefore) / ((epochMs() - wallBefore) / 1000);
    await Promise.all(posts);
    const timeout = setTimeout(() => watcher.stop(), 30_000);
    const seen = await watcher.result;
    clearTimeout(timeout);

    const stopLatencies: number[] = [];
    for (const [contact, ackAt] of acks) {
      const at = seen.get(contact);
      if (at !== undefined && !Number.isNaN(ackAt)) stopLatencies.push(Math.max(0, at - ackAt));
    }
    const sends = reader
      .prepare<[string], { n: number; first: number; last: number }>(
        `SELECT count(*) AS n, min(sent_at) AS first, max(sent_at) AS last FROM recipients
         WHERE task_id = ? AND message_id IS NOT NULL`,
      )
      .get(taskId) ?? { n: 0, first: 0, last: 0 };
    reader.close();
    if (echo !== null && (echo as { refused: number }).refused > 0) {
      const refusals = readFileSync(join(tmp.dir, 'stopline.log'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('status echo'));
      progress(`campaign: the echo's refusals, e.g. ${refusals.slice(0, 3).join(' | ')}`);
    }
    const perSecond = sends.n > 1 ? ((sends.n - 1) * 1000) / (sends.last - sends.first) : 0;
    const settle = (appliedAt - echoEnd) / 1000;
    const e = echo as { posted: number; refused: number };
    progress(
      `campaign: ${sends.n} sent at ${round(perSecond, 1)} msg/s; echo posted ${e.posted} statuses (${e.refused} refused); inbox lag p50 ${round(percentile(lags, 50) / 1000, 2)} s, p99 ${round(percentile(lags, 99) / 1000, 2)} s, max ${round(percentile(lags, 100) / 1000, 2)} s (priority lane p99 ${round(percentile(priorityLags, 99), 0)} ms); ${stopLatencies.length}/${targets.size} STOPs recorded (${refused} refused), p50 ${round(percentile(stopLatencies, 50), 1)} ms, p99 ${round(percentile(stopLatencies, 99), 1)} ms; every status applied ${round(settle, 2)} s after the echo's last; the server used ${round(cores, 2)} cores`,
    );
    emit({
      name: 'campaign_dispatch_msgs_per_s',
      value: round(perSecond, 1),
      unit: 'msg/s',
      target: '>= 950',
    });
    emit({
      name: 'campaign_inbox_lag_p99_s',
      value: round(percentile(lags, 99) / 1000, 2),
      unit: 's',
      target: '<= 2',
    });
    emit({
      name: 'campaign_priority_lag_p99_ms',
      value: round(percentile(priorityLags, 99), 0),
      unit: 'ms',
      target: 'info',
    });
    emit({
      name: 'campaign_stop_latency_p99_ms',
      value: round(percentile(stopLatencies, 99), 1),
      unit: 'ms',
      target: '<= 500',
    });
    emit({
      name: 'campaign_stops_not_recorded',
      value: targets.size - stopLatencies.length,
      unit: 'messages',
      target: '0',
    });
    emit({
      name: 'campaign_statuses_posted',
      value: e.posted,
      unit: 'webhooks',
      target: `>= ${3 * sends.n}`,
    });
    emit({
      name: 'campaign_server_cpu_cores',
      value: round(cores, 2),
      unit: 'cores',
      target: 'info',
    });
    emit({
      name: 'campaign_statuses_applied_after_end_s',
      value: round(settle, 2),
      unit: 's',
      target: '<= 5',
    });
  } finally {
    agent.destroy();
    await server.stop();
    tmp.cleanup();
  }
}

runMain(module, campaignEcho);
