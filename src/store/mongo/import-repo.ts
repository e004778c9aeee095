import { newId } from '../../ids';
import type { Store } from '../types';
import { toImport } from './mappers';
import type { Collections } from './models';
import type { ImportDoc } from './documents';
import { plain } from './query-helpers';

type ImportMethods = Pick<
  Store,
  'createImport' | 'updateImport' | 'getImport' | 'failInterruptedImports'
>;

/** Background import jobs (opt-out lists, task recipients) and their progress. */
export function createImportRepo(cols: Collections): ImportMethods {
  const { imports } = cols;

  return {
    async createImport(tenantId, kind, taskId, now) {
      const doc: ImportDoc = {
        _id: newId(now.getTime()),
        tenantId,
        kind,
        taskId,
        status: 'running',
        processed: 0,
        summary: {},
        error: null,
        createdAt: now,
        updatedAt: now,
      };
      await imports.insertOne(doc);
      return toImport(doc);
    },

    async updateImport(id, patch, now) {
      const set: Partial<ImportDoc> = { updatedAt: now };
      if (patch.status !== undefined) set.status = patch.status;
      if (patch.processed !== undefined) set.processed = patch.processed;
      if (patch.summary !== undefined) set.summary = plain(patch.summary);
      if (patch.error !== undefined) set.error = patch.error;
      await imports.updateOne({ _id: id }, { $set: set });
    },

    async getImport(tenantId, id) {
      const doc = await imports.findOne({ _id: id, tenantId });
      return doc ? toImport(doc) : null;
    },

    async failInterruptedImports(now) {
      const result = await imports.updateMany(
        { status: 'running' },
        {
          $set: {
            status: 'failed',
            error: 'interrupted by a restart; run the import again',
            updatedAt: now,
          },
        },
      );
      return result.modifiedCount;
    },
  };
}
