/**
 * Run by test/unit/gc-tuning.test.ts in a child (node --import tsx --allow-natives-syntax): keeps
 * every object one allocation site makes, which is what V8's pretenuring looks for, then prints
 * whether that site's next object was allocated in the young generation. `tuned` first applies
 * src/gc-tuning.ts.
 */
import { tuneGarbageCollector } from '../../src/gc-tuning';

if (process.argv[2] === 'tuned') tuneGarbageCollector();
// A V8 intrinsic (--allow-natives-syntax), reached through Function so this file parses as usual.
const inYoungGeneration = new Function('o', 'return %InYoungGeneration(o)') as (
  o: unknown,
) => boolean;

function make(i: number): { i: number; s: string } {
  return { i, s: 'x' };
}
const kept: unknown[] = [];
let last: unknown;
for (let round = 0; round < 200; round++) {
  for (let i = 0; i < 20000; i++) kept.push(make(i));
  last = make(-1);
}
process.stdout.write(JSON.stringify({ young: inYoungGeneration(last), kept: kept.length }));
