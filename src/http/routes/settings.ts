// STUB: replaced by a helper.
import { Router } from 'express';
import type { AppDeps } from '../../app-deps';

export function createSettingsRouter(deps: AppDeps): Router {
  void deps;
  return Router();
}
