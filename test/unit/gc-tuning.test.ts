/**
 * tuneGarbageCollector (src/gc-tuning.ts) turns V8's allocation-site pretenuring off at run time:
 * checked in a child process (test/support/pretenuring-probe.ts) that keeps every object one
 * allocation site makes, then asks V8 where that site's next object went. Untuned, V8 has moved
 * the site to the old generation; tuned, it still allocates young.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

const probe = (mode: 'tuned' | 'untuned'): { young: boolean; kept: number } =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', '--allow-natives-syntax', 'test/support/pretenuring-probe.ts', mode],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  ) as { young: boolean; kept: number };

it('keeps allocating young the objects of a site whose objects all survive, once tuned', () => {
  expect(probe('untuned')).toEqual({ young: false, kept: 4_000_000 });
  expect(probe('tuned')).toEqual({ young: true, kept: 4_000_000 });
});
