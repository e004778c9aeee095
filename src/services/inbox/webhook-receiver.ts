import { withDeadline } from '../../deadline';
import type { ErrorCode } from '../../errors';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import { verifySignature } from '../../whatsapp/signature';
import { inboxLane } from '../../whatsapp/webhook-lane';
import type { WebhookIngest } from './webhook-ingest';

export type ReceiveResult =
  | { status: 200; body: { received: true } }
  | { status: 400 | 401 | 503; body: { error: string; code: ErrorCode } };

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * How long a delivery may wait for the store before Meta is answered 503 (it retries). The
 * store's own timeouts bound each call too; this keeps the answer well inside Meta's and
 * Heroku's limits whatever the store does (a MongoDB failover). A write that completes after
 * the 503 is harmless: Meta's retry is a duplicate, and processing is idempotent.
 */
export const WEBHOOK_STORE_DEADLINE_MS = 10_000;

/**
 * What POST /webhook does with a delivery, shared by the route and the sandbox's /inbound:
 * verify the signature over the exact bytes, require a JSON object, store durably, then 200.
 * The parse it does anyway files the delivery in its inbox lane (customer words or receipts).
 */
export function createWebhookReceiver(deps: {
  appSecrets: string[];
  ingest: WebhookIngest;
  metrics: Metrics;
  log: Logger;
  storeDeadlineMs?: number;
}) {
  const { appSecrets, ingest, metrics, log } = deps;
  const deadlineMs = deps.storeDeadlineMs ?? WEBHOOK_STORE_DEADLINE_MS;
  return async function receive(
    raw: Buffer,
    signatureHeader: string | undefined,
  ): Promise<ReceiveResult> {
    if (!verifySignature(appSecrets, raw, signatureHeader)) {
      metrics.webhookDeliveries.inc({ outcome: 'bad_signature' });
      log.warn(
        { hasHeader: signatureHeader !== undefined, bytes: raw.length },
        'webhook signature missing or wrong: if this is Meta, verify that WHATSAPP_APP_SECRET is the App Secret from App Settings > Basic',
      );
      return {
        status: 401,
        body: {
          error:
            signatureHeader === undefined
              ? 'Missing X-Hub-Signature-256: Meta signs every delivery with it; sign the raw body with HMAC-SHA256 and the App Secret ("sha256=<hex>").'
              : 'Invalid X-Hub-Signature-256: it must be "sha256=" and the HMAC-SHA256 of the exact raw body with the App Secret (WHATSAPP_APP_SECRET).',
          code: 'unauthorized',
        },
      };
    }
    const text = raw.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      metrics.webhookDeliveries.inc({ outcome: 'bad_json' });
      return {
        status: 400,
        body: {
          error: 'Malformed JSON body: a webhook delivery is one JSON object, as Meta sends it.',
          code: 'malformed_json',
        },
      };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      metrics.webhookDeliveries.inc({ outcome: 'not_object' });
      return {
        status: 400,
        body: {
          error: `The webhook body must be a JSON object ({"object": "whatsapp_business_account", "entry": [...]}); got ${describeJson(parsed)}.`,
          code: 'validation_failed',
        },
      };
    }
    try {
      await withDeadline(ingest.store(text, inboxLane(parsed)), deadlineMs, 'the store');
    } catch {
      metrics.webhookDeliveries.inc({ outcome: 'store_error' });
      return {
        status: 503,
        body: {
          error: 'Could not store the delivery; retry later (Meta retries by itself).',
          code: 'unavailable',
        },
      };
    }
    metrics.webhookDeliveries.inc({ outcome: 'stored' });
    return { status: 200, body: { received: true } };
  };
}

export type WebhookReceiver = ReturnType<typeof createWebhookReceiver>;
