import type { Express } from 'express';

/** The parts of Express 5's router (the `router` package) that describe what is mounted. */
interface LayerLike {
  /** The path given to app.use / router.use (router >= 2.2); '/' for a use without a path. */
  rawPath?: unknown;
  route?: { path: unknown };
  handle?: { stack?: LayerLike[] };
}

function join(prefix: string, path: string): string {
  return `${prefix}${path === '/' ? '' : path}` || '/';
}

function walk(stack: LayerLike[], prefix: string, out: string[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const path of paths) {
        if (typeof path !== 'string') throw new Error(`route labels: a non-string route path`);
        out.push(join(prefix, path));
      }
    } else if (layer.handle?.stack) {
      if (typeof layer.rawPath !== 'string') {
        throw new Error(
          'route labels: a mounted router without a string rawPath (express/router changed?)',
        );
      }
      walk(layer.handle.stack, layer.rawPath === '/' ? prefix : `${prefix}${layer.rawPath}`, out);
    }
  }
}

/**
 * Every route pattern the app serves, in the order Express tries them (nested routers included):
 * `/admin/tasks/:id/recipients`, `/webhook`, ...
 */
export function routePatterns(app: Express): string[] {
  const router = (app as unknown as { router?: { stack?: LayerLike[] } }).router;
  if (!router?.stack) throw new Error('route labels: app.router.stack is missing (Express 5?)');
  const out: string[] = [];
  walk(router.stack, '', out);
  return [...new Set(out)];
}

/**
 * The metric label of a request path: the pattern of the route that serves it, read from the
 * app's own router (so a new route gets its label with nothing to keep in step), or
 * "unmatched". Probing random paths cannot grow the metrics: every label is one of the app's
 * patterns. (Express resets req.route and req.baseUrl once a router is done, so the matched
 * pattern is not available when the response finishes; the path is matched again here.)
 * Patterns use only literal segments and `:name` parameters; anything else is refused.
 */
export function createRouteLabeler(app: Express): (path: string) => string {
  const matchers = routePatterns(app).map((pattern) => {
    const segments = pattern.split('/');
    for (const s of segments) {
      if (/[*?(){}]/.test(s)) throw new Error(`route labels: unsupported pattern ${pattern}`);
    }
    return { pattern, segments };
  });
  return function routeLabel(originalUrl: string): string {
    const path = (originalUrl.split('?')[0] ?? '/').replace(/(.)\/+$/, '$1');
    const parts = path.split('/');
    for (const { pattern, segments } of matchers) {
      if (segments.length !== parts.length) continue;
      if (segments.every((s, i) => (s.startsWith(':') ? parts[i] !== '' : s === parts[i])))
        return pattern;
    }
    return 'unmatched';
  };
}
