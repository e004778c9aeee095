/**
 * Categories written before names were folded (src/domain/fold-name.ts) have no `nameKey`, and
 * were unique by an ICU collation index (`tenantId_1_name_1`) instead. This gives each its key,
 * oldest first in each tenant; a name the new rule makes equal to an older one gets its id
 * appended (as SQLite's migration 5 does), so the unique index on the key can be built and no
 * category is lost. Then the old index is dropped: two rules of uniqueness would disagree.
 * Idempotent: run before the indexes are built, every time (it finds nothing to do after once).
 */
import type { Collection } from 'mongodb';
import { foldName } from '../../domain/fold-name';
import type { CategoryDoc } from './documents';

export const OLD_CATEGORY_NAME_INDEX = 'tenantId_1_name_1';

export async function migrateCategoryNameKeys(
  categories: Collection<CategoryDoc>,
): Promise<number> {
  let changed = 0;
  const missing = categories.find({ nameKey: { $exists: false } }).sort({ tenantId: 1, _id: 1 });
  for await (const doc of missing) {
    let name = doc.name;
    const taken = await categories.findOne(
      { tenantId: doc.tenantId, nameKey: foldName(name), _id: { $ne: doc._id } },
      { projection: { _id: 1 } },
    );
    if (taken) name = `${name} (${doc._id})`;
    await categories.updateOne(
      { _id: doc._id, nameKey: { $exists: false } },
      { $set: { name, nameKey: foldName(name) } },
    );
    changed += 1;
  }
  const indexes = await categories.indexes().catch(() => []);
  if (indexes.some((index) => index.name === OLD_CATEGORY_NAME_INDEX))
    await categories.dropIndex(OLD_CATEGORY_NAME_INDEX);
  return changed;
}
