import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { ServiceUnavailableError } from '../../errors';
import { sendError } from '../error-body';

/**
 * /healthz: the process is up. /readyz: the store answers and can serve (a MongoDB store says
 * 503 until `npm run migrate` has built its indexes), within the health service's deadline.
 * /metrics: Prometheus text.
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
  router.get('/metrics', async (_req, res) => {
    await deps.services.health.refreshInboxGauges();
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
