/**
 * Starting a worker thread from a source file next to the caller, so the worker's code is a real
 * module that tsc and ESLint check. The build (dist/, `npm start`) runs the compiled `.js`; the
 * sources (jest, tsx: tests, `npm run dev`, the benchmarks) run the `.ts`, which Node cannot load
 * by itself, in one of two ways:
 * - `packages`: the file imports only Node built-ins and packages (and types). It is transpiled
 *   here with TypeScript and the thread evaluates the JavaScript: ~25 ms to start, which matters
 *   for the checkpointer (one per SQLite store, and the tests open hundreds).
 * - `sources`: the file imports other TypeScript sources. The thread loads tsx and requires it
 *   (~100 ms to start).
 * Either way the thread runs the same code as the build's, so its speed is the build's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** '.js' when running the build, '.ts' when running the sources. */
const EXT = extname(__filename);

export type WorkerImports = 'packages' | 'sources';

/** `dir` and `name` (no extension) of the worker's source, e.g. `__dirname, 'checkpointer-thread'`. */
export function startWorker(
  dir: string,
  name: string,
  imports: WorkerImports,
  options: WorkerOptions = {},
): Worker {
  const file = join(dir, `${name}${EXT}`);
  if (EXT === '.js') return new Worker(file, options);
  if (imports === 'sources') {
    return new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, {
      ...options,
      eval: true,
      execArgv: [],
    });
  }
  return new Worker(transpiled(file), { ...options, eval: true });
}

const cache = new Map<string, string>();

/** The file as a CommonJS module body, run with its own require, module and paths. */
function transpiled(file: string): string {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  // Node's own require (under jest too), so TypeScript loads once per process.
  const ts = createRequire(__filename)('typescript') as typeof import('typescript');
  const js = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  }).outputText;
  const path = JSON.stringify(file);
  const source = [
    'const module = { exports: {} };',
    '((exports, require, module, __filename, __dirname) => {',
    js,
    `})(module.exports, require('node:module').createRequire(${path}), module, ${path}, ${JSON.stringify(dirname(file))});`,
  ].join('\n');
  cache.set(file, source);
  return source;
}
