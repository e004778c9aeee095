/**
 * The inbox's two lanes. `priority`: anything a customer (or Meta on the customer's behalf) said:
 * messages, user_preferences, failed statuses (131050 is Meta's marketing stop), errors, and any
 * delivery that cannot be told apart. `status`: deliveries made only of routine receipts (sent,
 * delivered, read), which a campaign brings back by the thousand per second. The processor
 * drains `priority` first, so a campaign's own receipts never delay a STOP.
 */
export type InboxLane = 'priority' | 'status';

export interface InboxEntry {
  id: string;
  body: string;
  receivedAt: Date;
  attempts: number;
  lane: InboxLane;
}

export interface InboxBacklogFigures {
  pending: number;
  oldestReceivedAt: Date | null;
}

/** Unprocessed deliveries in all, and per lane. */
export type InboxBacklog = InboxBacklogFigures & { lanes: Record<InboxLane, InboxBacklogFigures> };

/** The webhook inbox: bodies stored durably before the 200, then claimed and completed. */
export interface InboxStore {
  /**
   * Stores the bodies durably (fsync'd) in one transaction; resolves with their ids in order.
   * An entry without a lane goes to `priority` (never behind receipts when in doubt).
   */
  appendInbox(entries: { body: string; receivedAt: Date; lane?: InboxLane }[]): Promise<string[]>;
  /**
   * Claims up to `limit` unprocessed entries (or ones whose claim is older than leaseMs), oldest
   * first, of one lane (or of both when `lane` is left out). Like completeInbox, a `deferred`
   * write (see durability.ts).
   */
  claimInbox(
    owner: string,
    limit: number,
    leaseMs: number,
    now: Date,
    lane?: InboxLane,
  ): Promise<InboxEntry[]>;
  /** A `deferred` write (see durability.ts). */
  completeInbox(
    id: string,
    outcome: 'processed' | 'failed',
    error: string | null,
    now: Date,
  ): Promise<void>;
  /** Marks these entries processed in one write (a batch of statuses). `deferred`. */
  completeInboxEntries(ids: string[], now: Date): Promise<void>;
  inboxBacklog(): Promise<InboxBacklog>;
  /**
   * Notes that priority entry `id` (received at `receivedAt`) held events for these
   * phone_number_ids, which no tenant had when it was processed: requeueInbox finds it by
   * number when one gains them. Rare (only such entries); durable.
   */
  noteUnclaimedInbox(id: string, phoneNumberIds: string[], receivedAt: Date): Promise<void>;
  /**
   * Puts back to pending the completed `priority` entries received at or after `since` that
   * were noted for `phoneNumberId` (noteUnclaimedInbox), so the inbox processes them again;
   * returns how many. Found by index (the number, then the time), never by reading bodies; the
   * notes are then forgotten (an entry still unclaimed when processed again is noted again).
   * Re-processing is idempotent (each event is keyed).
   */
  requeueInbox(phoneNumberId: string, since: Date): Promise<number>;
  /**
   * Retention (the inbox and its event keys otherwise grow with every delivery, receipts
   * included, and keep customers' words): removes up to `limit` completed entries (processed or
   * failed, never pending) received before `before`, oldest first, with their unclaimed-number
   * notes, and up to `limit` event keys (claimOnce) claimed before it. Bounded by index on both
   * stores. Resolves with how many of each went.
   */
  pruneInbox(before: Date, limit: number): Promise<{ entries: number; keys: number }>;
}
