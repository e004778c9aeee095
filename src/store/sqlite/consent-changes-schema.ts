/**
 * Migration 17: `consent_changes`, the log that keeps each process's consent mirror
 * (consent-mirror.ts) exact, and `consent_changes_pruned`, how far the log has been pruned.
 *
 * Every change of consent_keys (a grant, a withdrawal, an erasure, an import, an identity link:
 * they all move consent_keys rows, through migration 12's triggers) appends the KEY it touched,
 * never a +1 or -1: INSERT OR REPLACE deletes the row it replaces without firing a delete
 * trigger (recursive_triggers is off), so a count could drift, while a key re-read at sync time
 * cannot. The mirror remembers the last seq it applied; at each check it re-reads the current
 * consent_keys rows of the keys logged since, in its space. AUTOINCREMENT: a seq is never handed
 * out twice, even after the log's head is pruned, so "since seq N" always means the same thing.
 *
 * `at` is the database's wall clock in milliseconds (a trigger cannot see the application's
 * clock); it is what the log is pruned by (pruneConsentChanges, run by the retention job).
 * `consent_changes_pruned.through` is the highest seq ever pruned: a mirror that applied less
 * than it would miss changes, so it reloads instead.
 */

const logKey = (row: 'NEW' | 'OLD'): string => `
  INSERT INTO consent_changes (space_id, contact_key, at)
  VALUES (${row}.space_id, ${row}.contact_key, CAST(unixepoch('subsec') * 1000 AS INTEGER));`;

export const CONSENT_CHANGES_MIGRATION = `
  -- contact_key has no declared type, as in consent_keys: an INTEGER key stays an INTEGER.
  CREATE TABLE consent_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    space_id INTEGER NOT NULL,
    contact_key NOT NULL,
    at INTEGER NOT NULL
  );

  -- A mirror reads its own space's changes since its seq, whatever other tenants wrote.
  CREATE INDEX consent_changes_space ON consent_changes (space_id, seq);

  CREATE TABLE consent_changes_pruned (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    through INTEGER NOT NULL
  );
  INSERT INTO consent_changes_pruned (id, through) VALUES (1, 0);

  CREATE TRIGGER consent_keys_log_insert AFTER INSERT ON consent_keys
  BEGIN ${logKey('NEW')}
  END;

  CREATE TRIGGER consent_keys_log_delete AFTER DELETE ON consent_keys
  BEGIN ${logKey('OLD')}
  END;

  -- consent_keys rows are never updated in place by the migrations' triggers; a hand edit
  -- still logs both keys.
  CREATE TRIGGER consent_keys_log_update AFTER UPDATE ON consent_keys
  BEGIN ${logKey('OLD')} ${logKey('NEW')}
  END;
`;

/**
 * The log's newest seq, never below how far it was pruned (an emptied log still has a position).
 * Read in the same snapshot as whatever it positions.
 */
export const LOG_POSITION_SQL = `
  SELECT max(coalesce((SELECT max(seq) FROM consent_changes), 0),
             (SELECT through FROM consent_changes_pruned WHERE id = 1)) AS top,
         (SELECT through FROM consent_changes_pruned WHERE id = 1) AS pruned`;

/**
 * The head of the log older than @before, at most @limit changes: always a prefix in seq order
 * (the first change not old enough stops it), so `through` means "everything up to here is gone".
 */
export const PRUNE_END_SQL = `
  SELECT max(seq) FROM (
    SELECT seq, at FROM consent_changes ORDER BY seq LIMIT @limit
  ) WHERE seq < coalesce((SELECT min(seq) FROM (
    SELECT seq, at FROM consent_changes ORDER BY seq LIMIT @limit
  ) WHERE at >= @before), 9223372036854775807)`;
