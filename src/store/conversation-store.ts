/**
 * The question a conversation waits on, so a typed answer ("yes", "sim", "no") can answer it:
 * - `confirm_opt_out`: "did you mean stop?", about the inbound message `messageId`;
 * - `consent`: the double opt-in question, sent as the message `messageId` (its wamid).
 */
export interface PendingQuestion {
  kind: 'confirm_opt_out' | 'consent';
  categoryId: string | null;
  taskId: string | null;
  messageId: string;
  askedAt: Date;
}

export interface Conversation {
  tenantId: string;
  contact: string;
  pending: PendingQuestion | null;
  lastInboundAt: Date | null;
  language: string | null;
}

/** Per-contact conversation state: the pending question, the last inbound, the language. */
export interface ConversationStore {
  getConversation(tenantId: string, contact: string): Promise<Conversation | null>;
  /** Upsert; `pending: undefined` keeps the stored value. A `deferred` write (see durability.ts). */
  saveConversation(
    tenantId: string,
    contact: string,
    patch: { pending?: PendingQuestion | null; lastInboundAt?: Date; language?: string | null },
    now: Date,
  ): Promise<void>;
}
