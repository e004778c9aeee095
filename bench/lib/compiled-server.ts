/**
 * The bench servers compiled to JavaScript by tsc, as `npm run build` compiles the service for
 * `npm start`: a server started from here runs on plain node, without the TypeScript loader (tsx
 * adds about 25 MB to a process and compiles on the fly at start-up). Built once per process,
 * incrementally, into bench/out/build.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const BENCH = join(__dirname, '..');
let built = false;

/** The compiled `bench/servers/<name>.ts`, built first if this process has not built it yet. */
export function compiledServer(name: string): string {
  if (!built) {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', join(BENCH, 'tsconfig.servers.json')],
      { stdio: 'inherit' },
    );
    built = true;
  }
  return join(BENCH, 'out', 'build', 'bench', 'servers', `${name}.js`);
}
