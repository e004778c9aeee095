/**
 * The MongoDB connection of one store. Each store has its own `mongoose.createConnection()`
 * (never the global connection), so several stores, databases or tests can coexist.
 * Constructing it does no I/O: `init()` connects and builds the indexes.
 */
import mongoose, { type Connection } from 'mongoose';
import { migrateCategoryNameKeys } from './category-name-keys';
import { collections, defineModels, type Collections, type Models } from './models';

export interface MongoStoreOptions {
  /** `mongodb://...` or `mongodb+srv://...`. */
  uri: string;
  /** Defaults to the database named in the URI, or "stopline" when it names none. */
  dbName?: string;
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

export interface MongoHandle {
  readonly conn: Connection;
  readonly models: Models;
  readonly cols: Collections;
  /** Connects (once) and builds every declared index. Idempotent. */
  init(): Promise<void>;
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
  let opening: Promise<unknown> | null = null;

  const connect = (): Promise<unknown> => {
    opening ??= conn
      .openUri(opts.uri, {
        dbName: opts.dbName ?? databaseOf(opts.uri),
        // Collections and indexes are built by init() alone, and reported there, not in the background.
        autoIndex: false,
        autoCreate: false,
      })
      .catch((err: unknown) => {
        opening = null; // a later init() tries again
        throw err;
      });
    return opening;
  };

  return {
    conn,
    models,
    cols,
    async init() {
      await connect();
      // Data the new unique indexes need, before they are built.
      await migrateCategoryNameKeys(cols.categories);
      // createIndexes (not syncIndexes): adds what the schemas declare and never drops an
      // index an operator created by hand.
      for (const model of Object.values(models)) await model.createIndexes();
    },
    async ping() {
      if (!conn.db) throw new Error('MongoDB store is not connected: call init() first');
      await conn.db.admin().ping();
    },
    async close() {
      await conn.close();
    },
  };
}
