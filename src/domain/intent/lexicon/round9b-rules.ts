/**
 * Round 9b of issue 18: stop words in another sense, masked before the rules read a message
 * (general language knowledge, to be reviewed by native speakers):
 * - "as long as" / "it suffices": Turkish "yeter ki" ("Yeter ki kargo hızlı gelsin"), Italian
 *   "basta che", Spanish "con eso basta", Russian "хватит ли" (is it enough?), Polish
 *   "wystarczy na", Dutch "genoeg voor", English "enough for", German "reicht das";
 * - an offer shown as closed: Hindi/Urdu "band dikh raha hai" (the offer shows as closed), "kab
 *   khulega";
 * - Portuguese "chega" (arrives) with a day: "Chega amanhã?".
 * A bare "Yeter!", "Basta!", "Хватит!" and "offers band karo" stay stops.
 */
import type { Lang } from '../types';
import { words } from './rules';

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
    reicht das
  `,
  es: `
    con (eso|esto|uno|una|dos) basta
    basta con (uno|una|eso|esto|dos)
    basta y sobra
  `,
  pt: `
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
