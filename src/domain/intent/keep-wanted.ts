/**
 * The messages still wanted (round 18f, batch 55's short questions): after a stop sent by
 * mistake, the wish is often for the messages themselves, with no "again" or "back" ("Oops, hit
 * stop on the wrong chat last night. I do want your messages!", "Mujhe messages chahiye",
 * "Mình vẫn muốn nhận tin", "ik wil de berichten juist wel blijven krijgen"), or the messages
 * are bidden to go on ("mesajlar gelmeye devam etsin", "أبغى الرسايل تستمر"). sent-by-mistake.ts
 * asks this beside its "put me back" words; only ever after a mistake told there.
 *
 * A stop after the wish in its clause is what is wished ("please stop the messages"). The wish
 * is negated by the message's own negators only: "sí quiero sus mensajes" is an emphatic yes in
 * Spanish, though "si" is Swahili "not" ("no quiero más mensajes" stays a stop).
 * General language knowledge, to be reviewed by native speakers.
 */
import { findRuns, has, hasStem, runs } from './asking';
import { clauseOf } from './bounds';
import { WISH } from './did-it-work';
import type { Finding } from './finding';
import { ownNegator } from './language';
import { MARKETING } from './not-marketing';

/** The plain word for "messages" where MARKETING names none: said of the messages wanted. */
const MESSAGES = runs(`
  message, msg, pesannya, mesej, jumbe, tin, tin nhan, mensagens, الرسايل, رسايلكم, رسائلكم, ข้อความ, メッセージ, 信息
`);

/** The messages bidden to go on: "keep them coming", "devam etsin", "تستمر". */
const GO_ON = runs(`
  keep them coming, keep coming, keep sending, keep em coming, devam etsin, devam etsin lutfen, gelmeye devam,
  تستمر, يستمر, خلوها تستمر, terus, terus terima, terus hantar, tiep tuc, tiếp tục, endelea, ziendelee,
  jaari rakhein, jari rakhein, جاری رکھیں, चालू रखें, blijven, blijven krijgen, dalej, nadal, weiter,
  continuer, continuare, continuar, seguir, продолжайте, продовжуйте, 继续, 続けて, ต่อ
`);

/**
 * Where a clause wishes for the messages or bids them go on, with no negator of the message's
 * own language just before the wish; -1 when none.
 */
export function wantsThemStill(tokens: readonly string[], findings: readonly Finding[]): number {
  const negated = ownNegator(tokens);
  const wishes = [
    ...findRuns(WISH, tokens, 0, tokens.length),
    ...findRuns(GO_ON, tokens, 0, tokens.length),
  ];
  for (const at of wishes.sort((a, b) => a - b)) {
    const [from, to] = clauseOf(tokens, { start: at, end: at + 1 });
    if (negated(tokens[at - 1]) || (at - 2 >= from && negated(tokens[at - 2]))) continue;
    if (tokens.slice(at, to).some((t) => negated(t))) continue;
    // "No, I meant it, please stop the messages": a stop after the wish is what is wished.
    if (hasStem(tokens, at, to) >= 0) continue;
    if (findings.some((f) => f.intent === 'opt_out' && f.start >= at && f.start < to)) continue;
    if (has(MARKETING, tokens, from, to) || has(MESSAGES, tokens, from, to)) return at;
  }
  return -1;
}
