/**
 * Webhook fuzz at full size: at least 10,000 generated and mutated deliveries (see the quick run
 * in webhook-fuzz.test.ts for what is checked).
 */
import { fuzzWebhook } from './support/webhook-fuzz';

const RUNS = 10_000;

it(`${RUNS} generated deliveries: deliberate answers, inbox drained, nothing thrown`, async () => {
  const summary = await fuzzWebhook(RUNS);
  process.stdout.write(`webhook fuzz: ${JSON.stringify(summary.byStatus)}\n`);
  expect(summary.posted).toBeGreaterThanOrEqual(RUNS);
  expect(summary.crashes).toEqual([]);
  expect(summary.errorLogs).toEqual([]);
  expect(summary.pendingAfter).toBe(0);
  expect(summary.stored).toBe(summary.byStatus[200]);
  for (const status of ['200', '400', '401', '413'])
    expect(summary.byStatus[status]).toBeGreaterThan(0);
});
