/**
 * Duplicate or not, decided from every error a write carries. The bulk errors here are the
 * driver's own classes, built as its bulk executor builds them (mongodb/lib/bulk/common), so the
 * shapes are the real ones, not guesses.
 */
import { mongo } from 'mongoose';
import {
  duplicatesOnly,
  hasWriteConcernError,
  isDuplicateKey,
} from '../../../../src/store/mongo/write-errors';

interface BulkInternals {
  WriteError: new (err: { code: number; index: number; errmsg: string }) => unknown;
  WriteConcernError: new (err: { code: number; errmsg: string }) => unknown;
  BulkWriteResult: new (bulkResult: Record<string, unknown>, isOrdered: boolean) => never;
}
// The driver does not export these from its entry point; the test builds what its executor builds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const internals = require('mongodb/lib/bulk/common') as BulkInternals;

function bulkError(codes: number[], writeConcernCode?: number): Error {
  const writeErrors = codes.map(
    (code, index) => new internals.WriteError({ code, index, errmsg: `E${code}` }),
  );
  const result = new internals.BulkWriteResult(
    {
      ok: 1,
      writeErrors,
      writeConcernErrors:
        writeConcernCode === undefined
          ? []
          : [new internals.WriteConcernError({ code: writeConcernCode, errmsg: 'wtimeout' })],
      insertedIds: [],
      nInserted: 0,
      nUpserted: 0,
      nMatched: 0,
      nModified: 0,
      nRemoved: 0,
      upserted: [],
    },
    false,
  );
  // As the driver throws it: its code is the FIRST write error's.
  return new mongo.MongoBulkWriteError(
    { message: `E${codes[0]}`, code: codes[0] ?? 0, writeErrors: writeErrors as never },
    result,
  );
}

describe('write error classification', () => {
  it('counts a bulk error made only of duplicates', () => {
    const err = bulkError([11000, 11000, 11000]);
    expect(duplicatesOnly(err)).toBe(3);
    expect(isDuplicateKey(err)).toBe(true);
  });

  it('never calls a bulk error a duplicate because its first write error was one', () => {
    const err = bulkError([11000, 121, 11000]);
    expect((err as { code?: number }).code).toBe(11000);
    expect(duplicatesOnly(err)).toBeNull();
    expect(isDuplicateKey(err)).toBe(false);
    expect(isDuplicateKey(bulkError([121, 11000]))).toBe(false);
  });

  it('never calls duplicates with a write-concern error a duplicate (the majority was not reached)', () => {
    const err = bulkError([11000], 64);
    expect(hasWriteConcernError(err)).toBe(true);
    expect(duplicatesOnly(err)).toBeNull();
    expect(hasWriteConcernError(bulkError([11000]))).toBe(false);
  });

  it('classifies single writes by their code, and plain errors as not duplicates', () => {
    expect(isDuplicateKey({ code: 11000 })).toBe(true);
    expect(duplicatesOnly({ code: 11000 })).toBe(1);
    expect(isDuplicateKey({ code: 11000, writeConcernError: { code: 64 } })).toBe(false);
    expect(
      isDuplicateKey({ code: 11000, errorResponse: { writeConcernError: { code: 64 } } }),
    ).toBe(false);
    expect(isDuplicateKey({ code: 11001 })).toBe(false);
    expect(isDuplicateKey(new Error('connection reset'))).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
    expect(isDuplicateKey('E11000')).toBe(false);
    expect(duplicatesOnly({ writeErrors: [] })).toBeNull();
  });
});
