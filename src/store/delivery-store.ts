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
  /** Who Meta says received it (kept with the status when it is parked). */
  recipientId?: string | null;
  recipientUserId?: string | null;
}

/**
 * A status for a message id no task message of its tenant had when it came: Meta's webhook can
 * beat the send's own HTTP response. Kept until the send records that id (then applied with the
 * usual rules) or until the retention passes.
 */
export interface ParkedStatus {
  tenantId: string;
  messageId: string;
  status: DeliveryState;
  at: Date;
  errors: { code: number; title: string; details: string | null }[];
  recipientId: string | null;
  recipientUserId: string | null;
}

/**
 * What became of one item: applied to a task message, a duplicate, or no such task message (then
 * parked, in the same write, like parkStatus).
 */
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
  /**
   * Applies a delivery status by message id, monotonically (sent < delivered < read; failed is
   * final), to `tenantId`'s task message only. Returns the task message with that id, whichever
   * tenant's (another tenant's untouched: the caller tells "not mine" from "not recorded yet").
   */
  applyStatus(tenantId: string, update: StatusUpdate): Promise<TaskMessageRef | null>;
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
  /**
   * Keeps a status whose message id no task message of its tenant has yet: one per tenant,
   * message id and status (a repeat is ignored). `now` is when it was parked (for pruning).
   */
  parkStatus(status: ParkedStatus, now: Date): Promise<void>;
  /**
   * Removes and returns the parked statuses of these message ids that a task message of the
   * same tenant now has, oldest `at` first. Each is returned once, to one caller, however many
   * instances ask at once; the others stay parked.
   */
  takeParkedStatuses(messageIds: string[]): Promise<ParkedStatus[]>;
  /**
   * The message ids of the `limit` statuses parked longest before `before` (oldest first, each
   * id once): what pruning looks at, and first tries to take (a send recorded by a process that
   * died before it handed its wamids over).
   */
  parkedMessageIds(before: Date, limit: number): Promise<string[]>;
  /** Deletes the statuses of these message ids parked before `before`; how many. */
  pruneParkedStatuses(messageIds: string[], before: Date): Promise<number>;
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
