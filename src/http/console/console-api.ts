/**
 * The few admin routes the console needs and the rest of the API lacked (mounted under /admin,
 * behind the tenant key like every admin route; documented in openapi/paths-console.ts).
 */
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { CHANNELS } from '../../domain/types';
import { bearerToken, tenantAuth } from '../auth';
import { toJson } from '../serialize';
import { parseInput } from '../validate';
import { optOutEventView, optOutView } from '../routes/opt-out-views';
import { recipientView } from '../routes/task-views';
import { DEFAULT_REPLIES, REPLY_KEYS, REPLY_LANGUAGES } from '../../domain/replies';

export const contactQuery = z.strictObject({
  channel: z.enum(CHANNELS, `must be one of ${CHANNELS.join(', ')}`).default('whatsapp'),
});

export const dashboardQuery = z.strictObject({
  days: z.coerce
    .number('must be a whole number of days')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(90, 'must be at most 90')
    .default(14),
});

export function createConsoleApiRouter(deps: AppDeps): Router {
  const router = Router();

  // Who the key is: the console's sign-in asks once (the platform token then picks a tenant).
  router.get('/session', (req, res) => {
    const { tenant, actor } = tenantAuth(res);
    res.json({
      tenant: { id: tenant.id, name: tenant.name },
      platform: deps.services.tenants.isPlatformToken(bearerToken(req)),
      actor,
    });
  });

  router.get('/contacts/:contact', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { channel } = parseInput(contactQuery, req.query, 'query');
    const report = await deps.services.console.contact(tenant, channel, req.params.contact);
    const now = deps.clock.now();
    res.json({
      channel: report.channel,
      contact: report.contact,
      identifiers: report.identifiers,
      optOuts: report.optOuts.map(({ events, ...o }) => ({
        ...(optOutView(o, now) as object),
        events: events.map(optOutEventView),
      })),
      messages: report.messages.map((m) => ({
        task: m.task,
        recipient: recipientView(m.recipient),
      })),
      conversation: report.conversation
        ? toJson({
            language: report.conversation.language,
            lastInboundAt: report.conversation.lastInboundAt,
            pending: report.conversation.pending,
          })
        : null,
    });
  });

  router.get('/dashboard', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { days } = parseInput(dashboardQuery, req.query, 'query');
    res.json(toJson(await deps.services.console.dashboard(tenant, days)));
  });

  // The built-in reply texts, so the settings page can show what an override replaces.
  router.get('/reply-texts', (_req, res) => {
    res.json({ languages: REPLY_LANGUAGES, keys: REPLY_KEYS, defaults: DEFAULT_REPLIES });
  });

  return router;
}
