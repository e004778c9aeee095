/**
 * CSV import fuzz, soak run: larger generated files (up to 25,000 rows each, so many run as
 * background imports) posted to both CSV imports; the same oracle as the quick run.
 */
import { fuzzCsvImports } from './support/csv-import-fuzz';
import { runSeed } from './support/random';

jest.setTimeout(15 * 60_000);

it('large generated CSV files: valid rows imported once, corrupted rows reported once, by line', async () => {
  const summary = await fuzzCsvImports(runSeed('csv import fuzz (soak)'), 10, 25_000);
  expect(summary.problems).toEqual([]);
  expect(summary.files).toBe(10);
  expect(summary.validRows).toBeGreaterThan(50_000);
  expect(summary.corruptRows).toBeGreaterThan(5_000);
  // The first 1,000 invalid rows, each clipped: well under half a megabyte.
  expect(summary.largestAnswer).toBeLessThan(1000 * 500);
});
