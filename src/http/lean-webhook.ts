import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { WebhookPost } from './routes/webhook-post';

type Handle = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

/**
 * Meta's deliveries skip Express. Under a flood of deliveries Express's per-request set-up
 * (the request and response prototypes swapped, which also slows Node's own code on those
 * objects; the router's walk) and `res.json` (ETag hashing, a Buffer copy, a second socket
 * write) were more than half of the CPU a delivery cost (profiled: ~90 µs of main-thread time
 * with them, ~35 µs without), for a request that needs none of it: POST /webhook goes straight
 * to its handler, which keeps the request id and the metrics (webhook-post.ts). Any other
 * request, and a POST to a spelling of the path this does not take (`/webhook/`, `/Webhook`),
 * goes through Express, whose own POST /webhook route runs the same handler.
 *
 * Express calls `app.handle` for every request (`app` is `(req, res, next) => app.handle(...)`),
 * so this wraps that one method; the app is still a plain Express app for listen and supertest.
 */
export function withLeanWebhook(app: Express, post: WebhookPost): Express {
  const express = app as unknown as { handle: Handle };
  const handle = express.handle.bind(app);
  express.handle = function leanWebhookOrExpress(req, res, next) {
    if (req.method === 'POST' && isWebhookPath(req.url)) {
      void post(req, res);
      return;
    }
    handle(req, res, next);
  };
  return app;
}

/** `/webhook`, with or without a query string (a callback URL may carry one). */
function isWebhookPath(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith('/webhook')) return false;
  return url.length === 8 || url.charCodeAt(8) === 63; // '?'
}
