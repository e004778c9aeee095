/**
 * Where the MongoDB contract suite can run: a server named by STOPLINE_TEST_MONGODB_URI, or a
 * local mongod binary that mongodb-memory-server starts as a single-node replica set. Never a
 * download: these machines have no network, and a download attempt would only stall every test
 * run before failing.
 *
 * Never MONGODB_URI or DATABASE_URL: those name the service's own database, and the suite
 * creates and drops databases. A test run must not touch production data because the
 * operator's shell happened to have the service's variables set.
 */
import { readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type MongoTarget =
  | { kind: 'uri'; uri: string }
  | { kind: 'binary'; path: string }
  | { kind: 'none'; reason: string };

/** The only variable that points the suite at a server. */
export const TEST_URI_VARIABLE = 'STOPLINE_TEST_MONGODB_URI';

/** Where mongodb-memory-server keeps the binaries it downloaded (`mongod-<arch>-<dist>-<version>`). */
export const BINARY_CACHE = '.cache/mongodb-binaries';

const MONGOD = process.platform === 'win32' ? 'mongod.exe' : 'mongod';

/**
 * Picks the target, in this order: STOPLINE_TEST_MONGODB_URI, MONGOMS_SYSTEM_BINARY, `mongod`
 * on PATH, a binary in ~/.cache/mongodb-binaries. Pure: the file system is read through `fsExists` and
 * `listDir` (which answers [] for a missing directory).
 */
export function resolveMongoTarget(
  env: Record<string, string | undefined>,
  fsExists: (path: string) => boolean,
  listDir: (dir: string) => string[] = () => [],
): MongoTarget {
  const uri = env[TEST_URI_VARIABLE]?.trim();
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

  return { kind: 'none', reason: `no ${TEST_URI_VARIABLE} and no local mongod binary` };
}

/** A directory's entries, or none when it cannot be read (resolveMongoTarget's `listDir`). */
export function listDirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
