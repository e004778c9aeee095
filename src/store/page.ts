/**
 * One page of a listing, newest first unless the method says otherwise. The next request passes
 * `nextCursor` back as `cursor` (opaque to callers; an unknown cursor is a ValidationError).
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A page cut from a short list held whole (a record's few events, oldest first): the cursor is
 * the last item's id; a cursor not in the list is `unknownCursor`'s error.
 */
export function pageOfList<T extends { id: string }>(
  all: T[],
  page: { limit: number; cursor: string | null },
  unknownCursor: (cursor: string) => Error,
): Page<T> {
  let start = 0;
  if (page.cursor !== null) {
    const at = all.findIndex((item) => item.id === page.cursor);
    if (at < 0) throw unknownCursor(page.cursor);
    start = at + 1;
  }
  const items = all.slice(start, start + page.limit);
  const more = start + page.limit < all.length;
  return { items, nextCursor: more ? (items[items.length - 1]?.id ?? null) : null };
}

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}
