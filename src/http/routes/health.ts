import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { sendError } from '../error-body';

/** /healthz: the process is up. /readyz: the store answers. /metrics: Prometheus text. */
export function createHealthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      const { store } = await deps.services.health.ready();
      res.json({ status: 'ready', store });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed: the store did not answer');
      sendError(req, res, 503, 'unavailable', 'The store is not reachable; see the log for why.');
    }
  });
  router.get('/metrics', async (_req, res) => {
    await deps.services.health.refreshInboxGauges();
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
