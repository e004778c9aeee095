import type Database from 'better-sqlite3';
import { ConflictError, ValidationError } from '../../errors';
import { isId } from '../ids';
import type { Page, PageRequest } from '../types';

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
export function pageBounds(page: PageRequest): { limit: number; cursor: string | null } {
  const cursor = page.cursor ?? null;
  if (cursor !== null && !isId(cursor)) {
    throw new ValidationError(
      `cursor "${cursor}" is not one this API returned; pass the nextCursor of the previous page`,
    );
  }
  return { limit: Math.max(1, Math.floor(page.limit)), cursor };
}

/** Builds a page from up to limit + 1 rows fetched newest first: the extra row says there is more. */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: more && last ? last.id : null };
}

/** Distinct values, first occurrence order kept. */
export const distinct = (values: readonly string[]): string[] => [...new Set(values)];
