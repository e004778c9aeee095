/**
 * How to come back, asked (round 18f, batch 55's short questions): "How do I get the offers
 * back?", "Como faço pra voltar a receber as promoções?", "怎么才能再收到你们的优惠信息？",
 * "Aapki VIP offers list mein judna hai, kaise judun?", "mau gabung grup broadcast promo,
 * caranya gimana?" The question how to receive the marketing again, or how to join its list, is
 * the request to come back: an opt-in, not a help question (the conversation layer answers it by
 * subscribing). asking.ts reads such how-questions as help, or nothing reads them at all.
 *
 * The boundary: the question holds a how-word, "again"/"back" or a joining word, and the
 * marketing or its list named; no unsubscription in it (a question about leaving is asking.ts's)
 * and no negator ("how do I not get them again?"); no stop read anywhere in the message. "How do I get my points back?" names no marketing.
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, hasStem, HOW_LIST, HOW_WORDS, isQuestionSpan, runs } from './asking';
import { sentencesOf } from './bounds';
import { saysAgain } from './come-back';
import type { Finding } from './finding';
import { ownNegator } from './language';
import { LIST_NAMED, MARKETING } from './not-marketing';

/** Joining the list or the offers: "join", "sign up", "judna", "gabung", "加入". */
const JOIN = runs(`
  join, sign up, signup, subscribe, register, beitreten, anmelden, eintragen, rejoindre,
  m inscrire, inscrire, abonner, unirme, suscribirme, inscribirme, apuntarme, me inscrever,
  inscrever, cadastrar, assinar, iscrivermi, iscrivere, aanmelden, inschrijven, lid worden, dolaczyc,
  dołączyć, zapisac sie, zapisać się, zapisac, zapisać, вступить, подписаться, попасть, приєднатися,
  підписатися, potrapyty, katilmak, katılmak, katilabilirim, katılabilirim, abone olmak, abone olabilirim,
  gabung, daftar, join grup, masuk grup, sertai, langgan, melanggan, dang ky, đăng ký,
  sumali, mag join, mag subscribe, magpa subscribe, kujiunga, jiunga, kujisajili, judna, judun,
  जुड़ना, जुड़ूं, जुड़ें, shamil, शामिल, شامل, جڑنا, jog dite, যোগ দিতে, যোগ দেব, যুক্ত হতে, انضم, الانضمام,
  اشترك, สมัคร, เข้าร่วม, 加入, 订阅, 訂閱, 登録, 入りたい
`);

/**
 * "How" itself: without a question mark, HOW_LIST's purpose words ("para que", "damit", "чтобы")
 * ask nothing ("ทำยังไงถึงจะได้รับโปรอีกครับ" asks with its "ยังไง").
 */
const HOW = runs(HOW_WORDS);

/** Findings read again: a how-question about coming back or joining is an opt-in. */
export function askedHowToComeBack(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  if (findings.some((f) => f.intent !== 'help')) return [...findings];
  const negated = ownNegator(tokens);
  const asked = sentencesOf(tokens).find(
    ([from, to]) =>
      has(HOW_LIST, tokens, from, to) &&
      (isQuestionSpan(tokens, questions, from, to) || has(HOW, tokens, from, to)) &&
      (saysAgain(tokens, from, to) || has(JOIN, tokens, from, to)) &&
      (has(MARKETING, tokens, from, to) || has(LIST_NAMED, tokens, from, to)) &&
      hasStem(tokens, from, to) < 0 &&
      !tokens.slice(from, to).some(negated),
  );
  if (!asked) return [...findings];
  const [start, end] = asked;
  // Help read elsewhere in the message is another question ("…and what are your hours?").
  const rest = findings.filter((f) => f.end <= start || f.start >= end);
  const optIn: Finding = {
    intent: 'opt_in',
    certainty: 'explicit',
    // Not the message's words: they tell its language (language.ts excludes the matched ones).
    matched: 'asked how to come back',
    langs: [],
    start,
    end,
    source: 'sentence',
    all: false,
  };
  return [...rest, optIn];
}
