/**
 * What every import's rows share: which fields a row gives, and the category a row names (by
 * id or by name), so the opt-out and consent imports read rows by one rule.
 */
import type { Category } from '../../domain/types';
import { foldName } from '../../domain/fold-name';

/** The row's fields that are given: empty CSV cells and JSON nulls mean "not given". */
export function presentFields(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== '' && v !== null && v !== undefined),
  );
}

/**
 * The category a row names by `categoryId` or `category` (names matched by the one Unicode
 * folding rule categories are unique by): the category, null when the row names none, or the
 * reason the row is invalid.
 */
export function categoryResolver(
  categories: Category[],
): (row: {
  categoryId?: string | undefined;
  category?: string | undefined;
}) => Category | null | string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const byName = new Map(categories.map((c) => [foldName(c.name), c]));
  return function categoryOf(row) {
    const fromId = row.categoryId !== undefined ? byId.get(row.categoryId) : undefined;
    if (row.categoryId !== undefined && !fromId) return `no category with id "${row.categoryId}"`;
    const fromName = row.category !== undefined ? byName.get(foldName(row.category)) : undefined;
    if (row.category !== undefined && !fromName) return `no category named "${row.category}"`;
    if (fromId && fromName && fromId !== fromName)
      return 'categoryId and category name two different categories';
    return fromId ?? fromName ?? null;
  };
}
