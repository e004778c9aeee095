import type { TaskReply } from '../domain/types';
import type { Page, PageRequest } from './page';

export type DeliveryState = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusUpdate {
  messageId: string;
  status: DeliveryState;
  at: Date;
  errorCode: number | null;
  errorTitle: string | null;
  /**
   * With a `failed` status: the opt-out it revealed (Meta's 131050). The recipient then ends
   * `suppressed` by it rather than `failed` (final either way).
   */
  suppressedBy?: string | null;
}

/** One routine status of a batch (see applyStatusBatch). */
export interface StatusBatchItem {
  /** Only this tenant's task message moves: a status never touches another tenant's row. */
  tenantId: string;
  /** The event's idempotency key: an item whose key is recorded already is a duplicate. */
  key: string;
  update: StatusUpdate;
}

/** What became of one item: applied to a task message, a duplicate, or no such task message. */
export type StatusBatchOutcome =
  | { outcome: 'applied'; recipientId: string; taskId: string; contact: string }
  | { outcome: 'duplicate' }
  | { outcome: 'unknown_message' };

export interface TaskMessageRef {
  tenantId: string;
  taskId: string;
  categoryId: string | null;
  recipientId: string;
  contact: string;
  messageId: string;
  sentAt: Date;
}

/** What happened after a send: delivery statuses by message id, opt-outs after it, replies. */
export interface DeliveryStore {
  /** Applies a delivery status by message id, monotonically (sent < delivered < read; failed is final). */
  applyStatus(update: StatusUpdate): Promise<TaskMessageRef | null>;
  /**
   * Applies routine statuses in one go, each like applyStatus (monotonic, by message id) but
   * only to its tenant's task message, and each at most once: its idempotency key is recorded
   * with it (a key recorded already, or twice in the batch, makes the item a duplicate).
   * Outcomes in the items' order. SQLite: one transaction; MongoDB: a fixed number of round
   * trips whatever the batch's size. A `deferred` write (see durability.ts): the inbox holds the
   * statuses until their entries are completed.
   */
  applyStatusBatch(items: StatusBatchItem[], now: Date): Promise<StatusBatchOutcome[]>;
  findTaskMessage(messageId: string): Promise<TaskMessageRef | null>;
  /** The most recent task message sent to any of these identifiers since `since`. */
  latestTaskMessageTo(
    tenantId: string,
    contacts: string[],
    since: Date,
  ): Promise<TaskMessageRef | null>;
  markOptedOutAfter(recipientId: string, at: Date): Promise<void>;
  /** Records a non-opt-out reply (unique per message id) and sets the recipient's lastReply. */
  recordReply(reply: Omit<TaskReply, 'id'>): Promise<boolean>;
  listReplies(tenantId: string, taskId: string, page: PageRequest): Promise<Page<TaskReply>>;
}
