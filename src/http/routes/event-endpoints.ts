import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { EVENT_TYPES } from '../../services/events/event-types';
import type { EventEndpoint } from '../../store/types';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { toJson } from '../serialize';
import { parseInput, requireObjectBody } from '../validate';
import { pageQuerySchema } from './page-query';

const EVENT_NAMES = ['*', ...EVENT_TYPES] as const;

export const endpointSchema = z.strictObject({
  url: z
    .url('must be an absolute http(s) URL such as https://crm.example.com/stopline-events')
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL')
    .refine((u) => u.length <= 2048, 'must be at most 2048 characters'),
  secret: z
    .string('must be a string: "whsec_" + base64 of 24-64 bytes (or leave it out to get one)')
    .optional(),
  events: z
    .array(
      z.enum(EVENT_NAMES, `must be one of ${EVENT_NAMES.join(', ')}`),
      'must be an array of event types',
    )
    .min(1, 'name at least one event type ("*" for all)')
    .max(EVENT_NAMES.length),
});

export const rotateSecretSchema = z.strictObject({
  secret: z
    .string('must be a string: "whsec_" + base64 of 24-64 bytes (or leave it out to get one)')
    .optional(),
  previousValidHours: z
    .number('must be a number of hours, 0 to 168')
    .int('must be a whole number of hours')
    .min(0, 'must be 0 (the old secret stops signing at once) to 168 (a week)')
    .max(168, 'must be at most 168 (a week)')
    .default(24),
});

/** An endpoint as the API shows it: the secret only when it is created or rotated. */
function endpointView(endpoint: EventEndpoint, extra: Record<string, unknown> = {}) {
  const {
    tenantId: _tenantId,
    secret: _secret,
    previousSecret: _previousSecret,
    ...rest
  } = endpoint;
  return toJson({ ...rest, ...extra });
}

/** Outbound event endpoints: register, list, read (backlog, last error), rotate, delete, replay. */
export function createEventEndpointsRouter(deps: AppDeps): Router {
  const router = Router();
  const events = deps.services.events;

  router.post('/event-endpoints', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(endpointSchema, requireObjectBody(req.body));
    const endpoint = await events.createEndpoint(tenant.id, {
      url: input.url,
      secret: input.secret,
      events: [...new Set(input.events)],
    });
    // Shown once: receivers verify deliveries with it.
    res.status(201).json(endpointView(endpoint, { secret: endpoint.secret }));
  });

  router.get('/event-endpoints', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const page = parseInput(pageQuerySchema, req.query, 'query');
    const result = await events.list(tenant.id, page);
    res.json({ items: result.items.map((e) => endpointView(e)), nextCursor: result.nextCursor });
  });

  router.get('/event-endpoints/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    res.json(endpointView(await events.get(tenant.id, req.params.id)));
  });

  router.delete('/event-endpoints/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    await events.remove(tenant.id, req.params.id);
    res.status(204).end();
  });

  router.post('/event-endpoints/:id/rotate-secret', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    // The body is optional: no body rotates to a generated secret with the default overlap.
    const input = parseInput(
      rotateSecretSchema,
      req.body === undefined ? {} : requireObjectBody(req.body),
    );
    const rotated = await events.rotateSecret(tenant.id, req.params.id, input);
    // Shown once: receivers verify deliveries with it.
    res.json(toJson(rotated));
  });

  router.post('/event-endpoints/:id/replay', async (req, res) => {
    const { tenant } = tenantAuth(res);
    res.json({ requeued: await events.replay(tenant.id, req.params.id) });
  });

  return router;
}
