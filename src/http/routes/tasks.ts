// STUB: replaced by a helper.
import { Router } from 'express';
import type { AppDeps } from '../../app-deps';

export function createTasksRouter(deps: AppDeps): Router {
  void deps;
  return Router();
}
