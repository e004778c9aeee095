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
      await deps.store.ping();
      res.json({ status: 'ready', store: deps.store.kind });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed: the store did not answer');
      sendError(req, res, 503, 'unavailable', 'The store is not reachable; see the log for why.');
    }
  });
  router.get('/metrics', async (_req, res) => {
    const backlog = await deps.store.inboxBacklog().catch(() => null);
    if (backlog) {
      deps.metrics.inboxPending.set(backlog.pending);
      const lag = backlog.oldestReceivedAt
        ? (deps.clock.now().getTime() - backlog.oldestReceivedAt.getTime()) / 1000
        : 0;
      deps.metrics.inboxLagSeconds.set(Math.max(0, lag));
    }
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
