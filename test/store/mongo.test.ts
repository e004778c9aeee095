/**
 * The store contract against MongoDB, when one is reachable: MONGODB_URI, or a local mongod
 * binary started through mongodb-memory-server (never downloaded). Otherwise one notice on
 * stderr, and only the target detection below runs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
import mongoose from 'mongoose';
import { createMongoStore } from '../../src/store/mongo';
import { BINARY_CACHE, resolveMongoTarget } from '../support/mongo-target';
import { describeStoreContract } from './contract';

const listDir = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

describe('resolveMongoTarget', () => {
  const none = () => false;

  it('prefers MONGODB_URI over any binary', () => {
    const env = { MONGODB_URI: ' mongodb://db:27017 ', MONGOMS_SYSTEM_BINARY: '/usr/bin/mongod' };
    expect(resolveMongoTarget(env, () => true)).toEqual({ kind: 'uri', uri: 'mongodb://db:27017' });
  });

  it('uses MONGOMS_SYSTEM_BINARY when the file exists, and says so when it does not', () => {
    const env = { MONGOMS_SYSTEM_BINARY: '/opt/mongo/bin/mongod', PATH: '/usr/bin' };
    expect(resolveMongoTarget(env, (p) => p === '/opt/mongo/bin/mongod')).toEqual({
      kind: 'binary',
      path: '/opt/mongo/bin/mongod',
    });
    expect(resolveMongoTarget(env, (p) => p === join('/usr/bin', 'mongod'))).toEqual({
      kind: 'none',
      reason: 'MONGOMS_SYSTEM_BINARY is set to /opt/mongo/bin/mongod, which does not exist',
    });
  });

  it('finds mongod on PATH', () => {
    const env = {
      PATH: ['/usr/local/bin', '/usr/bin'].join(process.platform === 'win32' ? ';' : ':'),
    };
    const mongod = join('/usr/bin', process.platform === 'win32' ? 'mongod.exe' : 'mongod');
    expect(resolveMongoTarget(env, (p) => p === mongod)).toEqual({ kind: 'binary', path: mongod });
  });

  it('falls back to a binary mongodb-memory-server cached in the home folder', () => {
    const env = { HOME: '/home/ci', PATH: '/usr/bin' };
    const cache = join('/home/ci', BINARY_CACHE);
    const list = (dir: string) =>
      dir === cache ? ['README', 'mongod-x64-debian12-7.0.14', 'mongod-x64-debian12-8.0.4'] : [];
    expect(resolveMongoTarget(env, none, list)).toEqual({
      kind: 'binary',
      path: join(cache, 'mongod-x64-debian12-8.0.4'),
    });
  });

  it('answers none, with the reason, when nothing is available', () => {
    expect(
      resolveMongoTarget({ HOME: '/home/ci', PATH: '/usr/bin', MONGODB_URI: '  ' }, none),
    ).toEqual({
      kind: 'none',
      reason: 'no MONGODB_URI and no local mongod binary',
    });
  });
});

const target = resolveMongoTarget(process.env, existsSync, listDir);

if (target.kind === 'none') {
  process.stderr.write(
    `MongoDB contract suite skipped: ${target.reason} (set MONGODB_URI or MONGOMS_SYSTEM_BINARY to run it)\n`,
  );
} else {
  const run = `stopline_test_${process.pid}_${Date.now().toString(36)}`;
  const databases: string[] = [];
  let server: MongoMemoryServer | null = null;
  let uri = target.kind === 'uri' ? target.uri : '';

  beforeAll(async () => {
    if (target.kind !== 'binary') return;
    // A local binary only: mongodb-memory-server must never try the network here.
    process.env.MONGOMS_RUNTIME_DOWNLOAD = 'false';
    server = await MongoMemoryServer.create({
      binary: { systemBinary: target.path },
      // wiredTiger journals, so the inbox's { j: true } write concern means what it says.
      instance: { storageEngine: 'wiredTiger' },
    });
    uri = server.getUri();
  }, 60_000);

  afterAll(async () => {
    if (databases.length > 0) {
      const admin = await mongoose.createConnection(uri).asPromise();
      for (const name of databases) await admin.useDb(name).dropDatabase();
      await admin.close();
    }
    await server?.stop();
  }, 60_000);

  // A fresh, empty database for every store the contract opens.
  describeStoreContract(`mongo (${target.kind})`, async () => {
    const dbName = `${run}_${databases.length}`;
    databases.push(dbName);
    return createMongoStore({ uri, dbName });
  });
}
