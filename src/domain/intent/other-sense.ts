/**
 * Stop words in another sense (round 9b; the traps of lexicon/round9b-rules.ts mask them for the
 * rules): "yeter ki" (as long as), "basta che", "хватит ли" (is it enough?), "band dikh raha hai"
 * (shows as closed). The learned model sees the stop word's letters and may raise a stop the
 * rules set aside on purpose: learned.ts closes it when one of these stands in the message.
 */
import { has, runs } from './asking';

const OTHER_SENSE = runs(`
  yeter ki, yeterki, basta che, con eso basta, eso basta, basta con, basta y sobra, хватит ли, чи вистачить,
  enough for, big enough, good enough, fair enough, genoeg voor, starczy na, starczy mi, czy starczy, wystarczy na, czy wystarczy, band dikh*, band dikha*,
  band dikhai*, kab khulega, kab khulegi, ainda chega, chega amanha, quando chega
`);

export function usesStopWordOtherwise(tokens: readonly string[]): boolean {
  return has(OTHER_SENSE, tokens, 0, tokens.length);
}
