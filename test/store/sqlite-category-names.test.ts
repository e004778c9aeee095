/**
 * Migration 5 (categories.name_key): names written under the old rule (NOCASE, ASCII letters
 * only) that the Unicode rule makes one name keep the oldest as it is; the others are renamed
 * with their id, so every category stays reachable and nothing is lost.
 */
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/sqlite/schema';

/** A database as version 4 left it: migrated, then migration 5 undone. */
function version4(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 0);
  db.exec(`
    DROP INDEX categories_tenant_name_key;
    ALTER TABLE categories DROP COLUMN name_key;
    CREATE UNIQUE INDEX categories_tenant_name ON categories (tenant_id, name COLLATE NOCASE);
    DELETE FROM schema_migrations WHERE version = 5;
  `);
  return db;
}

describe('SQLite migration 5: category names folded by one Unicode rule', () => {
  it('keeps the oldest of names that now collide and renames the others with their id', () => {
    const db = version4();
    const insert = db.prepare(
      `INSERT INTO categories (id, tenant_id, name, unsubscribe_days, description, keywords, created_at, updated_at)
       VALUES (?, ?, ?, 7, NULL, '[]', 0, 0)`,
    );
    insert.run('c1', 't1', 'Äpfel');
    insert.run('c2', 't1', 'äpfel');
    insert.run('c3', 't1', 'A\u0308PFEL');
    insert.run('c4', 't2', 'äpfel');
    insert.run('c5', 't1', 'Straße');
    migrate(db, 1);
    const rows = db.prepare('SELECT id, name, name_key FROM categories ORDER BY id').all() as {
      id: string;
      name: string;
      name_key: string;
    }[];
    expect(rows).toEqual([
      { id: 'c1', name: 'Äpfel', name_key: 'äpfel' },
      { id: 'c2', name: 'äpfel (c2)', name_key: 'äpfel (c2)' },
      { id: 'c3', name: 'A\u0308PFEL (c3)', name_key: 'äpfel (c3)' },
      { id: 'c4', name: 'äpfel', name_key: 'äpfel' },
      { id: 'c5', name: 'Straße', name_key: 'strasse' },
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO categories (id, tenant_id, name, name_key, keywords, created_at, updated_at)
           VALUES ('c6', 't1', 'STRASSE', 'strasse', '[]', 0, 0)`,
        )
        .run(),
    ).toThrow(/UNIQUE constraint failed: categories.tenant_id, categories.name_key/);
    db.close();
  });
});
