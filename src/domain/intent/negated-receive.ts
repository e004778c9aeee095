/**
 * A negator before "receive" inside an opt-in phrase (round 7c): "ขอไม่รับโฆษณาค่ะ" (please, I do
 * not receive ads), "请不接收广告", "広告は受け取らないで" read by an opt-in rule whose gap lets
 * the negator in ("(ขอ) ~2 (รับ) ~3 (@obj)"). Asking not to receive is a stop, never an opt-in,
 * in every language: the finding turns into an opt-out (explicit when the marketing is named
 * in it). General language knowledge, to be reviewed by native speakers.
 */
import { runs, startsAt, type RunList } from './asking';
import type { Finding } from './finding';
import { LEXICONS } from './lexicon';
import { CONSENT_VERBS } from './lexicon/round6-rules';
import { isBoundary, isUnspaced } from './normalize';
import type { Lang } from './types';

/** To receive, to get (a message), in the 22 languages; consent verbs count too. */
const RECEIVE = runs(`
  receive, receiving, get, getting, recibir, recibo, reciba, recibiendo, receber, recebo,
  recebendo, recevoir, recois, reçois, recevions, erhalten, bekommen, empfangen, kriegen,
  ricevere, ricevo, ricevendo, menerima, terima, nerima, dapat, dapet, mendapat, lena, chahta,
  प्राप्त, पाना, लेना, وصول, استقبال, تلقي, استلام, استقبل, almak, almayi, almayı, получать,
  получить, получения, ontvangen, krijgen, otrzymywac, otrzymywać, dostawac, dostawać, nhan,
  nhận, tumanggap, matanggap, makatanggap, kupokea, kupata, পেতে, গ্রহণ, রাখতে, รับ, ได้รับ,
  接收, 收到, 接受, 收, 受け取, 受信, 届, ${CONSENT_VERBS.join(', ')}
`);

/** Each language's negators: Vietnamese "ko" (không) is Tagalog "gusto ko" (I want). */
const NEGATORS: ReadonlyMap<Lang, RunList> = new Map(
  LEXICONS.map((l) => [l.lang, runs(l.negators.join(', '))]),
);

/** How many tokens may stand between the negator and the verb ("don't want to receive"). */
const REACH = 3;
/** A script without spaces is read letter by letter: "ไม่อยากรับ" has four letters between. */
const REACH_UNSPACED = 6;

/** Where the shortest run of `list` starting at i ends (before `to`), else -1. */
function endAt(list: RunList, tokens: readonly string[], i: number, to: number): number {
  for (let j = i + 1; j <= to; j++) if (startsAt(list, tokens, i, j)) return j;
  return -1;
}

/** Whether the opt-in finding holds a negator governing a receive verb in its own span. */
export function refusesToReceive(tokens: readonly string[], f: Finding): boolean {
  const unspaced = isUnspaced(tokens.slice(f.start, f.end).join(''));
  const reach = unspaced ? REACH_UNSPACED : REACH;
  const negators = f.langs.flatMap((lang) => NEGATORS.get(lang) ?? []);
  for (let i = f.start; i < f.end; i++) {
    const n = Math.max(-1, ...negators.map((list) => endAt(list, tokens, i, f.end)));
    if (n < 0) continue;
    for (let k = n; k < Math.min(f.end, n + reach); k++) {
      if (isBoundary(tokens[k] ?? '')) break;
      if (endAt(RECEIVE, tokens, k, f.end) > 0) return true;
    }
  }
  return false;
}
