export interface PendingQuestion {
  kind: 'confirm_opt_out';
  categoryId: string | null;
  taskId: string | null;
  /** The inbound message we asked about. */
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
