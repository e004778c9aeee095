import express from 'express';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AuthError, ValidationError } from '../../errors';
import { parseInput } from '../../parse-input';
import { sign } from '../signature';
import { buildInboundWebhook, serializeLikeMeta } from './build-inbound-webhook';
import type { SandboxState } from './sandbox-state';
import { addSignalRoute } from './signal-route';
import { addTemplateRoute } from './template-route';
import type { TemplateRegistry } from './template-registry';

export interface SandboxRouterDeps {
  /** Who is asking: a tenant sees only its own number; the platform (null) sees all. */
  scope(req: Request): { phoneNumberId: string | null; wabaId?: string | null };
  /** Hands a signed webhook to the real webhook path; resolves with its answer. */
  deliver(rawBody: Buffer, signatureHeader: string): Promise<{ status: number; body: unknown }>;
  /** Envelope details for a number (WABA id, display number); sandbox defaults otherwise. */
  describeNumber?(phoneNumberId: string): { wabaId: string; displayPhoneNumber: string } | null;
  /** The number /inbound uses when the platform token names none (the bootstrapped tenant's). */
  defaultPhoneNumberId?: string | null;
}

const waIdOrE164 = z
  .string()
  .regex(/^\+?[1-9]\d{5,14}$/, 'must be a wa_id (digits) or +E.164, e.g. +5511987654321');
const nonEmpty = z.string().min(1, 'must not be empty');

export const listQuery = z.strictObject({
  to: nonEmpty.optional(),
  phoneNumberId: nonEmpty.optional(),
});

export const failureBody = z.strictObject({
  code: z.number().int().positive().optional(),
  httpStatus: z.number().int().min(400).max(599).optional(),
  timeout: z.boolean().optional(),
  count: z.number().int().min(1).max(10_000).optional(),
  to: waIdOrE164.optional(),
  phoneNumberId: nonEmpty.optional(),
  asStatus: z.boolean().optional(),
});

export const inboundBody = z.strictObject({
  from: waIdOrE164.optional(),
  userId: z
    .string()
    .regex(/^[A-Z]{2}\.[A-Za-z0-9]+$/, 'must be a BSUID such as US.13491208655302741918')
    .optional(),
  profileName: nonEmpty.max(256).optional(),
  text: nonEmpty.max(4096).optional(),
  buttonPayload: nonEmpty.max(1024).optional(),
  buttonText: nonEmpty.max(256).optional(),
  interactiveId: nonEmpty.max(256).optional(),
  interactiveTitle: nonEmpty.max(256).optional(),
  contextId: nonEmpty.optional(),
  phoneNumberId: nonEmpty.optional(),
  preference: z.enum(['stop', 'resume']).optional(),
});

/**
 * The number a request acts on: a tenant's own (asking for another is refused), or for the
 * platform the one it names (`required`) or every number (undefined).
 */
function numberFor(
  scoped: string | null,
  asked: string | undefined,
  required: boolean,
): string | undefined {
  if (scoped !== null) {
    if (asked !== undefined && asked !== scoped) {
      throw new AuthError(
        `This API key can only use its own number (${scoped}), not ${asked}.`,
        403,
      );
    }
    return scoped;
  }
  if (asked === undefined && required) {
    throw new ValidationError(
      'phoneNumberId is required when the platform token is used: say which number receives it.',
    );
  }
  return asked;
}

/** GET /messages, POST /failures, DELETE /messages, POST /inbound, POST /signals (under /sandbox). */
export function createSandboxRouter(
  state: SandboxState,
  env: { clock: Clock; appSecret: string; templates: TemplateRegistry },
  deps: SandboxRouterDeps,
): Router {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));

  router.get('/messages', (req, res) => {
    const query = parseInput(listQuery, req.query, 'query');
    const phoneNumberId = numberFor(deps.scope(req).phoneNumberId, query.phoneNumberId, false);
    res.json({ messages: state.list({ to: query.to, phoneNumberId }) });
  });

  router.delete('/messages', (req, res) => {
    const query = parseInput(listQuery.omit({ to: true }), req.query, 'query');
    const phoneNumberId = numberFor(deps.scope(req).phoneNumberId, query.phoneNumberId, false);
    res.json({ cleared: state.clear({ phoneNumberId }) });
  });

  router.post('/failures', (req, res) => {
    const body = parseInput(failureBody, req.body ?? {});
    const phoneNumberId = numberFor(deps.scope(req).phoneNumberId, body.phoneNumberId, false);
    const rule = { ...body, ...(phoneNumberId !== undefined ? { phoneNumberId } : {}) };
    state.addFailure(rule);
    res.status(201).json({ rule: { count: 1, ...rule } });
  });

  /**
   * A tap on a reply button names the message the button belongs to (context.id), as WhatsApp's
   * does: the last message sent to the customer with a button of that id, unless the request
   * names one itself. None found: the tap names nothing, as a forged one would.
   */
  function tappedMessage(
    buttonId: string | undefined,
    from: string | undefined,
    phoneNumberId: string,
  ): string | undefined {
    if (buttonId === undefined || from === undefined) return undefined;
    const digits = from.replace(/^\+/, '');
    return state
      .list({ phoneNumberId })
      .filter(
        (m) =>
          m.to.replace(/^\+/, '') === digits &&
          m.body.type === 'interactive' &&
          m.body.interactive.action.buttons.some((b) => b.reply.id === buttonId),
      )
      .at(-1)?.id;
  }

  router.post('/inbound', async (req, res) => {
    const body = parseInput(inboundBody, req.body ?? {});
    const phoneNumberId = numberFor(
      deps.scope(req).phoneNumberId,
      body.phoneNumberId ??
        (deps.scope(req).phoneNumberId === null
          ? (deps.defaultPhoneNumberId ?? undefined)
          : undefined),
      true,
    ) as string;
    const envelope = deps.describeNumber?.(phoneNumberId) ?? null;
    const messageId = body.preference === undefined ? state.messageId() : null;
    const contextId = body.contextId ?? tappedMessage(body.interactiveId, body.from, phoneNumberId);
    const webhook = buildInboundWebhook({
      ...body,
      ...(contextId !== undefined ? { contextId } : {}),
      phoneNumberId,
      ...(envelope ?? {}),
      ...(messageId !== null ? { messageId } : {}),
      timestamp: env.clock.now(),
    });
    const rawBody = Buffer.from(serializeLikeMeta(webhook), 'utf8');
    const result = await deps.deliver(rawBody, sign(env.appSecret, rawBody));
    res.json({ delivered: result.status, messageId, webhook, response: result.body });
  });

  addSignalRoute(router, env, deps);
  addTemplateRoute(router, env.templates, deps);

  return router;
}
