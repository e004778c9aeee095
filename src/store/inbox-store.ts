export interface InboxEntry {
  id: string;
  body: string;
  receivedAt: Date;
  attempts: number;
}

/** The webhook inbox: bodies stored durably before the 200, then claimed and completed. */
export interface InboxStore {
  /** Stores the bodies durably (fsync'd) in one transaction; resolves with their ids in order. */
  appendInbox(entries: { body: string; receivedAt: Date }[]): Promise<string[]>;
  /**
   * Claims up to `limit` unprocessed entries (or ones whose claim is older than leaseMs), oldest
   * first. Like completeInbox, a `deferred` write (see durability.ts).
   */
  claimInbox(owner: string, limit: number, leaseMs: number, now: Date): Promise<InboxEntry[]>;
  /** A `deferred` write (see durability.ts). */
  completeInbox(
    id: string,
    outcome: 'processed' | 'failed',
    error: string | null,
    now: Date,
  ): Promise<void>;
  inboxBacklog(): Promise<{ pending: number; oldestReceivedAt: Date | null }>;
}
