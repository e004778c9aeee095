import type { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AuthError, ValidationError } from '../../errors';
import { parseInput } from '../../parse-input';
import { sign } from '../signature';
import { serializeLikeMeta } from './build-inbound-webhook';
import { buildSignalWebhook } from './build-signal-webhook';
import { SANDBOX_DISPLAY_NUMBER } from './build-inbound-webhook';
import type { SandboxRouterDeps } from './sandbox-router';

const word = z
  .string()
  .trim()
  .regex(/^[A-Za-z_]{2,40}$/, "must be one of Meta's event names, e.g. PAUSED or APPROVED")
  .transform((s) => s.toUpperCase());
const limit = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]{2,40}$/, 'must be a messaging limit such as TIER_1K or TIER_UNLIMITED')
  .transform((s) => s.toUpperCase());
const nonEmpty = z.string().trim().min(1, 'must not be empty').max(512);
const digits = z.string().regex(/^\d{1,32}$/, 'must be digits only');

export const signalBody = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('template_status'),
      event: word,
      templateName: nonEmpty,
      language: nonEmpty,
      reason: nonEmpty.optional(),
      wabaId: digits.optional(),
    }),
    z.strictObject({
      type: z.literal('template_quality'),
      event: word,
      templateName: nonEmpty,
      language: nonEmpty,
      wabaId: digits.optional(),
    }),
    z.strictObject({
      type: z.literal('number_quality'),
      event: word,
      displayPhoneNumber: digits.optional(),
      currentLimit: limit.optional(),
      oldLimit: limit.optional(),
      wabaId: digits.optional(),
    }),
    z.strictObject({ type: z.literal('account'), event: word, wabaId: digits.optional() }),
  ],
  {
    error: 'type must be one of template_status, template_quality, number_quality or account',
  },
);

/**
 * POST /signals: emits one of Meta's quality signals (template paused or approved, number
 * flagged, account restricted), signed with the app secret, through the real webhook path, so
 * a demo or a test can watch a task pause and resume. A tenant key emits for its own account.
 */
export function addSignalRoute(
  router: Router,
  env: { clock: Clock; appSecret: string },
  deps: SandboxRouterDeps,
): void {
  router.post('/signals', async (req, res) => {
    const body = parseInput(signalBody, req.body ?? {});
    const scope = deps.scope(req);
    let wabaId = body.wabaId;
    if (scope.phoneNumberId !== null) {
      const own = scope.wabaId ?? null;
      if (own === null) {
        throw new ValidationError(
          'This tenant has no wabaId: set it with PATCH /admin/tenants/{id} ({"wabaId": "..."}) first.',
        );
      }
      if (wabaId !== undefined && wabaId !== own) {
        throw new AuthError(
          `This API key can only use its own account (${own}), not ${wabaId}.`,
          403,
        );
      }
      wabaId = own;
    }
    if (wabaId === undefined) {
      throw new ValidationError(
        'wabaId is required when the platform token is used: say which WhatsApp Business Account it is for.',
      );
    }
    const spec =
      body.type === 'number_quality'
        ? { ...body, displayPhoneNumber: body.displayPhoneNumber ?? SANDBOX_DISPLAY_NUMBER }
        : body;
    const webhook = buildSignalWebhook(spec, wabaId, env.clock.now());
    const rawBody = Buffer.from(serializeLikeMeta(webhook), 'utf8');
    const result = await deps.deliver(rawBody, sign(env.appSecret, rawBody));
    res.json({ delivered: result.status, webhook, response: result.body });
  });
}
