/**
 * Composition root: configuration, store, services, HTTP server, inbox processing and the
 * dispatch scheduler; graceful shutdown on SIGTERM/SIGINT within 10 s.
 */
import type { Server } from 'node:http';
import { createApp } from './app';
import { systemClock } from './clock';
import { ConfigError, loadDotEnv, readConfig } from './config';
import { coerceError } from './errors';
import { ListenError, listen, listeningUrl } from './listen';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { createScheduler } from './services/dispatch/scheduler';
import { createServices } from './services/create-services';
import { tuneGarbageCollector } from './gc-tuning';
import { openStore } from './store/open-store';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  // Before any request or import runs: rows of a streamed import must die young (gc-tuning.ts).
  tuneGarbageCollector();
  let loaded;
  let dotEnv: string | null = null;
  try {
    dotEnv = loadDotEnv();
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
  if (dotEnv) log.info(`read ${dotEnv} (variables set in the environment take precedence)`);
  if (config.env !== 'production') for (const notice of notices) log.info(notice);

  const store = openStore(config.database, {
    consentMirrorMaxKeys: config.consentMirrorMaxKeys,
  });
  await store.init();
  // MongoDB's indexes are built by the release phase (npm run migrate), never here: say so
  // if they are not there yet, and let /readyz answer 503 until they are.
  await store.ping().catch((err: unknown) => {
    log.warn(
      { err: coerceError(err) },
      'the store is not ready yet: /readyz answers 503 until it is',
    );
  });
  const clock = systemClock;
  const metrics = createMetrics({ defaultMetrics: true });
  const services = createServices({ config, store, clock, log, metrics });
  const app = createApp({ config, clock, log, metrics, services });

  // The port first: a second instance on a taken port must stop here, before it touches the
  // imports, the inbox or the scheduler that the running instance owns.
  let server: Server;
  try {
    server = await listen(app, { port: config.port, host: config.host });
  } catch (err) {
    if (!(err instanceof ListenError)) throw err;
    process.stderr.write(`stopline: ${err.message}\n`);
    await store.close();
    process.exit(1);
  }
  await services.tenants.bootstrap();
  const url = listeningUrl(server);
  log.info(
    {
      url,
      host: config.host ?? 'all interfaces',
      store: store.kind,
      sandbox: config.sandboxEnabled,
      instance: config.instanceId,
    },
    `stopline listening on ${url}${config.host === null ? ' (every interface)' : ''}`,
  );
  services.inbox.start();
  // Background work: fails the imports whose instance died (stale heartbeat), now and every 30 s,
  // never one a live instance runs.
  await services.imports.start();
  await services.eventDeliverer.start();
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
    // Background imports stop after the chunk under way, while requests in flight finish.
    const importsStopped = services.imports.stop();
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
      await importsStopped;
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
  if (err instanceof ConfigError) {
    // Found while opening the store (a DATABASE_URL folder that does not exist).
    process.stderr.write(`stopline: ${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`stopline failed to start: ${coerceError(err).stack ?? String(err)}\n`);
  process.exit(1);
});
