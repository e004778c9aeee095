import type { Category } from '../domain/types';
import type { Page, PageRequest } from './page';

export interface NewCategory {
  name: string;
  unsubscribeDays: number | null;
  description: string | null;
  keywords: string[];
}

export type CategoryPatch = Partial<NewCategory>;

/** A tenant's marketing categories (the scopes an opt-out or a task can have). */
export interface CategoryStore {
  createCategory(tenantId: string, input: NewCategory, now: Date): Promise<Category>; // same name (src/domain/fold-name.ts) → ConflictError
  getCategory(tenantId: string, id: string): Promise<Category | null>;
  listCategories(tenantId: string, page: PageRequest): Promise<Page<Category>>;
  updateCategory(
    tenantId: string,
    id: string,
    patch: CategoryPatch,
    now: Date,
  ): Promise<Category | null>;
  /** How many opt-outs and tasks refer to the category. */
  categoryUsage(tenantId: string, id: string): Promise<{ optOuts: number; tasks: number }>;
  deleteCategory(tenantId: string, id: string): Promise<boolean>;
}
