/**
 * "How do I get only the delivery updates and not the ads?" (round 12, batch26): the customer
 * asks how to keep the service's notices without the marketing. A question about the way
 * out, answered with help (which names the way out and what stays), in every language at
 * once: "Hoe krijg ik alleen de bezorgupdates en geen reclame?", "Sirf delivery updates aayein,
 * ads na aayein, iske liye kya karna hoga?", "怎样才能只收物流通知，不收广告？". Three things
 * must meet in the message: a how (or "what do I have to do"), an "only", and the marketing
 * named beside a "not" or "without". Without the how it is a request ("only the delivery
 * updates, no ads please": a partial stop, read by the rules); without the "only" and the
 * refused marketing it asks something else ("how do I get the updates by email?").
 * General language knowledge, to be reviewed by native speakers.
 */
import { findRun, has, runs } from './asking';
import { MARKETING } from './not-marketing';

/** How, or what to do: the question asks for a procedure. */
const HOW = runs(`
  how, how do, how can, what do i do, what should i do, what do i have to do, comment,
  comment faire, que dois je faire, como, cómo, como hago, cómo hago, que tengo que hacer,
  o que faco, o que faço, como faco, como faço, wie, was muss ich tun, come, come faccio,
  cosa devo fare, gimana, bagaimana, cara, caranya, gmn, macam mana, kaise, kese, kya karna,
  kya karna hoga, kya karun, کیسے, کیا کرنا, كيف, ازاي, شو لازم, nasil, nasıl, ne yapmaliyim,
  ne yapmalıyım, ne yapmam lazim, ne yapmam lazım, как, что делать, что нужно сделать, як,
  що робити, що зробити, hoe, wat moet ik doen, jak, co zrobic, co zrobić, lam sao, làm sao,
  lam the nao, làm thế nào, paano, pano, vipi, nifanyeje, jinsi gani, কিভাবে, কীভাবে, কি করতে,
  কী করতে, ยังไง, อย่างไร, ทำไง, ทำยังไง, 怎么, 怎样, 怎麼, 如何, どう, どうすれば, どうやって
`);

/** Only, just: the notices kept, nothing else. */
const ONLY = runs(`
  only, just, solo, sólo, solamente, unicamente, únicamente, apenas, so, só, somente, seulement,
  uniquement, nur, alleen, enkel, tylko, только, лише, тільки, sadece, yalnizca, yalnızca, hanya,
  cuma, cuman, saja, sahaja, chi, chỉ, sirf, सिर्फ, केवल, صرف, শুধু, shudhu, sudhu, فقط, แค่,
  เฉพาะ, 只, 仅, 僅, だけ, のみ, pekee, tu, lang, lamang
`);

/** Not, without: the marketing refused. */
const WITHOUT = runs(`
  not, no, none of, without, sin, sem, nao, não, sans, pas, pas les, ohne, keine, kein, geen,
  niet, zonder, bez, nie, без, не, olmadan, almamak, almayayim, almayayım, tanpa, tidak, gak,
  ga, nggak, bukan, khong, không, ko, nahi, nahin, na, নয়, না, বাদে, ছাড়া, بدون, بلا, مش, ไม่,
  ไม่เอา, ไม่รับ, 不, 不要, 不收, 别, なし, 無し, 止め, bila, hakuna, hindi, di, wala, tak, takde
`);

/** Marketing words too short or too common for the shared list: French "la pub" (ads). */
const MORE_MARKETING = runs('la pub, de pub, les pub, d pub');

/**
 * How far after its "not" the marketing may be named ("not the promotional messages"), and how
 * far before it where the negation follows the noun ("ads na aayein", "reklamları almamak").
 */
const REFUSED_AFTER = 4;
const REFUSED_BEFORE = 2;

/** Whether the message asks how to keep only the notices, the marketing refused. */
export function asksForNoticesOnly(tokens: readonly string[]): boolean {
  const n = tokens.length;
  if (!has(HOW, tokens, 0, n) || !has(ONLY, tokens, 0, n)) return false;
  for (let at = findRun(WITHOUT, tokens, 0, n); at >= 0; at = findRun(WITHOUT, tokens, at + 1, n)) {
    const to = Math.min(n, at + 1 + REFUSED_AFTER);
    const after = Math.max(
      findRun(MARKETING, tokens, at + 1, to),
      findRun(MORE_MARKETING, tokens, at + 1, to),
    );
    const before = findRun(MARKETING, tokens, Math.max(0, at - REFUSED_BEFORE), at);
    if (after >= 0 || before >= 0) return true;
  }
  return false;
}
