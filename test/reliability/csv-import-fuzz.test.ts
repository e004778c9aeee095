/**
 * CSV import fuzz, quick run (the soak run posts larger files, into the background imports):
 * random valid rows mixed with random corruption, oversized fields, BOMs, CRLF, blank lines and
 * NULs, posted to both CSV imports. Every valid row is imported once, every corrupted row is
 * reported once by its line, and the answers stay small.
 */
import { fuzzCsvImports } from './support/csv-import-fuzz';
import { runSeed } from './support/random';

it('generated CSV files: valid rows imported once, corrupted rows reported once, by line', async () => {
  const summary = await fuzzCsvImports(runSeed('csv import fuzz'), 12, 300);
  expect(summary.problems).toEqual([]);
  expect(summary.files).toBe(12);
  expect(summary.validRows).toBeGreaterThan(100);
  expect(summary.corruptRows).toBeGreaterThan(20);
  expect(summary.largestAnswer).toBeLessThan(300 * 500);
});
