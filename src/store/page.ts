/**
 * One page of a listing, newest first unless the method says otherwise. The next request passes
 * `nextCursor` back as `cursor` (opaque to callers; an unknown cursor is a ValidationError).
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}
