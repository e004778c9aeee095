/**
 * Round 17d of issue 18: help and status missed in long messages (batch 48). General language
 * knowledge, to be reviewed by native speakers:
 * - How to get off the list, asked with German's separable verbs ("Wie melde ich mich von dem
 *   Verteiler ab?", "Wie trage ich mich aus dem Newsletter aus?"): the particle closes the
 *   clause, far from the stem asking.ts knows ("abmelden"). Help.
 * - French "on me renvoie que des codes promo" (they only send me promo codes back) tells what
 *   comes in; round 5's "renvoie(-moi)" asks for the offers again only as an imperative, with
 *   the pronoun after the verb. A trap: a subject and the pronoun before the verb.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const HELP: Partial<Record<Lang, string>> = {
  de: `
    help wie ?(kann|muss|soll) (melde|trage|schreibe|melden|tragen|schreiben) (ich mich|man sich|ich mich denn) ~6 (ab|aus) @eoc
  `,
};

export function round17dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(HELP[lang] ?? '');
}

const TRAPS: Partial<Record<Lang, string>> = {
  fr: `
    (on|il|elle|ca|qui|ils|elles) ?(ne) (me|nous) (renvoie|renvoient)
  `,
};

export function round17dTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
