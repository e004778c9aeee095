/**
 * Round 8c of issue 18: phrase rules by class (general language knowledge, to be reviewed by
 * native speakers):
 * - German "wenn ihr nicht aufhört, zeige ich euch an" (if you don't stop, I'll report you): the
 *   stop is what is asked for (hypothetical.ts reads only questions). English "if you don't
 *   stop texting me I will report this number" is masked by the round-4 trap "don't stop
 *   sending" before any rule reads it: not fixed;
 * - Vietnamese formal "Tôi không muốn tiếp tục nhận tin nhắn tiếp thị" (I do not wish to go on
 *   receiving marketing messages): "tiếp tục" (continue) between the wish and the verb.
 */
import type { Lang } from '../types';
import { rules } from './rules';

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
