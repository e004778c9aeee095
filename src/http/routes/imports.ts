import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { tenantAuth } from '../auth';
import { importView } from './opt-out-views';

/** GET /admin/imports/:id: progress of a background import, and its summary once completed. */
export function createImportsRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/imports/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    res.json(importView(await deps.services.imports.get(tenant.id, req.params.id)));
  });

  return router;
}
