/**
 * "How do I get only the delivery updates and not the ads?" (round 12, batch26): the customer
 * asks how to keep the service's notices without the marketing.
 * Round 13c: "can I turn off just the surveys and keep the rest?", "Est-ce qu'on peut couper
 * juste les sondages ?", "只关掉问卷调查，其他的保留，怎么设置？": a stop of one stream asked as a
 * question (`asksToStopOnlyOne`) is help too (round 15c: or with the rest kept, "but keep the
 * payment alerts"); "can you stop only the surveys?" asks for it. A question about the way
 * out, answered with help (which names the way out and what stays), in every language at
 * once: "Hoe krijg ik alleen de bezorgupdates en geen reclame?", "Sirf delivery updates aayein,
 * ads na aayein, iske liye kya karna hoga?", "怎样才能只收物流通知，不收广告？". Three things
 * must meet in the message: a how (or "what do I have to do"), an "only", and the marketing
 * named beside a "not" or "without". Without the how it is a request ("only the delivery
 * updates, no ads please": a partial stop, read by the rules); without the "only" and the
 * refused marketing it asks something else ("how do I get the updates by email?").
 * General language knowledge, to be reviewed by native speakers.
 */
import { findRun, has, hasStem, HOW_WORDS, isQuestionSpan, runs } from './asking';
import { sentenceOf, sentencesOf, type Span } from './bounds';
import { MARKETING } from './not-marketing';
import { namesServiceNotice } from './service-only';

/**
 * How, or what to do: the question asks for a procedure (the shared words, then this reader's
 * own). Ukrainian "як" and Polish "jak" alone are also "if / as": "only" and the marketing beside
 * them make the question.
 */
const HOW = runs(`
  ${HOW_WORDS},
  what do i do, what should i do, what do i have to do, comment faire, que dois je faire,
  como hago, cómo hago, que tengo que hacer, o que faco, o que faço, como faco, como faço,
  was muss ich tun, come faccio, cosa devo fare, caranya, gmn, kya karna, kya karna hoga,
  kya karun, کیا کرنا, شو لازم, ne yapmaliyim, ne yapmalıyım, ne yapmam lazim, ne yapmam lazım,
  что делать, что нужно сделать, як, що робити, що зробити, wat moet ik doen, jak, co zrobic,
  co zrobić, nifanyeje, jinsi gani, কি করতে, কী করতে, ทำไง, ทำยังไง, 怎样, どう, chinh sao, chỉnh sao,
  cai sao, cài sao, cai dat sao, cài đặt sao, 方法, วิธี
`);

/** Only, just: the notices kept, nothing else. */
export const ONLY = runs(`
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

/**
 * Whether the message asks how to keep only the notices, the marketing refused. Round 18b: the
 * message asks (a question mark), or the how and the "only" share a sentence: "I cannot come to
 * your shop any more. Please no more offers to this number, this WhatsApp is for my family only"
 * asks nothing (English "come" is Italian "how").
 */
export function asksForNoticesOnly(tokens: readonly string[], asks: boolean): boolean {
  const n = tokens.length;
  if (!has(HOW, tokens, 0, n) || !has(ONLY, tokens, 0, n)) return false;
  if (
    !asks &&
    !sentencesOf(tokens).some(
      ([from, to]) => has(HOW, tokens, from, to) && has(ONLY, tokens, from, to),
    )
  )
    return false;
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

/**
 * Whether a "still get" (a `still` signal at `span`) asks what remains (round 15c): after a stop,
 * in a how-question, of a service notice and no marketing ("how do I stop only the promos but
 * still get the booking confirmations?", "macam mana nak stop promo je tapi pengesahan tempahan
 * masih dapat?"). No complaint that the messages still come: "how come I said stop and still get
 * these?", "how do I unsubscribe, I still receive your promos".
 * Round 17f (batch 50): the stop asked about or supposed in one sentence, then "will the delivery
 * info still come?" asked in the next ("Caranya berhenti dari pesan-pesan ini gimana? Kalau saya
 * berhenti, info pengiriman lemari saya tetap masuk gak?"): a question whose sentence names a
 * service notice and no marketing asks which messages stay, it complains of nothing.
 */
export function asksWhatRemains(
  tokens: readonly string[],
  span: Span,
  questions: readonly number[] = [],
): boolean {
  const [from, to] = sentenceOf(tokens, span);
  if (has(MARKETING, tokens, span.end, to)) return false;
  const stem = hasStem(tokens, from, span.start);
  if (stem >= 0 && has(HOW, tokens, from, to) && namesServiceNotice(tokens, stem, to)) return true;
  return (
    isQuestionSpan(tokens, questions, from, to) &&
    namesServiceNotice(tokens, from, to) &&
    !has(MARKETING, tokens, from, span.end)
  );
}

/**
 * Only one of the streams (round 13c). Narrower than ONLY: "just", "aja", "lang" and "بس" also
 * make a request softer ("can I just say, stop texting me?"), and Indonesian "cuma" is as often
 * "it's just that" ("cuma notif diskon tiap hari bikin penuh HP, bisa dimatiin buat saya?" asks
 * for the stop).
 */
const ONE = runs(`
  only, just the, solo, sólo, solamente, unicamente, únicamente, apenas, so os, so as, só os,
  só as, somente, seulement, uniquement, juste les, juste le, juste la, nur, alleen, enkel, tylko,
  только, лишь, тільки, лише, sadece, yalnizca, yalnızca, hanya, sahaja, chi, chỉ, rieng,
  riêng, sirf, सिर्फ, केवल, صرف, শুধু, فقط, เฉพาะ, 只, 仅, 僅, だけ, のみ, pekee, lamang
`);

/**
 * Keeping the rest (round 15c): "how do I turn off the ads but keep the payment alerts?",
 * "広告だけ止めて、利用通知は残す方法ってありますか?": the stop of one stream asked about names
 * what stays instead of an "only".
 */
const KEEP = runs(`
  keep, keeping, behalten, garder, conserver, mantener, manter, tenere, mantenere, houden,
  behouden, zachowac, zachować, zostawic, zostawić, оставить, сохранить, залишити, зберегти,
  kalsin, kalsın, tutmak, kekalkan, giu, giữ, panatilihin, rakhna, rakhni, rakhun, رکھنا,
  রাখতে, রাখব, ابقي, ابقاء, احتفظ, เก็บไว้, คงไว้, 保留, 留着, 残す, 残し, 残して, kubaki
`);

/** The customer asking whether they can: "can I", "is it possible", "est-ce qu'on peut". */
const MAY_I = runs(`
  can i, can we, could i, is it possible, is there a way, possible to, est ce qu on peut,
  est ce que je peux, peut on, puis je, on peut, je peux, puedo, podemos, se puede, es posible,
  hay forma, hay manera, posso, da pra, dá pra, tem como, e possivel, é possível, kann ich, kann man,
  konnen wir, können wir, ist es moglich, ist es möglich, lasst sich, lässt sich, si puo, si può,
  e possibile, è possibile, kan ik, kunnen we, is het mogelijk, czy moge, czy mogę, czy mozna,
  czy można, da sie, da się, можно, могу ли, можно ли, чи можна, чи можу, можна, mumkun, mümkün,
  olur mu, bisa, bisakah, boleh, bolehkah, duoc khong, được không, co the, có thể, pwede, puwede,
  naweza, inawezekana, sakta, sakti, sakte, سکتا, سکتی, সম্ভব, পারি, ممكن, يمكن, اقدر, أقدر,
  ได้ไหม, ได้มั้ย, 可以, 能不能, 能否, できますか, できる
`);

/**
 * Whether tokens[from, to), a sentence holding a stop, asks whether or how the customer can stop
 * only one stream: a question (its "?" or a how) with "only" and a how or a "can I".
 */
export function asksToStopOnlyOne(
  tokens: readonly string[],
  questions: readonly number[],
  from: number,
  to: number,
): boolean {
  const how = has(HOW, tokens, from, to);
  if (!questions.includes(to) && !how) return false;
  // The rest kept counts in a question only: "keep your promos, I'll come in when I need a cut"
  // refuses them.
  const kept = questions.includes(to) && has(KEEP, tokens, from, to);
  return (has(ONE, tokens, from, to) || kept) && (how || has(MAY_I, tokens, from, to));
}
