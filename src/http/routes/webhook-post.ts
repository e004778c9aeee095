import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { PayloadTooLargeError, ValidationError } from '../../errors';
import type { WebhookReceiver } from '../../services/inbox/webhook-receiver';
import { requestIdOf } from '../error-body';

/** Meta's largest delivery. */
export const WEBHOOK_MAX_BYTES = 3 * 1024 * 1024;

/**
 * The request's exact bytes (the signature is over them), up to `limit`. A body declared or
 * found larger is refused (413) without being kept; an aborted upload is a 400. Both reach the
 * app's error handler as typed errors.
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
    req.on('end', () => (size > limit ? reject(tooLarge()) : resolve(Buffer.concat(chunks, size))));
    req.on('error', () =>
      reject(
        new ValidationError(
          'The request body could not be read (the upload broke off); send the delivery again.',
        ),
      ),
    );
  });
}

/**
 * POST /webhook, Meta's hot path, as the app's first route: no router nesting, no body-parser,
 * no browser headers, no per-request logger (the receiver logs what matters). The bytes go to
 * the receiver, which answers 200 only once the delivery is stored durably.
 */
export function webhookPost(deps: AppDeps, receive: WebhookReceiver): RequestHandler {
  // Express 5 passes a rejected promise to the error handler: no try/catch needed.
  return async function receiveDelivery(req, res) {
    const raw = await readRawBody(req, WEBHOOK_MAX_BYTES);
    const result = await receive(raw, req.get('x-hub-signature-256'));
    if (result.status === 200) {
      res.status(200).json(result.body);
      deps.services.inbox.kick();
      return;
    }
    res.status(result.status).json({ ...result.body, requestId: requestIdOf(req) });
  };
}
