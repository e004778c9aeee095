/** The response shapes the demo reads (a subset of what GET /openapi.json documents). */
import type { OutboundMessage } from '../../src/whatsapp/types';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface OptOutView {
  id: string;
  contact: string;
  categoryId: string | null;
  startsAt: string;
  expiresAt: string | null;
  source: string;
  origin: string;
  remarks: string | null;
  active: boolean;
  revokedAt: string | null;
  evidence: { text?: string; intent?: string; certainty?: string; language?: string } | null;
}

export interface TaskView {
  id: string;
  name: string;
  status: string;
  reason: string | null;
  stats?: Record<string, number>;
}

export interface RecipientView {
  id: string;
  contact: string;
  status: string;
  messageId: string | null;
  suppressedBy: string | null;
  lastReply: string | null;
  optedOutAt: string | null;
  /** Set by the status webhooks the sandbox echoes back (SANDBOX_STATUS_ECHO=1). */
  deliveredAt: string | null;
  readAt: string | null;
}

export interface ReplyView {
  contact: string;
  text: string;
  messageId: string;
}

export interface SandboxMessage {
  id: string;
  to: string;
  type: string;
  body: OutboundMessage;
  at: string;
}

export interface InboundResult {
  delivered: number;
  messageId: string | null;
}
