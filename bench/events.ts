/**
 * Outbound events: the real service (child process, SQLite file) with one event endpoint
 * registered, pointing at scripts/event-receiver.ts in another child process (a plain node http
 * server that verifies every delivery with the `standardwebhooks` library and de-duplicates by
 * webhook-id). The change source posts opt-outs through the admin API at a steady RATE per
 * second for SECONDS seconds, each a distinct contact, so each causes one `opt_out.created`.
 * - event_delivery_p99_ms: per event of that stream, from the change (the event's createdAt,
 *   taken in the change's transaction) to its arrival at the receiver, on this machine's clock.
 * - events_steady_per_s (info): what that stream delivered per second: the source's own rate
 *   when the deliverer keeps up (on a loaded machine the admin API posts fewer than RATE).
 * - events_per_s: the deliverer's capacity: BURST opt-outs imported in one CSV (their events
 *   written in the import's chunk transactions, faster than any receiver takes them), from the
 *   upload until the last one arrives.
 * Every event must arrive once, signed (the receiver refuses any other).
 */
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { startEventReceiver } from '../test/reliability/support/event-receiver';
import { adminJson } from './lib/admin';
import { startServer } from './lib/child-server';
import { sleep, tempDir } from './lib/db';
import { BENCH_ADMIN_TOKEN, stoplineEnv } from './lib/deliveries';
import { emit, progress, round, runMain } from './lib/report';
import { epochMs, percentile } from './lib/stats';

const RATE = 1_000;
const SECONDS = 10;
const WARM_UP = 200;
const BURST = 20_000;
const SETTLE_TIMEOUT_MS = 120_000;

function postOptOut(agent: Agent, baseUrl: string, contact: string): Promise<number> {
  const body = JSON.stringify({ channel: 'whatsapp', contact });
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/admin/opt-outs`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${BENCH_ADMIN_TOKEN}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const contactOf = (n: number): string => `+5511${String(900_000_000 + n)}`;

export async function outboundEvents(): Promise<void> {
  const tmp = tempDir('events');
  const dbPath = join(tmp.dir, 'stopline.db');
  const server = await startServer('stopline', stoplineEnv(dbPath), join(tmp.dir, 'stopline.log'));
  const receiver = await startEventReceiver();
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const registered = await adminJson<{ id: string }>(
      'POST',
      `${server.url}/admin/event-endpoints`,
      { url: receiver.url, secret: receiver.secret, events: ['opt_out.created'] },
    );
    if (registered.status !== 201) throw new Error(`endpoint not registered: ${registered.status}`);

    // Warm the service's and the receiver's code paths (JIT, statements) on other contacts.
    for (let n = 0; n < WARM_UP; n++)
      await postOptOut(agent, server.url, contactOf(10_000_000 + n));
    await receiver.waitFor(WARM_UP, SETTLE_TIMEOUT_MS);
    const before = receiver.events.length;

    const total = RATE * SECONDS;
    progress(`events: ${total} opt-outs through the admin API at ${RATE}/s`);
    const statuses = new Map<number, number>();
    const start = epochMs() + 20;
    const posts: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const wait = start + (n * 1000) / RATE - epochMs();
      if (wait > 0) await sleep(wait);
      posts.push(
        postOptOut(agent, server.url, contactOf(n)).then((status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
      );
    }
    await Promise.all(posts);
    const created = statuses.get(201) ?? 0;
    if (created !== total) {
      throw new Error(`the change source got ${JSON.stringify([...statuses])}, not ${total} × 201`);
    }
    await receiver.waitFor(before + total, SETTLE_TIMEOUT_MS);
    const events = receiver.events.slice(before);
    const lastAt = Math.max(...events.map((e) => e.receivedAt));
    const latencies = events.map((e) => e.receivedAt - Date.parse(e.createdAt));
    const perSecond = events.length / ((lastAt - start) / 1000);
    if (receiver.invalid.length > 0) {
      throw new Error(`the receiver refused ${receiver.invalid.length}: ${receiver.invalid[0]}`);
    }
    progress(
      `events: ${events.length} delivered once each (${receiver.duplicates} duplicates dropped), p50 ${percentile(latencies, 50)} ms`,
    );
    emit({
      name: 'event_delivery_p99_ms',
      value: round(percentile(latencies, 99), 0),
      unit: 'ms',
      target: '<= 1000',
    });
    emit({
      name: 'events_steady_per_s',
      value: round(perSecond, 0),
      unit: 'events/s',
      target: 'info',
    });

    progress(`events: a CSV import of ${BURST} opt-outs, delivered as fast as the deliverer goes`);
    const csv = ['contact', ...Array.from({ length: BURST }, (_, i) => contactOf(20_000_000 + i))];
    const burstStart = epochMs();
    const upload = await fetch(`${server.url}/admin/opt-outs/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, 'content-type': 'text/csv' },
      body: csv.join('\n'),
    });
    if (upload.status !== 200 && upload.status !== 202)
      throw new Error(`import answered ${upload.status}: ${await upload.text()}`);
    await receiver.waitFor(before + total + BURST, SETTLE_TIMEOUT_MS);
    const burst = receiver.events.slice(before + total);
    const burstSeconds = (Math.max(...burst.map((e) => e.receivedAt)) - burstStart) / 1000;
    if (receiver.invalid.length > 0)
      throw new Error(`the receiver refused: ${receiver.invalid[0]}`);
    progress(
      `events: ${burst.length} imported opt-outs delivered once each in ${round(burstSeconds, 1)} s (${receiver.duplicates} duplicates dropped)`,
    );
    emit({
      name: 'events_per_s',
      value: round(burst.length / burstSeconds, 0),
      unit: 'events/s',
      target: '>= 1000',
    });
  } finally {
    agent.destroy();
    await receiver.close();
    await server.stop();
    tmp.cleanup();
  }
}

runMain(module, outboundEvents);
