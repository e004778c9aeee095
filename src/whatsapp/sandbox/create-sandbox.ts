import type { AxiosAdapter } from 'axios';
import type { Router } from 'express';
import type { Clock } from '../../clock';
import { createGraphAdapter } from './graph-adapter';
import { createSandboxRouter } from './sandbox-router';
import type { SandboxRouterDeps } from './sandbox-router';
import { createSandboxState } from './sandbox-state';
import { createTemplateRegistry, type TemplateRegistry } from './template-registry';
import type { FailureRule, MessageFilter, SandboxMessage } from './sandbox-state';

export interface SandboxOptions {
  clock: Clock;
  /** Signs simulated inbound webhooks, so they go through the real signature check. */
  appSecret: string;
  /** Makes wamids predictable in tests: the sandbox answers `wamid.${idGen()}`. */
  idGen?: () => string;
  /** Told of every message the sandbox accepts (the status echo plays Meta's receipts for it). */
  onAccepted?: (message: SandboxMessage) => void;
}

export interface Sandbox {
  /** Plug into axios (`axios.create({ adapter })`) so the real client talks to the sandbox. */
  adapter: AxiosAdapter;
  /** Messages the sandbox accepted, oldest first. */
  messages(filter?: MessageFilter): SandboxMessage[];
  /** Makes the next matching send(s) fail with a Meta error, an HTTP status or a timeout. */
  failNext(rule: FailureRule): void;
  /** Forgets messages and pending failures (of one number, when given); returns how many messages. */
  clear(filter?: { phoneNumberId?: string }): number;
  /**
   * The wa_id the sandbox answers for `input` (digits or +E.164), e.g. Brazil's number without
   * the ninth digit or Mexico's 521; null answers with no wa_id at all.
   */
  setWaId(input: string, waId: string | null): void;
  /** Message templates per account (POST /sandbox/templates registers one). */
  templates: TemplateRegistry;
  /** The /sandbox routes; the caller mounts them behind its admin auth. */
  router(deps: SandboxRouterDeps): Router;
}

/**
 * A stand-in for the Graph API that lives inside the service: `npm start` works without a Meta
 * account, and tests and benchmarks send through the real client. It checks bodies with our
 * validator (itself checked against Meta's OpenAPI description), never instead of it.
 */
export function createSandbox(opts: SandboxOptions): Sandbox {
  const state = createSandboxState(opts.clock, opts.idGen, opts.onAccepted);
  const templates = createTemplateRegistry();
  return {
    adapter: createGraphAdapter(state, templates),
    templates,
    messages: (filter) => state.list(filter),
    failNext: (rule) => state.addFailure(rule),
    clear: (filter) => state.clear(filter),
    setWaId: (input, waId) => state.setWaId(input, waId),
    router: (deps) =>
      createSandboxRouter(state, { clock: opts.clock, appSecret: opts.appSecret, templates }, deps),
  };
}
