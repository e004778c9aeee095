/**
 * What a failed write means, decided from every error it carries (pure).
 *
 * A MongoBulkWriteError (insertMany, bulkWrite) takes its own `code` from the FIRST write error
 * only: deciding "duplicate" from that code would swallow a validation error, a full disk or a
 * write-concern timeout reported for the other documents of the batch. So a bulk error counts
 * as duplicates only when every one of its write errors is E11000 and no write-concern error
 * came with them (the driver keeps that one in the error, or in its `result`).
 */

const DUPLICATE_KEY = 11000;

interface WriteErrorLike {
  code?: unknown;
  writeErrors?: unknown;
  writeConcernError?: unknown;
  errorResponse?: { writeConcernError?: unknown };
  result?: { getWriteConcernError?: () => unknown };
}

const asList = (value: unknown): { code?: unknown }[] =>
  (Array.isArray(value) ? value : [value]) as { code?: unknown }[];

/** True when a write concern error (majority not reached, wtimeout) came with the error. */
export function hasWriteConcernError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as WriteErrorLike;
  if (e.writeConcernError !== undefined && e.writeConcernError !== null) return true;
  if (e.errorResponse?.writeConcernError) return true;
  const fromResult =
    typeof e.result?.getWriteConcernError === 'function' ? e.result.getWriteConcernError() : null;
  return fromResult !== undefined && fromResult !== null;
}

/**
 * For a failed write: how many documents a unique index refused, when that is ALL that went
 * wrong; null when anything else failed (the caller rethrows then).
 */
export function duplicatesOnly(err: unknown): number | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as WriteErrorLike;
  if (hasWriteConcernError(err)) return null;
  if (e.writeErrors !== undefined && e.writeErrors !== null) {
    const list = asList(e.writeErrors);
    if (list.length === 0) return null;
    return list.every((w) => w.code === DUPLICATE_KEY) ? list.length : null;
  }
  return e.code === DUPLICATE_KEY ? 1 : null;
}

/** True for a write refused by a unique index and for nothing else (see duplicatesOnly). */
export const isDuplicateKey = (err: unknown): boolean => duplicatesOnly(err) !== null;
