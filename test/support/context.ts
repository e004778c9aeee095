import { Writable } from 'node:stream';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { ManualClock } from '../../src/clock';
import { readConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createMetrics, type Metrics } from '../../src/metrics';
import { createServices, type Services } from '../../src/services/create-services';
import { createSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/types';
import type { WhatsAppClient } from '../../src/whatsapp/types';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
export const TEST_APP_SECRET = 'test-app-secret';
export const TEST_VERIFY_TOKEN = 'test-verify-token';
export const TEST_PHONE_NUMBER_ID = '100000000000001';
/** The reference time every test starts from (a Thursday). */
export const T0 = '2026-01-15T10:00:00.000Z';

export interface TestContext {
  app: Express;
  store: Store;
  clock: ManualClock;
  config: Config;
  metrics: Metrics;
  services: Services;
  /** Every log line written during the test (JSON strings). */
  logs: string[];
  /** The bootstrapped default tenant (ADMIN_TOKEN works as its key). */
  defaultTenantId: string;
  /** Creates another tenant and returns its id and API key. */
  createTenant(
    name?: string,
    phoneNumberId?: string | null,
  ): Promise<{ id: string; apiKey: string }>;
  close(): Promise<void>;
}

/**
 * A real app on a real SQLite store (in memory unless `dbPath` is given; or `store`), the sandbox as the
 * Graph API, a ManualClock at T0, and logs captured for assertions.
 */
export async function createTestContext(
  opts: {
    env?: Record<string, string>;
    dbPath?: string;
    clock?: ManualClock;
    whatsapp?: WhatsAppClient;
    /** Another real store (the MongoDB end-to-end test); closed with the context. */
    store?: Store;
  } = {},
): Promise<TestContext> {
  const clock = opts.clock ?? new ManualClock(T0);
  const { config } = readConfig({
    NODE_ENV: 'test',
    DATABASE_URL: `sqlite:${opts.dbPath ?? ':memory:'}`,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    WHATSAPP_APP_SECRET: TEST_APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: TEST_VERIFY_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: TEST_PHONE_NUMBER_ID,
    LOG_LEVEL: 'debug',
    INSTANCE_ID: 'test-instance',
    ...opts.env,
  });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger({ level: config.logLevel, destination });
  const store =
    opts.store ??
    createSqliteStore({
      path: config.database.kind === 'sqlite' ? config.database.path : ':memory:',
    });
  await store.init();
  const metrics = createMetrics();
  const services = createServices({
    config,
    store,
    clock,
    log,
    metrics,
    ...(opts.whatsapp ? { whatsapp: opts.whatsapp } : {}),
  });
  const bootstrapped = await services.tenants.bootstrap();
  if (!bootstrapped) throw new Error('test context: the default tenant was not bootstrapped');
  const app = createApp({ config, clock, log, metrics, services });
  let n = 0;
  return {
    app,
    store,
    clock,
    config,
    metrics,
    services,
    logs,
    defaultTenantId: bootstrapped.id,
    async createTenant(name = `Tenant ${++n}`, phoneNumberId = null) {
      const { tenant, apiKey } = await services.tenants.create({ name, phoneNumberId });
      return { id: tenant.id, apiKey };
    },
    async close() {
      await services.inbox.stop();
      await services.dispatcher.stop();
      await services.ingest.idle();
      await services.imports.idle();
      await store.close();
    },
  };
}
