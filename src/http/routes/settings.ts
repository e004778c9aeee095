import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { toJson } from '../serialize';
import { parseInput, requireObjectBody } from '../validate';
import { settingsPatchSchema, toSettingsPatch } from './settings-schema';

/** GET|PUT /admin/settings: the tenant's settings, flat. PUT changes only the fields it sends. */
export function createSettingsRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/settings', (_req, res) => {
    res.json(toJson(tenantAuth(res).tenant.settings));
  });

  router.put('/settings', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const patch = parseInput(settingsPatchSchema, requireObjectBody(req.body));
    const updated = await deps.services.tenants.update(tenant.id, {
      settings: toSettingsPatch(patch),
    });
    res.json(toJson(updated.settings));
  });

  return router;
}
