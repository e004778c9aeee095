/**
 * How soon a write must reach the disk. `durable` (every write unless a method says otherwise):
 * fsync'd before the call resolves. `deferred`: bookkeeping the fsync'd inbox can re-derive
 * (claims, completions, conversation state, event keys). SQLite writes it to the WAL without an
 * fsync: it survives a crash of the process, and a power cut can only lose it together with
 * everything committed after it up to the next fsync'd commit, so the inbox entry it came from
 * is processed again. MongoDB writes both with the connection's write concern.
 */
export type Durability = 'durable' | 'deferred';
