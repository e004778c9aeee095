import type Database from 'better-sqlite3';

/** SQLite's plan for `sql`, one `detail` line per step (EXPLAIN QUERY PLAN), with its parameters. */
export function queryPlan(
  db: Database.Database,
  sql: string,
  params: Record<string, unknown> = {},
): string[] {
  return db
    .prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(params)
    .map((row) => row.detail);
}
