/**
 * Composition root: configuration, store, services, HTTP server, inbox processing and the
 * dispatch scheduler; graceful shutdown on SIGTERM/SIGINT within 10 s.
 */
import type { Server } from 'node:http';
import { createApp } from './app';
import { systemClock } from './clock';
import { ConfigError, readConfig } from './config';
import { coerceError } from './errors';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { createScheduler } from './services/dispatch/scheduler';
import { createServices } from './services/create-services';
import { openStore } from './store/open-store';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let loaded;
  try {
    loaded = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`stopline: ${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const { config, notices } = loaded;
  const log = createLogger({ level: config.logLevel });
  if (config.env !== 'production') for (const notice of notices) log.info(notice);

  const store = openStore(config.database);
  await store.init();
  const clock = systemClock;
  const metrics = createMetrics({ defaultMetrics: true });
  const services = createServices({ config, store, clock, log, metrics });
  const interrupted = await store.failInterruptedImports(clock.now());
  if (interrupted > 0)
    log.warn({ interrupted }, 'imports interrupted by the last shutdown were marked failed');
  await services.tenants.bootstrap();

  const app = createApp({ config, clock, log, metrics, services });
  const server: Server = app.listen(config.port, () => {
    log.info(
      {
        port: config.port,
        store: store.kind,
        sandbox: config.sandboxEnabled,
        instance: config.instanceId,
      },
      `stopline listening on http://localhost:${config.port}`,
    );
  });
  services.inbox.start();
  services.eventDeliverer.start();
  const scheduler = createScheduler({
    cron: config.dispatchCron,
    dispatcher: services.dispatcher,
    log,
  });
  scheduler.start();

  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new requests, finishing work in flight');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await scheduler.stop();
      await services.dispatcher.stop();
      await services.inbox.stop();
      await services.eventDeliverer.stop();
      await services.ingest.idle();
      await services.imports.idle();
      await store.close();
      log.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      log.error({ err: coerceError(err) }, 'error during shutdown');
      process.exit(1);
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`stopline failed to start: ${coerceError(err).stack ?? String(err)}\n`);
  process.exit(1);
});
