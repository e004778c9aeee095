import type { AudienceCheck } from '../../src/store/types';

/**
 * The contacts of a batch a `consented` task may send to, by a check's answer: neither
 * suppressed nor without consent. The check answers the contacts it leaves out; the tests state
 * the ones it keeps, as a reader of the ledger would.
 */
export function consentedIn(contacts: readonly string[], check: AudienceCheck): Set<string> {
  return new Set(contacts.filter((c) => !check.suppressed.has(c) && !check.noConsent.has(c)));
}
