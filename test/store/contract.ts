/**
 * The store contract: every backend (SQLite, MongoDB) must pass these same tests. They speak
 * only the Store interface, never SQL or Mongo, and pin time with fixed dates.
 */
import type { Store } from '../../src/store/types';
import { breakerContract } from './contract/breakers';
import { categoryContract } from './contract/categories';
import { consentContract } from './contract/consents';
import { contactDataContract } from './contract/contact-data';
import { contactRecipientContract } from './contract/contact-recipients';
import { deliveryContract } from './contract/deliveries';
import { inboxContract } from './contract/inbox';
import { leaseAndImportContract } from './contract/leases-and-imports';
import { optOutListContract } from './contract/opt-out-lists';
import { optOutRevocationContract } from './contract/opt-out-revocations';
import { optOutUpsertContract } from './contract/opt-out-upserts';
import { pacingContract } from './contract/pacing';
import { parkedStatusContract } from './contract/parked-statuses';
import { recipientContract } from './contract/recipients';
import { sendContract } from './contract/sends';
import { signalContract } from './contract/signals';
import { eventContract } from './contract/events';
import { outboxWriteContract } from './contract/outbox-writes';
import { suppressionLinkContract } from './contract/suppression-links';
import { suppressionContract } from './contract/suppressions';
import { taskContract } from './contract/tasks';
import { tenantContract } from './contract/tenants';

/** Registers the whole contract; `open` must return a fresh, empty store each time. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('opens, answers a ping and names its kind', async () => {
      const store = await open();
      await store.init();
      await store.init();
      await expect(store.ping()).resolves.toBeUndefined();
      expect(['sqlite', 'mongo']).toContain(store.kind);
      await store.close();
      await store.close();
    });
    tenantContract(open);
    categoryContract(open);
    optOutUpsertContract(open);
    optOutRevocationContract(open);
    optOutListContract(open);
    suppressionContract(open);
    suppressionLinkContract(open);
    inboxContract(open);
    taskContract(open);
    recipientContract(open);
    contactRecipientContract(open);
    sendContract(open);
    deliveryContract(open);
    leaseAndImportContract(open);
    consentContract(open);
    contactDataContract(open);
    signalContract(open);
    eventContract(open);
    breakerContract(open);
    outboxWriteContract(open);
    pacingContract(open);
    parkedStatusContract(open);
  });
}
