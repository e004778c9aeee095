import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../types';
import { createCategoryRepo } from './category-repo';
import { createCommitSync } from './commit-sync';
import { createConversationRepo } from './conversation-repo';
import { createDeliveryRepo } from './delivery-repo';
import { createIdentityRepo } from './identity-repo';
import { createImportRepo } from './import-repo';
import { createInboxRepo } from './inbox-repo';
import { createLeaseRepo } from './lease-repo';
import { createOptOutQuery } from './opt-out-query';
import { createOptOutRepo } from './opt-out-repo';
import { createRecipientRepo } from './recipient-repo';
import { migrate } from './schema';
import { createSuppressionQuery } from './suppression-query';
import { createTaskRepo } from './task-repo';
import { createTenantRepo } from './tenant-repo';
import type { Flush } from './wal-sync';

export interface SqliteStoreOptions {
  /** A file path (its folder is created) or `:memory:`. */
  path: string;
  /**
   * How the WAL is flushed after commits (fs.fdatasync on the thread pool). Tests pass their own
   * to see that a write method answers only after its flush.
   */
  flush?: Flush;
}

function openDatabase(path: string): Database.Database {
  if (path !== ':memory:' && !path.startsWith('file:'))
    mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
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
 * The embedded store: better-sqlite3 (synchronous, wrapped in async methods). Ready when
 * returned: the schema is migrated on open, and `init()` re-runs the (idempotent) migrations.
 * Every read-modify-write runs in a BEGIN IMMEDIATE transaction, so several processes may
 * share one database file.
 */
export function createSqliteStore(opts: SqliteStoreOptions): Store {
  const db = openDatabase(opts.path);
  migrate(db);
  const commits = createCommitSync(db, opts.path, opts.flush);
  const ping = db.prepare('SELECT 1');

  return commits.wrap({
    kind: 'sqlite',
    async init() {
      migrate(db);
    },
    async ping() {
      ping.get();
    },
    async close() {
      await commits.close();
      if (db.open) db.close();
    },
    ...createTenantRepo(db),
    ...createCategoryRepo(db),
    ...createOptOutRepo(db),
    ...createOptOutQuery(db),
    ...createSuppressionQuery(db),
    ...createIdentityRepo(db),
    ...createInboxRepo(db, commits.deferred),
    ...createConversationRepo(db, commits.deferred),
    ...createTaskRepo(db),
    ...createRecipientRepo(db),
    ...createDeliveryRepo(db),
    ...createLeaseRepo(db),
    ...createImportRepo(db),
  });
}
