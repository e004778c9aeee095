/**
 * Building blocks of the response schemas (zod, next to the views that build the answers; the
 * OpenAPI components are generated from them). Timestamps are ISO 8601 strings on the wire.
 */
import { z } from 'zod';

export const timestamp = z.string().meta({ format: 'date-time' });
export const nullableTimestamp = timestamp.nullable();
export const count = z.int().min(0);
export const nullableDays = z
  .int()
  .min(1)
  .nullable()
  .meta({ description: 'Days an opt-out lasts; null = until revoked.' });

/** `{ items, nextCursor }`: the page every list route answers. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
  });
}
