import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { toJson } from '../serialize';
import { ValidationError } from '../../errors';
import { parseInput, requireObjectBody } from '../validate';
import {
  CSV_TYPES,
  importSource,
  JSON_IMPORT_LIMIT,
  sendImportOutcome,
} from './opt-out-import-route';
import {
  contactChannelSchema,
  contactConsentsSchema,
  createConsentSchema,
  listConsentsSchema,
  withdrawConsentSchema,
} from './consent-schemas';
import { consentEventView, consentView } from './consent-views';
import { pageQuerySchema } from './page-query';

/**
 * The consent ledger: add (201 for a new or renewed consent, 200 when it reaffirmed an active
 * one; X-Consent-Outcome says which), list, import, read, history, withdraw (with a reason).
 * Fixed paths (import) are registered before /consents/:id.
 */
export function createConsentsRouter(deps: AppDeps): Router {
  const router = Router();
  const consents = deps.services.consents;

  router.post('/consents', jsonBody(), async (req, res) => {
    const auth = tenantAuth(res);
    const input = parseInput(createConsentSchema, requireObjectBody(req.body));
    const { consent, outcome } = await consents.add(auth, input);
    res.setHeader('x-consent-outcome', outcome);
    res.status(outcome === 'reaffirmed' ? 200 : 201).json(consentView(consent));
  });

  router.get('/consents', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { limit, cursor, ...query } = parseInput(listConsentsSchema, req.query, 'query');
    const page = await consents.list(tenant, query, { limit, cursor: cursor ?? null });
    res.json({ items: page.items.map(consentView), nextCursor: page.nextCursor });
  });

  router.post(
    '/consents/import',
    jsonBody(JSON_IMPORT_LIMIT, { alsoReads: CSV_TYPES }),
    async (req, res) => {
      const auth = tenantAuth(res);
      const source = await importSource(deps, req);
      const outcome = await consents.importRows(auth, source);
      sendImportOutcome(res, outcome);
    },
  );

  router.get('/consents/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    res.json(consentView(await consents.get(tenant.id, req.params.id)));
  });

  router.get('/consents/:id/events', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { limit, cursor } = parseInput(pageQuerySchema, req.query, 'query');
    const page = await consents.events(tenant.id, req.params.id, {
      limit,
      cursor: cursor ?? null,
    });
    res.json({ items: page.items.map(consentEventView), nextCursor: page.nextCursor });
  });

  router.delete('/consents/:id', jsonBody(), async (req, res) => {
    const { tenant, actor } = tenantAuth(res);
    const { reason } = parseInput(withdrawConsentSchema, requireObjectBody(req.body));
    res.json(consentView(await consents.withdraw(tenant.id, req.params.id, actor, reason)));
  });

  router.get('/contacts/:contact/consents', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { channel, limit, cursor } = parseInput(contactConsentsSchema, req.query, 'query');
    const page = await consents.history(tenant, channel ?? 'whatsapp', req.params.contact, {
      limit,
      cursor: cursor ?? null,
    });
    res.json({
      items: page.items.map(({ consent, events }) => ({
        ...consentView(consent),
        events: events.map(consentEventView),
      })),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/contacts/:contact/export', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { channel } = parseInput(contactChannelSchema, req.query, 'query');
    const data = await deps.services.contactRights.exportContact(
      tenant,
      channel ?? 'whatsapp',
      req.params.contact,
    );
    res.json(toJson(withoutTenantIds(data)));
  });

  router.post('/contacts/:contact/erase', jsonBody(), async (req, res) => {
    const { tenant, actor } = tenantAuth(res);
    const body = parseInput(
      contactChannelSchema,
      req.body === undefined ? {} : requireObjectBody(req.body),
    );
    // As the export takes it (?channel=sms), or in the body: an erasure must never fall back to
    // WhatsApp because the channel was given where it was not looked for.
    const query = parseInput(contactChannelSchema, req.query, 'query');
    if (body.channel && query.channel && body.channel !== query.channel)
      throw new ValidationError(
        `Invalid request: the body says channel "${body.channel}" and the query "${query.channel}"; give one.`,
      );
    const channel = body.channel ?? query.channel;
    const summary = await deps.services.contactRights.erase(
      tenant,
      channel ?? 'whatsapp',
      req.params.contact,
      actor,
    );
    res.json({ erased: true, ...summary });
  });

  return router;
}

/** The export names no tenant: every record in it is the caller's own. */
function withoutTenantIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTenantIds);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'tenantId')
      .map(([k, v]) => [k, withoutTenantIds(v)]),
  );
}
