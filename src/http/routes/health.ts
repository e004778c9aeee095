import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { readInboxLag } from '../../services/inbox-lag';

/**
 * /healthz: the process is up. /readyz: the store answers (with the inbox's lag as detail: a
 * lagging inbox is still ready to take webhooks). /metrics: Prometheus text.
 */
export function createHealthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({ status: 'ready', store: deps.store.kind, inbox: await readInboxLag(deps) });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed: the store did not answer');
      res.status(503).json({ error: 'The store is not reachable.' });
    }
  });
  router.get('/metrics', async (_req, res) => {
    await readInboxLag(deps).catch(() => null);
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
