/**
 * `npm run migrate`: prepares the configured database before the service starts, the Procfile's
 * `release:` phase on Heroku (run once per deploy, before any new dyno starts, with no boot-time
 * limit).
 *
 * - MongoDB: creates every collection and builds every index the store declares, however long a
 *   new index on a large collection takes. The app never builds them itself (a dyno that must
 *   answer within Heroku's 60 s boot limit would crash-loop), and its /readyz answers 503 until
 *   they exist.
 * - SQLite: runs the schema migrations. The SQLite store also runs them whenever it opens (it is
 *   embedded: one file, migrations that take milliseconds), so `npm start` needs no extra step on
 *   a fresh clone; this command only lets a deployment do it ahead of time.
 *
 * Exits 0 when the database is ready; 78 on a configuration error; 1 otherwise, with the reason.
 */
import { ConfigError, readConfig, type DatabaseTarget } from '../config';
import { coerceError } from '../errors';
import { migrateMongo } from '../store/mongo';
import { withoutOverriddenParams } from '../store/mongo/connection-options';
import { createSqliteStore } from '../store/sqlite';

/** Where a URI's credentials would be: never printed. */
export const redactUri = (uri: string): string => uri.replace(/\/\/[^@/]*@/, '//***@');

export async function runMigrate(
  target: DatabaseTarget,
  out: NodeJS.WritableStream,
  migrators = { mongo: migrateMongo },
): Promise<void> {
  if (target.kind === 'mongo') {
    out.write(`migrate: building MongoDB collections and indexes at ${redactUri(target.uri)}\n`);
    const { removed } = withoutOverriddenParams(target.uri);
    if (removed.length > 0) {
      out.write(
        `migrate: the store sets these connection-string parameters itself and ignores the URI's: ${removed.join(', ')}\n`,
      );
    }
    await migrators.mongo({ uri: target.uri });
    out.write('migrate: MongoDB collections and indexes are built\n');
    return;
  }
  out.write(`migrate: SQLite schema at ${target.path}\n`);
  const store = createSqliteStore({ path: target.path });
  try {
    await store.init();
  } finally {
    await store.close();
  }
  out.write('migrate: SQLite schema is up to date\n');
}

if (require.main === module) {
  let target: DatabaseTarget;
  try {
    target = readConfig().config.database;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`migrate: ${err.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  runMigrate(target, process.stdout)
    .then(() => process.exit(0))
    .catch((err: unknown) => {
      process.stderr.write(`migrate: failed: ${coerceError(err).message}\n`);
      process.exit(1);
    });
}
