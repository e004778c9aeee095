import type { Channel, TaskReply } from '../domain/types';

/** One identifier of the contact to erase, and the keyed hash that replaces it. */
export interface ErasedIdentifier {
  identifier: string;
  /** `erased:<keyed hash>`: what suppression keys from now on. */
  key: string;
}

export interface EraseInput {
  tenantId: string;
  channel: Channel;
  identifiers: ErasedIdentifier[];
  actor: string;
  /**
   * The tenant's sending number id: stored webhook bodies (the inbox keeps no tenant) are erased
   * only when they name both the contact and this number, so one tenant never erases another's.
   * Null: none are touched.
   */
  phoneNumberId: string | null;
}

/** What an erasure changed, for the answer and the audit log (counts only, no data). */
export interface EraseSummary {
  optOuts: number;
  consents: number;
  recipients: number;
  replies: number;
  conversations: number;
  inboxEntries: number;
  /** Outbound events about the contact not yet delivered, or kept after delivery: removed. */
  outboundEvents: number;
}

/** A contact's data rights: everything stored about one contact, and its erasure. */
export interface ContactDataStore {
  // A contact's recipient rows in every task: RecipientStore.listContactRecipients without a limit.
  /** Every reply stored from one of these contacts, oldest first. */
  listContactReplies(tenantId: string, contacts: string[]): Promise<TaskReply[]>;
  /**
   * The stored webhook bodies (the inbox, raw JSON, oldest first) that name one of these numbers
   * (as digits, with or without "+") and the tenant's sending number: what eraseContact deletes,
   * read for the export (the caller picks the contact's own messages out of them). Found by a
   * scan of the bodies, as the erasure finds them: the inbox keeps no contact column.
   */
  listContactInbox(phoneNumberId: string, numbers: string[]): Promise<string[]>;
  /**
   * Removes the contact's personal data in one transaction: opt-outs and consents (with their
   * events), replies, conversation state, identity links, its outbound events (the outbox) and
   * the stored webhook bodies naming it go; recipient rows keep their status but lose the number, parameters and reply text. A
   * never-expiring all-marketing opt-out (source `erasure`) is kept under each identifier's
   * key, so the contact stays suppressed. SQLite then rewrites the file (VACUUM) so no freed
   * page still holds the data.
   */
  eraseContact(input: EraseInput, now: Date): Promise<EraseSummary>;
  /** The keys (of `keys`) that an erasure left behind. */
  findErasedKeys(tenantId: string, channel: Channel, keys: string[]): Promise<Set<string>>;
}
