import { z } from 'zod';
import { isId } from '../../ids';
import { limitParam } from '../validate';

/** `cursor` as returned in a list's nextCursor; anything else is a 400, never a silent first page. */
export const cursorParam = z.string('must be a single value').refine(isId, {
  message: "is not a cursor this API returned; pass the previous page's nextCursor",
});

/** `?limit=&cursor=` of every list route (limit 1..max, default def). */
export function pageParams(max = 500, def = 50) {
  return { limit: limitParam(max, def), cursor: cursorParam.optional() };
}

export const pageQuerySchema = z.strictObject(pageParams());
