import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { safeEqual } from '../../services/tenants/secrets';
import { sendError } from '../error-body';

/**
 * GET: Meta's verification handshake (no signature on GET). POST, the deliveries themselves,
 * is webhook-post.ts, run ahead of the router (lean-webhook.ts). Each refusal names the one
 * parameter that was wrong, checked in the order Meta's dashboard would make someone fix them.
 */
export function createWebhookRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', function handshake(req, res) {
    const mode = req.query['hub.mode'];
    const token = req.query['hub.verify_token'];
    const challenge = req.query['hub.challenge'];
    if (typeof token !== 'string' || !safeEqual(token, deps.config.whatsapp.verifyToken)) {
      deps.log.warn(
        'webhook verification refused: hub.verify_token must equal WHATSAPP_VERIFY_TOKEN',
      );
      sendError(
        req,
        res,
        403,
        'forbidden',
        `Verification failed: hub.verify_token ${typeof token === 'string' ? 'does not match' : 'is missing; it must match'} WHATSAPP_VERIFY_TOKEN. Enter the same Verify Token in the App Dashboard (WhatsApp > Configuration) and in this service's environment.`,
      );
      return;
    }
    if (mode !== 'subscribe') {
      sendError(
        req,
        res,
        403,
        'forbidden',
        `Verification failed: hub.mode must be "subscribe"${typeof mode === 'string' ? ` (got "${mode.slice(0, 40)}")` : ' (it is missing)'}; the hub.verify_token matched.`,
      );
      return;
    }
    if (typeof challenge !== 'string' || challenge === '') {
      sendError(
        req,
        res,
        400,
        'validation_failed',
        'Verification request without hub.challenge: the token matched, but there is nothing to echo back. Meta sends hub.challenge (a number) and expects it as the answer; send one.',
      );
      return;
    }
    // Meta's challenge is a number; anything else is not Meta's handshake and is not echoed.
    if (!/^\d{1,64}$/.test(challenge)) {
      sendError(
        req,
        res,
        400,
        'validation_failed',
        'hub.challenge must be digits (Meta sends a number and expects it back); this one is not echoed.',
      );
      return;
    }
    res.status(200).type('text/plain').send(challenge);
  });
  return router;
}
