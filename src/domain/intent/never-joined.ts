/**
 * "I never signed up, delete me" (round 8b): "sy x pernah daftar pun, remove la", "ไม่เคย
 * สมัคร ลบออกด้วย", "toi chua bao gio dang ky, xoa di", "nunca me registré, bórrenme". Consent
 * denied and a removal asked for is a stop in every language, though the removal verb alone
 * ("remove la", "xoa di") reads as nothing: explicit, or `likely` when the removal is asked
 * as a question ("never signed up, can you delete me?" is still a stop, asked first).
 * Round 13d: "where did you get my number? delete it" denies consent as a question, and more
 * removal verbs ("pakidelete", "dihapus", "ifuteni", "حذفه", "сотрите").
 * Round 14d: "I never gave you my number; wherever you got it from, delete it" denies consent by
 * the number never given ("我从来没留过号码给你们，哪来的请删掉", "Sijawahi kuwapa namba yangu.
 * Mliipata wapi sijui, ifuteni"), a statement with no "where did you get it?" asked.
 * Round 15b: the English loanword negated in the customer's own language, as code-mixed chat
 * writes it ("maine kabhi subscribe hi nahi kiya tha, foran remove karein", "ami kokhono
 * subscribe korini, amar number remove korun", "hindi naman ako nag-subscribe"): the rules read
 * the bare "subscribe" as an opt-in, but negated beside it it denies consent like the phrases.
 * Round 17j: the where-did-you-get-my-number question in any words: a sentence with "my number"
 * and a who/where word ("也不知道你们从哪里拿到我的号码。马上删掉", "আমার নম্বর কোথা থেকে পেলেন জানি
 * না। এখনই মুছে ফেলুন"), the removal asked in a later sentence ("where can I remove my number?"
 * asks the way out); more words for never registered (登记) and delete (মুছে ফেলুন, "cancellatelo").
 * Round 18b: the loanword denied in Devanagari and Urdu script ("मैंने कभी subscribe नहीं किया,
 * मेरा नंबर हटाइए" read as an opt-in), the removal in those scripts, and a removal after a comma
 * in the where-question's own sentence.
 * General language knowledge, to be reviewed by native speakers.
 */
import { MY_NUMBER_LIST, WHO_WHERE_LIST, has, runs, startsAt } from './asking';
import { sentenceOf, sentencesOf } from './bounds';
import { ANY_NEGATOR } from './compiled';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isBoundary } from './normalize';

/** Consent denied: never signed up, never registered, never subscribed. */
const NEVER_JOINED = runs(`
  never signed up, never subscribed, never registered, never joined, never opted in, never agreed,
  didnt sign up, didn t sign up, did not sign up, didnt subscribe, did not subscribe, never gave you my number,
  nunca me registre, nunca me registré, nunca me suscribi, nunca me suscribí, nunca me inscribi,
  nunca me inscribí, no me registre, no me suscribi, nunca di mi numero, nunca les di mi numero,
  nunca me cadastrei, nunca me inscrevi, nunca assinei, nao me cadastrei, não me cadastrei,
  nunca dei meu numero, nunca me registrei, n me cadastrei,
  jamais inscrit, jamais inscrite, suis jamais inscrit, suis jamais inscrite, jamais abonne, jamais abonné,
  jamais donne mon numero, jamais donné mon numéro, pas inscrit, pas inscrite,
  nie angemeldet, nie registriert, nie eingetragen, nie abonniert, niemals angemeldet, nicht angemeldet,
  mai iscritto, mai iscritta, mai registrato, mai registrata, mai dato il mio numero,
  pernah daftar, pernah mendaftar, pernah langganan, pernah subscribe, pernah register, pernah melanggan,
  kabhi register nahi, kabhi sign up nahi, kabhi subscribe nahi, register nahi kiya, sign up nahi kiya,
  subscribe nahi kiya, register hi nahi, kabhi register nahi kiya,
  ما سجلت, عمري ما سجلت, ما اشتركت, ما اشتركتش, ماسجلتش, ما سجلتش, لم اسجل, لم أسجل, لم اشترك, لم أشترك,
  kayit olmadim, kayıt olmadım, uye olmadim, üye olmadım, abone olmadim, abone olmadım,
  не подписывался, не подписывалась, не регистрировался, не регистрировалась, не подписывался на,
  nooit aangemeld, nooit ingeschreven, nooit geabonneerd, niet aangemeld, nooit opgegeven,
  nie zapisywalem, nie zapisywałem, nie zapisywalam, nie zapisywałam, nie rejestrowalem,
  nie rejestrowałem, nie rejestrowalam, nie rejestrowałam, nie zapisalem, nie zapisałem, nie zapisalam,
  nie zapisałam, sie nie zapisywalem, się nie zapisywałem,
  chua bao gio dang ky, chưa bao giờ đăng ký, khong he dang ky, không hề đăng ký, chua tung dang ky,
  chưa từng đăng ký, khong dang ky, không đăng ký, chua dang ky, chưa đăng ký,
  nag sign up, nagsign up, nagparehistro, nag register, nagregister, nag subscribe,
  sijawahi kujiandikisha, sikujiandikisha, sijajiandikisha, sijawahi kujisajili, sikujisajili,
  register kori nai, register kori nahi, register korini, subscribe kori nai, subscribe kori nahi,
  sign up kori nai, sign up kori nahi, রেজিস্টার করিনি,
  সাবস্ক্রাইব করিনি, কখনো রেজিস্টার, sign up nahi, sign up nai,
  ไม่เคยสมัคร, ไม่ได้สมัคร, ไม่เคยลงทะเบียน, ไม่ได้ลงทะเบียน,
  没注册过, 从来没注册, 从没注册, 没登记过, 从来没登记, 从没登记, 没有登记, 没订阅过, 我没注册, 没有注册, 从没订阅, 没有订阅, 沒註冊,
  登録した覚えない, 登録した覚えがない, 登録した覚えはない, 登録してない, 登録していない, 登録してません,
  never gave my number, never gave you guys my number, never given you my number,
  nie bei euch angemeldet, nie bei ihnen angemeldet, mich nie angemeldet, nie meine nummer gegeben,
  nunca passei meu numero, nunca passei meu número, nunca dei o meu numero,
  pernah kasih nomor, pernah ngasih nomor, pernah memberi nomor, pernah bagi nombor, pernah beri nombor,
  никогда не давал, никогда не давала, не давал вам свой номер, не давала вам свой номер,
  ніколи не давав, ніколи не давала, numarami hic vermedim, numaramı hiç vermedim, numaramı vermedim,
  numarami vermedim, nooit mijn nummer gegeven, nigdy nie dawalem, nigdy nie dawałem, nigdy nie dawalam,
  nigdy nie dawałam, nie podawalem numeru, nie podawałem numeru, chua bao gio dua so, chưa bao giờ đưa số,
  chua bao gio cho so, chưa bao giờ cho số, hindi ko binigay ang number, di ko binigay number ko,
  sijawahi kuwapa, sikuwahi kuwapa, sijawapa namba, kabhi number nahi diya, number kabhi nahi diya,
  کبھی نمبر نہیں دیا, number kokhono dei ni, নম্বর কখনো দিইনি, ما عطيتكم رقمي, ما اعطيتكم رقمي,
  لم اعطكم رقمي, ما اديتكم رقمي, ไม่เคยให้เบอร์, 没给过你们, 没给过, 从来没留过, 没留过号码, 没留过,
  番号を教えたことない, 番号を教えた覚えはない, 番号教えてない
`);

/**
 * "Where did you get my number?" (round 13d): consent denied as a question, as good as "I never
 * signed up" before a removal ("Не знаю, где вы взяли мой номер, сотрите его").
 */
const WHERE_NUMBER = runs(`
  where did you get my number, where you got my number, how did you get my number, where d you get my number,
  de donde sacaron mi numero, de dónde sacaron mi número, de donde tienen mi numero, de onde tiraram meu numero,
  de onde pegaram meu numero, ou avez vous eu mon numero, woher habt ihr meine nummer, woher haben sie meine nummer,
  dove avete preso il mio numero, откуда у вас мой номер, где вы взяли мой номер, звідки у вас мій номер,
  де ви взяли мій номер, skad macie moj numer, skąd macie mój numer, numaramı nereden, numarami nereden,
  dapet nomor saya dari mana, dapat nomor saya dari mana, dapat nombor saya dari mana, saan niyo nakuha,
  saan nyo nakuha, mmepata namba yangu wapi, mlipata namba yangu, mmeipata namba yangu,
  كيف حصلتم على رقمي, كيف حصلتم علي رقمي, من وين جبتوا رقمي, منين جبتوا رقمي, جبتوا رقمي منين,
  mera number kahan se mila, mera number kaha se mila, amar number koi pailen, আমার নম্বর কোথায় পেলেন,
  lấy số của mình ở đâu, lay so cua minh o dau, 你们怎么有我的号码, 哪来的我的号码, 我的号码哪来的
`);

/** English consent verbs borrowed by code-mixed chat (Hinglish, Banglish, Taglish, Manglish…). */
const LOANWORD = runs(`
  subscribe, subscribed, register, registered, sign up, signed up, signup, opt in, opted in
`);

/** Tagalog's past prefix on the loanword ("nag-subscribe": did subscribe). */
const LOANWORD_PAST = runs(`nag subscribe, nagsubscribe, nag register, nagregister, nag sign up`);

/**
 * "Never", "ever" as the customer's language writes it beside a negator ("kabhi … nahi", "tak
 * pernah", "ami kokhono … korini", "nunca"): consent denied for all time, not "can't register".
 */
const NEVER: ReadonlySet<string> = new Set(
  'never kabhi kbhi कभी کبھی kokhono kakhono কখনো কখনও pernah nunca jamas jamais nigdy nooit hic asla kailanman'.split(
    ' ',
  ),
);

/**
 * The negation after the loanword, in the past: Hindi and Urdu "nahi kiya", romanised Bengali
 * "kori ni", often written as one word ("korini", "korinai").
 */
const PAST_AUX: ReadonlySet<string> = new Set([
  'kiya',
  'kiye',
  'kia',
  'kari',
  'kori',
  'किया',
  'किये',
  'کیا',
]);
const FUSED_NEGATED: ReadonlySet<string> = new Set(['korini', 'korinai']);

/**
 * Whether a consent loanword at `i` is denied: negated, with "never", up to 3 words before it
 * ("tak pernah subscribe", "nunca hice subscribe"), after Tagalog's past prefix ("hindi ako
 * nag-subscribe"), or negated in the past after it ("subscribe hi nahi kiya", "subscribe kori
 * ni", "subscribe korini"). "I can't register on your site" or "register nahi ho raha" (it
 * won't register) deny nothing.
 */
function deniedLoanword(tokens: readonly string[], i: number, n: number): boolean {
  const past = startsAt(LOANWORD_PAST, tokens, i, n);
  if (!past && !startsAt(LOANWORD, tokens, i, n)) return false;
  const clause = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let k = from; k < to && !isBoundary(tokens[k]); k++) out.push(tokens[k] ?? '');
    return out;
  };
  let start = i;
  while (start > Math.max(0, i - 3) && !isBoundary(tokens[start - 1])) start--;
  const before = clause(start, i);
  if (before.some((t) => ANY_NEGATOR.has(t)) && (past || before.some((t) => NEVER.has(t))))
    return true;
  const after = clause(i + 1, Math.min(n, i + 5));
  if (after.some((t) => FUSED_NEGATED.has(t))) return true;
  return after.some((t) => ANY_NEGATOR.has(t)) && after.some((t) => PAST_AUX.has(t));
}

/** The removal asked for: delete, remove, take off, erase. */
const REMOVE = runs(`
  remove, delete, take me off, erase, unsubscribe, remove me, delete me, remove la,
  borra, borren, borrenme, bórrenme, quitenme, quítenme, sacame, sáquenme, saquenme, elimina,
  eliminen, eliminenme, tira, tirem, me tira, me tirem, apaga, apaguem, exclui, excluam, remova,
  removam, supprimez, supprime, enlevez, retirez, effacez, loscht, löscht, losch, lösch, loschen,
  löschen, entfernt, entfernen, austragen, tragt mich aus, cancellatemi, cancella, cancellate,
  rimuovi, rimuovete, rimuovetemi, cancellatelo, cancellalo, eliminatelo, rimuovetelo, toglietelo,
  borrenlo, bórrenlo, eliminenlo, elimínenlo, quitenlo, quítenlo, togli, toglietemi, hapus, hapusin, keluarin, keluarkan, buang,
  padam, padamkan, hatao, hata do, hatayen, hataiye, delete karo, nikalo, nikal do, हटाइए, हटाइये,
  हटाओ, हटा दो, हटा दें, हटा दीजिए, निकालो, निकाल दो, निकाल दें, ہٹائیں, ہٹا دیں, ہٹاؤ, نکال دیں, نکالو, امسح, امسحوا,
  احذف, احذفوا, احذفني, شيلوا, شيلو, شيلوني, silin, sil, cikarin, çıkarın, kaldirin, kaldırın,
  удалите, удали, уберите, убери, haal me eraf, haal me weg, verwijder, verwijderen, schrap,
  usuncie, usuńcie, usun, usuń, wykreslcie, wykreślcie, xoa, xóa, xoá, go, gỡ, tanggalin, alisin,
  burahin, nitoeni, niondoe, niondoeni, futa, futeni, remove koren, remove koro, delete koren,
  bad den, বাদ দেন, মুছে দিন, মুছে ফেলুন, মুছে ফেলো, মুছে দাও, muche din, muche felun, ডিলিট করেন, ลบ, ลบออก, เอาออก, เอาเบอร์ออก, 删, 删了, 删掉, 删除, 移除,
  把我删了, 削除, 消して, 外して, 削除して,
  pakidelete, paki delete, pakibura, idelete, i delete, dihapus, ifuteni, mnifute, nifute, mifute, ifute,
  حذفه, احذفوه, امسحوه, امسحه, احذفه, сотрите, удалите его, видаліть, зітріть
`);

/**
 * The first sentence asking who gave or where they got "my number" ("也不知道你们从哪里拿到我的
 * 号码", "¿De dónde sacaron este número?"), as its start and end, whatever the verb. Round 18b:
 * when one clause of it holds the whole question, only that clause: a removal after a comma in
 * the same sentence is asked for ("不知道你们从哪里拿到我的号码，马上删掉"; a letter written with
 * commas only is one sentence), while "where can I remove my number?" stays a way out asked.
 */
function asksWhereTheNumberCameFrom(tokens: readonly string[]): [number, number] | null {
  for (const [from, to] of sentencesOf(tokens)) {
    if (!has(WHO_WHERE_LIST, tokens, from, to) || !has(MY_NUMBER_LIST, tokens, from, to)) continue;
    for (let a = from, b = from; b <= to; b++) {
      if (b < to && !isBoundary(tokens[b])) continue;
      if (has(WHO_WHERE_LIST, tokens, a, b) && has(MY_NUMBER_LIST, tokens, a, b)) return [a, b];
      a = b + 1;
    }
    return [from, to];
  }
  return null;
}

/** A stop finding when the message denies consent and asks for a removal after it. */
export function neverJoined(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  const n = tokens.length;
  let denied = -1;
  for (let i = 0; i < n && denied < 0; i++)
    if (
      startsAt(NEVER_JOINED, tokens, i, n) ||
      startsAt(WHERE_NUMBER, tokens, i, n) ||
      deniedLoanword(tokens, i, n)
    )
      denied = i;
  // The where-question in other words: the removal only counts after its sentence.
  let after = denied + 1;
  if (denied < 0) {
    const where = asksWhereTheNumberCameFrom(tokens);
    if (!where) return null;
    [denied, after] = where;
  }
  let at = -1;
  for (let i = after; i < n && at < 0; i++) if (startsAt(REMOVE, tokens, i, n)) at = i;
  if (at < 0 || !has(REMOVE, tokens, at, n)) return null;
  const [, to] = sentenceOf(tokens, { start: at, end: at + 1 });
  const lang = guessLanguage(tokens.filter((t) => !isBoundary(t)));
  return {
    intent: 'opt_out',
    certainty: questions.includes(to) ? 'likely' : 'explicit',
    matched: tokens.slice(denied, Math.min(to, at + 3)).join(' '),
    langs: lang ? [lang] : [],
    start: denied,
    end: to,
    source: 'phrase',
    all: false,
  };
}
