import axios from 'axios';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createCloudApiClient } from '../whatsapp/cloud-api-client';
import type { createSandbox } from '../whatsapp/sandbox';
import type { OutboundMessage, Sender, SendOk, WhatsAppClient } from '../whatsapp/types';

/**
 * The WhatsApp client the services use: a sender with an access token goes to the Graph API;
 * one without goes to the in-process sandbox (never in production, where config refuses to
 * start without tokens).
 */
export function createWhatsAppGateway(deps: {
  config: Config;
  sandbox: ReturnType<typeof createSandbox> | null;
  log: Logger;
}): WhatsAppClient {
  const { config, sandbox } = deps;
  const real = createCloudApiClient({
    baseUrl: config.whatsapp.apiBaseUrl,
    apiVersion: config.whatsapp.apiVersion,
    timeoutMs: config.whatsapp.timeoutMs,
  });
  const toSandbox = sandbox
    ? createCloudApiClient({
        baseUrl: 'http://sandbox.invalid',
        apiVersion: config.whatsapp.apiVersion,
        timeoutMs: config.whatsapp.timeoutMs,
        http: axios.create({ adapter: sandbox.adapter }),
      })
    : null;
  return {
    send(sender: Sender, message: OutboundMessage): Promise<SendOk> {
      if (sender.accessToken) return real.send(sender, message);
      if (toSandbox) return toSandbox.send(sender, message);
      return Promise.reject(
        new Error(
          `No access token for phone number ${sender.phoneNumberId} and the sandbox is off: set the tenant's accessToken.`,
        ),
      );
    },
  };
}
