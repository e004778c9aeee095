import { Router } from 'express';
import type { AppDeps } from '../../app-deps';

/** /healthz: the process is up. /readyz: the store answers. /metrics: Prometheus text. */
export function createHealthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const { store } = await deps.services.health.ready();
      res.json({ status: 'ready', store });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed: the store did not answer');
      res.status(503).json({ error: 'The store is not reachable.' });
    }
  });
  router.get('/metrics', async (_req, res) => {
    await deps.services.health.refreshInboxGauges();
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
