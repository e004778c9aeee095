import { mongo } from 'mongoose';
import {
  clientOptions,
  MONGO_TIMEOUTS,
  routingProblems,
  topologyProblem,
  withoutOverriddenParams,
} from '../../../../src/store/mongo/connection-options';
import { TRANSACTION_OPTIONS } from '../../../../src/store/mongo/transactions';

/** A client as the store builds it. Constructing a MongoClient parses options; it connects nothing. */
const storeClient = (uri: string, purpose: 'serve' | 'migrate' = 'serve') =>
  new mongo.MongoClient(withoutOverriddenParams(uri).uri, clientOptions(purpose));

const resolved = (client: mongo.MongoClient) => ({
  readPreference: client.readPreference,
  readConcern: client.readConcern,
  writeConcern: client.writeConcern,
});

const HOSTILE =
  'mongodb://db1:27017,db2:27017/shop?replicaSet=rs0&readPreference=secondaryPreferred' +
  '&readPreferenceTags=dc:east&maxStalenessSeconds=120&readConcernLevel=local&w=1' +
  '&journal=false&wtimeoutMS=0&retryWrites=false&serverSelectionTimeoutMS=30000&appName=shop';

describe('routing forced over the connection string', () => {
  it('removes the parameters the store sets itself and keeps every other byte', () => {
    expect(withoutOverriddenParams(HOSTILE)).toEqual({
      uri: 'mongodb://db1:27017,db2:27017/shop?replicaSet=rs0&appName=shop',
      removed: [
        'readPreference',
        'readPreferenceTags',
        'maxStalenessSeconds',
        'readConcernLevel',
        'w',
        'journal',
        'wtimeoutMS',
        'retryWrites',
        'serverSelectionTimeoutMS',
      ],
    });
    expect(withoutOverriddenParams('mongodb+srv://u:p@c.example.net/db')).toEqual({
      uri: 'mongodb+srv://u:p@c.example.net/db',
      removed: [],
    });
    expect(withoutOverriddenParams('mongodb://h/?READPREFERENCE=secondary').uri).toBe(
      'mongodb://h/',
    );
  });

  it('reads from the primary with majority read concern and writes to a majority, bounded', () => {
    const client = storeClient(HOSTILE);
    expect(client.readPreference.mode).toBe('primary');
    expect(client.readConcern?.level).toBe('majority');
    expect(client.writeConcern).toMatchObject({
      w: 'majority',
      journal: true,
      wtimeoutMS: MONGO_TIMEOUTS.wtimeoutMS,
    });
    expect(client.options).toMatchObject({
      retryWrites: true,
      retryReads: true,
      serverSelectionTimeoutMS: MONGO_TIMEOUTS.serverSelectionTimeoutMS,
      connectTimeoutMS: MONGO_TIMEOUTS.connectTimeoutMS,
      socketTimeoutMS: MONGO_TIMEOUTS.socketTimeoutMS,
      waitQueueTimeoutMS: MONGO_TIMEOUTS.waitQueueTimeoutMS,
      replicaSet: 'rs0',
      appName: 'shop',
    });
    expect(routingProblems(resolved(client))).toEqual([]);
  });

  it("wins over the URI's own values even where the URI keeps them (the driver's precedence)", () => {
    const uri = 'mongodb://h/?readPreference=secondaryPreferred&readConcernLevel=local&w=1';
    const client = new mongo.MongoClient(uri, clientOptions('serve'));
    expect(client.readPreference.mode).toBe('primary');
    expect(client.readConcern?.level).toBe('majority');
    expect(client.writeConcern?.w).toBe('majority');
  });

  it('would refuse a client that reads from secondaries or writes without a majority', () => {
    const client = new mongo.MongoClient(
      'mongodb://h/?readPreference=secondaryPreferred&readConcernLevel=local&w=1',
    );
    expect(routingProblems(resolved(client))).toEqual([
      'read preference is secondaryPreferred, not primary',
      'read concern is local, not majority',
      'write concern is w: 1, not majority',
      'majority writes have no wtimeoutMS',
    ]);
  });

  it('lifts only the socket timeout for the release phase (index builds)', () => {
    const migrate = clientOptions('migrate');
    expect(migrate.socketTimeoutMS).toBe(0);
    expect({ ...migrate, socketTimeoutMS: undefined }).toEqual({
      ...clientOptions('serve'),
      socketTimeoutMS: undefined,
    });
    expect(storeClient(HOSTILE, 'migrate').readPreference.mode).toBe('primary');
  });

  it('runs every transaction on the primary, in one snapshot, committed to a bounded majority', () => {
    expect(TRANSACTION_OPTIONS).toMatchObject({
      readPreference: 'primary',
      readConcern: { level: 'snapshot' },
      writeConcern: { w: 'majority', wtimeoutMS: MONGO_TIMEOUTS.wtimeoutMS, journal: true },
      maxCommitTimeMS: MONGO_TIMEOUTS.maxCommitTimeMS,
    });
  });

  it('gives up on a server well before a request would hang (Heroku cuts at 30 s)', () => {
    const worstWrite =
      MONGO_TIMEOUTS.serverSelectionTimeoutMS +
      MONGO_TIMEOUTS.wtimeoutMS +
      MONGO_TIMEOUTS.connectTimeoutMS;
    expect(worstWrite).toBeLessThan(30_000);
    expect(MONGO_TIMEOUTS.socketTimeoutMS).toBeLessThan(30_000);
  });
});

describe('topologyProblem', () => {
  it('accepts a replica set member (one node is enough) and mongos', () => {
    expect(topologyProblem({ setName: 'rs0', isWritablePrimary: true })).toBeNull();
    expect(topologyProblem({ setName: 'atlas-abc-shard-0' })).toBeNull();
    expect(topologyProblem({ msg: 'isdbgrid' })).toBeNull();
  });

  it('refuses a standalone mongod, saying to use a replica set', () => {
    const problem = topologyProblem({ isWritablePrimary: true });
    expect(problem).toMatch(/standalone mongod, which has no transactions/);
    expect(problem).toMatch(/single-node replica set is fine/);
    expect(problem).toMatch(/--replSet rs0/);
    expect(topologyProblem({ setName: '' })).not.toBeNull();
  });
});
