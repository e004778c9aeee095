import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../../config';
import type { Store } from '../types';
import { AUDIENCE_SQL, createAudienceQuery } from './audience-query';
import { createBreakerRepo } from './breaker-repo';
import { createCheckWorker } from './check-worker';
import { createCategoryRepo } from './category-repo';
import { createConsentChangeRepo } from './consent-change-repo';
import { createConsentRepo } from './consent-repo';
import { createContactDataRepo } from './contact-data-repo';
import { createCommitSync } from './commit-sync';
import { createConversationRepo } from './conversation-repo';
import { createDeliveryRepo } from './delivery-repo';
import { createParkedStatusRepo } from './parked-status-repo';
import { createStatusBatchRepo } from './status-batch-repo';
import { createIdentityRepo } from './identity-repo';
import { createImportRepo } from './import-repo';
import { createInboxRepo } from './inbox-repo';
import { createLeaseRepo } from './lease-repo';
import { createOptOutQuery } from './opt-out-query';
import { createOptOutRepo } from './opt-out-repo';
import { createRecipientRepo } from './recipient-repo';
import { createSignalRepo } from './signal-repo';
import { createEventRepo } from './event-repo';
import { createOutboxWriter } from './outbox-writer';
import { migrate } from './schema';
import { createSuppressionQuery, SUPPRESSION_SQL } from './suppression-query';
import { startSuppressionWorker } from './suppression-worker';
import { createTaskRepo } from './task-repo';
import { createTenantRepo } from './tenant-repo';
import type { Flush } from './wal-sync';

export interface SqliteStoreOptions {
  /** A file path or `:memory:`. */
  path: string;
  /**
   * Whether a missing folder is created (the default ./data). An explicit DATABASE_URL gets
   * false: a typo there must be a start-up error naming the folder, not directories made
   * wherever the typo points. Default true.
   */
  createFolder?: boolean;
  /**
   * How the WAL is flushed after commits (fs.fdatasync on the thread pool). Tests pass their own
   * to see that a write method answers only after its flush.
   */
  flush?: Flush;
  /**
   * Whether large suppression and audience checks are split with a second thread
   * (suppression-worker.ts). Default: on for a file database on a machine with more than one core.
   */
  suppressionWorker?: boolean;
  /**
   * Told the text of every statement the main connection runs, its parameters filled in
   * (better-sqlite3's `verbose`): tests read the query plans of a path's statements.
   */
  trace?: (sql: string) => void;
  /**
   * The most consent keys this process mirrors in memory for `consented` tasks' checks, all
   * (tenant, channel) spaces together (consent-mirror.ts); a space beyond it is checked in SQL.
   * Default DEFAULT_MIRROR_MAX_KEYS (5,000,000); 0 never mirrors.
   */
  consentMirrorMaxKeys?: number;
}

/** Makes sure the database file's folder exists: created, or a ConfigError that names it. */
function ensureFolder(path: string, create: boolean): void {
  if (path === ':memory:' || path.startsWith('file:')) return;
  const folder = dirname(path);
  if (create) {
    mkdirSync(folder, { recursive: true });
    return;
  }
  if (!existsSync(folder)) {
    throw new ConfigError([
      `DATABASE_URL points into the folder ${folder}, which does not exist: create it (mkdir -p ${folder}) or fix the path. stopline creates only its default folder, ./data.`,
    ]);
  }
  if (!statSync(folder).isDirectory()) {
    throw new ConfigError([
      `DATABASE_URL points into ${folder}, which is a file, not a folder: fix the path.`,
    ]);
  }
}

function openDatabase(
  path: string,
  createFolder: boolean,
  trace?: (sql: string) => void,
): Database.Database {
  ensureFolder(path, createFolder);
  const db = new Database(path, trace ? { verbose: (sql) => trace(String(sql)) } : {});
  // Another process holding the write lock is waited for, not reported as SQLITE_BUSY. First,
  // so that even switching to WAL waits for a process that is mid-transaction.
  db.pragma('busy_timeout = 5000');
  // WAL lets readers run beside the one writer; other processes share the file safely.
  db.pragma('journal_mode = WAL');
  // FULL while migrating; a file database then moves the fsync out of the commit and in front
  // of each write method's answer (commit-sync.ts): a 200 to Meta still means the inbox row
  // survives a power cut, not just a process crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  return db;
}

/**
 * How the suppression check's connections (this module's reader and the worker's) read: waiting
 * out another process's lock, never writing, through a memory mapping of up to 1 GiB, with room
 * in the page cache for pages still in the WAL (a whole WAL: 1,000 pages).
 */
const SUPPRESSION_READER_PRAGMAS = [
  'busy_timeout = 5000',
  'query_only = ON',
  `mmap_size = ${1024 * 1024 * 1024}`,
  'cache_size = -8192',
] as const;

/**
 * A second connection for the dispatcher's batch checks alone (suppression, and a `consented`
 * task's audience), memory-mapped: its B-tree descents (one per contact, in random order) read
 * pages through the mapping instead of looking each page up in SQLite's own cache (8-12% faster on the benchmark's million contacts). It is a
 * WAL reader like any other, so it sees every commit, from this process or another, as soon as
 * it is made: the check still reads the database at send time. It cannot write (query_only).
 * The trade-offs: mapped pages count in the process's RSS (clean file pages the OS can drop),
 * and a disk read error under the mapping ends the process (SIGBUS) instead of failing the
 * query. A `:memory:` database is private to its connection, so it keeps the one connection.
 */
function openSuppressionReader(path: string, db: Database.Database): Database.Database {
  if (path === ':memory:' || path.startsWith('file:')) return db;
  const reader = new Database(path, { fileMustExist: true });
  for (const pragma of SUPPRESSION_READER_PRAGMAS) reader.pragma(pragma);
  return reader;
}

/**
 * The embedded store: better-sqlite3 (synchronous, wrapped in async methods). Ready when
 * returned: the schema is migrated on open, and `init()` re-runs the (idempotent) migrations.
 * Every read-modify-write runs in a BEGIN IMMEDIATE transaction, so several processes may
 * share one database file.
 */
export function createSqliteStore(opts: SqliteStoreOptions): Store {
  const db = openDatabase(opts.path, opts.createFolder ?? true, opts.trace);
  migrate(db);
  const commits = createCommitSync(db, opts.path, opts.flush);
  const suppressionReader = openSuppressionReader(opts.path, db);
  const split = suppressionReader !== db && (opts.suppressionWorker ?? availableParallelism() > 1);
  // One extra thread for both batch checks (the default one and a `consented` task's).
  const checkWorker = createCheckWorker({
    statements: [SUPPRESSION_SQL, AUDIENCE_SQL],
    start: split
      ? (statements) =>
          startSuppressionWorker({
            path: opts.path,
            statements,
            pragmas: SUPPRESSION_READER_PRAGMAS,
          })
      : undefined,
    onLost: (reason) =>
      process.emitWarning(`${reason}; suppression checks go on in one thread`, 'StoplineWarning'),
  });
  const ping = db.prepare('SELECT 1');
  // One writer of the outbox, shared by every write that causes outbound events.
  const outbox = createOutboxWriter(db);

  return commits.wrap({
    kind: 'sqlite',
    async init() {
      migrate(db);
    },
    async ping() {
      ping.get();
    },
    async close() {
      await checkWorker.close();
      await commits.close();
      if (suppressionReader.open) suppressionReader.close();
      if (db.open) db.close();
    },
    ...createTenantRepo(db),
    ...createCategoryRepo(db),
    ...createOptOutRepo(db, outbox),
    ...createOptOutQuery(db),
    ...createSuppressionQuery(suppressionReader, { worker: checkWorker }),
    ...createIdentityRepo(db),
    ...createInboxRepo(db, commits.deferred),
    ...createConversationRepo(db, commits.deferred),
    ...createTaskRepo(db, outbox),
    ...createRecipientRepo(db),
    ...createDeliveryRepo(db),
    ...createStatusBatchRepo(db, commits.deferred),
    ...createParkedStatusRepo(db),
    ...createLeaseRepo(db),
    ...createImportRepo(db),
    ...createConsentRepo(db, outbox),
    ...createConsentChangeRepo(db),
    ...createContactDataRepo(db),
    ...createAudienceQuery(suppressionReader, {
      worker: checkWorker,
      mirrorMaxKeys: opts.consentMirrorMaxKeys,
    }),
    ...createSignalRepo(db, outbox),
    ...createEventRepo(db, outbox),
    ...createBreakerRepo(db),
  });
}
