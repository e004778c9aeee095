/**
 * Round 17 (the lead's, after the merge): a limit on how often, then the rest stopped ("Two
 * messages a week is plenty, stop the rest", "Zwei Nachrichten pro Woche reichen, den Rest
 * bitte stoppen"). The model read these alone and, retrained with round 17's sentences, let
 * the English one fall under its bar; the rule reads them whatever the model weighs. The
 * messages are named before the "enough", so "two boxes are plenty, cancel the rest" (an
 * order) names none and stays none. The rest is said of the stop, in its clause, so rest-too.ts
 * keeps it a stop of the marketing. General language knowledge, to be reviewed by native
 * speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (message*|text*|msg*|offer*|promo*|mail*|email*) ~8 (plenty|enough|sufficient) @brk ~2 (stop|cancel|drop|skip) the (rest|others|other ones)
  `,
  de: `
    out (nachricht*|angebot*|werbung|mail*|newsletter) ~8 (reicht|reichen|genug) @brk ~2 (den rest|die anderen|alle anderen) ~2 (stoppen|abbestellen|weglassen|einstellen|abstellen)
  `,
  fr: `
    out (message*|offre*|promo*|mail*|newsletter*) ~8 (suffit|suffisent|assez) @brk ~2 (arretez|stoppez|supprimez|annulez) (le reste|les autres)
  `,
  es: `
    out (mensaje*|oferta*|promo*|correo*) ~8 (basta|bastan|suficiente|suficientes) @brk ~2 (paren|parad|quiten|cancelen|dejen) (el resto|los demas|los otros)
  `,
  pt: `
    out (mensage*|oferta*|promo*|email*) ~8 (chega|chegam|basta|bastam|suficiente) @brk ~2 (parem|cancelem|tirem|cortem) (o resto|as outras|os outros|as demais)
  `,
  it: `
    out (messaggi*|offert*|promo*|mail*) ~8 (basta|bastano|sufficiente|sufficienti) @brk ~2 (fermate|togliete|cancellate|bloccate) (il resto|gli altri|le altre)
  `,
  nl: `
    out (bericht*|aanbieding*|mail*|nieuwsbrie*) ~8 (genoeg|voldoende) @brk ~2 (stop|stopt|schrap) (de rest|de andere|met de rest)
  `,
};

/** The round-17k rules of one language. */
export function round17kRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
