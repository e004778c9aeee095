import { NotFoundError } from '../../errors';
import { newId } from '../../ids';
import { phoneTaken } from '../shared';
import type { Store } from '../types';
import { toTenant } from './mappers';
import type { Collections } from './models';
import type { TenantDoc } from './documents';
import { beforeCursor, conflictAs, pageBounds, plain, toPage } from './query-helpers';
import type { Transact } from './transactions';

type TenantMethods = Pick<
  Store,
  | 'createTenant'
  | 'getTenant'
  | 'findTenantByPhoneNumberId'
  | 'listTenantsByWabaId'
  | 'listTenants'
  | 'updateTenant'
  | 'addApiKey'
  | 'findTenantIdByApiKeyHash'
  | 'lastApiKeyRevocation'
>;

/** Tenants and their API keys (stored as hashes only; the hash is the key document's _id). */
export function createTenantRepo(cols: Collections, transact: Transact): TenantMethods {
  const { tenants, apiKeys } = cols;

  return {
    async createTenant(input, now) {
      const doc: TenantDoc = {
        _id: newId(now.getTime()),
        name: input.name,
        phoneNumberId: input.phoneNumberId,
        wabaId: input.wabaId ?? null,
        accessTokenEnc: input.accessTokenEnc,
        settings: plain(input.settings),
        createdAt: now,
        updatedAt: now,
      };
      await conflictAs(phoneTaken(input.phoneNumberId), () => tenants.insertOne(doc));
      return toTenant(doc);
    },

    async getTenant(id) {
      const doc = await tenants.findOne({ _id: id });
      return doc ? toTenant(doc) : null;
    },

    async findTenantByPhoneNumberId(phoneNumberId) {
      // $type repeats the partial index's filter, so the planner can use that index.
      const doc = await tenants.findOne({ phoneNumberId: { $eq: phoneNumberId, $type: 'string' } });
      return doc ? toTenant(doc) : null;
    },

    async listTenantsByWabaId(wabaId) {
      const docs = await tenants.find({ wabaId }).sort({ _id: 1 }).toArray();
      return docs.map(toTenant);
    },

    async listTenants(page) {
      const { limit, cursor } = pageBounds(page);
      const docs = await tenants
        .find(beforeCursor(cursor))
        .sort({ _id: -1 })
        .limit(limit + 1)
        .toArray();
      return toPage(docs, limit, toTenant);
    },

    async updateTenant(id, patch, now) {
      const set: Partial<TenantDoc> = { updatedAt: now };
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.phoneNumberId !== undefined) set.phoneNumberId = patch.phoneNumberId;
      if (patch.wabaId !== undefined) set.wabaId = patch.wabaId;
      if (patch.accessTokenEnc !== undefined) set.accessTokenEnc = patch.accessTokenEnc;
      if (patch.settings !== undefined) set.settings = plain(patch.settings);
      const doc = await conflictAs(phoneTaken(patch.phoneNumberId), () =>
        tenants.findOneAndUpdate({ _id: id }, { $set: set }, { returnDocument: 'after' }),
      );
      return doc ? toTenant(doc) : null;
    },

    // One transaction: the new key and the revocation of the old ones happen together or not
    // at all (a failure between them used to leave the old keys valid while the caller got a
    // 500). The tenant is read inside it, so a key is never added to a tenant that is not there.
    async addApiKey(tenantId, keyHash, prefix, revokeOthers, now) {
      await conflictAs('this API key is already registered; generate a new key', () =>
        transact(async (session) => {
          const tenant = await tenants.findOne(
            { _id: tenantId },
            { projection: { _id: 1 }, session },
          );
          if (!tenant)
            throw new NotFoundError(`tenant ${tenantId} not found; create the tenant first`);
          await apiKeys.insertOne(
            { _id: keyHash, tenantId, prefix, createdAt: now, revokedAt: null },
            { session },
          );
          if (revokeOthers) {
            await apiKeys.updateMany(
              { tenantId, revokedAt: null, _id: { $ne: keyHash } },
              { $set: { revokedAt: now } },
              { session },
            );
          }
        }),
      );
    },

    async findTenantIdByApiKeyHash(keyHash) {
      const doc = await apiKeys.findOne({ _id: keyHash, revokedAt: null });
      return doc?.tenantId ?? null;
    },

    // The { tenantId: 1 } index narrows it to the tenant's few keys.
    async lastApiKeyRevocation(tenantId) {
      const doc = await apiKeys.findOne(
        { tenantId, revokedAt: { $ne: null } },
        { sort: { revokedAt: -1 }, projection: { revokedAt: 1 } },
      );
      return doc?.revokedAt ?? null;
    },
  };
}
