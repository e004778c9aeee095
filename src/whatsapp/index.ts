/** The WhatsApp edge: webhook parsing and signatures, message builders, the client, the sandbox. */
export type * from './types';
export type * from './webhook-types';
export type * from './webhook-events';
export { sign, verifySignature } from './signature';
export { parseWebhook } from './parse-webhook';
export { recipientAddress, textMessage, buttonsMessage, templateMessage } from './messages';
export type { ButtonSpec, TemplateSpec, TextOptions } from './messages';
export { validateOutbound, outboundMessageSchema, templateParamProblem } from './message-schema';
export { AmbiguousSendError, CloudApiError, classifyErrorCode } from './errors';
export type { CloudApiErrorFields, ErrorAction } from './errors';
export { createCloudApiClient } from './cloud-api-client';
export type { CloudApiClientOptions } from './cloud-api-client';
export { createRateLimiter } from './rate-limiter';
export type { RateLimiter, RateLimiterOptions } from './rate-limiter';
export * from './sandbox';
