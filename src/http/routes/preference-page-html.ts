/**
 * The preference page's HTML: one small document, no JavaScript, inline style only (helmet's
 * default CSP allows it), in the customer's language with its direction (`dir="rtl"` for Arabic
 * and Urdu). Values put into a text (the brand, a category name) are escaped and isolated in
 * <bdi>, so a Latin brand inside an Arabic sentence does not reorder the words around it.
 */
import {
  localeLanguage,
  preferenceText,
  type PreferenceTextKey,
  type TextFormat,
  type TextLocale,
} from '../../domain/consent-texts';
import { textDirection } from '../../domain/languages';

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const HTML: TextFormat = { literal: escapeHtml, value: (v) => `<bdi>${escapeHtml(v)}</bdi>` };

/**
 * The system's own fonts: no web font to fetch (the CSP would need a host, the page would wait
 * for it). system-ui is the phone's UI font, which covers the phone's own language; the names
 * after it cover the desktops; a missing glyph falls back per character to any installed font
 * that has it (Thai, Bengali, Devanagari, CJK: Debian needs fonts-noto-ui-core and
 * fonts-droid-fallback, see scripts/ensure-browser.js). Japanese breaks lines between phrases,
 * not inside a word, where the browser knows how (word-break: auto-phrase, Chromium 119+).
 */
const FONTS =
  'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif';

const STYLE = `body{font-family:${FONTS};max-width:32rem;margin:2rem auto;padding:0 1rem;
line-height:1.6;color:#1a1a1a}h1{font-size:1.4rem;line-height:1.4}label{display:block;padding:.6rem;
margin:.4rem 0;border:1px solid #ccc;border-radius:.4rem}input{margin-inline-end:.4rem}
button{margin-top:1rem;padding:.7rem 1.2rem;font-size:1rem;font-family:inherit;border:0;
border-radius:.4rem;background:#075e54;color:#fff}p.done{font-size:1.1rem}
:lang(ja){word-break:auto-phrase}`;

/** Escaped HTML of one text, its placeholders filled from `vars`. */
export function textHtml(
  key: PreferenceTextKey,
  lang: TextLocale,
  vars: Record<string, string> = {},
): string {
  return preferenceText(key, lang, vars, HTML);
}

/** A whole page: `title` (a text key) heads it and names the tab; `body` is trusted HTML. */
export function pageHtml(
  lang: TextLocale,
  title: PreferenceTextKey,
  vars: Record<string, string>,
  body: string,
): string {
  const tab = escapeHtml(preferenceText(title, lang, vars));
  return `<!doctype html><html lang="${lang}" dir="${textDirection(localeLanguage(lang))}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${tab}</title>
<style>${STYLE}</style></head><body><h1>${textHtml(title, lang, vars)}</h1>${body}</body></html>`;
}
