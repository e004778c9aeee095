import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeError, ValidationError, coerceError } from '../../errors';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type { WebhookReceiver } from '../../services/inbox/webhook-receiver';
import { typedErrorAnswer } from '../error-handler';
import { requestIdFor } from '../request-id';

/** Meta's largest delivery. */
export const WEBHOOK_MAX_BYTES = 3 * 1024 * 1024;

/**
 * The request's exact bytes (the signature is over them), up to `limit`. A body declared or
 * found larger is refused (413) without being kept; an aborted upload is a 400. Both reach the
 * caller as typed errors.
 */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new PayloadTooLargeError(`Body too large: the limit for /webhook is ${limit} bytes.`);
  if (Number(req.headers['content-length']) > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) reject(tooLarge());
      // A delivery usually comes in one chunk: no copy then.
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', () =>
      reject(
        new ValidationError(
          'The request body could not be read (the upload broke off); send the delivery again.',
        ),
      ),
    );
  });
}

/** What a 200 says; written as one string with the headers (one write to the socket). */
const RECEIVED = JSON.stringify({ received: true });
const JSON_TYPE = 'application/json; charset=utf-8';

export type WebhookPost = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * POST /webhook, Meta's hot path, on plain node:http objects so that it can run ahead of the
 * Express router (lean-webhook.ts) as well as from it: no body-parser, no browser headers, no
 * per-request logger (the receiver logs what matters). The bytes go to the receiver, which
 * answers 200 only once the delivery is stored durably. Every answer carries X-Request-Id (error
 * bodies quote it, as everywhere) and is counted in the HTTP metrics under the route's label,
 * which is known here without asking the router.
 */
export function createWebhookPost(deps: {
  receive: WebhookReceiver;
  metrics: Metrics;
  log: Logger;
  /** Called after a 200: something was stored. */
  stored: () => void;
}): WebhookPost {
  const { receive, metrics, log, stored } = deps;
  // One label set per status, built once (a delivery is answered 200 nearly always).
  const labels = new Map<number, { method: string; route: string; status: string }>();
  const labelsFor = (status: number) => {
    let l = labels.get(status);
    if (!l) labels.set(status, (l = { method: 'POST', route: '/webhook', status: String(status) }));
    return l;
  };

  function answer(res: ServerResponse, status: number, body: string, id: string, started: number) {
    if (!res.headersSent) {
      res.writeHead(status, {
        'content-type': JSON_TYPE,
        'content-length': Buffer.byteLength(body),
        'x-request-id': id,
      });
      res.end(body);
    }
    const l = labelsFor(status);
    metrics.httpRequests.inc(l);
    metrics.httpDuration.observe(l, (performance.now() - started) / 1000);
  }

  return async function receiveDelivery(req, res) {
    const started = performance.now();
    const id = requestIdFor(req.headers['x-request-id']);
    (req as { id?: string }).id = id;
    try {
      const raw = await readRawBody(req, WEBHOOK_MAX_BYTES);
      const signature = req.headers['x-hub-signature-256'];
      const result = await receive(raw, typeof signature === 'string' ? signature : undefined);
      if (result.status === 200) {
        answer(res, 200, RECEIVED, id, started);
        stored();
        return;
      }
      answer(res, result.status, JSON.stringify({ ...result.body, requestId: id }), id, started);
    } catch (err) {
      const typed = typedErrorAnswer(err);
      if (!typed) {
        log.error(
          { err: coerceError(err), method: 'POST', path: '/webhook', requestId: id },
          'unhandled error',
        );
      }
      const { status, code, message } = typed ?? {
        status: 500,
        code: 'internal' as const,
        message: `Internal error; it has been logged with request id ${id}: quote it when reporting the problem.`,
      };
      answer(res, status, JSON.stringify({ error: message, code, requestId: id }), id, started);
    }
  };
}
