import type { Express } from 'express';

/** The parts of Express 5's router (the `router` package) that describe what is mounted. */
interface LayerLike {
  /** The path given to app.use / router.use (router ≥ 2.2); '/' for a use without a path. */
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean | undefined> };
  handle?: { stack?: LayerLike[] };
}

/** `/admin` + `/tasks/:id` → `/admin/tasks/{id}`; a router's `/` under `/webhook` → `/webhook`. */
function joinPath(prefix: string, path: string): string {
  const joined = `${prefix}${path === '/' ? '' : path}` || '/';
  return joined.replace(/:(\w+)/g, '{$1}');
}

function walk(stack: LayerLike[], prefix: string, out: Set<string>): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const path of paths) {
        if (typeof path !== 'string')
          throw new Error(`a route with a non-string path: ${String(path)}`);
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (!on) continue;
          // route.all(): every method; no route here uses it, so say so rather than guess.
          if (method === '_all') throw new Error(`${joinPath(prefix, path)} answers every method`);
          out.add(`${method.toUpperCase()} ${joinPath(prefix, path)}`);
        }
      }
    } else if (layer.handle?.stack) {
      const mount = layer.rawPath;
      if (typeof mount !== 'string') {
        throw new Error(
          'a mounted router has no string rawPath: the express/router internals this test reads have changed',
        );
      }
      walk(layer.handle.stack, mount === '/' ? prefix : `${prefix}${mount}`, out);
    }
  }
}

/**
 * Every `METHOD /path` the app's routers answer, read from Express's own router stack (nested
 * routers included), with path parameters in OpenAPI form. Middleware-only layers are skipped.
 */
export function servedRoutes(app: Express): string[] {
  const router = (app as unknown as { router?: { stack?: LayerLike[] } }).router;
  if (!router?.stack) throw new Error('app.router.stack is missing: is this Express 5?');
  const out = new Set<string>();
  walk(router.stack, '', out);
  return [...out].sort();
}
