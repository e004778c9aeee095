import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import type { StatusEchoOptions } from '../../whatsapp/sandbox';
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
  if (url !== null) return postOverHttp(new URL(url));
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

/** Keep-alive connections (a campaign's echo is thousands of posts a second): node:http, not fetch. */
function postOverHttp(url: URL): StatusEchoOptions['post'] {
  const https = url.protocol === 'https:';
  const agent = https
    ? new HttpsAgent({ keepAlive: true, maxSockets: 16 })
    : new Agent({ keepAlive: true, maxSockets: 16 });
  const send = https ? httpsRequest : request;
  return (raw, signature) =>
    new Promise((resolve, reject) => {
      const req = send(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': raw.length,
            'x-hub-signature-256': signature,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(raw);
    });
}
