/**
 * Round 8d of issue 18: phrase rules by class (general language knowledge, to be reviewed by
 * native speakers): Italian "disattivate le notifiche promozionali" (switch off the promotional
 * notifications), a stop with the promotions named, which the retrained model no longer
 * carried alone (fresh-batch7).
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  it: `
    out (disattivate|disattiva|disattivare|disattivatemi|spegnete|togliete) ~3 (promo*|offert*|pubblicit*|newsletter|messaggi promozionali)
  `,
};

/** The round-8d rules of one language. */
export function round8dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
