/**
 * The store contract against MongoDB, when one is reachable: STOPLINE_TEST_MONGODB_URI (never the
 * service's MONGODB_URI / DATABASE_URL), or a local mongod binary started as a single-node
 * replica set through mongodb-memory-server (never downloaded). Otherwise one notice on stderr,
 * and only the target detection below runs; under `npm run test:mongo` that is a failure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BINARY_CACHE, listDirOrEmpty, resolveMongoTarget } from '../support/mongo-target';
import {
  REQUIRED_VARIABLE,
  startTestMongo,
  unavailableMessage,
  type TestMongo,
} from '../support/mongo-server';
import { describeStoreContract } from './contract';

describe('resolveMongoTarget', () => {
  const none = () => false;

  it('prefers STOPLINE_TEST_MONGODB_URI over any binary', () => {
    const env = {
      STOPLINE_TEST_MONGODB_URI: ' mongodb://db:27017/?replicaSet=rs0 ',
      MONGOMS_SYSTEM_BINARY: '/usr/bin/mongod',
    };
    expect(resolveMongoTarget(env, () => true)).toEqual({
      kind: 'uri',
      uri: 'mongodb://db:27017/?replicaSet=rs0',
    });
  });

  it("never reads the service's own database variables", () => {
    const env = {
      MONGODB_URI: 'mongodb+srv://prod.example.net/stopline',
      DATABASE_URL: 'mongodb+srv://prod.example.net/stopline',
      HOME: '/home/ci',
      PATH: '/usr/bin',
    };
    expect(resolveMongoTarget(env, none)).toEqual({
      kind: 'none',
      reason: 'no STOPLINE_TEST_MONGODB_URI and no local mongod binary',
    });
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
      resolveMongoTarget(
        { HOME: '/home/ci', PATH: '/usr/bin', STOPLINE_TEST_MONGODB_URI: '  ' },
        none,
      ),
    ).toEqual({
      kind: 'none',
      reason: 'no STOPLINE_TEST_MONGODB_URI and no local mongod binary',
    });
  });
});

const target = resolveMongoTarget(process.env, existsSync, listDirOrEmpty);

if (target.kind === 'none') {
  if (process.env[REQUIRED_VARIABLE] === '1') {
    it('runs against a MongoDB server (npm run test:mongo)', () => {
      throw new Error(unavailableMessage(target.reason));
    });
  } else {
    process.stderr.write(`${unavailableMessage(target.reason)}\n`);
  }
} else {
  let mongo: TestMongo | null = null;

  beforeAll(async () => {
    mongo = await startTestMongo(target);
  }, 120_000);

  afterAll(async () => {
    await mongo?.stop();
  }, 60_000);

  describeStoreContract(`mongo (${target.kind})`, async () => {
    if (!mongo) throw new Error('the test MongoDB did not start');
    return mongo.open();
  });
}
