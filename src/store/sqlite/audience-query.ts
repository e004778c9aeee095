import type { ConsentStore } from '../types';
import { createConsentedQuery } from './consent-repo';
import type { Db } from './sql-helpers';
import type { SyncSuppressionIds } from './suppression-query';

/**
 * The dispatcher's check for a `consented` task: the suppression check and the consent check in
 * ONE read transaction on the suppression reader, so both answers come from one snapshot of the
 * database (an opt-out and a withdrawal committed together are seen together, or not at all).
 * The batch is not split with the suppression worker here: that thread reads its own snapshot.
 */
export function createAudienceQuery(
  reader: Db,
  readSuppressionIds: SyncSuppressionIds,
): Pick<ConsentStore, 'checkAudience'> {
  const consented = createConsentedQuery(reader);
  const check = reader.transaction(
    (
      tenantId: string,
      channel: string,
      contacts: string[],
      categoryId: string | null,
      now: Date,
    ) => {
      const suppressed = readSuppressionIds(tenantId, channel, contacts, categoryId, now);
      // Only the contacts not suppressed need a consent: a suppressed one is never sent anyway.
      const rest = contacts.filter((c) => !suppressed.has(c));
      return { suppressed, consented: consented(tenantId, channel, rest, categoryId) };
    },
  );
  return {
    async checkAudience(tenantId, channel, contacts, categoryId, now) {
      if (contacts.length === 0) return { suppressed: new Map(), consented: new Set() };
      return check(tenantId, channel, contacts, categoryId, now);
    },
  };
}
