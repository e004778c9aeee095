/**
 * A tiny receiver of stopline's outbound events, as a tenant's system would run one: a plain
 * node http server that verifies every delivery with the `standardwebhooks` library (the
 * signature, and a timestamp no more than 5 minutes off), de-duplicates by `webhook-id` (a
 * retried delivery carries the same id) and prints each event once.
 *
 *   STOPLINE_EVENTS_SECRET=whsec_... npx tsx scripts/event-receiver.ts [--port 4000] [--fail-rate 0.2]
 *
 * `--fail-rate` answers that share of deliveries 503 (before looking at them), to watch
 * stopline retry. Forked with an IPC channel (the bench, the soak test), it reports
 * `{type: 'ready', port}` and one message per delivery instead of printing.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

interface StoplineEvent {
  id: string;
  type: string;
  createdAt: string;
  tenantId: string;
  data: Record<string, unknown>;
}

/** What the receiver tells its parent about each delivery (IPC). */
export type ReceiverReport =
  | { type: 'ready'; port: number }
  | {
      type: 'event';
      id: string;
      eventType: string;
      /** Events of one key must arrive in order: the contact, else the task or signal. */
      key: string;
      createdAt: string;
      receivedAt: number;
    }
  | { type: 'duplicate'; id: string }
  | { type: 'invalid'; error: string }
  | { type: 'refused' };

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function keyOf(event: StoplineEvent): string {
  const { channel, contact, id, subject } = event.data;
  if (typeof contact === 'string') return `contact:${String(channel)}:${contact}`;
  if (typeof subject === 'string') return `signal:${subject}`;
  return `${event.type.split('.')[0]}:${String(id)}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function main(): void {
  const secret = process.env.STOPLINE_EVENTS_SECRET ?? '';
  if (!secret.startsWith('whsec_')) {
    process.stderr.write(
      'event-receiver: set STOPLINE_EVENTS_SECRET to the endpoint\'s secret ("whsec_...", shown when you registered it)\n',
    );
    process.exit(2);
  }
  const webhook = new Webhook(secret);
  const failRate = Number(option('fail-rate', '0'));
  const port = Number(option('port', process.env.PORT ?? '4000'));
  const seen = new Set<string>();
  const ipc = typeof process.send === 'function';
  const report = (r: ReceiverReport, line: string): void => {
    if (ipc) process.send?.(r);
    else process.stdout.write(`${line}\n`);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      if (failRate > 0 && Math.random() < failRate) {
        report({ type: 'refused' }, 'answered 503 (--fail-rate): stopline will retry');
        res.writeHead(503).end();
        return;
      }
      let event: StoplineEvent;
      try {
        // Verified on the raw bytes, before anything trusts the JSON.
        event = webhook.verify(raw, req.headers as Record<string, string>) as StoplineEvent;
      } catch (err) {
        const error = err instanceof WebhookVerificationError ? err.message : String(err);
        report({ type: 'invalid', error }, `REFUSED (signature): ${error}`);
        res.writeHead(401).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (seen.has(id)) {
        report({ type: 'duplicate', id }, `(duplicate ${id}, already printed)`);
      } else {
        seen.add(id);
        report(
          {
            type: 'event',
            id,
            eventType: event.type,
            key: keyOf(event),
            createdAt: event.createdAt,
            receivedAt: Date.now(),
          },
          `${event.createdAt} ${event.type} ${id} ${JSON.stringify(event.data)}`,
        );
      }
      res.writeHead(204).end();
    })();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => {
    const bound = (server.address() as AddressInfo).port;
    if (ipc) process.send?.({ type: 'ready', port: bound } satisfies ReceiverReport);
    else process.stdout.write(`event-receiver listening on http://127.0.0.1:${bound}/\n`);
  });
  process.on('disconnect', () => process.exit(0));
}

main();
