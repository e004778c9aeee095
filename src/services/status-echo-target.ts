import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { StatusEchoOptions } from '../whatsapp/sandbox';
import type { WebhookIngest } from './webhook-ingest';
import { createWebhookReceiver } from './webhook-receiver';

/**
 * Where the sandbox's status echo posts: over HTTP to SANDBOX_STATUS_ECHO_URL when set (another
 * instance, or this one through its socket), otherwise to this app's own webhook path in process:
 * the same signature check, durable store and 200 as POST /webhook, then the inbox is kicked.
 */
export function statusEchoTarget(deps: {
  config: Config;
  ingest: WebhookIngest;
  metrics: Metrics;
  log: Logger;
  /** Something was stored: the inbox drains soon. */
  kick: () => void;
}): StatusEchoOptions['post'] {
  const url = deps.config.sandboxStatusEcho?.url ?? null;
  if (url !== null) {
    return async function postOverHttp(raw, signature) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body: raw,
      });
      await res.arrayBuffer();
      return { status: res.status };
    };
  }
  const receive = createWebhookReceiver({
    appSecrets: deps.config.whatsapp.appSecrets,
    ingest: deps.ingest,
    metrics: deps.metrics,
    log: deps.log,
  });
  return async function postInProcess(raw, signature) {
    const result = await receive(raw, signature);
    if (result.status === 200) deps.kick();
    return result;
  };
}
