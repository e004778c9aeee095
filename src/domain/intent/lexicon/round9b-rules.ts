/**
 * Round 9b of issue 18: stop words in another sense, masked before the rules read a message
 * (general language knowledge, to be reviewed by native speakers):
 * - "as long as" / "it suffices": Turkish "yeter ki" ("Yeter ki kargo hızlı gelsin"), Italian
 *   "basta che", Spanish "con eso basta", Russian "хватит ли" (is it enough?), Polish
 *   "wystarczy na", Dutch "genoeg voor", English "enough for", German "es reicht für", French "ça
 *   suffit pour";
 * - an offer shown as closed: Hindi/Urdu "band dikh raha hai" (the offer shows as closed), "kab
 *   khulega";
 * - Portuguese "chega" (arrives) with a day or a message: "Chega amanhã?", "ainda chega msg"
 *   (messages still arrive; "chega de mensagens" stays a stop).
 * A bare "Yeter!", "Basta!", "Хватит!" and "offers band karo" stay stops.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/**
 * "Don't invite me again", "no more invitations" (round 9b): invitations to events are
 * marketing; leaving one event ("I can't come on Saturday", booked-errand.ts) is not. With
 * "again", "any more" or "next time" the customer stops them all.
 */
const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (stop|quit) ~1 (sending|send) ~2 (invitations|invites)
    outneg (no more|don t send|dont send|do not send) ~3 (invitations|invites)
    outneg (don t|dont|do not) invite me ~3 (again|anymore|any more|next time|in future|future)
  `,
  de: `
    outneg (ladet|laden sie) mich ~3 nicht mehr ~2 ein
    outneg keine einladungen mehr
  `,
  fr: `
    outneg ne m invitez plus
    outneg plus d invitations
  `,
  es: `
    outneg no me (inviten|invites|invitéis|inviteis) ~3 (mas|nunca|otra vez)
    outneg no ~1 (mas|más) invitaciones
  `,
  pt: `
    outneg (nao|não) me (convidem|convide|convidar) ~3 (mais)
    outneg (nao|não) ~2 (mandem|enviem) ~3 convites
  `,
  it: `
    outneg non (invitatemi|mi invitate) ~1 (piu|più)
  `,
  nl: `
    outneg nodig me ~3 niet meer ~1 uit
  `,
  pl: `
    outneg nie zapraszajcie mnie ~3 (wiecej|więcej|juz|już)
  `,
  ru: `
    outneg (не приглашайте|больше не приглашайте) ~1 ?меня
  `,
  uk: `
    outneg (не запрошуйте|більше не запрошуйте) ~1 ?мене
  `,
  tr: `
    outneg ?beni ~2 davet etmeyin
  `,
  id: `
    outneg (jangan|gak usah|ga usah|tidak usah|nggak usah) ~2 (undang|diundang|mengundang) ~4 lagi
  `,
  ms: `
    outneg (jangan|tak payah|tak perlu) ~2 (jemput|undang) ~4 lagi
  `,
  vi: `
    outneg (dung|khong can) ~2 moi ~4 (nua|lan sau)
  `,
  tl: `
    outneg (wag|huwag) ~5 (imbitahin|iimbitahin|imbitahan)
  `,
  th: `
    outneg ไม่ต้อง ~2 เชิญ
  `,
};

export function round9bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

const TRAPS: Partial<Record<Lang, string>> = {
  en: `
    enough for
    big enough
    good enough
    fair enough
    (is|was) (that|it|this) enough
  `,
  de: `
    reicht (das|es|der|die) ~2 (fur|für)
    (es|das) reicht (fur|für|fuer)
    reicht das
  `,
  fr: `
    (ca|cela|ça) suffit (pour|a|à)
    suffit (pour|a|à) (deux|trois|quatre|un|une)
  `,
  es: `
    con (eso|esto|uno|una|dos) basta
    basta con (uno|una|eso|esto|dos)
    basta y sobra
  `,
  pt: `
    (ainda|sempre|continua|continuam) ~1 (chega|chegam|chegando)
    (chega|chegam) (msg|msgs|mensagem|mensagens|sms|promo|promos|promocao|promocoes|propaganda|email|e mail)
    (chega|chegam) ~1 (amanha|hoje|quando|ate|em|na|no|sexta|segunda|terca|quarta|quinta|sabado|domingo)
    quando (chega|chegam)
  `,
  it: `
    basta che
    basta (uno|una|questo|quello) ~1 (per|grazie)
  `,
  nl: `
    genoeg voor
  `,
  pl: `
    (starczy|wystarczy) ~2 (na|dla|mi)
    czy (starczy|wystarczy)
  `,
  ru: `
    хватит ли
    (хватит|хватит ли) ~2 (на|для) ~2 (месяц|неделю|двоих|всех|человек)
  `,
  uk: `
    чи вистачить
    вистачить (на|для)
  `,
  tr: `
    yeter ki
    yeterki
  `,
  hi: `
    band ~2 (dikh*|dikha*|dikhai*)
    kab (khulega|khulegi|khulenge)
  `,
  ur: `
    band ~2 (dikh*|dikha*|dikhai*)
    kab (khulega|khulegi|khulenge)
  `,
};

export function round9bTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
