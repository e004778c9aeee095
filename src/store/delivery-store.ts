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
