import type { Store } from '../types';
import { createCategoryRepo } from './category-repo';
import { createConversationRepo } from './conversation-repo';
import { createCoordinationRepo } from './coordination-repo';
import { createDeliveryRepo } from './delivery-repo';
import { createIdentityRepo } from './identity-repo';
import { createImportRepo } from './import-repo';
import { createInboxRepo } from './inbox-repo';
import { openMongoStore, type MongoStoreOptions } from './open-mongo-store';
import { createOptOutQuery } from './opt-out-query';
import { createOptOutRepo } from './opt-out-repo';
import { createRecipientRepo } from './recipient-repo';
import { createSignalRepo } from './signal-repo';
import { createEventRepo } from './event-repo';
import { createTaskRepo } from './task-repo';
import { createTenantRepo } from './tenant-repo';

export type { MongoStoreOptions } from './open-mongo-store';

/**
 * The production store: MongoDB through mongoose, on its own connection. Nothing connects
 * until `init()`, which also builds every index the uniqueness rules depend on. Without
 * multi-document transactions (a standalone server has none), each write is atomic on its own
 * and unique indexes, compare-and-set filters and retries keep the same rules as SQLite.
 */
export function createMongoStore(opts: MongoStoreOptions): Store {
  const handle = openMongoStore(opts);
  const { cols } = handle;
  return {
    kind: 'mongo',
    init: () => handle.init(),
    ping: () => handle.ping(),
    close: () => handle.close(),
    ...createTenantRepo(cols),
    ...createCategoryRepo(cols),
    ...createOptOutRepo(cols),
    ...createOptOutQuery(cols),
    ...createIdentityRepo(cols),
    ...createInboxRepo(cols),
    ...createCoordinationRepo(cols),
    ...createConversationRepo(cols),
    ...createTaskRepo(cols),
    ...createRecipientRepo(cols),
    ...createDeliveryRepo(cols),
    ...createImportRepo(cols),
    ...createSignalRepo(cols),
    ...createEventRepo(cols),
  };
}
