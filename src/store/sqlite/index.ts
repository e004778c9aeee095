export { createSqliteStore, type SqliteStoreOptions } from './open-sqlite-store';
