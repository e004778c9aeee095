import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { MAX_VALIDITY_DAYS } from '../../domain/opt-out-validity';
import { CHANNELS, OPT_OUT_SOURCES, OPT_OUT_STATES, ORIGINS } from '../../domain/types';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { isoDateTime, parseInput, requireObjectBody } from '../validate';
import { registerOptOutImport } from './opt-out-import-route';
import { exportLines, optOutEventView, optOutView } from './opt-out-views';
import { pageParams, pageQuerySchema } from './page-query';

/** An enum whose message says "required" when the field is absent (zod reports both as invalid_value). */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const list = values.join(', ');
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `is required: one of ${list}` : `must be one of ${list}`,
  });
}

const channel = oneOf(CHANNELS);
const contact = z
  .string('must be a string')
  .trim()
  .min(1, 'must not be empty')
  .max(320, 'must be at most 320 characters');

export const createSchema = z.strictObject({
  channel,
  contact,
  categoryId: z
    .string('must be a category id, or null for all marketing')
    .min(1)
    .nullable()
    .optional(),
  validUntil: isoDateTime.optional(),
  validDays: z
    .number('must be a whole number of days')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(MAX_VALIDITY_DAYS, `must be at most ${MAX_VALIDITY_DAYS}`)
    .optional(),
  remarks: z
    .string('must be a string')
    .max(500, 'must be at most 500 characters')
    .nullable()
    .optional(),
});

/**
 * In a query string an unencoded "+" arrives as a space ("?contact=+5511..." → " 5511..."): a
 * leading space before digits is read back as the "+" it was, so the number stays international.
 */
const queryContact = z
  .string('must be a single value')
  .transform((s) => (/^ \d/.test(s) ? `+${s.slice(1)}` : s))
  .pipe(contact);

const filterParams = {
  channel: channel.optional(),
  contact: queryContact.optional(),
  categoryId: z.string('must be a category id or "all"').min(1).optional(),
  source: oneOf(OPT_OUT_SOURCES).optional(),
  origin: oneOf(ORIGINS).optional(),
  active: z
    .enum(['true', 'false'], 'must be true or false')
    .transform((v) => v === 'true')
    .optional(),
  state: oneOf(OPT_OUT_STATES).optional(),
  createdFrom: isoDateTime.optional(),
  createdTo: isoDateTime.optional(),
};
export const listSchema = z.strictObject({ ...filterParams, ...pageParams });
export const exportSchema = z.strictObject(filterParams);
export const revokeSchema = z.strictObject({
  reason: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty: say why (only an admin’s own opt-out may be revoked without one)')
    .max(500, 'must be at most 500 characters')
    .optional(),
  override: z.boolean('must be true or false').optional(),
});
export const burstRevokeSchema = z.strictObject({
  from: isoDateTime,
  to: isoDateTime.optional(),
  reason: z
    .string('must say why, e.g. "Meta incident 2026-05-01, confirmed by support"')
    .trim()
    .min(1, "must not be empty: say why these opt-outs are lifted (kept on each one's audit trail)")
    .max(500, 'must be at most 500 characters'),
  taskId: z.string('must be a task id').min(1).optional(),
  dryRun: z.boolean('must be true or false').optional(),
});
export const checkSchema = z.strictObject({
  channel,
  contact: queryContact,
  categoryId: z.string('must be a category id').min(1).optional(),
});

/**
 * The opt-out list an admin keeps. POST answers 201 for a new opt-out (or a revoked/expired row
 * that starts again: "renewed") and 200 when it matched an active one (extended, or unchanged
 * because that one already lasts as long); the X-Opt-Out-Outcome header says which.
 * Fixed paths (check, export.csv, import) are registered before /opt-outs/:id.
 */
export function createOptOutsRouter(deps: AppDeps): Router {
  const router = Router();
  const { clock } = deps;
  const optOuts = deps.services.optOuts;

  router.post('/opt-outs', jsonBody(), async (req, res) => {
    const auth = tenantAuth(res);
    const input = parseInput(createSchema, requireObjectBody(req.body));
    const { optOut, outcome } = await optOuts.add(auth, input);
    res.setHeader('x-opt-out-outcome', outcome);
    res
      .status(outcome === 'created' || outcome === 'renewed' ? 201 : 200)
      .json(optOutView(optOut, clock.now()));
  });

  router.get('/opt-outs', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { limit, cursor, ...query } = parseInput(listSchema, req.query, 'query');
    const page = await optOuts.list(tenant, query, { limit, cursor: cursor ?? null });
    const now = clock.now();
    res.json({ items: page.items.map((o) => optOutView(o, now)), nextCursor: page.nextCursor });
  });

  router.get('/opt-outs/check', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const query = parseInput(checkSchema, req.query, 'query');
    const result = await optOuts.check(
      tenant,
      query.channel,
      query.contact,
      query.categoryId ?? null,
    );
    const now = clock.now();
    res.json({
      suppressed: result.suppressed,
      optOuts: result.optOuts.map((o) => optOutView(o, now)),
    });
  });

  router.get('/opt-outs/export.csv', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const query = parseInput(exportSchema, req.query, 'query');
    const rows = await optOuts.exportRows(tenant, query);
    const categories = await deps.services.categories.all(tenant.id);
    const names = new Map(categories.map((c) => [c.id, c.name]));
    res.status(200).type('text/csv; charset=utf-8').attachment('opt-outs.csv');
    await pipeline(Readable.from(exportLines(rows, names, () => clock.now())), res);
  });

  // The 131050 opt-outs of a suspected error burst (the paused task's reason names `from`).
  router.post('/opt-outs/revoke-error-burst', jsonBody(), async (req, res) => {
    const { tenant, actor } = tenantAuth(res);
    const input = parseInput(burstRevokeSchema, requireObjectBody(req.body));
    res.json(await deps.services.errorBurstReview.revoke(tenant, actor, input));
  });

  registerOptOutImport(router, deps);

  router.get('/opt-outs/:id', async (req, res) => {
    const { tenant } = tenantAuth(res);
    res.json(optOutView(await optOuts.get(tenant.id, req.params.id), clock.now()));
  });

  router.delete('/opt-outs/:id', jsonBody(), async (req, res) => {
    const { tenant, actor } = tenantAuth(res);
    // The body is optional for an admin's own opt-out; a customer's or Meta's needs a reason
    // (consent/opt-out-lift.ts decides).
    const body =
      req.body === undefined ? {} : parseInput(revokeSchema, requireObjectBody(req.body));
    const revoked = await deps.services.optOutLift.lift(tenant, req.params.id, actor, body);
    res.json(optOutView(revoked, clock.now()));
  });

  router.get('/opt-outs/:id/events', async (req, res) => {
    const { tenant } = tenantAuth(res);
    const { limit, cursor } = parseInput(pageQuerySchema, req.query, 'query');
    const page = await optOuts.events(tenant.id, req.params.id, { limit, cursor: cursor ?? null });
    res.json({ items: page.items.map(optOutEventView), nextCursor: page.nextCursor });
  });

  return router;
}
