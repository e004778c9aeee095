import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from './app-deps';
import {
  authenticateTenant,
  bearerToken,
  requirePlatform,
  requireTenant,
  tenantAuth,
} from './http/auth';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import { createHealthRouter } from './http/routes/health';
import { createOpenApiRouter } from './http/routes/openapi';
import { createWebhookRouter } from './http/routes/webhook';
import { createWebhookPost } from './http/routes/webhook-post';
import { withLeanWebhook } from './http/lean-webhook';
import { createTenantsRouter } from './http/routes/tenants';
import { createSettingsRouter } from './http/routes/settings';
import { createCategoriesRouter } from './http/routes/categories';
import { createOptOutsRouter } from './http/routes/opt-outs';
import { createConsentsRouter } from './http/routes/consents';
import {
  createPreferenceLinkAdminRouter,
  createPreferencePageRouter,
} from './http/routes/preference-page';
import { createImportsRouter } from './http/routes/imports';
import { createTasksRouter } from './http/routes/tasks';
import { createSandboxRouter } from './http/routes/sandbox';
import { createEventEndpointsRouter } from './http/routes/event-endpoints';
import { createWebhookReceiver } from './services/inbox/webhook-receiver';
import { jsonBody } from './http/body';
import { requestLogView } from './http/request-log';
import { requestId } from './http/request-id';
import { createCursorSeal, sealedCursors } from './http/list-cursors';
import { createRouteLabeler } from './http/route-labels';
import { createConsoleApiRouter } from './http/console/console-api';
import { createConsoleRouter } from './http/console/console-router';

export type { AppDeps };

/** Builds the Express app from its dependencies. It never listens: main.ts and tests do. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Off unless TRUST_PROXY says which proxies are in front: otherwise anyone could claim
  // X-Forwarded-Proto: https (or another client address) for a link or a log line.
  app.set('trust proxy', deps.config.trustProxy);
  const receive = createWebhookReceiver({
    appSecrets: deps.config.whatsapp.appSecrets,
    ingest: deps.services.ingest,
    metrics: deps.metrics,
    log: deps.log,
  });
  // Meta's deliveries take the lean path (lean-webhook.ts runs this ahead of the router; this
  // route serves the spellings it leaves to Express): it gives itself a request id and counts
  // itself in the metrics, so it comes before the middlewares that do that for the others.
  const webhookPost = createWebhookPost({
    receive,
    metrics: deps.metrics,
    log: deps.log,
    stored: () => deps.services.inbox.kick(),
  });
  app.post('/webhook', webhookPost);
  // The labels come from the routes mounted below, so they are read once the app is built.
  let routeLabel: ((path: string) => string) | null = null;
  app.use(
    httpMetrics(deps, () => {
      routeLabel ??= createRouteLabeler(app);
      return routeLabel;
    }),
  );
  // Before any other route, so every answer carries X-Request-Id and errors can quote it.
  app.use(requestId());
  app.use('/webhook', createWebhookRouter(deps));
  app.use(helmet());
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
  app.use(createPreferencePageRouter(deps));
  app.use(createOpenApiRouter({ sandbox: Boolean(deps.services.sandbox) }));
  // Every list's nextCursor is sealed to its list and its caller (list-cursors.ts).
  const cursors = createCursorSeal(deps.config.secretsKey);
  app.use(
    '/admin/tenants',
    requirePlatform(deps.services.tenants),
    sealedCursors(cursors, () => 'platform'),
    createTenantsRouter(deps),
  );
  app.use(
    '/admin',
    requireTenant(deps.services.tenants),
    sealedCursors(cursors, (res) => `tenant:${tenantAuth(res).tenant.id}`),
    createSettingsRouter(deps),
    createCategoriesRouter(deps),
    createOptOutsRouter(deps),
    createConsentsRouter(deps),
    createPreferenceLinkAdminRouter(deps),
    createImportsRouter(deps),
    createTasksRouter(deps),
    createConsoleApiRouter(deps),
    createEventEndpointsRouter(deps),
  );
  app.use('/console', createConsoleRouter());
  if (deps.services.sandbox) {
    app.use('/sandbox', sandboxAuth(deps), jsonBody('1mb'), createSandboxRouter(deps, receive));
  }
  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.log));
  // Built now, so a route pattern the labels cannot read fails createApp, not a request.
  routeLabel = createRouteLabeler(app);
  return withLeanWebhook(app, webhookPost);
}

/** Request counts and latency by method, route pattern and status. */
function httpMetrics(deps: AppDeps, routeLabel: () => (path: string) => string): RequestHandler {
  return function recordHttpMetrics(req, res, next) {
    const end = deps.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = res.locals.unmatched ? 'unmatched' : routeLabel()(req.originalUrl);
      const labels = { method: req.method, route, status: String(res.statusCode) };
      deps.metrics.httpRequests.inc(labels);
      end(labels);
    });
    next();
  };
}

/** The sandbox takes ADMIN_TOKEN (sees everything) or a tenant key (sees its own number only). */
function sandboxAuth(deps: AppDeps): RequestHandler {
  return async function sandboxAuthorize(req, res, next) {
    const token = bearerToken(req);
    if (token && deps.services.tenants.isPlatformToken(token)) {
      res.locals.sandboxScope = { phoneNumberId: null };
      return next();
    }
    const { tenant } = await authenticateTenant(deps.services.tenants, req);
    res.locals.sandboxScope = { phoneNumberId: tenant.phoneNumberId ?? '-', wabaId: tenant.wabaId };
    next();
  };
}
