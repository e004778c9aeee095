/**
 * One V8 setting for the whole process, applied first thing by every composition root (main.ts,
 * the bench's server): allocation-site pretenuring off.
 *
 * Why: V8 watches the objects each allocation site (an object or array literal in the code)
 * makes, and once nearly all of them survive a young-generation collection it allocates that
 * site's objects straight in the old generation. A streamed import holds a few thousand rows
 * between reading and writing them, so the sites of its per-row objects can look long-lived at
 * an unlucky moment. When that decision falls (on about half the runs of `npm run bench --
 * import`), every row from then on lands in the old generation as garbage that only a full
 * collection frees, and the heap grows to about four times its live size between two of them:
 * a 1M-row import peaked at 310-345 MB of RSS instead of 225-245 MB. Without pretenuring, rows
 * die young, as they are. The flag is read when V8 processes its pretenuring feedback, so
 * setting it at start-up, before any import, takes effect (the test shows a decision flipping).
 */
import { setFlagsFromString } from 'node:v8';

export const GC_FLAGS = ['--no-allocation-site-pretenuring'] as const;

export function tuneGarbageCollector(): void {
  for (const flag of GC_FLAGS) setFlagsFromString(flag);
}
