/**
 * Serves the admin console: static files from the package's `console/` folder under /console.
 * No build step and nothing from a CDN: the browser loads plain ES modules and one stylesheet
 * from this server, and talks to the documented admin API with the key the user typed in.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

export function createConsoleRouter(root: string = consoleRoot()): Router {
  const router = Router();
  router.use(consoleHeaders());
  router.use(
    express.static(root, {
      index: 'index.html',
      // The files change with each release, never in place: revalidate rather than guess a max-age.
      cacheControl: true,
      maxAge: 0,
      fallthrough: true,
    }),
  );
  return router;
}

function consoleHeaders(): RequestHandler {
  return function setConsoleHeaders(_req, res, next) {
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  };
}
