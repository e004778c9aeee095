/**
 * Small pure helpers shared by the MongoDB repositories: duplicate-key detection (from
 * write-errors.ts), cursor pages over time-sortable `_id`s, and the JSON form free-form objects are stored in.
 */
import type { PipelineStage } from 'mongoose';
import { ConflictError } from '../../errors';
import { pageFrom } from '../shared';
import type { Page } from '../types';
import { isDuplicateKey } from './write-errors';

export { duplicatesOnly, isDuplicateKey } from './write-errors';

/** Runs `write`, turning a duplicate key into a ConflictError with `message`. */
export async function conflictAs<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isDuplicateKey(err)) throw new ConflictError(message);
    throw err;
  }
}

/** The page's limit (at least 1) and cursor, checked: cursors are ids this store returned. */
export { pageBounds } from '../shared';

/** The `_id` condition of a newest-first page: ids strictly before the cursor. */
export const beforeCursor = (cursor: string | null): { _id?: { $lt: string } } =>
  cursor === null ? {} : { _id: { $lt: cursor } };

/** A page from up to limit + 1 documents fetched in page order. */
export function toPage<D extends { _id: string }, T>(
  docs: D[],
  limit: number,
  map: (doc: D) => T,
): Page<T> {
  return pageFrom(docs, limit, map, (d) => d._id);
}

/**
 * The JSON form of a free-form value (settings, evidence, params...): undefined members
 * dropped (the driver would store them as null), Dates as ISO strings. The SQLite store keeps
 * JSON text, so both stores hand back the same objects.
 */
export function plain<T>(value: T): T {
  return value === null || value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * The cursor batch size of a query whose whole answer the caller needs at once (a suppression
 * chunk, an import chunk's rows): without it the server answers the first 101 documents and
 * each further batch costs a getMore round trip. The server still caps a reply at 16 MB.
 */
export const WHOLE_ANSWER = { batchSize: 10_000 } as const;

/** Distinct values, first occurrence order kept. */
export const distinct = <T extends string>(values: readonly T[]): T[] => [...new Set(values)];

/** Splits `values` into chunks of at most `size`. */
export function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * Aggregation stages over contact_identities: for each of `contacts` with a group, its
 * `identifier` and every identifier of its group (`members`, itself included). groupId is a
 * newId(), unique across tenants and channels, so it alone finds the group.
 */
export function groupMembersStages(
  identities: string,
  tenantId: string,
  channel: string,
  contacts: readonly string[],
): [PipelineStage.Match, PipelineStage.Lookup, PipelineStage.Project] {
  return [
    { $match: { tenantId, channel, identifier: { $in: contacts } } },
    {
      $lookup: {
        from: identities,
        localField: 'groupId',
        foreignField: 'groupId',
        as: 'members',
      },
    },
    { $project: { _id: 0, identifier: 1, members: '$members.identifier' } },
  ];
}
