/**
 * Round 15b of issue 18: "unsubscribe" as voice-to-text hears it ("please on subscribe me from
 * the offers", "an subscribe me", "subscribe me from these"): the rules read the bare
 * "subscribe" as an opt-in, but "subscribe me from" (or "off") only ever takes the customer
 * off something, and "on/an/un subscribe me" is the word split by dictation.
 * And the offers asked for beside what a customer already gets (batch 39, a gym): "Gửi cả ưu đãi
 * hội viên nữa nha, không chỉ lịch tập" (send the member offers too, not just the class
 * schedule), which the model read as a stop: "too … not only" adds, it takes nothing away (a
 * `keep` rule: its own "not" cancels nothing).
 * General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outneg (on|an|un) subscribe (me|us|my number)
    outneg subscribe (me|us|my number) (from|off) ~2 (offers|promos|promotions|deals|list|messages|newsletter|marketing|ads|texts|sms|these|this|them|all|everything)
    keep (send|include) ~4 (offers|deals|promos|discounts|promotions|sales) ~2 (too|as well|also) @brk ?and not (just|only)
  `,
  vi: `
    keep gửi ~3 (ưu đãi|khuyến mãi|khuyến mại|deal|voucher|km) ~4 @brk ?(chứ|mà) không (chỉ|phải chỉ)
  `,
  es: `
    keep (manden|mándenme|mandenme|envíen|envíenme|envienme) ~4 (ofertas|promociones|descuentos|promos) ~3 también @brk no (solo|sólo|nomás)
  `,
  pt: `
    keep (mandem|mandem me|enviem|enviem me|manda|mande) ~4 (ofertas|promoções|promocoes|descontos|promos) ~3 também @brk não (só|apenas)
  `,
  de: `
    keep (schickt|sendet|schicken sie|senden sie) ~4 (angebote|aktionen|rabatte|gutscheine|deals) ~3 auch @brk nicht nur
  `,
  id: `
    keep (kirim|kirimin|kirimkan) ~4 (promo|diskon|penawaran|voucher) ~3 juga @brk (bukan|jangan|ga|gak|nggak) (cuma|hanya|cuman|doang)
  `,
};

export function round15bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/**
 * "Did you forget me?" asks whether the business forgot the customer (an order, the offers): the
 * imperative "forget me" (round 12e, a stop) is not in it.
 */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `
    (did|have|has|had) (you|u|ya|they|the shop) ?all (forget|forgot|forgotten) ?about (me|us)
  `,
};

export function round15bTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
