import express, { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { safeEqual } from '../../services/secrets';
import type { WebhookReceiver } from '../../services/webhook-receiver';

/**
 * GET: Meta's verification handshake (no signature on GET).
 * POST: raw bytes up to 3 MB (Meta's maximum), handed to the receiver; 200 only once stored.
 */
export function createWebhookRouter(deps: AppDeps, receive: WebhookReceiver): Router {
  const router = Router();
  router.get('/', function handshake(req, res) {
    const mode = req.query['hub.mode'];
    const token = req.query['hub.verify_token'];
    const challenge = req.query['hub.challenge'];
    if (
      mode === 'subscribe' &&
      typeof token === 'string' &&
      typeof challenge === 'string' &&
      safeEqual(token, deps.config.whatsapp.verifyToken)
    ) {
      res.status(200).type('text/plain').send(challenge);
      return;
    }
    deps.log.warn(
      'webhook verification refused: hub.verify_token must equal WHATSAPP_VERIFY_TOKEN',
    );
    res.status(403).json({
      error: 'Verification failed: hub.mode must be subscribe and hub.verify_token must match.',
    });
  });
  router.post(
    '/',
    express.raw({ type: () => true, limit: '3mb' }),
    async function receiveDelivery(req, res, next) {
      try {
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const result = await receive(raw, req.get('x-hub-signature-256'));
        res.status(result.status).json(result.body);
        if (result.status === 200) deps.services.inbox.kick();
      } catch (err) {
        next(err);
      }
    },
  );
  return router;
}
