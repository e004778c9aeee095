import type { Store } from '../types';
import { createBreakerRepo } from './breaker-repo';
import { createAudienceQuery } from './audience-query';
import { createCategoryRepo } from './category-repo';
import { createConsentRepo } from './consent-repo';
import { createContactDataRepo } from './contact-data-repo';
import { createConversationRepo } from './conversation-repo';
import { createCoordinationRepo } from './coordination-repo';
import { createDeliveryRepo } from './delivery-repo';
import { createParkedStatusRepo } from './parked-status-repo';
import { createStatusBatchRepo } from './status-batch-repo';
import { createIdentityRepo } from './identity-repo';
import { createImportRepo } from './import-repo';
import { createInboxRepo } from './inbox-repo';
import { openMongoStore, type MongoStoreOptions } from './open-mongo-store';
import { createOptOutQuery } from './opt-out-query';
import { createOptOutRepo } from './opt-out-repo';
import { createRecipientRepo } from './recipient-repo';
import { createSignalRepo } from './signal-repo';
import { createEventRepo } from './event-repo';
import { createOutboxWriter } from './outbox-writer';
import { createTaskRepo } from './task-repo';
import { createTenantRepo } from './tenant-repo';

export type { MongoStoreOptions } from './open-mongo-store';

/**
 * The production store: MongoDB through mongoose, on its own connection, on a replica set (a
 * standalone mongod is refused: the writes that must happen together are transactions).
 * Nothing connects until `init()`, which builds nothing either: `migrateMongo()` (`npm run
 * migrate`) creates the collections and indexes, and `ping()` fails until they exist.
 */
export function createMongoStore(opts: MongoStoreOptions): Store {
  const handle = openMongoStore(opts);
  const { cols, transact } = handle;
  const optOutQuery = createOptOutQuery(cols, transact);
  // One writer of the outbox, shared by every write that causes outbound events.
  const outbox = createOutboxWriter(cols);
  return {
    kind: 'mongo',
    init: () => handle.init(),
    ping: () => handle.ping(),
    close: () => handle.close(),
    ...createTenantRepo(cols, transact),
    ...createCategoryRepo(cols),
    ...createOptOutRepo(cols, transact, outbox),
    ...optOutQuery,
    ...createIdentityRepo(cols, transact),
    ...createInboxRepo(cols),
    ...createCoordinationRepo(cols),
    ...createConversationRepo(cols),
    ...createTaskRepo(cols, transact, outbox),
    ...createRecipientRepo(cols, transact),
    ...createDeliveryRepo(cols, transact),
    ...createStatusBatchRepo(cols),
    ...createParkedStatusRepo(cols),
    ...createImportRepo(cols),
    ...createSignalRepo(cols, transact, outbox),
    ...createEventRepo(cols, outbox),
    ...createConsentRepo(cols, transact, outbox),
    ...createAudienceQuery(cols, transact),
    ...createContactDataRepo(cols, transact),
    ...createBreakerRepo(cols),
  };
}

/**
 * Creates the collections and builds every index the store declares, then closes: the release
 * phase's work (`npm run migrate`), never the app's. Safe to run again.
 */
export async function migrateMongo(opts: Omit<MongoStoreOptions, 'purpose'>): Promise<void> {
  const handle = openMongoStore({ ...opts, purpose: 'migrate' });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
}
