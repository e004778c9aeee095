import type { Channel } from '../domain/types';

/** Contact identities: the E.164 number, wa_id and BSUID seen together are one contact. */
export interface IdentityStore {
  /** Records that these identifiers are one contact (union of their groups). */
  linkIdentifiers(
    tenantId: string,
    channel: Channel,
    identifiers: string[],
    now: Date,
  ): Promise<void>;
  /**
   * linkIdentifiers for many sets at once (an import chunk), in one transaction: a bounded
   * number of round trips whatever the number of sets. Sets sharing an identifier merge.
   */
  linkIdentifierSets(
    tenantId: string,
    channel: Channel,
    sets: string[][],
    now: Date,
  ): Promise<void>;
  /** The identifiers themselves plus every identifier linked to any of them. */
  identifiersOf(tenantId: string, channel: Channel, identifiers: string[]): Promise<string[]>;
}
