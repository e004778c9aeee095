/**
 * Round 8c of issue 18: phrase rules by class (general language knowledge, to be reviewed by
 * native speakers):
 * - German "wenn ihr nicht aufhört, zeige ich euch an" (if you don't stop, I'll report you): the
 *   stop is what is asked for (hypothetical.ts reads only questions). English "if you don't
 *   stop texting me I will report this number" is masked by the round-4 trap "don't stop
 *   sending" before any rule reads it: not fixed;
 * - Vietnamese formal "Tôi không muốn tiếp tục nhận tin nhắn tiếp thị" (I do not wish to go on
 *   receiving marketing messages): "tiếp tục" (continue) between the wish and the verb.
 * Traps: Dutch leaving a course or a club ("Mijn dochter wil zich uitschrijven bij de
 * zwemles"), which German has had since round 4 ("beim Kurs abmelden").
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  de: `
    outneg wenn (ihr|sie) ~2 nicht (aufhort|aufhoren) @eoc
  `,
  vi: `
    outneg (khong|chang) (muon|can) ~1 tiep tuc ~1 nhan ~3 (@obj|tin|tin nhan|tiep thi|quang cao|khuyen mai)
  `,
};

export function round8cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

const TRAPS: Partial<Record<Lang, string>> = {
  nl: `
    (uitschrijven|afmelden|uitschrijving|afmelding|uitgeschreven|afgemeld) ~3 (les|lessen|cursus|zwemles|zwemlessen|training|sportschool|vereniging|workshop|school|club|sportclub|voetbal|dansles|muziekles)
    (les|lessen|cursus|zwemles|zwemlessen|training|sportschool|vereniging|workshop|club|sportclub|dansles|muziekles) ~2 (uitschrijven|afmelden)
  `,
};

export function round8cTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
