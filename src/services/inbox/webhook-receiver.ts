import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import { verifySignature } from '../../whatsapp/signature';
import type { WebhookIngest } from './webhook-ingest';

export interface ReceiveResult {
  status: 200 | 400 | 401 | 503;
  body: unknown;
}

/**
 * What POST /webhook does with a delivery, shared by the route and the sandbox's /inbound:
 * verify the signature over the exact bytes, require a JSON object, store durably, then 200.
 */
export function createWebhookReceiver(deps: {
  appSecrets: string[];
  ingest: WebhookIngest;
  metrics: Metrics;
  log: Logger;
}) {
  const { appSecrets, ingest, metrics, log } = deps;
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
      return { status: 401, body: { error: 'Invalid or missing X-Hub-Signature-256.' } };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      metrics.webhookDeliveries.inc({ outcome: 'bad_json' });
      return { status: 400, body: { error: 'Malformed JSON body.' } };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      metrics.webhookDeliveries.inc({ outcome: 'not_object' });
      return { status: 400, body: { error: 'The webhook body must be a JSON object.' } };
    }
    try {
      await ingest.store(raw.toString('utf8'));
    } catch {
      metrics.webhookDeliveries.inc({ outcome: 'store_error' });
      return { status: 503, body: { error: 'Could not store the delivery; retry later.' } };
    }
    metrics.webhookDeliveries.inc({ outcome: 'stored' });
    return { status: 200, body: { received: true } };
  };
}

export type WebhookReceiver = ReturnType<typeof createWebhookReceiver>;
