/**
 * Round 8d of issue 18: phrase rules by class (general language knowledge, to be reviewed by
 * native speakers): Italian "disattivate le notifiche promozionali" (switch off the promotional
 * notifications), a stop with the promotions named, which the retrained model no longer
 * carried alone (fresh-batch7); a polite wish not to receive any more ("gostaria de não
 * receber mais mensagens promocionais", "quisiera no recibir más promociones", "preferirei non
 * ricevere più offerte"); "no more" before a marketing noun with words between ("keep the
 * appointment reminders coming but no more teeth whitening offers").
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  pt: `
    outneg (gostaria|gostariamos|queria|prefiro|preferia|desejo) ?(de) nao (receber|ser contactado|ser contatado|ser contactada|ser contatada) ?(mais) ~3 (@obj|mensage*|promo*|oferta*|publicidade|propaganda|newsletter)
  `,
  es: `
    outneg (quisiera|preferiria|preferiría|deseo|desearia|desearía) no (recibir|ser contactado|ser contactada) ?(mas|más) ~3 (@obj|mensaje*|promo*|oferta*|publicidad|newsletter)
  `,
  en: `
    out no more ~3 (offers|promos|promotions|deals|ads|adverts|marketing|newsletters)
  `,
  it: `
    outneg (preferirei|vorrei|desidero) non (ricevere|essere contattato|essere contattata) ?(piu|più) ~3 (@obj|messaggi|promo*|offert*|pubblicit*|newsletter)
    out (disattivate|disattiva|disattivare|disattivatemi|spegnete|togliete) ~3 (promo*|offert*|pubblicit*|newsletter|messaggi promozionali)
  `,
};

/** The round-8d rules of one language. */
export function round8dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
