/**
 * Admin fuzz beyond test/http/admin-fuzz.test.ts: task routes (create, patch, recipients as JSON
 * and CSV, lists, lifecycle, preview), imports, ids of every kind, platform tenant routes and the
 * sandbox. Whatever arrives: never a 5xx, every 4xx a JSON `{ error: string }`, no error logged.
 */
import { fuzzAdmin } from './support/admin-fuzz';

// Generated cases vary in size (some carry 20,000-entry arrays): 6-10 s alone, 25-40 s on a
// loaded machine, past jest's 30 s default, where a timeout also loses fast-check's seed.
jest.setTimeout(120_000);

it('generated admin requests get a deliberate answer', async () => {
  const summary = await fuzzAdmin(400);
  expect(summary.sent).toBe(400);
  expect(summary.errorLogs).toEqual([]);
  // Every request carries valid credentials: a 401 would mean the fuzz locked itself out.
  expect(summary.byStatus['401']).toBeUndefined();
  expect(Object.keys(summary.byStatus).some((s) => s.startsWith('2'))).toBe(true);
});
