/**
 * The customer's preference page (GET/POST /preferences?t=<token>): plain HTML, one form, no
 * JavaScript, so it works in any browser WhatsApp opens and passes helmet's default CSP (inline
 * style only, form posts to self). The token is the only key; query strings stay out of logs.
 * It speaks the customer's language: the one the conversation last saw them write in, else the
 * link's, else the browser's (Accept-Language), else the tenant's, else English.
 */
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import {
  pickTextLocale,
  type PreferenceTextKey,
  type TextLocale,
} from '../../domain/consent-texts';
import type { LinkState, PreferenceChoice } from '../../services/consent/preference-links';
import { PAUSE_DAYS } from '../../services/consent/preference-links';
import { acceptedLanguages } from '../accept-language';
import { tenantAuth } from '../auth';
import { jsonBody } from '../body';
import { parseInput, requireObjectBody } from '../validate';
import { escapeHtml, pageHtml, textHtml } from './preference-page-html';

const CHOICES = ['stop_all', 'stop_category', 'pause', 'resubscribe'] as const;

function pageLanguage(req: Request, state: LinkState): TextLocale {
  return pickTextLocale([
    state.lang,
    ...acceptedLanguages(req.get('accept-language')),
    state.tenant?.settings.language,
  ]);
}

function send(res: Response, status: number, lang: TextLocale, html: string): void {
  res.status(status).type('html').setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('content-language', lang);
  res.setHeader('vary', 'Accept-Language');
  res.send(html);
}

function problem(req: Request, res: Response, state: Extract<LinkState, { ok: false }>): void {
  const lang = pageLanguage(req, state);
  const key: PreferenceTextKey = state.reason === 'expired' ? 'expired' : 'invalid';
  send(res, state.reason === 'invalid' ? 404 : 410, lang, pageHtml(lang, key, {}, ''));
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
    // A region or a script says which Chinese to write: "zh-TW" and "zh-Hant" are Traditional.
    .regex(
      /^[a-z]{2}(?:[-_](?:[A-Za-z]{4}|[A-Za-z]{2}))?$/,
      'must be an ISO 639-1 code, e.g. "pt", or one with a region or script, e.g. "zh-TW"',
    )
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

  /**
   * The form for an open link. A POST without a valid choice gets it again (400): the link is
   * fine, only the choice was missing or unknown, so the page does not say the link is invalid.
   */
  function showForm(
    req: Request,
    res: Response,
    state: Extract<LinkState, { ok: true }>,
    token: string,
    status: number,
  ): void {
    const { tenant, category } = state;
    const lang = pageLanguage(req, state);
    const vars = {
      brand: tenant.settings.brandName ?? tenant.name,
      category: category?.name ?? '',
      days: String(PAUSE_DAYS),
    };
    const option = (value: PreferenceChoice, key: PreferenceTextKey, checked = false) =>
      `<label><input type="radio" name="choice" value="${value}"${checked ? ' checked' : ''}>${textHtml(key, lang, vars)}</label>`;
    const form = `<p>${textHtml('intro', lang, vars)}</p><form method="post" action="/preferences">
<input type="hidden" name="t" value="${escapeHtml(token)}">
${option('stop_all', 'stopAll', true)}
${category ? option('stop_category', 'stopCategory') : ''}
${option('pause', 'pause')}
${option('resubscribe', 'resubscribe')}
<button type="submit">${textHtml('save', lang, vars)}</button></form>`;
    send(res, status, lang, pageHtml(lang, 'title', vars, form));
  }

  router.get('/preferences', async (req, res) => {
    const token = typeof req.query.t === 'string' ? req.query.t : '';
    const state = await links.open(token);
    if (!state.ok) return problem(req, res, state);
    showForm(req, res, state, token, 200);
  });

  router.post(
    '/preferences',
    express.urlencoded({ extended: false, limit: '8kb' }),
    async (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const token = typeof body.t === 'string' ? body.t : '';
      const choice = CHOICES.find((c) => c === body.choice);
      const state = await links.open(token);
      if (!state.ok) return problem(req, res, state);
      if (!choice || (choice === 'stop_category' && !state.category)) {
        showForm(req, res, state, token, 400);
        return;
      }
      const done = await links.choose(token, choice);
      if (!done.ok) return problem(req, res, done);
      const lang = pageLanguage(req, done);
      const vars = {
        brand: done.tenant.settings.brandName ?? done.tenant.name,
        category: done.category?.name ?? '',
        days: String(PAUSE_DAYS),
      };
      const text = textHtml(DONE[choice], lang, vars);
      send(res, 200, lang, pageHtml(lang, 'title', vars, `<p class="done">${text}</p>`));
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
      // No language given: the page finds the customer's own (see pageLanguage).
      input.language ?? null,
      input.days,
    );
    // PUBLIC_URL when set: behind a proxy that rewrites Host, the request's own would name the
    // internal host, and a Host header is whatever the caller sent.
    const base = deps.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const url = `${base}/preferences?t=${token}`;
    res.status(201).json({ url, token, expiresAt: expiresAt.toISOString() });
  });
  return router;
}
