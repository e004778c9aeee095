/**
 * What both backends say and do the same way: paging over time-sortable ids, and the messages
 * of the rules their unique indexes enforce.
 */
import { ValidationError } from '../errors';
import { isId } from '../ids';
import type { Page, PageRequest } from './types';

/** The limit (at least 1) and a cursor checked to be an id this API handed out. */
export function pageBounds(page: PageRequest): { limit: number; cursor: string | null } {
  const cursor = page.cursor ?? null;
  if (cursor !== null && !isId(cursor)) {
    throw new ValidationError(
      `cursor "${cursor}" is not one this API returned; pass the nextCursor of the previous page`,
    );
  }
  return { limit: Math.max(1, Math.floor(page.limit)), cursor };
}

/** A page from up to limit + 1 items fetched in page order: the extra one says there is more. */
export function pageFrom<R, T>(
  items: R[],
  limit: number,
  map: (item: R) => T,
  idOf: (item: R) => string,
): Page<T> {
  const more = items.length > limit;
  const kept = more ? items.slice(0, limit) : items;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: more && last !== undefined ? idOf(last) : null };
}

export const ABANDONED_SEND = 'claimed by a dispatcher that stopped before recording the result';

export const phoneTaken = (phoneNumberId: string | null | undefined): string =>
  `phone number id ${phoneNumberId} already belongs to another tenant; each WhatsApp number routes to one tenant`;

export const categoryNameTaken = (name: string): string =>
  `a category named "${name}" already exists; choose another name or update that category`;

/** Why a running import whose heartbeat stopped was failed, with what it had done. */
export const staleImportError = (processed: number): string =>
  `interrupted: the process running it stopped after ${processed.toLocaleString('en')} rows; ` +
  'run the import again with the same file (rows already imported count as unchanged or duplicates, never twice)';

/** The wait before a held send (131049) is tried again: base × 2^(attempts − 1), at most max. */
export function heldDelayMs(attempts: number, backoff: { baseMs: number; maxMs: number }): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
}
