import { randomUUID } from 'node:crypto';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from './app-deps';
import { requirePlatform, requireTenant, tenantAuth } from './http/auth';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import { createHealthRouter } from './http/routes/health';
import { createOpenApiRouter } from './http/routes/openapi';
import { createWebhookRouter } from './http/routes/webhook';
import { webhookPost } from './http/routes/webhook-post';
import { createTenantsRouter } from './http/routes/tenants';
import { createSettingsRouter } from './http/routes/settings';
import { createCategoriesRouter } from './http/routes/categories';
import { createOptOutsRouter } from './http/routes/opt-outs';
import { createImportsRouter } from './http/routes/imports';
import { createTasksRouter } from './http/routes/tasks';
import { createSandboxRouter } from './http/routes/sandbox';
import { createEventEndpointsRouter } from './http/routes/event-endpoints';
import { createWebhookReceiver } from './services/inbox/webhook-receiver';
import { jsonBody } from './http/body';
import { requestLogView } from './http/request-log';

export type { AppDeps };

/** Builds the Express app from its dependencies. It never listens: main.ts and tests do. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  const receive = createWebhookReceiver({
    appSecrets: deps.config.whatsapp.appSecrets,
    ingest: deps.services.ingest,
    metrics: deps.metrics,
    log: deps.log,
  });
  app.use(httpMetrics(deps));
  // Meta's deliveries take the lean path: no browser headers, no per-request child logger.
  // The receiver logs what matters (bad signatures, store errors); this is the hot path.
  app.post('/webhook', webhookPost(deps, receive));
  app.use('/webhook', createWebhookRouter(deps));
  app.use(helmet());
  app.use(requestId());
  app.use(
    pinoHttp({
      logger: deps.log,
      genReqId: (req) => String(req.id),
      serializers: { req: requestLogView },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug',
    }),
  );

  app.use(createHealthRouter(deps));
  app.use(createOpenApiRouter({ sandbox: Boolean(deps.services.sandbox) }));
  app.use('/admin/tenants', requirePlatform(deps.services.tenants), createTenantsRouter(deps));
  app.use(
    '/admin',
    requireTenant(deps.services.tenants),
    createSettingsRouter(deps),
    createCategoriesRouter(deps),
    createOptOutsRouter(deps),
    createImportsRouter(deps),
    createTasksRouter(deps),
    createEventEndpointsRouter(deps),
  );
  if (deps.services.sandbox) {
    app.use('/sandbox', sandboxAuth(deps), jsonBody('1mb'), createSandboxRouter(deps, receive));
  }
  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.log));
  return app;
}

function requestId(): RequestHandler {
  return function assignRequestId(req, res, next) {
    const incoming = req.get('x-request-id');
    const id = incoming && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    (req as { id?: string }).id = id;
    res.setHeader('x-request-id', id);
    next();
  };
}

function httpMetrics(deps: AppDeps): RequestHandler {
  return function recordHttpMetrics(req, res, next) {
    const end = deps.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = res.locals.unmatched ? 'unmatched' : routeLabel(req.originalUrl);
      const labels = { method: req.method, route, status: String(res.statusCode) };
      deps.metrics.httpRequests.inc(labels);
      end(labels);
    });
    next();
  };
}

/** Every static path segment the app serves; anything else in a path is an id. */
const ROUTE_WORDS = new Set(
  'admin tenants rotate-key settings categories opt-outs check export.csv import events imports tasks recipients replies preview publish pause resume cancel webhook sandbox messages failures inbound signals templates event-endpoints replay healthz readyz metrics openapi.json'.split(
    ' ',
  ),
);

/**
 * A bounded route label from the path: segments that are not route words become ":id", so
 * probing random paths cannot grow the metrics without limit. (Express resets req.baseUrl once
 * a router is done, so the matched pattern is not available when the response finishes.)
 */
export function routeLabel(originalUrl: string): string {
  const path = originalUrl.split('?')[0] ?? '/';
  return (
    path
      .split('/')
      .map((seg) => (seg === '' || ROUTE_WORDS.has(seg) ? seg : ':id'))
      .join('/')
      .replace(/\/+$/, '') || '/'
  );
}

/** The sandbox takes ADMIN_TOKEN (sees everything) or a tenant key (sees its own number only). */
function sandboxAuth(deps: AppDeps): RequestHandler {
  const tenant = requireTenant(deps.services.tenants);
  return function sandboxAuthorize(req, res, next) {
    const header = req.get('authorization') ?? '';
    const token = /^Bearer\s+(\S+)/i.exec(header)?.[1] ?? null;
    if (token && deps.services.tenants.isPlatformToken(token)) {
      res.locals.sandboxScope = { phoneNumberId: null };
      return next();
    }
    tenant(req, res, (err?: unknown) => {
      if (err) return next(err);
      const { tenant: own } = tenantAuth(res);
      res.locals.sandboxScope = { phoneNumberId: own.phoneNumberId ?? '-', wabaId: own.wabaId };
      next();
    });
  };
}
