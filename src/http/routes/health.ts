import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { AuthError, ServiceUnavailableError } from '../../errors';
import { safeEqual } from '../../services/tenants/secrets';
import { bearerToken } from '../auth';
import { sendError } from '../error-body';

/**
 * /healthz: the process is up. /readyz: the store answers and can serve (a MongoDB store says
 * 503 until `npm run migrate` has built its indexes), within the health service's deadline.
 * /metrics: Prometheus text; with METRICS_TOKEN, only for `Authorization: Bearer <token>`;
 * without it, not served in production (its opt-out, send and erasure counters are business
 * data, and a production port is reachable from the network).
 */
export function createHealthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      const { store, inbox } = await deps.services.health.ready();
      res.json({ status: 'ready', store, inbox });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed: the store cannot serve');
      // A ServiceUnavailableError says why in words safe to show (indexes missing, too slow).
      const why =
        err instanceof ServiceUnavailableError ? `: ${err.message}` : '; see the log for why.';
      sendError(req, res, 503, 'unavailable', `The store is not reachable${why}`);
    }
  });
  const token = deps.config.metricsToken;
  if (token === null && deps.config.env === 'production') return router;
  router.get('/metrics', async (req, res) => {
    if (token !== null) {
      const sent = bearerToken(req);
      if (sent === null || !safeEqual(sent, token)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        throw new AuthError(
          sent === null
            ? 'Missing credentials: /metrics takes Authorization: Bearer <METRICS_TOKEN>.'
            : 'The bearer token is not METRICS_TOKEN.',
        );
      }
    }
    await deps.services.health.refreshInboxGauges();
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
