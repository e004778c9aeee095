/**
 * The customer's preference page (GET/POST /preferences?t=<token>): plain HTML, one form, no
 * JavaScript, so it works in any browser WhatsApp opens and passes helmet's default CSP (inline
 * style only, form posts to self). The token is the only key; query strings stay out of logs.
 */
import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { preferenceText, type PreferenceTextKey } from '../../domain/preference-texts';
import type { LinkState, PreferenceChoice } from '../../services/consent/preference-links';
import { PAUSE_DAYS } from '../../services/consent/preference-links';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { parseInput, requireObjectBody } from '../validate';

const CHOICES = ['stop_all', 'stop_category', 'pause', 'resubscribe'] as const;

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a}h1{font-size:1.4rem}label{display:block;padding:.6rem;margin:.4rem 0;
border:1px solid #ccc;border-radius:.4rem}button{margin-top:1rem;padding:.7rem 1.2rem;font-size:1rem;
border:0;border-radius:.4rem;background:#075e54;color:#fff}p.done{font-size:1.1rem}`;

function page(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escape(title)}</title>
<style>${STYLE}</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

function send(res: Response, status: number, html: string): void {
  res.status(status).type('html').setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.send(html);
}

function problem(res: Response, state: Extract<LinkState, { ok: false }>): void {
  const key: PreferenceTextKey = state.reason === 'expired' ? 'expired' : 'invalid';
  const text = preferenceText(key, state.lang, {});
  send(res, state.reason === 'expired' ? 410 : 404, page(state.lang, text, ''));
}

const DONE: Record<PreferenceChoice, PreferenceTextKey> = {
  stop_all: 'doneStopAll',
  stop_category: 'doneStopCategory',
  pause: 'donePause',
  resubscribe: 'doneResubscribe',
};

export const preferenceLinkSchema = z.strictObject({
  categoryId: z.string('must be a category id').min(1).nullable().optional(),
  language: z
    .string('must be a language code')
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code, e.g. "pt"')
    .optional(),
  days: z
    .number('must be a whole number of days')
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(365, 'must be at most 365')
    .optional(),
});

/** The public page. */
export function createPreferencePageRouter(deps: AppDeps): Router {
  const router = Router();
  const links = deps.services.preferenceLinks;

  router.get('/preferences', async (req, res) => {
    const token = typeof req.query.t === 'string' ? req.query.t : '';
    const state = await links.open(token);
    if (!state.ok) return problem(res, state);
    const { tenant, category, lang } = state;
    const vars = {
      brand: tenant.settings.brandName ?? tenant.name,
      category: category?.name ?? '',
      days: String(PAUSE_DAYS),
    };
    const t = (key: PreferenceTextKey) => escape(preferenceText(key, lang, vars));
    const option = (value: PreferenceChoice, key: PreferenceTextKey, checked = false) =>
      `<label><input type="radio" name="choice" value="${value}"${checked ? ' checked' : ''}> ${t(key)}</label>`;
    const form = `<p>${t('intro')}</p><form method="post" action="/preferences">
<input type="hidden" name="t" value="${escape(token)}">
${option('stop_all', 'stopAll', true)}
${category ? option('stop_category', 'stopCategory') : ''}
${option('pause', 'pause')}
${option('resubscribe', 'resubscribe')}
<button type="submit">${t('save')}</button></form>`;
    send(res, 200, page(lang, preferenceText('title', lang, vars), form));
  });

  router.post(
    '/preferences',
    express.urlencoded({ extended: false, limit: '8kb' }),
    async (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const token = typeof body.t === 'string' ? body.t : '';
      const choice = CHOICES.find((c) => c === body.choice);
      const state = await links.open(token);
      if (!state.ok) return problem(res, state);
      if (!choice || (choice === 'stop_category' && !state.category)) {
        send(res, 400, page(state.lang, preferenceText('invalid', state.lang, {}), ''));
        return;
      }
      const done = await links.choose(token, choice);
      if (!done.ok) return problem(res, done);
      const vars = {
        brand: done.tenant.settings.brandName ?? done.tenant.name,
        category: done.category?.name ?? '',
        days: String(PAUSE_DAYS),
      };
      const text = preferenceText(DONE[choice], done.lang, vars);
      send(
        res,
        200,
        page(
          done.lang,
          preferenceText('title', done.lang, vars),
          `<p class="done">${escape(text)}</p>`,
        ),
      );
    },
  );

  return router;
}

/** POST /admin/contacts/:contact/preference-link: a signed link for one contact. */
export function createPreferenceLinkAdminRouter(deps: AppDeps): Router {
  const router = Router();
  router.post('/contacts/:contact/preference-link', jsonBody(), async (req, res) => {
    const { tenant } = tenantAuth(res);
    const input = parseInput(
      preferenceLinkSchema,
      req.body === undefined ? {} : requireObjectBody(req.body),
    );
    const contact = deps.services.optOuts.normalize(tenant, 'whatsapp', req.params.contact);
    const { token, expiresAt } = await deps.services.preferenceLinks.mint(
      tenant,
      contact,
      input.categoryId ?? null,
      input.language ?? tenant.settings.language,
      input.days,
    );
    const url = `${req.protocol}://${req.get('host') ?? 'localhost'}/preferences?t=${token}`;
    res.status(201).json({ url, token, expiresAt: expiresAt.toISOString() });
  });
  return router;
}
