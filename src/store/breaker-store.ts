/**
 * What the task breakers read (domain/opt-out-breaker.ts, domain/error-burst.ts): a task's most
 * recent sends and its failures by code, each through an index, so a check costs the window's
 * size (at most a few thousand index entries), never the task's.
 */

/** One send of a task: when it left, whether it reached the recipient, whether they opted out. */
export interface RecentSend {
  sentAt: Date;
  /** Delivered or read. */
  reached: boolean;
  /** When an opt-out attributed to this send was recorded (any source), or null. */
  optedOutAt: Date | null;
  /** The error Meta reported for it (131050 on a status: Meta's opt-out), or null. */
  errorCode: number | null;
}

export interface BreakerStore {
  /**
   * A window of the task's sends (messages Meta accepted, by sentAt), newest first: the `limit`
   * sends up to and including `upTo` (null: the task's latest sends); when fewer than `limit`
   * were sent by `upTo`, the task's first `limit` sends instead (a block of `limit` that still
   * holds the send at `upTo`). Another tenant's task gives [].
   */
  recentSends(
    tenantId: string,
    taskId: string,
    limit: number,
    upTo: Date | null,
  ): Promise<RecentSend[]>;
  /**
   * For the error-burst guard: the task's sends since `since`, its recipients that failed with
   * `code` since `since` (failedAt: in the send response or a failed status), and how many of
   * those failed in the send response (no message id, so not among the sends).
   */
  errorBurstCounts(
    tenantId: string,
    taskId: string,
    code: number,
    since: Date,
  ): Promise<{ sends: number; failed: number; failedUnsent: number }>;
}
