import type { Clock } from '../../clock';
import { ValidationError } from '../../errors';
import { newId } from '../../ids';
import type { OutboundMessage } from '../types';

export interface SandboxMessage {
  /** The wamid the sandbox answered with. */
  id: string;
  /** `to` exactly as sent. */
  to: string;
  /** The wa_id the sandbox answered with (null for a BSUID, or when set so). */
  waId: string | null;
  type: OutboundMessage['type'];
  body: OutboundMessage;
  at: Date;
  phoneNumberId: string;
  /** Accepted, but reported `failed` with this code by the status echo (an `asStatus` rule). */
  statusFailure?: number;
}

export interface FailureRule {
  /** Graph error code to answer with (e.g. 131056, 130429, 190). */
  code?: number;
  /** HTTP status; defaults to the one Meta uses with `code`, or 500 without a code. */
  httpStatus?: number;
  /** Record the message, then fail as a client-side timeout (the request "left"). */
  timeout?: boolean;
  /** How many matching sends fail (default 1). */
  count?: number;
  /** Only sends to this recipient (digits or +E.164). */
  to?: string;
  /** Only sends from this number (the router sets it for tenants). */
  phoneNumberId?: string;
  /**
   * Accept the send (200 and a wamid), then report it `failed` with `code` in a status webhook,
   * as Meta does for 131050 or 131026 (needs SANDBOX_STATUS_ECHO=1).
   */
  asStatus?: boolean;
}

export interface MessageFilter {
  to?: string;
  phoneNumberId?: string;
}

/** "+5511..." and "5511..." are the same recipient. */
export const sameRecipient = (a: string, b: string): boolean =>
  a.replace(/^\+/, '') === b.replace(/^\+/, '');

function checkRule(rule: FailureRule, echo: boolean): void {
  if (rule.asStatus && (rule.code === undefined || rule.httpStatus !== undefined || rule.timeout)) {
    throw new ValidationError(
      'A failure rule with asStatus: true needs a code and no httpStatus or timeout (e.g. { "code": 131050, "asStatus": true }).',
    );
  }
  if (rule.asStatus && !echo) {
    throw new ValidationError(
      'asStatus: true reports the failure in a status webhook: start the service with SANDBOX_STATUS_ECHO=1.',
    );
  }
  if (rule.code === undefined && rule.httpStatus === undefined && !rule.timeout) {
    throw new ValidationError(
      'A failure rule needs code, httpStatus or timeout: true (e.g. { "code": 131056 }).',
    );
  }
  if (rule.count !== undefined && (!Number.isInteger(rule.count) || rule.count < 1)) {
    throw new ValidationError(
      `A failure rule's count must be a positive integer, got ${rule.count}.`,
    );
  }
  if (
    rule.httpStatus !== undefined &&
    (!Number.isInteger(rule.httpStatus) || rule.httpStatus < 400 || rule.httpStatus > 599)
  ) {
    throw new ValidationError(
      `A failure rule's httpStatus must be 400-599, got ${rule.httpStatus}.`,
    );
  }
}

/** The sandbox's memory: messages it accepted, failures waiting to happen, wa_id overrides. */
export function createSandboxState(
  clock: Clock,
  idGen?: () => string,
  onAccepted?: (message: SandboxMessage) => void,
) {
  const messages: SandboxMessage[] = [];
  const rules: { rule: FailureRule; remaining: number }[] = [];
  const waIds = new Map<string, string | null>();
  // Real wamids are base64 with a fixed "HBg" header; tests may pass a predictable generator.
  const nextId =
    idGen ?? (() => 'HBgL' + Buffer.from(newId(clock.now().getTime()), 'hex').toString('base64'));
  const matches = (m: SandboxMessage, f: MessageFilter) =>
    (f.phoneNumberId === undefined || m.phoneNumberId === f.phoneNumberId) &&
    (f.to === undefined || sameRecipient(m.to, f.to));

  return {
    messageId: () => `wamid.${nextId()}`,
    traceId: () => Buffer.from(newId(clock.now().getTime()), 'hex').toString('base64url'),

    record(phoneNumberId: string, body: OutboundMessage, statusFailure?: number): SandboxMessage {
      const key = body.to.replace(/^\+/, '');
      const waId = waIds.has(key) ? (waIds.get(key) ?? null) : /^\d+$/.test(key) ? key : null;
      const message: SandboxMessage = {
        id: `wamid.${nextId()}`,
        to: body.to,
        waId,
        type: body.type,
        body,
        at: clock.now(),
        phoneNumberId,
        ...(statusFailure !== undefined ? { statusFailure } : {}),
      };
      messages.push(message);
      onAccepted?.(message);
      return message;
    },

    addFailure(rule: FailureRule): void {
      checkRule(rule, onAccepted !== undefined);
      rules.push({ rule: { ...rule }, remaining: rule.count ?? 1 });
    },

    /** The first rule matching this send, used up by one. */
    takeFailure(phoneNumberId: string, to: string): FailureRule | null {
      const i = rules.findIndex(
        ({ rule }) =>
          (rule.phoneNumberId === undefined || rule.phoneNumberId === phoneNumberId) &&
          (rule.to === undefined || sameRecipient(rule.to, to)),
      );
      const found = rules[i];
      if (!found) return null;
      found.remaining -= 1;
      if (found.remaining === 0) rules.splice(i, 1);
      return found.rule;
    },

    list(filter: MessageFilter = {}): SandboxMessage[] {
      return messages.filter((m) => matches(m, filter));
    },

    /** Forgets messages and pending failures (of one number, when given); returns how many messages. */
    clear(filter: { phoneNumberId?: string } = {}): number {
      const before = messages.length;
      const keep = messages.filter((m) => !matches(m, filter));
      messages.splice(0, messages.length, ...keep);
      const keepRules = rules.filter(
        ({ rule }) =>
          filter.phoneNumberId !== undefined && rule.phoneNumberId !== filter.phoneNumberId,
      );
      rules.splice(0, rules.length, ...keepRules);
      return before - messages.length;
    },

    setWaId(input: string, waId: string | null): void {
      waIds.set(input.replace(/^\+/, ''), waId);
    },
  };
}

export type SandboxState = ReturnType<typeof createSandboxState>;
