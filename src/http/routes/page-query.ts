import { z } from 'zod';
import { isId } from '../../ids';

/**
 * The one paging rule of every list route: `?limit=` from 1 to PAGE_LIMIT_MAX (default
 * PAGE_LIMIT_DEFAULT), `?cursor=` the previous page's nextCursor; the answer is
 * `{ items, nextCursor }` (null on the last page). Every list takes its parameters from here,
 * and a test walks every list route in the OpenAPI document to hold them to it.
 */
export const PAGE_LIMIT_MAX = 500;
export const PAGE_LIMIT_DEFAULT = 50;

/** `cursor` as returned in a list's nextCursor; anything else is a 400, never a silent first page. */
export const cursorParam = z.string('must be a single value').refine(isId, {
  message: "is not a cursor this API returned; pass the previous page's nextCursor",
});

const limitProblem = `must be a whole number from 1 to ${PAGE_LIMIT_MAX}`;

/** Query-string `limit`: a number in the query string, with a message that gives the range. */
export const limitParam = z.coerce
  .number({ error: () => `${limitProblem} (default ${PAGE_LIMIT_DEFAULT})` })
  .int(limitProblem)
  .min(1, `must be at least 1 (${limitProblem.slice('must be '.length)})`)
  .max(PAGE_LIMIT_MAX, `must be at most ${PAGE_LIMIT_MAX}; page through longer lists with cursor`)
  .default(PAGE_LIMIT_DEFAULT);

/** `?limit=&cursor=`: spread into a list route's query schema. */
export const pageParams = { limit: limitParam, cursor: cursorParam.optional() };

export const pageQuerySchema = z.strictObject(pageParams);

/** A page of an answer as every list route sends it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
