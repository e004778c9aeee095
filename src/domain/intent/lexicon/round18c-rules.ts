/**
 * Round 18c of issue 18: opt-ins missed in casual and long messages (batches 49, 51 and 52), and
 * a false one. General language knowledge, to be reviewed by native speakers:
 * - Russian and Ukrainian in Latin letters, subscribed back ("podpishite menya obratno na
 *   rassylku", "pidpyshit mene znovu na rozsylku"): round 8 reads their stops so written, the
 *   model read these as stops; the verb with "back", "again" or the mailing list is the request;
 * - Swahili "start again" said to the business ("Anzisheni tena ujumbe wa ofa"), with the
 *   messages or offers named;
 * - Tagalog "pa-join naman po ako" (let me join), as round 17h's "pasali/pasama … ako";
 * - French "je renvoie le décodeur" (I send the decoder back): the customer's own sending back,
 *   first person, is no "renvoyez-moi" (round 5's request for the offers again). A trap.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  ru: `
    in (podpishite|podpishi|podpisat|podpishete) ?(menya|nas) ~1 (obratno|snova|zanovo|opyat|na rassylku|na akcii|na aktsii)
  `,
  uk: `
    in (pidpyshit|pidpyshy|pidpysaty|pidpyshete) ?(mene|nas) ~1 (znovu|nazad|obratno|na rozsylku|na aktsii|na aktsiyi)
  `,
  sw: `
    in (anzisheni|anzeni|rudisheni) tena ~2 (ujumbe|ofa|matangazo|kunitumia|kutuma)
  `,
  tl: `
    in (pa join|pajoin|pa sali|pasali) ?(naman|na) ?(po) ako
  `,
};

const TRAPS: Partial<Record<Lang, string>> = {
  fr: `
    (je|j) ?(vous) ?(le|la|les|lui) (renvoie|renverrai|renvoyais)
  `,
};

export function round18cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

export function round18cTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
