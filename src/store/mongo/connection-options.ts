/**
 * How the MongoDB store connects, as pure values and checks (unit-tested without a server).
 *
 * The invariant depends on reading what was written: the suppression check must see every
 * opt-out acknowledged before it, and a claimed recipient must be read back from the node that
 * took the claim. So reads go to the primary with majority read concern, writes wait for a
 * majority, whatever the connection string says: options given to the driver take precedence
 * over the same options in the URI (mongodb's parseOptions puts the object's value first), and
 * the read-routing parameters that only make sense with secondaries are removed from the URI
 * (a primary read preference with tags or maxStalenessSeconds is an error in the driver).
 */
import type { ConnectOptions } from 'mongoose';

type ClientOptions = ConnectOptions;

/**
 * The store's time limits. Meta waits for the webhook's answer, Heroku's router cuts a request
 * at 30 s, and a MongoDB failover elects a new primary in about 10-12 s: each operation gives
 * up well before the router does, so the webhook answers 503 (Meta retries) instead of hanging.
 */
export const MONGO_TIMEOUTS = {
  /** Finding a suitable server (the primary); during an election this is what runs out. */
  serverSelectionTimeoutMS: 5_000,
  /** Opening one TCP + TLS connection. */
  connectTimeoutMS: 5_000,
  /** No answer on a socket for this long: the connection is closed and the operation fails. */
  socketTimeoutMS: 20_000,
  /** Waiting for a free connection in the pool. */
  waitQueueTimeoutMS: 5_000,
  /** A majority write not acknowledged by a majority in this time fails (it may still apply). */
  wtimeoutMS: 5_000,
  /** A transaction's commit. */
  maxCommitTimeMS: 5_000,
} as const;

/** Index builds run in the release phase, where only the builds' own length limits them. */
const MIGRATE_SOCKET_TIMEOUT_MS = 0;

/** Connection-string parameters the store sets itself (compared case-insensitively). */
export const OVERRIDDEN_URI_PARAMS = [
  'readPreference',
  'readPreferenceTags',
  'maxStalenessSeconds',
  'readConcernLevel',
  'w',
  'journal',
  'wtimeoutMS',
  'retryWrites',
  'retryReads',
  'serverSelectionTimeoutMS',
  'connectTimeoutMS',
  'socketTimeoutMS',
  'waitQueueTimeoutMS',
] as const;

/**
 * The URI without the parameters the store sets itself, and which of them it carried (for the
 * start-up log). Everything else (hosts, credentials, replicaSet, tls, authSource, appName...)
 * is kept byte for byte.
 */
export function withoutOverriddenParams(uri: string): { uri: string; removed: string[] } {
  const at = uri.indexOf('?');
  if (at < 0) return { uri, removed: [] };
  const overridden = new Set(OVERRIDDEN_URI_PARAMS.map((name) => name.toLowerCase()));
  const kept: string[] = [];
  const removed: string[] = [];
  for (const pair of uri.slice(at + 1).split('&')) {
    if (pair === '') continue;
    const name = decodeURIComponent(pair.split('=')[0] ?? '');
    if (overridden.has(name.toLowerCase())) removed.push(name);
    else kept.push(pair);
  }
  const base = uri.slice(0, at);
  return { uri: kept.length > 0 ? `${base}?${kept.join('&')}` : base, removed };
}

export type ConnectionPurpose = 'serve' | 'migrate';

/** The driver options of the store's connection (mongoose passes them to MongoClient). */
export function clientOptions(purpose: ConnectionPurpose): ClientOptions {
  const t = MONGO_TIMEOUTS;
  return {
    readPreference: 'primary',
    // The same option name the URI uses (readConcernLevel), so this value wins over the URI's.
    readConcernLevel: 'majority',
    w: 'majority',
    journal: true,
    wtimeoutMS: t.wtimeoutMS,
    retryWrites: true,
    retryReads: true,
    serverSelectionTimeoutMS: t.serverSelectionTimeoutMS,
    connectTimeoutMS: t.connectTimeoutMS,
    socketTimeoutMS: purpose === 'migrate' ? MIGRATE_SOCKET_TIMEOUT_MS : t.socketTimeoutMS,
    waitQueueTimeoutMS: t.waitQueueTimeoutMS,
  };
}

/** What the driver resolved, as MongoClient exposes it (`client.readPreference`...). */
export interface ResolvedRouting {
  readPreference: { mode: string };
  readConcern?: { level?: string } | undefined;
  writeConcern?: { w?: unknown; wtimeoutMS?: number } | undefined;
}

/**
 * Problems with what the driver resolved: a second line of defence behind clientOptions(), so
 * a driver that one day let the URI win would be refused at start-up, not discovered in a
 * missed opt-out.
 */
export function routingProblems(resolved: ResolvedRouting): string[] {
  const problems: string[] = [];
  if (resolved.readPreference.mode !== 'primary')
    problems.push(`read preference is ${resolved.readPreference.mode}, not primary`);
  if (resolved.readConcern?.level !== 'majority')
    problems.push(`read concern is ${resolved.readConcern?.level ?? 'the default'}, not majority`);
  if (resolved.writeConcern?.w !== 'majority')
    problems.push(`write concern is w: ${String(resolved.writeConcern?.w)}, not majority`);
  if (!(resolved.writeConcern?.wtimeoutMS !== undefined && resolved.writeConcern.wtimeoutMS > 0))
    problems.push('majority writes have no wtimeoutMS');
  return problems;
}

/** The fields of the `hello` command's answer that say what kind of deployment this is. */
export interface HelloAnswer {
  setName?: string;
  msg?: string;
  isWritablePrimary?: boolean;
}

/**
 * Why this deployment cannot run the store, or null. Opt-out rows and their audit events,
 * identity merges, key rotation and replies are written in multi-document transactions, which
 * a standalone mongod does not have: a replica set (one node is enough) or a sharded cluster
 * (mongos answers `msg: 'isdbgrid'`) does.
 */
export function topologyProblem(hello: HelloAnswer): string | null {
  if (typeof hello.setName === 'string' && hello.setName !== '') return null;
  if (hello.msg === 'isdbgrid') return null;
  return (
    'MongoDB store: the server is a standalone mongod, which has no transactions. stopline needs ' +
    'a replica set: MongoDB Atlas is one; locally a single-node replica set is fine ' +
    '(start mongod with --replSet rs0, run rs.initiate() once, and add ?replicaSet=rs0 to the URI).'
  );
}
