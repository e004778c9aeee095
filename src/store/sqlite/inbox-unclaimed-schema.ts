/**
 * Migration 18: `inbox_unclaimed`, which completed priority entries held events for a
 * phone_number_id no tenant had when they were processed. When a tenant gains that number,
 * requeueInbox finds them on the primary key (number, then time) instead of reading the body of
 * every entry of the replay window. Rows are written only for such entries (rare: a number
 * connected before its tenant exists), so the webhook's path pays nothing.
 *
 * The backfill notes the entries already processed this way, from the bodies of the last 8 days
 * (the replay window, UNCLAIMED_REPLAY_MS, with a day's margin): the numbers of each delivery's
 * changes (entry[].changes[].value.metadata.phone_number_id) that no tenant has. A body that is
 * not JSON, or not shaped like a delivery, is passed over (the processor failed it, or found
 * nothing in it). An entry erased (a contact's erasure deletes inbox rows) leaves no row here.
 */
// Nested CASEs, not AND: a CASE's branches are evaluated in order, so a json_* function never
// sees text that is not JSON (it would fail the whole migration).
const numberOf = `CASE WHEN change.type <> 'object' THEN NULL
    WHEN json_type(change.value, '$.value.metadata.phone_number_id') = 'text'
    THEN json_extract(change.value, '$.value.metadata.phone_number_id') END`;
const entries = `CASE WHEN NOT json_valid(inbox.body) THEN '[]'
    WHEN json_type(inbox.body, '$.entry') = 'array' THEN json_extract(inbox.body, '$.entry')
    ELSE '[]' END`;
const changes = `CASE WHEN entry.type <> 'object' THEN '[]'
    WHEN json_type(entry.value, '$.changes') = 'array' THEN json_extract(entry.value, '$.changes')
    ELSE '[]' END`;

export const INBOX_UNCLAIMED_MIGRATION = `
  CREATE TABLE inbox_unclaimed (
    phone_number_id TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    inbox_id TEXT NOT NULL,
    PRIMARY KEY (phone_number_id, received_at, inbox_id)
  ) WITHOUT ROWID;
  CREATE INDEX inbox_unclaimed_entry ON inbox_unclaimed (inbox_id);
  CREATE TRIGGER inbox_unclaimed_erased AFTER DELETE ON inbox BEGIN
    DELETE FROM inbox_unclaimed WHERE inbox_id = OLD.id;
  END;

  INSERT OR IGNORE INTO inbox_unclaimed (phone_number_id, received_at, inbox_id)
  SELECT number, received_at, id FROM (
    SELECT ${numberOf} AS number, inbox.received_at, inbox.id
    FROM inbox, json_each(${entries}) AS entry, json_each(${changes}) AS change
    WHERE inbox.status <> 'pending' AND inbox.lane = 'priority'
      AND inbox.received_at >= (unixepoch() - 8 * 86400) * 1000
  )
  WHERE number IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM tenants WHERE tenants.phone_number_id = number);
`;
