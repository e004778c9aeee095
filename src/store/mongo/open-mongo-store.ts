/**
 * The MongoDB connection of one store. Each store has its own `mongoose.createConnection()`
 * (never the global connection), so several stores, databases or tests can coexist.
 * Constructing it does no I/O.
 *
 * The boot path is split in two, so a dyno never waits for an index build:
 * - `migrate()` (`npm run migrate`, the Procfile's release phase) creates the collections and
 *   builds every declared index, however long that takes;
 * - `init()` (the app's start) only connects and checks the deployment: a replica set (or
 *   mongos), primary reads, majority reads and writes. It builds nothing, and `ping()` (what
 *   /readyz asks) fails until every declared index exists.
 */
import mongoose, { type Connection } from 'mongoose';
import { ServiceUnavailableError } from '../../errors';
import {
  clientOptions,
  routingProblems,
  topologyProblem,
  withoutOverriddenParams,
  type ConnectionPurpose,
  type HelloAnswer,
} from './connection-options';
import { migrateCategoryNameKeys } from './category-name-keys';
import { backfillUnclaimedNumbers } from './unclaimed-numbers';
import { collections, defineModels, type Collections, type Models } from './models';
import { createTransact, type Transact } from './transactions';

export interface MongoStoreOptions {
  /** `mongodb://...` or `mongodb+srv://...`. */
  uri: string;
  /** Defaults to the database named in the URI, or "stopline" when it names none. */
  dbName?: string;
  /** `migrate` lifts the socket timeout for index builds; the default is `serve`. */
  purpose?: ConnectionPurpose;
}

export const DEFAULT_DB_NAME = 'stopline';

/**
 * The database a URI names (`mongodb://host/<db>?...`), or DEFAULT_DB_NAME: the driver's own
 * fallback would be a database called "test".
 */
export function databaseOf(uri: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(uri)?.[1] ?? '';
  return path === '' ? DEFAULT_DB_NAME : decodeURIComponent(path);
}

/** /readyz's answer while the release phase has not built the indexes yet. */
export class IndexesNotReadyError extends ServiceUnavailableError {
  constructor(readonly missing: string[]) {
    super(
      `MongoDB indexes not built yet (${missing.join(', ')}): run \`npm run migrate\` (the Procfile's release phase does)`,
    );
  }
}

export interface MongoHandle {
  readonly conn: Connection;
  readonly models: Models;
  readonly cols: Collections;
  /** One multi-document transaction on this connection. */
  readonly transact: Transact;
  /** Connects (once) and checks the deployment and the routing. Builds nothing. Idempotent. */
  init(): Promise<void>;
  /** Connects, creates every collection and builds every declared index. Idempotent. */
  migrate(): Promise<void>;
  /** The declared indexes that do not exist yet, as `collection.index`. */
  missingIndexes(): Promise<string[]>;
  /** A bounded round trip to the primary; fails while indexes are missing. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function openMongoStore(opts: MongoStoreOptions): MongoHandle {
  if (!/^mongodb(\+srv)?:\/\//.test(opts.uri)) {
    throw new Error(
      'MongoDB store: the URI must start with mongodb:// or mongodb+srv:// (check DATABASE_URL / MONGODB_URI)',
    );
  }
  const conn = mongoose.createConnection();
  const models = defineModels(conn);
  const cols = collections(models);
  const transact = createTransact(() => conn.getClient());
  let opening: Promise<void> | null = null;
  let indexesReady = false;

  async function connectAndCheck(): Promise<void> {
    await conn.openUri(withoutOverriddenParams(opts.uri).uri, {
      ...clientOptions(opts.purpose ?? 'serve'),
      dbName: opts.dbName ?? databaseOf(opts.uri),
      // Collections and indexes are built by migrate() alone, never in the background.
      autoIndex: false,
      autoCreate: false,
    });
    try {
      const client = conn.getClient();
      const routing = routingProblems({
        readPreference: client.readPreference,
        readConcern: client.readConcern,
        writeConcern: client.writeConcern,
      });
      if (routing.length > 0) {
        throw new Error(`MongoDB store: refusing to run with ${routing.join('; ')}`);
      }
      const hello = (await db().command({ hello: 1 })) as HelloAnswer;
      const topology = topologyProblem(hello);
      if (topology) throw new Error(topology);
    } catch (err) {
      await conn.close();
      throw err;
    }
  }

  function connect(): Promise<void> {
    opening ??= connectAndCheck().catch((err: unknown) => {
      opening = null; // a later init() tries again
      throw err;
    });
    return opening;
  }

  function db(): NonNullable<Connection['db']> {
    if (!conn.db) throw new Error('MongoDB store is not connected: call init() first');
    return conn.db;
  }

  async function missingIndexes(): Promise<string[]> {
    const missing: string[] = [];
    // One listIndexes per collection, in turn: this runs until the indexes exist, then never.
    for (const model of Object.values(models)) {
      const { toCreate } = await model.diffIndexes();
      for (const index of toCreate) {
        missing.push(
          `${model.collection.collectionName}.${indexName(index as Record<string, unknown>)}`,
        );
      }
    }
    return missing;
  }

  return {
    conn,
    models,
    cols,
    transact,
    init: connect,
    async migrate() {
      await connect();
      // Data the new unique indexes need, before they are built.
      await migrateCategoryNameKeys(cols.categories);
      // Entries processed before requeueInbox read notes: noted from their bodies (recent only).
      await backfillUnclaimedNumbers(cols.inbox, cols.tenants, new Date());
      for (const model of Object.values(models)) {
        await model.createCollection();
        // createIndexes (not syncIndexes): adds what the schemas declare and never drops an
        // index an operator created by hand.
        await model.createIndexes();
      }
      indexesReady = true;
    },
    missingIndexes,
    async ping() {
      // Bounded by serverSelectionTimeoutMS (no primary) and socketTimeoutMS (no answer).
      await db().command({ ping: 1 });
      if (indexesReady) return;
      const missing = await missingIndexes();
      if (missing.length > 0) throw new IndexesNotReadyError(missing);
      indexesReady = true; // indexes are never dropped by the store: asked once, then not again
    },
    async close() {
      await conn.close();
    },
  };
}

/** A diffIndexes entry (the index's keys) as the server names such an index: `a_1_b_-1`. */
export function indexName(keys: Record<string, unknown>): string {
  return Object.entries(keys)
    .map(([field, order]) => `${field}_${String(order)}`)
    .join('_');
}
