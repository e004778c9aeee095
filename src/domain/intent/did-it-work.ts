/**
 * "Did I unsubscribe? I got one again today" (round 9b): a yes/no question about the customer's
 * own unsubscription, told as done ("did I", "am I unsubscribed", "Я отписался?", "Listeden
 * çıktım mı?", "Na-unsubscribe na po ba ako?", "udah ke-unsubscribe belum?", "退订成功了吗？"),
 * followed or not by a sentence saying a message came again, is a **status** question: the
 * customer asks whether the stop worked, they do not ask for it. The `still` signal ("again",
 * "still") used to turn it into a stop (signals.ts: "I unsubscribed and you still send them").
 *
 * Beside such a question, an opt-in read in a sentence that reports a message come in today
 * ("Heute schon wieder Werbung bekommen") is no wish to come back (`reportedReceipts`).
 *
 * The boundary: every stop read lies in such a question. A stop asked for or repeated outside
 * the question ("I unsubscribed last week and you still send these, STOP", "Bin ich abgemeldet?
 * Hört endlich auf!") and a statement with no question ("I unsubscribed and you still text me")
 * stay stops. A question that is a request ("can you unsubscribe me?") has no done-marker; one
 * that asks whether the business managed it does (round 14c: "Conseguiram me descadastrar?",
 * "Beni listeden çıkarabildiniz mi?", "¿Me habéis quitado ya de las promos o todavía no?").
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, isQuestionSpan, runs } from './asking';
import { clauseOf, sentenceOf } from './bounds';
import type { Finding } from './finding';
import { isUnspaced } from './normalize';

/** "Did I", "have I been", "am I": the unsubscription asked about as done, in every language. */
export const DONE_ASKED = runs(`
  did i, have i, have i been, am i, was i, did my, has my, is my, did it work, did that work, did it go through,
  bin ich, wurde ich, hat die abmeldung, hat es geklappt, ist meine abmeldung, hat das geklappt,
  suis je, je suis bien, ai je ete, ai je bien ete, est ce que je suis, ma desinscription a, ca a marche,
  ya me di, me di de baja, estoy dado, estoy dada, ya estoy, se hizo efectiva, fui dado, fui dada, funciono,
  ja fui, fui descadastrado, fui descadastrada, ja me descadastrei, estou descadastrado, estou descadastrada, deu certo,
  sono stato, sono stata, sono disiscritto, sono disiscritta, mi sono disiscritto, mi sono disiscritta, ha funzionato,
  ben ik, is mijn afmelding, is het gelukt, ben ik afgemeld,
  czy jestem, czy zostalem, czy zostałem, czy zostalam, czy zostałam, czy mnie, czy sie udalo, czy się udało,
  меня отписали, я отписался, я отписалась, или нет, отписан ли, отписана ли, я отписан, я отписана, получилось ли,
  мене відписали, я відписався, я відписалася, чи відписали, чи мене,
  ciktim mi, cikarildim mi, cikti mi, oldu mu, iptal oldu mu, silindim mi, cikarildi mi, cikarildigim*, ciktigim*,
  *abildim mi, *ebildim mi, cikabildim mi, çıkabildim mı,
  silindigim*,
  belum, ke belum, udah belum, sudah belum, dah ke,
  na ba ako, na po ba ako, ba ako, na ba,
  chua, chưa,
  ho gaya, ho gayi, hua ya nahi, ho gai, हो गया, हो गई, ہو گئی, ہو گیا, ہوا یا نہیں,
  hoye gechi, hoyeche, হয়ে গেছে, হয়েছে কি, বাদ হয়েছি, বাদ পড়েছি, bad hoyechi, bad porechi, বাদ দিছেন, বাদ দিয়েছেন, বাদ দিয়ে দিয়েছেন, bad dichen, bad diyechen,
  هل تم, تم الغاء, تم إلغاء, هل انلغى,
  หรือยัง, สำเร็จ, รึยัง, แล้วยังคะ, แล้วยังครับ, แล้วยังค่ะ,
  了吗, 了嗎, 成功了吗, 成功了嗎, 了没有, 了沒有,
  できてますか, できていますか, されていますか, されてますか, 完了していますか, 解除されましたか,
  nimeondolewa, je nimeondolewa, nimejiondoa, imefanikiwa,
  did you, have you, you already, did u, have u, did they, have they,
  habt ihr mich, haben sie mich, hat man mich, vous m avez, m avez vous, avez vous, on m a,
  ya me quitaron, ya me sacaron, ya me borraron, ya me eliminaron, me quitaron, me sacaron, me borraron, ya me dieron,
  ja me tiraram, já me tiraram, me tiraram, ja me removeram, já me removeram, me removeram, voces ja, vocês já,
  mi avete tolto, mi avete cancellato, mi avete rimosso, mi avete eliminato, mi avete gia, mi avete già, hebben jullie, hebben jullie me, heeft u mij, czy usuneliscie, czy usunęliście, usuneliscie mnie,
  usunęliście mnie, вы меня, меня уже, ви мене, мене вже, cikardiniz mi, çıkardınız mı, sildiniz mi, kaldirdiniz mi,
  kaldırdınız mı, udah dihapus, sudah dihapus, dah buang, dah keluarkan, da xoa, đã xóa, natanggal na, tinanggal nyo na,
  mmeshaniondoa, mmeniondoa, kya aapne, kya apne, aapne hata diya, আপনারা কি, শلتوني, شلتوني, حذفتوني, حذفتوا رقمي,
  شلتوا رقمي, もらえましたか, 外しましたか, 外してくれましたか, 削除されましたか, 删掉了吗, 删了吗, 删除了吗, 移除了吗, 去掉了吗,
  เอาออกแล้ว, ลบแล้ว,
  did you manage, did you get to, were you able, have you managed, taken me off yet, removed me yet,
  conseguiram, conseguiu, voces conseguiram, vocês conseguiram, consiguieron, consiguio, consiguió, pudieron, pudisteis,
  habeis podido, habéis podido, me habeis quitado, me habéis quitado, me habeis sacado, me habéis sacado,
  me habeis dado de baja, me habéis dado de baja, me han quitado, me han sacado, me han dado de baja,
  reussi, réussi, avez vous reussi, avez vous réussi, vous avez reussi, vous avez réussi, geschafft, habt ihr es geschafft,
  siete riusciti, siete riuscite, siete riusciti a, riusciti a, riuscito a, gelukt, gelukt om, udalo wam sie, udało wam się,
  udalo sie, udało się, удалось, вам удалось, вдалося, вам вдалося, *abildiniz, *ebildiniz, berhasil, udah berhasil,
  sudah berhasil, dah berjaya, berjaya, duoc chua, được chưa, nagawa nyo na, nagawa niyo na, natanggal nyo na ba,
  mmefanikiwa, mmeweza, kar paye, kar paaye, hata paye, হয়েছে কি, পেরেছেন, تمكنتم, قدرتوا, قدرتو, ได้หรือยัง,
  ได้แล้วหรือยัง, 成功了吗, 弄好了吗, 好了吗, できましたか, 削除できましたか
`);

/**
 * "Didn't I tell you to stop?", "why am I still getting them?", "I never signed up": a reproach,
 * not a question about the result.
 */
export const REPROACH = runs(`
  did i not, didn t i, haven t i, did you not, didn t you, haven t you, still haven t, hab ich nicht, ne vous ai je pas, no les dije, never, chua bao gio, chua tung,
  chua dang ky, chưa đăng ký, chua dang ki, chưa đăng kí, chua dk, chưa đk, belum pernah daftar, tak pernah daftar,
  hindi ako nag subscribe, kabhi subscribe nahi, kabhi join nahi, nunca me suscribi, nunca me suscribí,
  nunca me inscrevi, jamais inscrit, nie zapisywałem, nie zapisywalem, никогда не подписывался,
  why, warum, wieso, pourquoi, por que, porque, perche, perché, waarom, dlaczego, czemu, почему, зачем, чому, neden, niye,
  kenapa, kok, tai sao, tại sao, sao, bakit, kwa nini, kyun, کیوں, কেন, لماذا, ليش, ทำไม, 为什么, 為什麼, なぜ, どうして
`);

/** A message reported as come in today or this morning: a receipt, not a wish. */
const TODAY = runs(`
  today, this morning, tonight, just got, just now, heute, heute morgen, gestern, aujourd hui, ce matin, hoy, esta manana,
  hoje, hoje de manha, oggi, stamattina, vandaag, vanochtend, dzis, dziś, dzisiaj, сегодня, утром, сьогодні, вранці,
  bugun, bugün, sabah, hari ini, tadi, pagi tadi, hari ni, hom nay, hôm nay, sang nay, sáng nay, kanina, ngayon, leo,
  asubuhi, aaj, आज, آج, আজ, اليوم, الصبح, วันนี้, เมื่อเช้า, 今天, 今早, 今日, 今朝
`);

/** A wish or a request: "I want the offers again" is an opt-in even after a status question. */
export const WISH = runs(`
  want, would like, please, möchte, mochte, will, bitte, je veux, voudrais, quiero, quisiera, quero, queria, voglio,
  vorrei, wil, graag, chce, chcę, prosze, proszę, хочу, хотел, хочу знову, прошу, istiyorum, lutfen, lütfen, mau,
  ingin, nak, muon, muốn, gusto, pakiusap, nataka, naomba, chahta, chahti, chahiye, चाहिए, چاہیے, چاہتا, chai, চাই, أبي, أريد, ابغى, อยาก, 想, たい, ください
`);

/**
 * "Wurde ich ausgetragen? Heute schon wieder Werbung bekommen": beside a status question, an
 * opt-in read in a sentence that only reports a message come in today ("got ads again") is no
 * wish to come back.
 */
function reportedReceipts(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  if (!findings.some((f) => f.intent === 'status')) return [...findings];
  const report = (f: Finding): boolean => {
    if (f.intent !== 'opt_in') return false;
    const [from, to] = sentenceOf(tokens, f);
    return (
      !isQuestionSpan(tokens, questions, from, to) &&
      has(TODAY, tokens, from, to) &&
      !has(WISH, tokens, from, to)
    );
  };
  return findings.filter((f) => !report(f));
}

/** "Do I have to reply STOP to unsubscribe?": a how-question (help), not whether it worked. */
const HOW = runs(`
  supposed to, have to, need to, got to, should i, do i have to, do i need, muss ich, soll ich, dois je, faut il,
  tengo que, debo, preciso, devo, moet ik, czy musze, czy muszę, надо ли, нужно ли, треба, gerekiyor, harus, perlu,
  cần, kailangan ko, lazima, karna hoga, karna padega, يجب, لازم, ต้อง, 需要, 必要
`);

/** "did I unsubscribe or not": asked without a question mark. */
const OR_NOT = runs(
  `or not, oder nicht, ou pas, ou non, o no, ou nao, ou não, o no?, of niet, czy nie, или нет, чи ні, ya nahi, ya hindi, au la`,
);

/** Findings read again: stops only asked about as done are a status question. */
export function askedIfItWorked(
  found: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const findings = reportedReceipts(found, tokens, questions);
  const stops = findings.filter((f) => f.intent === 'opt_out');
  if (stops.length === 0 || findings.some((f) => f.intent === 'opt_in')) return [...findings];
  const all = tokens.length;
  if (has(REPROACH, tokens, 0, all)) return [...findings];
  // An opening STOP in capitals or a whole-message keyword is asked for, not asked about.
  if (stops.some((f) => f.source === 'message')) return [...findings];
  const inQuestion = (f: Finding): boolean => {
    const [from, to] = sentenceOf(tokens, f);
    // The done-marker in the stop's own clause: "unsubscribe me, and where is my order?" asks
    // about the order, not the stop.
    const [cFrom, cTo] = clauseOf(tokens, f);
    // A stop named alone as the topic, then asked about (round 16e, batch 47: "配信停止、ちゃんと
    // できてますか？"): the question's clause after it. Only in scripts without spaces, where a
    // noun names the stop: "stop sending me these, did you hear?" is asked for.
    const topic =
      f.source === 'phrase' &&
      f.start === cFrom &&
      f.end === cTo &&
      isUnspaced(tokens.slice(f.start, f.end).join(''));
    const askedTo = topic ? to : cTo;
    return (
      (isQuestionSpan(tokens, questions, from, to) || has(OR_NOT, tokens, from, to)) &&
      has(DONE_ASKED, tokens, cFrom, askedTo) &&
      !has(HOW, tokens, from, to)
    );
  };
  // A likely stop beside the question ("still getting stuff") is the report of what came in;
  // an explicit one outside it ("…, STOP") is asked for again.
  const explicit = stops.filter((f) => f.certainty === 'explicit');
  const asked = explicit.length > 0 ? explicit.every(inQuestion) : stops.every(inQuestion);
  if (!asked) return [...findings];
  const status: Finding = {
    intent: 'status',
    certainty: 'explicit',
    // Not the message's words: they tell its language (language.ts excludes the matched ones).
    matched: 'did it work',
    langs: [],
    start: 0,
    end: all,
    source: 'sentence',
    all: false,
  };
  return [...findings.filter((f) => f.intent !== 'opt_out'), status];
}
