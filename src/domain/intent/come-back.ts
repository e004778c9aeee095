/**
 * An earlier unsubscription told, then a wish to come back, in any tense or aspect
 * ("hatte mich abgemeldet, aber möchte jetzt wieder…", "я раньше отписывался, но теперь
 * хочу снова…", "dulu pernah stop, sekarang pengen dapet promo lagi", "之前退订了，现在想重新
 * 收到"): the customer opts in. Read by meaning, every language at once: the
 * unsubscription (a stop phrase or an unsubscription word), then a turn ("but", "now"),
 * then both a wish ("want", "would like") and "again"/"back", with no negator in between.
 * Round 17a (batch 48): the turn, wish and "again" of formal letters and voice notes ("nel periodo
 * del lutto avevo chiesto di non ricevere più comunicazioni… Ora desidererei tornare a ricevere le
 * vostre offerte come prima", "я відписалась… але тепер… підпишіть мене назад", "Inzwischen würde
 * ich sie gern wieder erhalten", "بس الحين… وأبي ترجع لي العروض"): Ukrainian, the Italian
 * conditional, Gulf Arabic "want", a permission ("feel free to send the deals again", "vous
 * pouvez me remettre sur la liste").
 * Round 18c (batch 52): Swahili asks it as "you can" ("Mnaweza kuanza kunitumia ofa tena?", can you
 * start sending me offers again?).
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, hasStem, runs, startsAt } from './asking';
import type { Finding } from './finding';
import { ownNegator } from './language';
import { MARKETING } from './not-marketing';
import { isBoundary, isUnspaced } from './normalize';

const TURN = runs(`
  but, now, however, though, actually,
  pero, ahora, mas, agora, porem, porém,
  mais, maintenant, desormais, désormais,
  aber, jetzt, doch, nun, inzwischen, mittlerweile,
  ma, ora, pero, però, adesso,
  tapi, tetapi, tp, tpi, sekarang, skrg, skrng, ternyata,
  lekin, magar, par, ab, लेकिन, पर, अब,
  لكن, بس, دلوقتي, الان, الآن, هلأ,
  ama, fakat, ancak, şimdi, simdi,
  но, а теперь, теперь, сейчас, однако, але, тепер, зараз, проте,
  maar, nu,
  ale, teraz, jednak,
  tapi, sekarang, kini,
  nhung, nhưng, gio, giờ, bay gio, bây giờ,
  pero, ngayon,
  lekin, ab, لیکن, اب,
  কিন্তু, এখন, তবে, kintu, ekhon,
  แต่, ตอนนี้,
  lakini, sasa, ila,
  الحين, هلق, هلا, دحين,
  但, 但是, 不过, 现在, 所以,
  でも, けど, 今は, 今, ので, ですが, ましたが, でしたが
`);

/**
 * "I changed my mind" (round 7): said after a stop asked for before ("I asked you to stop but
 * changed my mind, send the offers again"), the earlier stop is told, not repeated.
 */
const CHANGED_MIND_TEXT = `
  changed my mind, change of heart, cambie de opinion, cambié de opinión, cambie de idea,
  mudei de ideia, mudei de opiniao, change d avis, changé d avis, anders uberlegt,
  anders überlegt, cambiato idea, ci ho ripensato, ho cambiato idea, berubah pikiran,
  berubah fikiran, ubah fikiran, man badal gaya, mann badal gaya, man badal liya, irada badal, mind change, غيرت رايي, غيرت رأيي,
  غيرت رايى, fikrimi degistirdim, fikrimi değiştirdim, передумал, передумала, van gedachten veranderd,
  bedacht, zmienilem zdanie, zmieniłem zdanie, zmienilam zdanie, zmieniłam zdanie, doi y, đổi ý,
  nagbago isip ko, nagbago ang isip ko, nagbago isip, nagbago na isip ko, nagbago na ang isip ko, nimebadilisha mawazo, nimebadili mawazo,
  nimebadili nia, মত পাল্টেছি, মন বদলেছি, মত বদলেছি, เปลี่ยนใจ, 改变主意, 改主意, 想通了, 気が変わ
`;
const CHANGED_MIND = runs(CHANGED_MIND_TEXT);

/** Whether tokens say "I changed my mind". */
export function changedMind(tokens: readonly string[]): boolean {
  return has(CHANGED_MIND, tokens, 0, tokens.length);
}

const WANT = runs(`
  ${CHANGED_MIND_TEXT},
  want, would like, d like, d love, wanna, like to, miss, wish, can you, could you, please, changed my mind,
  feel free, go ahead, you can, you may, ihr konnt, ihr könnt, ihr durft, ihr dürft,
  cambie de opinion, cambié de opinión, mudei de ideia, change d avis, anders uberlegt, cambiato idea,
  berubah pikiran, передумал, передумала, bitte, por favor, per favore, tolong, lutfen, lütfen,
  quiero, quisiera, me gustaria, extrano, extraño, echo de menos, pueden, podrian, quero, queria, gostaria, sinto falta, podem,
  veux, voudrais, souhaite, aimerais, manquent, pouvez,
  mochte, möchte, moechte, will, hatte gern, wurde gern, würde gern, hätte gern,
  voglio, vorrei, desidero, desidererei, mi mancano, mancano, mi manca, potete,
  mau, ingin, pengen, pingin, pgn, kangen, rindu, bisa,
  chahiye, chahta, chahti, chahiyen, चाहिए, चाहता, चाहती, چاہیے, چاہتا, چاہتی, چاہییں, چاہئیں, چاہیئے, چاہئے,
  عايز, عاوز, اريد, أريد, ابغى, بدي, حابب, ابي, أبي, ودي,
  istiyorum, isterim,
  хочу, хотел бы, хотела бы, хочется, хотіла б, хотів би, хочеться,
  wil, zou graag, wil graag,
  chce, chcę, chcialbym, chciałbym, chcialabym, chciałabym, tęsknię, tesknie, możecie, mozecie,
  nak, mahu, ingin,
  muon, muốn,
  gusto, nais, pwede, puwede,
  চাই, চালু করুন, চালু করে দিন,
  อยาก, ต้องการ, คิดถึง,
  nataka, napenda, ningependa,
  想, 要,
  たい, ほしい, 欲しい,
  boleh, add, pa add, paki add, korun, koren, করুন, করে দিন, din, dein, kar do, kar dein,
  karo, karein, kariye, kijiye, shuru karo, शुरू करो, शुरू करें, شروع کریں,
  能, 能不能, 可以, 请, 麻烦, можно, можете, misiniz, mısınız, eder misiniz, подпишите, верните, dodajcie, toevoegen,
  tragt, masukkan, daftarin, niongezeni, ください, paki, pakibalik, pa sub, pa subscribe, ช่วย,
  duoc khong, được không, dc ko, them minh, them em, them toi, them lai, giup, giúp, 帮, 帮我, หน่อย, ได้ไหม, ได้มั้ย, て欲しい, てほしい, もらえ, いただけ,
  s il vous plait, s il te plait, svp, alstublieft, aub, graag, prosze, proszę, пожалуйста, будь ласка,
  tafadhali, kripya, कृपया, مہربانی, meherbani, দয়া করে, لو سمحت, لو سمحتم, من فضلك, من فضلكم, ارجو, أرجو,
  vui long, vui lòng, xin, sana, ได้เลย, มาได้, お願い,
  start, empiecen, empezad, comiencen, comenzad, comecem, começem, commencez, fangt an,
  iniziate, ricominciate, mulai, başlayın, baslayin, начните, почніть, begin, zacznijcie, bat dau,
  bắt đầu, simulan, anzeni, anza, শুরু করুন, শুরু করেন, เริ่ม, 开始, 始めて,
  mnaweza, mnaweza kuanza, kuanza, anzisheni, naomba
`);

const AGAIN = runs(`
  again, back, back on,
  otra vez, de nuevo, nuevamente, novamente, de novo, outra vez,
  a nouveau, à nouveau, de nouveau,
  wieder, erneut,
  di nuovo, nuovamente, ancora,
  lagi, kembali,
  dobara, phir se, fir se, dubara, दोबारा, फिर से, دوبارہ, پھر سے,
  تاني, تانى, مرة تانية, مرة ثانية, من جديد, مجددا, ترجع, رجعوا, ارجعوا, ارجع,
  tekrar, yeniden,
  снова, опять, заново, знову, назад,
  opnieuw, weer,
  znowu, ponownie,
  semula, lagi,
  lai, lại,
  ulit, muli,
  resubscri*, re subscribe, resub, re add, readd, reactivat*, reabonn*, reinscri*, reinscrib*,
  vuelven a, vuelvan a, volver a, voltar a, voltem a, riaggiung*, reiscriv*, z powrotem,
  tornare a ricevere, tornare a mandare, tornate a mandare, tornate a inviare, recommencer a recevoir,
  recommencer à recevoir, me remettre, remettez moi, remettre sur la liste,
  ใหม่,
  আবার, পুনরায়,
  อีกครั้ง, อีก,
  tena, balik, ibalik, pakibalik, semula, wapas, wapis, واپس, ফিরিয়ে, abar, obar, ulit, muli, lagi dong, obratno, обратно,
  重新, 再次, 再,
  また, 再び, もう一度, 再,
  like before, as before, as usual, como antes, como antigamente, comme avant, wie fruher, wie früher,
  wie vorher, zoals vroeger, zoals eerst, come prima, seperti dulu, seperti biasa, macam dulu,
  kama zamani, kama awali, jaise pehle, pehle ki tarah, jaise pahle, پہلے کی طرح, আগের মতো, زي الأول,
  زي الاول, زي قبل, كالسابق, مثل قبل, eskisi gibi, как раньше, як раніше, jak dawniej, jak wcześniej,
  jak wczesniej, nhu truoc, như trước, gaya ng dati, 像以前一样, 跟以前一样, 照常, 前みたいに, 前のように,
  de volta, volveis a, volvéis a, volvais a, vuelve a, vuelva a, de retour,
  restore, undo, reinstate, restaurar, restablecer, retablir, rétablir, wiederherstellen,
  ripristin*, herstellen, przywroc*, przywróć, восстанов*, geri al, geri alin, geri alın,
  pulihkan, rejesha, rudisha, khoi phuc, khôi phục, ibalik, পুনরায় চালু, बहाल,
  恢复, 加回, 加回来, 回来, 戻して, 戻し, 元に戻, 復活, กลับ, กู้คืน, เหมือนเดิม, รับต่อ
`);

/** Question tags that look like negators: Vietnamese "(được) không?", "ko?", "hông?". */
const QUESTION_TAGS: ReadonlySet<string> = new Set(['khong', 'ko', 'k', 'hong', 'hem']);

/**
 * Whether, from `at` on, a wish comes with or before an "again"/"back" ("pero extraño las
 * promos, ¿me vuelven a agregar?"). The wish first: "now you send them again, I want this
 * to end" is no come-back. Where the clause of the "again" ends, or -1.
 */
function wishAgain(tokens: readonly string[], at: number, oneClause = false): number {
  let from = at;
  let wished = false;
  for (let i = at; i <= tokens.length; i++) {
    if (i < tokens.length && !isBoundary(tokens[i])) continue;
    wished = (wished && !oneClause) || has(WANT, tokens, from, i);
    if (wished && has(AGAIN, tokens, from, i)) return i;
    from = i + 1;
  }
  return -1;
}

/** Whether tokens[from, to) say "again" or "back" (a request to come back, context.ts). */
export function saysAgain(tokens: readonly string[], from: number, to: number): boolean {
  return has(AGAIN, tokens, from, to);
}

/**
 * An opt-in finding for a come-back message, or null. `told` are where a past or a mistake
 * is told ("me desuscribí sin querer, quiero volver"): the end of one is a turn too.
 */
export function comeBack(
  findings: readonly Finding[],
  tokens: readonly string[],
  told: readonly number[] = [],
): Finding | null {
  const stops = findings.filter((f) => f.intent === 'opt_out').map((f) => f.start);
  const stem = hasStem(tokens, 0, tokens.length);
  const first = Math.min(...stops, stem < 0 ? Infinity : stem);
  if (!Number.isFinite(first)) return null;
  // Where a stop read ends: after a mistake told, what follows it is the turn even with no
  // comma, as Chinese, Japanese and Thai write it ("誤って購読解除してしまったので戻してください").
  const stopEnds = findings.filter((f) => f.intent === 'opt_out').map((f) => f.end);
  const unspaced = isUnspaced(tokens.join(''));
  for (let turn = first + 1; turn < tokens.length; turn++) {
    // With a mistake told, the next clause is the turn ("ভুল করে বন্ধ করেছিলাম, আবার চালু করুন").
    const afterTold =
      told.includes(turn) ||
      (told.length > 0 && (isBoundary(tokens[turn - 1]) || (unspaced && stopEnds.includes(turn))));
    const turned = startsAt(TURN, tokens, turn, tokens.length);
    if (!turned && !afterTold) continue;
    // Round 18c: a turn only where an unspaced stop ends leaves the stop's own politeness in its
    // clause ("もう勘弁してください、背番号がまた間違ってます": spare me, the number is wrong
    // again): the wish must then share the "again"'s clause.
    const stopEndOnly =
      !turned && !told.includes(turn) && !isBoundary(tokens[turn - 1]) && stopEnds.includes(turn);
    const rest = tokens.length;
    // The wish and the "again" in one clause ("ahora quiero las promos otra vez"): "now
    // you send them again, I want this to end" is no come-back.
    // Round 16f: or an opt-in read after the turn, said again or back in its clause ("…но сейчас
    // делаю ремонт. Включите меня обратно в список рассылки", "دلوقتي رجعت، فابعتولي العروض
    // تاني"): the request is the rules'. ("Sin publicidad, pero sigan mandando los
    // recordatorios" keeps, it does not come back.)
    const clauseEnd = (at: number): number => {
      let end = at;
      while (end < tokens.length && !isBoundary(tokens[end])) end++;
      return end;
    };
    const optIn = findings.find(
      (f) =>
        f.intent === 'opt_in' && f.start > turn && has(AGAIN, tokens, f.start, clauseEnd(f.end)),
    );
    const wished = wishAgain(tokens, turn, stopEndOnly);
    const asked = wished >= 0 ? wished : optIn ? clauseEnd(optIn.end) : -1;
    if (asked < 0) return null;
    // "but now I don't want them again": a negator after the turn, up to the request, cancels
    // it; one after the request is another matter ("¿Me volvéis a apuntar? Esta vez no me quejo").
    // A negated turn may be a word's inside in an unspaced script ("忙不过来", too busy): a later
    // turn may still hold the request.
    // (The message's own negators: "di" is Tagalog "not" but Italian "of".)
    const negated = ownNegator(tokens);
    // "thêm mình lại được không?" (round 8): Vietnamese "không" closing a question asks, it
    // does not negate.
    const tag = (i: number): boolean =>
      QUESTION_TAGS.has(tokens[i] ?? '') && (i + 1 === rest || isBoundary(tokens[i + 1]));
    if (tokens.slice(turn, asked).some((t, k) => negated(t) && !tag(turn + k))) {
      if (unspaced) continue;
      return null;
    }
    // Another stop after the turn ("but now stop for good") is no come-back.
    if (findings.some((f) => f.intent === 'opt_out' && f.start > turn)) return null;
    return cameBack(tokens, first, rest);
  }
  // Round 15b: the wish first, the unsubscription told after it, in the past, in a clause of its
  // own ("পুজোর অফারগুলো আবার পাঠানো শুরু করুন, গত বছর বন্ধ করেছিলাম": start sending the offers
  // again, I stopped them last year). Only when the rules read no stop at all: "please send the
  // code again and unsubscribe me" asks one; "what do I text back if I want these to stop?" tells
  // no past; "send the order again, I stopped the subscription last month" wants no offers.
  const clause = tokens.slice(0, first).findLastIndex(isBoundary) + 1;
  const ownClause = clause > 0;
  const past = told.some((end) => end > clause);
  const offers = has(MARKETING, tokens, 0, clause);
  if (
    stops.length === 0 &&
    ownClause &&
    past &&
    offers &&
    wishAgain(tokens.slice(0, first), 0) >= 0
  ) {
    if (!tokens.slice(0, first).some(ownNegator(tokens))) return cameBack(tokens, 0, tokens.length);
  }
  return null;
}

function cameBack(tokens: readonly string[], start: number, end: number): Finding {
  return {
    intent: 'opt_in',
    certainty: 'explicit',
    matched: tokens.slice(start, end).join(' '),
    langs: [],
    start,
    end,
    source: 'phrase',
    all: false,
    comeBack: true,
  };
}
