/**
 * The real service for the benchmarks, composed as src/main.ts composes it (createServices,
 * createApp, the inbox processor and the dispatch scheduler running) on a SQLite FILE opened by
 * the real store (WAL, synchronous=FULL: a 200 means the delivery was fsync'd), with the
 * in-process sandbox standing in for the Graph API. Configuration comes from the environment
 * the bench passes (DATABASE_URL=sqlite:<temp file>, secrets, LOG_LEVEL); logs go to stdout.
 */
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../../src/app';
import { systemClock } from '../../src/clock';
import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import { createScheduler } from '../../src/services/dispatch/scheduler';
import { createServices } from '../../src/services/create-services';
import { createSqliteStore } from '../../src/store/sqlite';
import { tuneGarbageCollector } from '../../src/gc-tuning';
import { serveIpc } from './ipc';

async function main(): Promise<void> {
  // As src/main.ts starts the service.
  tuneGarbageCollector();
  const { config } = readConfig({ ...process.env, PORT: '0' });
  if (config.database.kind !== 'sqlite' || config.database.path === ':memory:') {
    throw new Error(
      'bench/servers/stopline.ts needs DATABASE_URL=sqlite:<file>: the figures are for a durable store',
    );
  }
  const log = createLogger({ level: config.logLevel });
  const store = createSqliteStore({ path: config.database.path });
  await store.init();
  const clock = systemClock;
  const metrics = createMetrics({ defaultMetrics: true });
  const services = createServices({ config, store, clock, log, metrics });
  await services.tenants.bootstrap();
  const app = createApp({ config, clock, log, metrics, services });
  const scheduler = createScheduler({
    cron: config.dispatchCron,
    dispatcher: services.dispatcher,
    log,
  });

  // How long the event loop was blocked at worst (e.g. by one import chunk), for the benches.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  // BENCH_PORT: a port chosen by the bench (the status echo posts to it over HTTP); 0 otherwise.
  const server = app.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => {
    // BENCH_INBOX=deferred: deliveries are only stored during the load (diagnostics: the ingest
    // path alone); the `drain` request processes them afterwards.
    if (process.env.BENCH_INBOX === 'deferred') void services.inbox.stop();
    else services.inbox.start();
    scheduler.start();
    // Outbound events, as src/main.ts starts them (bench/events.ts measures them).
    void services.eventDeliverer.start();
    const { port } = server.address() as AddressInfo;
    serveIpc(
      port,
      {
        /** Processes whatever is still in the inbox; resolves with how many entries that was. */
        drain: () => services.inbox.drain(),
        /** Starts processing the inbox (after BENCH_INBOX=deferred stored a backlog). */
        start: () => services.inbox.start(),
        /**
         * Resolves once the sandbox's status echo has posted everything it owes (the instant, in
         * epoch ms) with what it posted and what the webhook refused.
         */
        echoIdle: async () => {
          if (!services.echo) throw new Error('SANDBOX_STATUS_ECHO is off');
          await services.echo.idle();
          return { at: performance.timeOrigin + performance.now(), ...services.echo.counts() };
        },
        /** process.memoryUsage(), to see where a peak comes from. */
        memory: () => process.memoryUsage(),
        /** The longest event-loop delay (ms) since the last `eventLoop` request. */
        eventLoop: () => {
          const maxMs = loopDelay.max / 1e6;
          loopDelay.reset();
          return { maxMs };
        },
      },
      async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await scheduler.stop();
        await services.dispatcher.stop();
        await services.inbox.stop();
        await services.eventDeliverer.stop();
        await services.ingest.idle();
        await services.imports.idle();
        await store.close();
      },
    );
  });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench stopline server failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
