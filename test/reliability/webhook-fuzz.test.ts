/**
 * Webhook fuzz, quick run (the soak run posts 10,000+): generated and mutated deliveries, signed
 * or not, through the real app. Every answer is the oracle's 200/400/401/413 with a JSON
 * `{ error }` for rejections, every stored delivery is processed (nothing left pending), and
 * nothing throws, logs an error, or reports a bug in stopline.
 */
import { fuzzWebhook } from './support/webhook-fuzz';

// Generated cases vary in size (some carry 20,000-entry arrays): 6-10 s alone, 25-40 s on a
// loaded machine, past jest's 30 s default, where a timeout also loses fast-check's seed.
jest.setTimeout(120_000);

it('a few hundred generated deliveries: deliberate answers, inbox drained, nothing thrown', async () => {
  const summary = await fuzzWebhook(300);
  expect(summary.posted).toBe(300);
  expect(summary.crashes).toEqual([]);
  expect(summary.errorLogs).toEqual([]);
  expect(summary.pendingAfter).toBe(0);
  expect(summary.stored).toBe(summary.byStatus[200]);
  expect(summary.byStatus[200]).toBeGreaterThan(100);
});
