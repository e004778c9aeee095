import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { safeEqual } from '../../services/tenants/secrets';

/**
 * GET: Meta's verification handshake (no signature on GET). POST, the deliveries themselves,
 * is webhook-post.ts, mounted ahead of everything else.
 */
export function createWebhookRouter(deps: AppDeps): Router {
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
  return router;
}
