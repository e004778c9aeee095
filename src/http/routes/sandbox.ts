import type { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import type { WebhookReceiver } from '../../services/inbox/webhook-receiver';

/** The sandbox's own routes (messages, failures, inbound), delivering through the real webhook path. */
export function createSandboxRouter(deps: AppDeps, receive: WebhookReceiver): Router {
  const sandbox = deps.services.sandbox;
  if (!sandbox) throw new Error('createSandboxRouter called with the sandbox off');
  return sandbox.router({
    scope: (req) =>
      (req.res?.locals.sandboxScope ?? { phoneNumberId: '-' }) as {
        phoneNumberId: string | null;
        wabaId?: string | null;
      },
    defaultPhoneNumberId: deps.config.whatsapp.phoneNumberId,
    deliver: async (raw: Buffer, signature: string) => {
      const result = await receive(raw, signature);
      if (result.status === 200) deps.services.inbox.kick();
      return result;
    },
  });
}
