import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../../src/clock';
import { createLogger } from '../../../../src/logger';
import { createMetrics } from '../../../../src/metrics';
import { createWebhookIngest } from '../../../../src/services/inbox/webhook-ingest';
import { createWebhookReceiver } from '../../../../src/services/inbox/webhook-receiver';
import { createSqliteStore } from '../../../../src/store/sqlite';
import type { Store } from '../../../../src/store/types';
import { sign } from '../../../../src/whatsapp/signature';

/**
 * A store that does not answer (its disk flush held by the test, as a MongoDB failover would
 * hold a majority write): Meta gets a 503 at the deadline, not a request left hanging.
 */
let dir: string;
let store: Store;
let gates: (() => void)[];

beforeEach(() => {
  // Timers faked for the deadline only: the ingest's setImmediate turns run for real.
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  dir = mkdtempSync(join(tmpdir(), 'stopline-receiver-'));
  gates = [];
  store = createSqliteStore({
    path: join(dir, 'stopline.db'),
    flush: () => new Promise<void>((resolve) => gates.push(resolve)),
  });
});
afterEach(async () => {
  jest.useRealTimers();
  for (const open of gates.splice(0)) open();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const turn = () => new Promise((resolve) => setImmediate(resolve));

it('answers 503 (Meta retries) when the store does not answer within the deadline', async () => {
  const metrics = createMetrics();
  const log = createLogger({ level: 'silent' });
  const ingest = createWebhookIngest({ store, clock: new ManualClock(), log, metrics });
  const receive = createWebhookReceiver({
    appSecrets: ['secret'],
    ingest,
    metrics,
    log,
    storeDeadlineMs: 10_000,
  });
  const raw = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
  const answer = receive(raw, sign('secret', raw));
  let settled = false;
  void answer.then(() => {
    settled = true;
  });
  for (let i = 0; i < 5; i++) await turn();
  expect(gates.length).toBeGreaterThan(0); // committed, waiting for its flush
  jest.advanceTimersByTime(9_999);
  await turn();
  expect(settled).toBe(false);
  jest.advanceTimersByTime(1);
  await expect(answer).resolves.toEqual({
    status: 503,
    body: {
      error: 'Could not store the delivery; retry later (Meta retries by itself).',
      code: 'unavailable',
    },
  });
  expect(
    await metrics.registry.getSingleMetricAsString('stopline_webhook_deliveries_total'),
  ).toMatch(/outcome="store_error"} 1/);
});
