/**
 * Multi-document transactions: what makes an opt-out row and its audit event, an identity
 * merge, a key rotation or a reply and its recipient's lastReply one change that happens whole
 * or not at all (and what a suppression check reads as one snapshot).
 *
 * `session.withTransaction` retries the whole callback on TransientTransactionError (a write
 * conflict with a concurrent transaction, a failover) and the commit on
 * UnknownTransactionCommitResult, for up to 120 s (the driver's limit). The callback must
 * therefore be safe to run again (it decides from what it reads inside the transaction), pass
 * the session to every operation, run them one after another (no Promise.all: the driver does
 * not support parallel operations in one transaction), and never swallow a driver error.
 *
 * A unique index refusing an insert (E11000) aborts the transaction without a transient label;
 * `retryConflicts` runs the transaction again, when it reads the row that won.
 */
import { mongo } from 'mongoose';
import { MONGO_TIMEOUTS } from './connection-options';
import { isDuplicateKey } from './write-errors';

export type Session = mongo.ClientSession;

/** Runs `work` in one transaction and resolves with its result once committed. */
export type Transact = <T>(work: (session: Session) => Promise<T>) => Promise<T>;

/**
 * Every transaction reads one snapshot of majority-committed data on the primary and commits
 * with a majority write concern bounded by wtimeoutMS.
 */
export const TRANSACTION_OPTIONS: mongo.TransactionOptions = {
  readPreference: 'primary',
  readConcern: { level: 'snapshot' },
  writeConcern: new mongo.WriteConcern('majority', MONGO_TIMEOUTS.wtimeoutMS, true),
  maxCommitTimeMS: MONGO_TIMEOUTS.maxCommitTimeMS,
};

/** A transaction factory on the connection's client (read when called: connect() sets it). */
export function createTransact(client: () => mongo.MongoClient | undefined): Transact {
  return async <T>(work: (session: Session) => Promise<T>): Promise<T> => {
    const connected = client();
    if (!connected) throw new Error('MongoDB store is not connected: call init() first');
    const session = connected.startSession();
    try {
      return await session.withTransaction(() => work(session), TRANSACTION_OPTIONS);
    } finally {
      await session.endSession();
    }
  };
}

/**
 * Thrown inside a transaction when a compare-and-set write matched fewer documents than it read
 * (it cannot happen under snapshot isolation, where a concurrent change is a write conflict, but
 * the check costs nothing and keeps the write honest if it ever ran outside one).
 */
export class ConcurrentChange extends Error {
  constructor(what: string) {
    super(`${what} changed while it was being written; the transaction is run again`);
    this.name = 'ConcurrentChange';
  }
}

/** Attempts of a transaction that lost a race for a unique key before the caller gets an error. */
export const CONFLICT_ROUNDS = 10;

/**
 * Runs `attempt` (one transaction) again when it lost a race for a unique key to a concurrent
 * first insert, or saw a concurrent change; after CONFLICT_ROUNDS, `onExhausted`'s error.
 * Any other error is the caller's.
 */
export async function retryConflicts<T>(
  attempt: () => Promise<T>,
  onExhausted: () => Error,
): Promise<T> {
  for (let round = 0; round < CONFLICT_ROUNDS; round += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ConcurrentChange) && !isDuplicateKey(err)) throw err;
    }
  }
  throw onExhausted();
}
