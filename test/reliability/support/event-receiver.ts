/**
 * scripts/event-receiver.ts (the receiver a tenant would run) in a child process, for the soak
 * test and bench/events.ts: it verifies every delivery with the `standardwebhooks` library,
 * de-duplicates by webhook-id, and reports each delivery here over IPC. It outlives the
 * service's restarts, as a tenant's system would.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ReceiverReport } from '../../../scripts/event-receiver';

export type ReceivedEvent = Extract<ReceiverReport, { type: 'event' }>;

export interface EventReceiver {
  url: string;
  /** The endpoint's secret ("whsec_..."): register the endpoint with it. */
  secret: string;
  /** Each event once, in arrival order. */
  events: ReceivedEvent[];
  duplicates: number;
  invalid: string[];
  refused: number;
  /** Resolves once `n` distinct events have arrived (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startEventReceiver(opts: { failRate?: number } = {}): Promise<EventReceiver> {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const child = fork(
    join(__dirname, '../../../scripts/event-receiver.ts'),
    ['--port', '0', '--fail-rate', String(opts.failRate ?? 0)],
    {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, STOPLINE_EVENTS_SECRET: secret },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const events: ReceivedEvent[] = [];
  const invalid: string[] = [];
  let duplicates = 0;
  let refused = 0;
  let waiter: { n: number; resolve: () => void } | null = null;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`event receiver exited (${code}) early`)));
    child.on('message', (raw) => {
      const msg = raw as ReceiverReport;
      if (msg.type === 'ready') resolve(msg.port);
      else if (msg.type === 'event') events.push(msg);
      else if (msg.type === 'duplicate') duplicates += 1;
      else if (msg.type === 'invalid') invalid.push(msg.error);
      else refused += 1;
      if (waiter && events.length >= waiter.n) waiter.resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}/stopline`,
    secret,
    events,
    get duplicates() {
      return duplicates;
    },
    invalid,
    get refused() {
      return refused;
    },
    waitFor(n, timeoutMs) {
      if (events.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiter = null;
          reject(new Error(`${events.length} of ${n} events arrived in ${timeoutMs} ms`));
        }, timeoutMs);
        waiter = {
          n,
          resolve: () => {
            clearTimeout(timer);
            waiter = null;
            resolve();
          },
        };
      });
    },
    async close() {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}
