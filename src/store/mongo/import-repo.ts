import { newId } from '../../ids';
import { staleImportError } from '../shared';
import type { Store } from '../types';
import { toImport } from './mappers';
import type { Collections } from './models';
import type { ImportDoc } from './documents';
import { plain } from './query-helpers';

type ImportMethods = Pick<
  Store,
  'createImport' | 'updateImport' | 'getImport' | 'failStaleImports'
>;

/**
 * Background import jobs (opt-out lists, task recipients), their owner and heartbeat
 * (updatedAt), and their progress. Every write is one single-document update, conditioned on
 * the state it expects, so a sweep and a late heartbeat cannot both win.
 */
export function createImportRepo(cols: Collections): ImportMethods {
  const { imports } = cols;

  return {
    async createImport(tenantId, kind, taskId, now, owner) {
      const doc: ImportDoc = {
        _id: newId(now.getTime()),
        tenantId,
        kind,
        taskId,
        owner,
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

    async updateImport(id, patch, now, owner) {
      const set: Partial<ImportDoc> = { updatedAt: now };
      if (patch.status !== undefined) set.status = patch.status;
      if (patch.processed !== undefined) set.processed = patch.processed;
      if (patch.summary !== undefined) set.summary = plain(patch.summary);
      if (patch.error !== undefined) set.error = patch.error;
      const result = await imports.updateOne({ _id: id, owner, status: 'running' }, { $set: set });
      return result.matchedCount > 0;
    },

    async getImport(tenantId, id) {
      const doc = await imports.findOne({ _id: id, tenantId });
      return doc ? toImport(doc) : null;
    },

    async failStaleImports(staleBefore, now) {
      const failed = [];
      const stale = await imports
        .find({ status: 'running', updatedAt: { $lt: staleBefore } })
        .toArray();
      for (const doc of stale) {
        // Only if still stale: its owner may have beaten since the find.
        const result = await imports.updateOne(
          { _id: doc._id, status: 'running', updatedAt: doc.updatedAt },
          { $set: { status: 'failed', error: staleImportError(doc.processed), updatedAt: now } },
        );
        if (result.modifiedCount > 0) failed.push(toImport(doc));
      }
      return failed;
    },
  };
}
