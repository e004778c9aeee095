/**
 * The MongoDB a test file runs against (see mongo-target.ts): the server named by
 * STOPLINE_TEST_MONGODB_URI, or a single-node replica set (MongoMemoryReplSet) on a local
 * mongod binary, so transactions are exercised as on Atlas. A standalone MongoMemoryServer would
 * be refused by the store at init(), as any standalone mongod is.
 *
 * Stores come from one database per test file, migrated once (index builds take seconds on a
 * real server): each `open()` empties its collections and hands back a new store on it, so every
 * store starts empty. The database is dropped at the end. Only one store may be open at a time.
 */
import { MongoMemoryReplSet } from 'mongodb-memory-server-core';
import mongoose, { type Connection } from 'mongoose';
import { createMongoStore, migrateMongo } from '../../src/store/mongo';
import type { Store } from '../../src/store/types';
import { TEST_URI_VARIABLE, type MongoTarget } from './mongo-target';

/** Set by `npm run test:mongo`: a missing server is then a failure, not a skip. */
export const REQUIRED_VARIABLE = 'STOPLINE_TEST_MONGO_REQUIRED';

export interface TestMongo {
  /** A fresh, empty store on this file's database (init() not yet called). */
  open(): Promise<Store>;
  stop(): Promise<void>;
}

export async function startTestMongo(
  target: Exclude<MongoTarget, { kind: 'none' }>,
): Promise<TestMongo> {
  let replSet: MongoMemoryReplSet | null = null;
  let uri: string;
  if (target.kind === 'binary') {
    // A local binary only: mongodb-memory-server must never try the network here.
    process.env.MONGOMS_RUNTIME_DOWNLOAD = 'false';
    replSet = await MongoMemoryReplSet.create({
      binary: { systemBinary: target.path },
      // wiredTiger journals, so the inbox's { j: true } write concern means what it says.
      replSet: { count: 1, storageEngine: 'wiredTiger' },
    });
    uri = replSet.getUri();
  } else {
    uri = target.uri;
  }
  const dbName = `stopline_test_${process.pid}_${Date.now().toString(36)}`;
  await migrateMongo({ uri, dbName });
  let admin: Connection | null = await mongoose.createConnection(uri, { dbName }).asPromise();
  const db = () => {
    if (!admin?.db) throw new Error('test MongoDB stopped');
    return admin.db;
  };

  return {
    async open() {
      for (const { name } of await db().listCollections({}, { nameOnly: true }).toArray()) {
        await db().collection(name).deleteMany({});
      }
      return createMongoStore({ uri, dbName });
    },
    async stop() {
      if (admin) {
        await admin.db?.dropDatabase();
        await admin.close();
        admin = null;
      }
      await replSet?.stop();
    },
  };
}

/** The notice printed (or, under test:mongo, the failure) when no server is available. */
export function unavailableMessage(reason: string): string {
  return `MongoDB contract suite skipped: ${reason} (set ${TEST_URI_VARIABLE} to a replica set the tests may use, or MONGOMS_SYSTEM_BINARY to a mongod binary)`;
}
