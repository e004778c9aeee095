/** Admin fuzz at full size (see admin-fuzz.test.ts for what is checked). */
import { fuzzAdmin } from './support/admin-fuzz';

const RUNS = 10_000;

it(`${RUNS} generated admin requests get a deliberate answer`, async () => {
  const summary = await fuzzAdmin(RUNS);
  process.stdout.write(`admin fuzz: ${JSON.stringify(summary.byStatus)}\n`);
  expect(summary.sent).toBe(RUNS);
  expect(summary.errorLogs).toEqual([]);
  // Every request carries valid credentials: a 401 would mean the fuzz locked itself out.
  expect(summary.byStatus['401']).toBeUndefined();
});
