/**
 * Round 14f of issue 18: batch 36's "skip me with those promos" (nl "kunnen jullie mij voortaan
 * overslaan met die acties?", de "könnt ihr mich bei den Werbemails künftig auslassen?"): to be
 * left out of the marketing is a stop. And two plain stops the model read alone until the round-14
 * retrain moved them under its bar: Swahili "jumbe hizi zikome" (let these messages stop), Turkish
 * "bildirimleri kapatın, indirimler umurumda değil" (switch the notifications off, I don't care
 * about discounts). General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (leave me out of|skip me for|skip me on|skip me with) ~3 (offers|promos|deals|ads|sales|newsletter|marketing|these)
  `,
  de: `
    out mich ~4 (werbung|werbemails|angeboten|angebote|newsletter|aktionen|rabattaktionen|werbenachrichten) ~3 (auslassen|aussparen|weglassen|rauslassen)
  `,
  sw: `
    out (jumbe|ujumbe|meseji|sms|matangazo|ofa) ~2 (hizi|hizo|zenu) ~1 (zikome|ikome|zisitishwe|zikomeshwe)
  `,
  tr: `
    out (bildirimleri|bildirimlerinizi|mesajlari|mesajları) ~2 (kapatin|kapatın) @brk ~3 (indirim*|kampanya*|reklam*)
  `,
  nl: `
    out (mij|me) ~3 overslaan ~3 (met|bij|voor) ~3 (acties|aanbiedingen|reclame|nieuwsbrief|promoties|deals)
  `,
};

export function round14fRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
