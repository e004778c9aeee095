import { foldName } from '../../domain/fold-name';
import { newId } from '../../ids';
import { categoryNameTaken } from '../shared';
import type { Store } from '../types';
import { toCategory } from './mappers';
import type { Collections } from './models';
import type { CategoryDoc } from './documents';
import { beforeCursor, conflictAs, pageBounds, toPage } from './query-helpers';

type CategoryMethods = Pick<
  Store,
  | 'createCategory'
  | 'getCategory'
  | 'listCategories'
  | 'updateCategory'
  | 'categoryUsage'
  | 'deleteCategory'
>;

/** Marketing categories; names are unique per tenant by foldName (a unique index on nameKey). */
export function createCategoryRepo(cols: Collections): CategoryMethods {
  const { categories, optOuts, tasks } = cols;

  return {
    async createCategory(tenantId, input, now) {
      const doc: CategoryDoc = {
        _id: newId(now.getTime()),
        tenantId,
        name: input.name,
        nameKey: foldName(input.name),
        unsubscribeDays: input.unsubscribeDays,
        description: input.description,
        keywords: [...input.keywords],
        createdAt: now,
        updatedAt: now,
      };
      await conflictAs(categoryNameTaken(input.name), () => categories.insertOne(doc));
      return toCategory(doc);
    },

    async getCategory(tenantId, id) {
      const doc = await categories.findOne({ _id: id, tenantId });
      return doc ? toCategory(doc) : null;
    },

    async listCategories(tenantId, page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await categories
        .find({ tenantId, ...beforeCursor(cursor) })
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toCategory);
    },

    async updateCategory(tenantId, id, patch, now) {
      const set: Partial<CategoryDoc> = { updatedAt: now };
      if (patch.name !== undefined) {
        set.name = patch.name;
        set.nameKey = foldName(patch.name);
      }
      if (patch.unsubscribeDays !== undefined) set.unsubscribeDays = patch.unsubscribeDays;
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.keywords !== undefined) set.keywords = [...patch.keywords];
      const doc = await conflictAs(categoryNameTaken(patch.name ?? ''), () =>
        categories.findOneAndUpdate(
          { _id: id, tenantId },
          { $set: set },
          { returnDocument: 'after' },
        ),
      );
      return doc ? toCategory(doc) : null;
    },

    async categoryUsage(tenantId, id) {
      const [optOutCount, taskCount] = await Promise.all([
        optOuts.countDocuments({ tenantId, scopeKey: id }),
        tasks.countDocuments({ tenantId, categoryId: id }),
      ]);
      return { optOuts: optOutCount, tasks: taskCount };
    },

    async deleteCategory(tenantId, id) {
      const result = await categories.deleteOne({ _id: id, tenantId });
      return result.deletedCount > 0;
    },
  };
}
