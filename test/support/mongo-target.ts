/**
 * Where the MongoDB contract suite can run: a server named by MONGODB_URI, or a local mongod
 * binary for mongodb-memory-server. Never a download: these machines have no network, and a
 * download attempt would only stall every test run before failing.
 */
import { delimiter, join } from 'node:path';

export type MongoTarget =
  | { kind: 'uri'; uri: string }
  | { kind: 'binary'; path: string }
  | { kind: 'none'; reason: string };

/** Where mongodb-memory-server keeps the binaries it downloaded (`mongod-<arch>-<dist>-<version>`). */
export const BINARY_CACHE = '.cache/mongodb-binaries';

const MONGOD = process.platform === 'win32' ? 'mongod.exe' : 'mongod';

/**
 * Picks the target, in this order: MONGODB_URI, MONGOMS_SYSTEM_BINARY, `mongod` on PATH, a
 * binary in ~/.cache/mongodb-binaries. Pure: the file system is read through `fsExists` and
 * `listDir` (which answers [] for a missing directory).
 */
export function resolveMongoTarget(
  env: Record<string, string | undefined>,
  fsExists: (path: string) => boolean,
  listDir: (dir: string) => string[] = () => [],
): MongoTarget {
  const uri = env.MONGODB_URI?.trim();
  if (uri) return { kind: 'uri', uri };

  const system = env.MONGOMS_SYSTEM_BINARY?.trim();
  if (system) {
    if (fsExists(system)) return { kind: 'binary', path: system };
    return {
      kind: 'none',
      reason: `MONGOMS_SYSTEM_BINARY is set to ${system}, which does not exist`,
    };
  }

  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, MONGOD);
    if (fsExists(candidate)) return { kind: 'binary', path: candidate };
  }

  const home = env.HOME ?? env.USERPROFILE;
  if (home) {
    const cache = join(home, BINARY_CACHE);
    const cached = listDir(cache)
      .filter((name) => name.startsWith('mongod-'))
      .sort()
      .reverse()[0];
    if (cached) return { kind: 'binary', path: join(cache, cached) };
  }

  return { kind: 'none', reason: 'no MONGODB_URI and no local mongod binary' };
}
