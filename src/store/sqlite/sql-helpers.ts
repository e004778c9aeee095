import type Database from 'better-sqlite3';
import { ConflictError } from '../../errors';
import { pageFrom } from '../shared';
import type { Page } from '../types';

export type Db = Database.Database;

/** True for a UNIQUE or PRIMARY KEY violation, the database's answer to a duplicate. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs `fn`, turning a unique violation into a ConflictError with `message`. */
export function conflictAs<T>(message: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(message);
    throw err;
  }
}

/** Runs `fn` in a BEGIN IMMEDIATE transaction: the write lock is taken before the first read. */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** The page's limit (at least 1) and the cursor, checked: cursors are ids this store returned. */
export { pageBounds } from '../shared';

/** A page from up to limit + 1 rows fetched newest first. */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): Page<T> {
  return pageFrom(rows, limit, map, (r) => r.id);
}

/** Distinct values, first occurrence order kept. */
export const distinct = (values: readonly string[]): string[] => [...new Set(values)];
