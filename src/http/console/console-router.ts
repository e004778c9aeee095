/**
 * Serves the admin console: static files from the package's `console/` folder under /console.
 * No build step and nothing from a CDN: the browser loads plain ES modules and one stylesheet
 * from this server, and talks to the documented admin API with the key the user typed in.
 *
 * The files are served under a folder named after their content (`/console/v-<hash>/...`), so the
 * browser may keep them for good: a new release has a new hash, and the page itself (never
 * cached) names it. Relative imports inside the modules stay under the same folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import express, { Router, type RequestHandler } from 'express';

/**
 * Stricter than the app's default helmet policy: no inline script or style at all, nothing from
 * another origin, no framing. (No upgrade-insecure-requests: on a plain-http host such as a LAN
 * address it would send the console's own files to https and break it; TLS is the deployment's.)
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The `console/` folder next to package.json, found from this file's own folder: the same from
 * src/ (tsx, jest) and from dist/src/ (npm start), so the build has nothing to copy.
 */
export function consoleRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'console');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(
        `console: no console/index.html above ${from}; the console/ folder ships with the package, restore it from git`,
      );
    }
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** `v-` and 12 hex digits of a hash over every file's path and content. */
export function assetsVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(root)) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return `v-${hash.digest('hex').slice(0, 12)}`;
}

export function createConsoleRouter(root: string = consoleRoot()): Router {
  const version = assetsVersion(root);
  const page = readFileSync(join(root, 'index.html'), 'utf8').replaceAll('{{assets}}', version);
  const router = Router();
  router.use(consoleHeaders());
  router.use(consolePage(page));
  router.use(
    `/${version}`,
    express.static(root, { index: false, immutable: true, maxAge: '365d' }),
  );
  return router;
}

/** GET /console/ (and /console/index.html): the page, never cached; /console → /console/. */
function consolePage(page: string): RequestHandler {
  return function serveConsolePage(req, res, next) {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !['/', '/index.html'].includes(req.path))
      return next();
    const [path = '', query] = req.originalUrl.split('?');
    // The page's asset links are relative: they must resolve under /console/.
    if (req.path === '/' && !path.endsWith('/')) {
      res.redirect(301, `${path}/${query === undefined ? '' : `?${query}`}`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  };
}

function consoleHeaders(): RequestHandler {
  return function setConsoleHeaders(_req, res, next) {
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  };
}
