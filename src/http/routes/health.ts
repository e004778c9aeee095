import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { ServiceUnavailableError } from '../../errors';
import { withDeadline } from '../../deadline';

/** How long /readyz and /metrics wait for the store: well under any probe's or router's limit. */
export const STORE_DEADLINE_MS = 3_000;

/**
 * /healthz: the process is up. /readyz: the store answers and can serve (a MongoDB store says
 * 503 until `npm run migrate` has built its indexes), within STORE_DEADLINE_MS. /metrics:
 * Prometheus text.
 */
export function createHealthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await withDeadline(deps.store.ping(), STORE_DEADLINE_MS, 'the store');
      res.json({ status: 'ready', store: deps.store.kind });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed: the store cannot serve');
      // A ServiceUnavailableError says why in words safe to show (indexes missing, too slow).
      const why = err instanceof ServiceUnavailableError ? `: ${err.message}` : '.';
      res.status(503).json({ error: `The store is not reachable${why}` });
    }
  });
  router.get('/metrics', async (_req, res) => {
    const backlog = await withDeadline(
      deps.store.inboxBacklog(),
      STORE_DEADLINE_MS,
      'the store',
    ).catch(() => null);
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
