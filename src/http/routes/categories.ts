import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { ValidationError } from '../../errors';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { categoryView } from './category-views';
import { parseInput, plainLabel, requireObjectBody } from '../validate';
import { pageQuerySchema } from './page-query';
import { unsubscribeDays } from './settings-schema';

const fields = {
  name: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .refine(...plainLabel),
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
  const categories = deps.services.categories;

  router.post('/categories', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(createSchema, requireObjectBody(req.body));
    const category = await categories.create(tenant.id, {
      name: input.name,
      unsubscribeDays: input.unsubscribeDays,
      description: input.description ?? null,
      keywords: input.keywords ?? [],
    });
    res.status(201).json(categoryView(category));
  });

  router.get('/categories', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const page = parseInput(pageQuerySchema, req.query, 'query');
    const result = await categories.list(tenant.id, page);
    res.json({ items: result.items.map(categoryView), nextCursor: result.nextCursor });
  });

  router.get('/categories/:id', async (req, res) => {
    res.json(categoryView(await categories.get(tenantAuth(res).tenant.id, req.params.id)));
  });

  router.patch('/categories/:id', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(patchSchema, requireObjectBody(req.body));
    if (Object.keys(input).length === 0) {
      throw new ValidationError(
        'Nothing to change: send name, unsubscribeDays, description or keywords.',
      );
    }
    res.json(categoryView(await categories.update(tenant.id, req.params.id, input)));
  });

  router.delete('/categories/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    await categories.remove(tenant.id, req.params.id);
    res.status(204).end();
  });

  return router;
}
