/**
 * A tenant's marketing categories for the admin routes. A category in use (by opt-outs or tasks)
 * is not deleted: opt-outs are kept for the audit trail and still name it.
 */
import type { Clock } from '../../clock';
import type { Category } from '../../domain/types';
import { ConflictError, NotFoundError } from '../../errors';
import type {
  CategoryPatch,
  CategoryStore,
  NewCategory,
  Page,
  PageRequest,
} from '../../store/types';
import { allCategories } from '../opt-outs/opt-out-import';

export interface CategoryServiceDeps {
  store: CategoryStore;
  clock: Clock;
}

export type CategoryService = ReturnType<typeof createCategoryService>;

export function createCategoryService(deps: CategoryServiceDeps) {
  const { store, clock } = deps;
  const notFound = (id: string) =>
    new NotFoundError(`No category ${id}: list them with GET /admin/categories.`);

  async function get(tenantId: string, id: string): Promise<Category> {
    const category = await store.getCategory(tenantId, id);
    if (!category) throw notFound(id);
    return category;
  }

  return {
    get,

    /** The same name (in any case) as another category of the tenant → ConflictError. */
    create(tenantId: string, input: NewCategory): Promise<Category> {
      return store.createCategory(tenantId, input, clock.now());
    },

    list(tenantId: string, page: PageRequest): Promise<Page<Category>> {
      return store.listCategories(tenantId, page);
    },

    /** Every category of the tenant, all pages. */
    all(tenantId: string): Promise<Category[]> {
      return allCategories(store, tenantId);
    },

    async update(tenantId: string, id: string, patch: CategoryPatch): Promise<Category> {
      const updated = await store.updateCategory(tenantId, id, patch, clock.now());
      if (!updated) throw notFound(id);
      return updated;
    },

    async remove(tenantId: string, id: string): Promise<void> {
      const category = await get(tenantId, id);
      const usage = await store.categoryUsage(tenantId, category.id);
      if (usage.optOuts > 0 || usage.tasks > 0) {
        const uses = [
          usage.optOuts > 0 ? `${usage.optOuts} opt-out${usage.optOuts === 1 ? '' : 's'}` : null,
          usage.tasks > 0 ? `${usage.tasks} task${usage.tasks === 1 ? '' : 's'}` : null,
        ].filter(Boolean);
        throw new ConflictError(
          `Category "${category.name}" is used by ${uses.join(' and ')}: it cannot be deleted while they refer to it (opt-outs are kept for the audit trail).`,
        );
      }
      await store.deleteCategory(tenantId, category.id);
    },
  };
}
