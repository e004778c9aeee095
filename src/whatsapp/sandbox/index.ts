export { createSandbox } from './create-sandbox';
export type { Sandbox, SandboxOptions } from './create-sandbox';
export type { SandboxRouterDeps } from './sandbox-router';
export type { FailureRule, MessageFilter, SandboxMessage } from './sandbox-state';
export {
  buildInboundWebhook,
  serializeLikeMeta,
  SANDBOX_DISPLAY_NUMBER,
  SANDBOX_WABA_ID,
} from './build-inbound-webhook';
export type { InboundWebhookSpec } from './build-inbound-webhook';
export { buildStatusWebhook } from './build-status-webhook';
export type { StatusWebhookSpec } from './build-status-webhook';
export { createStatusEcho } from './status-echo';
export type { StatusEcho, StatusEchoOptions } from './status-echo';
