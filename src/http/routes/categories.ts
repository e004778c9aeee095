import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import type { Category } from '../../domain/types';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { categoryView } from './category-views';
import { parseInput, requireObjectBody } from '../validate';
import { pageQuerySchema } from './page-query';
import { unsubscribeDays } from './settings-schema';

const fields = {
  name: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters'),
  unsubscribeDays,
  description: z
    .string('must be a string or null')
    .max(500, 'must be at most 500 characters')
    .nullable(),
  keywords: z
    .array(
      z
        .string('must be strings')
        .trim()
        .min(1, 'must not be empty')
        .max(100, 'must be at most 100 characters'),
      'must be an array of strings',
    )
    .max(20, 'at most 20 keywords'),
};

export const createSchema = z.strictObject({
  name: fields.name,
  unsubscribeDays: fields.unsubscribeDays,
  description: fields.description.optional(),
  keywords: fields.keywords.optional(),
});

export const patchSchema = z.strictObject({
  name: fields.name.optional(),
  unsubscribeDays: fields.unsubscribeDays.optional(),
  description: fields.description.optional(),
  keywords: fields.keywords.optional(),
});

/** Marketing categories: each carries how long an opt-out from it lasts (unsubscribeDays). */
export function createCategoriesRouter(deps: AppDeps): Router {
  const router = Router();
  const { store, clock } = deps;

  async function find(tenantId: string, id: string): Promise<Category> {
    const category = await store.getCategory(tenantId, id);
    if (!category)
      throw new NotFoundError(`No category ${id}: list them with GET /admin/categories.`);
    return category;
  }

  router.post('/categories', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(createSchema, requireObjectBody(req.body));
    const category = await store.createCategory(
      tenant.id,
      {
        name: input.name,
        unsubscribeDays: input.unsubscribeDays,
        description: input.description ?? null,
        keywords: input.keywords ?? [],
      },
      clock.now(),
    );
    res.status(201).json(categoryView(category));
  });

  router.get('/categories', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const page = parseInput(pageQuerySchema, req.query, 'query');
    const result = await store.listCategories(tenant.id, page);
    res.json({ items: result.items.map(categoryView), nextCursor: result.nextCursor });
  });

  router.get('/categories/:id', async (req, res) => {
    res.json(categoryView(await find(tenantAuth(res).tenant.id, req.params.id)));
  });

  router.patch('/categories/:id', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(patchSchema, requireObjectBody(req.body));
    if (Object.keys(input).length === 0) {
      throw new ValidationError(
        'Nothing to change: send name, unsubscribeDays, description or keywords.',
      );
    }
    const updated = await store.updateCategory(tenant.id, req.params.id, input, clock.now());
    if (!updated)
      throw new NotFoundError(
        `No category ${req.params.id}: list them with GET /admin/categories.`,
      );
    res.json(categoryView(updated));
  });

  router.delete('/categories/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const category = await find(tenant.id, req.params.id);
    const usage = await store.categoryUsage(tenant.id, category.id);
    if (usage.optOuts > 0 || usage.tasks > 0) {
      const uses = [
        usage.optOuts > 0 ? `${usage.optOuts} opt-out${usage.optOuts === 1 ? '' : 's'}` : null,
        usage.tasks > 0 ? `${usage.tasks} task${usage.tasks === 1 ? '' : 's'}` : null,
      ].filter(Boolean);
      throw new ConflictError(
        `Category "${category.name}" is used by ${uses.join(' and ')}: it cannot be deleted while they refer to it (opt-outs are kept for the audit trail).`,
      );
    }
    await store.deleteCategory(tenant.id, category.id);
    res.status(204).end();
  });

  return router;
}
