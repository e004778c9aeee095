/**
 * Opt-ins said sideways (round 14f, batch 36), in every language at once:
 * - a new number, with the marketing sent to it: "Numaramı değiştirdim, kampanyaları artık bu
 *   numaraya atın", "番号を変えました。今後のお得情報はこちらにお願いします", "Bagong number ko
 *   po ito, dito niyo na po i-send ang promos". The customer asks for the offers on the number
 *   they write from: an opt-in (the model read several as stops: "send … from now on");
 * - the offers that used to come, wanted again: "Früher habt ihr immer Bescheid gesagt, wenn
 *   Sale war. Was ist los? Hätte das gern wieder", "以前有活动都会通知我，最近怎么没动静了？想继续收到".
 *   A past habit of the business, the marketing named, and a wish for it again.
 * - round 15b (batch 38), the offers that used to come and a question whether the business forgot
 *   the customer: "I used to get your Friday deals, did you forget me? 😅", "Eskiden cuma
 *   fırsatlarınız gelirdi, beni unuttunuz mu?", "Zamani nilikuwa napata ofa zenu kila Ijumaa,
 *   mmenisahau?". Teasing, but asking for the offers again. Only as a question ("luckily you
 *   forgot me" is glad of it); the "forget me" the rules read as a stop and the "did …?" they read
 *   as a status question are that question.
 * - round 16d (batch 47), a change of mind back to the offers, said after the business confirmed a
 *   stop: "Pensando bem, podem continuar mandando as ofertas", "算了，优惠还是继续发吧，我改主意了",
 *   "Eh ga jadi, kirim aja terus promonya", "Thôi shop cứ gửi khuyến mãi tiếp đi, mình đổi ý rồi".
 *   "I changed my mind" (come-back.ts), or a word that takes back what was just said at the start
 *   of the reply ("never mind", "算了", "thôi", "laat maar", "やっぱり"), with the offers asked to go
 *   on ("keep sending", "continue", "继续发", "endeleeni"). The taking back is no stop of its own:
 *   Vietnamese "thôi" alone is one, and is set aside here. "I changed my mind, stop them" asks for
 *   no going on; "keep sending my order updates" names no marketing.
 * - round 17a (batch 48), the same wish in a formal letter after a return or a pause: "de retour à
 *   Bordeaux… je souhaiterais de nouveau recevoir vos offres… comme auparavant… m'inscrire à
 *   nouveau", "Dulu saya rutin menerima info promo… Mohon saya didaftarkan kembali", "وكنت أتلقى
 *   عروضكم… أرجو إعادة إضافتي", "以前は…ご案内をいただいており…改めて配信リストにご登録". The model read
 *   the long letters as stops; the habit told ("auparavant", "sebelum ini", "كنت أتلقى") and the
 *   "again" of a formal request ("kembali", "إعادة", "改めて") are this shape.
 * - round 18c (batch 52), sent to the customer too, as to someone who gets them: "the lady at the
 *   next stall gets your wholesale prices every Monday, can you send them to me too?" (`sentToMeToo`).
 * Neither holds under a negator ("new number, don't send promos to it") or beside a stop the
 * rules read, nor without the marketing named ("new number, send the invoice here" is an errand).
 * Round 12e's phrase rules read a few of these shapes in some languages; this reads the shape.
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, isQuestionSpan, runs, startsAt, unnegatedAt } from './asking';
import { clauseOf, sentenceOf, sentencesOf } from './bounds';
import { changedMind } from './come-back';
import { ANY_NEGATOR } from './compiled';
import { REPROACH } from './did-it-work';
import type { Finding } from './finding';
import { MARKETING } from './not-marketing';
import { isBoundary } from './normalize';
import { THINGS } from './sent-things';

/** A new or changed number. */
const NEW_NUMBER = runs(`
  new number, changed my number, changed number, my new number, changed numbers, got a new number,
  numero nuevo, número nuevo, nuevo numero, nuevo número, cambie de numero, cambié de número,
  cambie mi numero, cambié mi número, novo numero, novo número, troquei de numero, troquei de número,
  mudei de numero, mudei de número, troquei o numero, troquei o número, nouveau numero, nouveau numéro,
  change de numero, changé de numéro, neue nummer, nummer geandert, nummer geändert, neue handynummer,
  nuovo numero, cambiato numero, nieuw nummer, nummer veranderd, ander nummer, nowy numer,
  zmienilem numer, zmieniłem numer, zmienilam numer, zmieniłam numer, новый номер, сменил номер,
  сменила номер, поменял номер, поменяла номер, новий номер, змінив номер, змінила номер,
  yeni numara, yeni numaram, numarami degistirdim, numaramı değiştirdim, numara degistirdim,
  nomor baru, ganti nomor, ganti no, nombor baru, tukar nombor, so moi, số mới, doi so, đổi số,
  bagong number, bagong numero, nagpalit ng number, nagpalit ako ng number, nagpalit na ako ng number, nagpalit na ng number, namba mpya,
  nimebadilisha namba, naya number, number badal, number change, नया नंबर, नंबर बदल, نیا نمبر,
  نمبر بدل, নতুন নম্বর, নতুন নাম্বার, notun number, notun nambar, رقم جديد, رقمي الجديد, غيرت رقمي,
  غيرت الرقم, เบอร์ใหม่, เปลี่ยนเบอร์, 新号码, 新號碼, 换号, 換號, 换了号码, 新しい番号, 番号を変え,
  番号が変わり, 番号変更
`);

/** This number, here: where the offers are to go. */
const HERE = runs(`
  this one, this number, here, to this, este numero, este número, a este, aqui, aquí, esse numero,
  esse número, pra esse, para esse, neste, celui ci, ce numero, ce numéro, diese nummer, diese hier,
  an diese, hierher, hierhin, questo numero, a questo, qui, dit nummer, naar dit, hier, na ten,
  ten numer, на этот, этот номер, сюда, на цей, цей номер, сюди, bu numaraya, bu numara, buraya,
  nomor ini, ke sini, kesini, nombor ni, nombor ini, ke sini, số này, so nay, vào số này, dito,
  itong number, namba hii, kwa namba hii, hapa, is number, isi number, is number pe, yahan, यहाँ,
  इस नंबर, اس نمبر, یہاں, এই নম্বর, এখানে, ei number, ei nambar, ekhane, الرقم ده, هذا الرقم,
  هالرقم, هنا, เบอร์นี้, ที่นี่, 这个号码, 這個號碼, 这个号, 这里, この番号, こちら
`);

/** The business's habit, in the past ("you used to", "früher", "以前"). */
const USED_TO = runs(`
  used to, before you, you always, fruher, früher, sonst immer, ihr habt mir immer, habt ihr mir immer,
  habt mir doch immer, ihr habt immer, habt ihr immer, avant vous, avant, autrefois,
  una volta, prima mi, prima, antes, antes me, antigamente, vroeger, kiedys, kiedyś, раньше, раніше,
  eskiden, dulu, dulu kalian, dahulu, dulu awak, truoc day, trước đây, hồi trước, dati, noon,
  zamani, pehle, pahle, पहले, پہلے, আগে, زمان, قبل كده, سابقا, سابقاً, แต่ก่อน, เมื่อก่อน, 以前,
  前は, 以前は, كانت توصلني, كان يوصلني, كانت تجيني, eu recebia, recebia, je recevais, me llegaban,
  mi arrivavano, trước, auparavant, sebelum ini, sebelumnya, كنت اتلقي, وكنت اتلقي, كنت استلم,
  وكنت استلم, كانت تصلني, كنت احصل, 之前
`);

/** "Did you forget me?": the business asked whether it forgot the customer. */
const FORGOT_ME = runs(`
  forget me, forgot me, forgotten me, forgot about me, forgotten about me, forget about me,
  olvidaron de mi, olvidaron de mí, olvidado de mi, olvidado de mí, olvidaste de mi, m avez oublie,
  m avez oubliée, m avez oublié, m as oublie, m as oublié, mich vergessen, uns vergessen,
  dimenticati di me, dimenticato di me, dimenticata di me, esqueceram de mim, esqueceu de mim,
  zapomnieliście o mnie, zapomnieliscie o mnie, zapomnieli o mnie, про меня забыли, меня забыли,
  мене забули, про мене забули, beni unuttunuz, beni unuttun, lupa sama aku, lupa sama saya,
  lupa saya, lupa aku, lupakan aku, nakalimutan niyo, nakalimutan nyo, nakalimutan na ako,
  me vergeten, mij vergeten, ভুলে গেলেন, ভুলে গেছেন, bhool gaye, bhul gaye, bhool gae, bhool gaye kya,
  بھول گئے, भूल गए, نسيتوني, نسيتونا, ลืมกัน, ลืมเรา, ลืมหนู, ลืมผม, quên em, quên mình, quên tôi,
  mmenisahau, mmetusahau, 忘了我, 把我忘了, 忘记我, 私のこと忘れ, 忘れちゃ, 忘れられ
`);

/**
 * Teasing tags that make "you forgot me" a question with no "?" (Thai "ลืมกันแล้วเหรอ",
 * Vietnamese "quên em rồi hả"). Here only: as question particles everywhere they would turn
 * "ว่างกันมากเหรอ ลบเบอร์ออกให้หน่อย" (that idle? delete my number) into a question.
 */
const TEASED = runs(`เหรอ, rồi hả, rồi sao`);

/** Wanted again, or to go on. */
const AGAIN = runs(`
  again, back, wieder, erneut, encore, de nouveau, a nouveau, à nouveau, di nuovo, ancora, rivorrei,
  de novo, novamente, otra vez, de nuevo, volver a, weer, opnieuw, znowu, ponownie, снова, опять,
  знову, tekrar, yine, lagi, semula, lai, lại, ulit, muli, tena, phir se, dobara, फिर से, دوبارہ,
  আবার, مرة ثانية, تاني, تانی, อีก, 还想, 還想, 继续, 繼續, 再, また, もう一度,
  kembali, اعاده, إعادة, اعادة, مجددا, من جديد, 改めて, 再度, 重新
`);

/**
 * Taking back what was just said, at the start of the reply (round 16d): "never mind", "on second
 * thought", "pensando bem", "laat maar", "ga jadi", "算了", "やっぱり". Only with the offers asked to go on.
 */
const TAKEN_BACK = runs(`
  actually, on second thought, on second thoughts, scratch that, never mind, nevermind,
  pensandolo bien, pensándolo bien, pensando bien, bueno mejor, pensando bem, pensando melhor,
  finalement, en fait, tout compte fait, doch nicht, ach doch, na gut, ripensandoci, anzi,
  in realta, in realtà, laat maar, toch maar, jednak, w sumie, хотя нет, ладно, хоча ні, гаразд,
  vazgectim, vazgeçtim, neyse, ga jadi, gak jadi, nggak jadi, ngga jadi, gajadi, eh ga jadi,
  eh gak jadi, tak jadi, tak jadilah, tak jadi la, x jadi, thoi, thôi, sige na nga, sige na,
  aah sawa, sawa basi, rehne do, chhodo, থাক, لا خلاص, خلاص, ช่างมัน, ไม่เป็นไร, 算了, やっぱり, やっぱ
`);

/** The offers asked to go on (round 16d): "keep sending", "continue", "继续发", "endeleeni". */
const GO_ON = runs(`
  keep sending, keep them coming, keep it coming, coming, carry on, continue, seguir, sigan, sigue, siganme, continuar, continuem,
  continua, continuez, continue a, weiter, weiterhin, continuate, continuare, door, blijf, blijven,
  dalej, продолжайте, продолжать, далі, продовжуйте, devam, terus, teruskan, tetap, tiep, tiếp,
  cu gui, cứ gửi, cu nhan, cứ nhắn, ituloy, tuloy, endeleeni, endelea, rehna, rahein, rahiye, raho,
  থাকুন, استمروا, كملوا, كمل, ต่อ, เรื่อยๆ, 继续, 照常, 続けてください, 続けて下さい, 続けてほしい,
  続けてもらえ, 続けてお願い
`);

/**
 * The offers asked to go on after a change of mind, or after the reply's first words take back
 * what was said: where the taking back ends (0 for a change of mind told alone), or -1. No
 * negator may come between ("算了，别继续发了"): counted after the taking back, which may hold one
 * ("لا خلاص كملوا": no, never mind, go on). A question asks why they go on: no wish.
 */
function changedBackAt(tokens: readonly string[], questions: readonly number[]): number {
  // The taking back opens the reply: "eh ga jadi" (its first word "eh") at 1.
  const start = [0, 1, 2].find((i) => startsAt(TAKEN_BACK, tokens, i, tokens.length));
  let from = 0;
  if (start !== undefined) {
    // The shortest run that matches there: "sige na" of "sige na nga".
    from = start + 1;
    while (from < tokens.length && !startsAt(TAKEN_BACK, tokens, start, from)) from++;
  } else if (!changedMind(tokens)) return -1;
  for (let i = from; i < tokens.length; i++) {
    if (!startsAt(GO_ON, tokens, i, tokens.length)) continue;
    // "Laat maar, waarom blijven jullie aanbiedingen sturen?" asks why they go on.
    const [qFrom, qTo] = sentenceOf(tokens, { start: i, end: i + 1 });
    if (isQuestionSpan(tokens, questions, qFrom, qTo)) continue;
    // In the clause only: "nagbago isip ko, ituloy" (Tagalog "ko", my, is Vietnamese "not").
    const near = tokens.slice(Math.max(from, i - 3), i);
    const clause = near.slice(near.findLastIndex(isBoundary) + 1);
    if (!clause.some((t) => ANY_NEGATOR.has(t))) return from;
  }
  return -1;
}

/**
 * Whether the offers that used to come are told, then "did you forget me?" asked after them:
 * where that question starts, or -1.
 */
function forgottenAt(tokens: readonly string[], questions: readonly number[]): number {
  if (!has(MARKETING, tokens, 0, tokens.length)) return -1;
  const habit = unnegatedAt(USED_TO, tokens, 3, { inClause: true });
  if (habit < 0) return -1;
  for (let i = habit + 1; i < tokens.length; i++) {
    if (!startsAt(FORGOT_ME, tokens, i, tokens.length)) continue;
    const [from, to] = sentenceOf(tokens, { start: i, end: i + 1 });
    if (isQuestionSpan(tokens, questions, from, to) || has(TEASED, tokens, i, Math.min(to, i + 12)))
      return i;
  }
  return -1;
}

/**
 * Round 18c: the customer as a second recipient, "to me too" ("bana da", "saya juga", "mujhe bhi",
 * "うちにも", "a mí también"), said with a sending verb (SEND) in one sentence.
 */
const TO_ME_TOO = runs(`
  to me too, to me as well, me too, me as well, mir auch, mir die auch, mir das auch, auch mir, moi aussi,
  me les envoyer aussi, m envoyer aussi, me les envoyer egalement, a mi tambien, a mí también, para mi tambien,
  para mí también, pra mim tambem, pra mim também, para mim tambem, para mim também, anche a me, pure a me,
  ook naar mij, ook aan mij, mij ook, me ook, mi tez, mi też, mnie tez, mnie też, do mnie tez, do mnie też,
  мне тоже, мне также, и мне, мені теж, мені також, і мені, bana da, bize de, saya juga, aku juga,
  ke saya juga, kat saya juga, kepada saya juga, pada saya juga, cho toi nua, cho tôi nữa, cho em nua,
  cho em nữa, cho minh nua, cho mình nữa, cho toi voi, cho tôi với, cho em voi, cho em với, cho minh voi,
  cho mình với, ako rin, ako din, sa akin din, sa akin rin, mimi pia, nami pia, mujhe bhi, humein bhi,
  hamein bhi, मुझे भी, हमें भी, مجھے بھی, ہمیں بھی, amakeo, amake o, আমাকেও, انا كمان, أنا كمان, ليا كمان,
  لي كمان, انا ايضا, ส่งให้ด้วย, ส่งมาให้ด้วย, ให้ป้าด้วย, ให้ฉันด้วย, ให้ผมด้วย, ให้หนูด้วย, ให้พี่ด้วย, 私にも, うちにも,
  こちらにも, 僕にも, 俺にも, 也给我, 也給我, 也发给我, 也發給我, 也发我
`);

/** Sending, the business's verb: "send", "gönder", "kirim", "bhej", "送", "ส่ง". */
const SEND = runs(`
  send, sending, schick*, zuschick*, senden, envoy*, envoi*, mand*, envi*, stuur*, toestur*, inviat*, invia*,
  wysyl*, wysył*, przysyl*, przysył*, присыл*, отправ*, скин*, надсил*, присил*, gonder*, gönder*, yolla*,
  atar misiniz, atın, atin, kirim*, dikirim*, hantar*, gui, gửi, padala*, padalhan, ipadala, isend, tuma*,
  mnitumie, nitumie*, kunitumia, bhej*, भेज*, بھیج*, pathan, pathaben, pathao, পাঠান, পাঠাবেন, ابعت*, ارسل*,
  بعت*, ส่ง, 送, 发, 發, 传, 傳
`);

/**
 * What traders and shops are sent beside the offers (round 18c): price lists and catalogues ("toptan
 * fiyat mesajları", "卸価格の案内", "katalog dan harga promo", "ราคาส่ง").
 */
const PRICES = runs(`
  price list, prices, wholesale, catalogue, catalog, katalog*, catalogo, catálogo, fiyat*, toptan, harga, ราคา,
  価格, 卸, 价格, 价目, 目录, カタログ, rate list, daam, prix, tarifs, precios, precos, preços, prezzi, listino,
  prijzen, prijslijst, ceny, cennik, цены, прайс, ціни, gia si, giá sỉ, bang gia, bảng giá, presyo, bei za, bei ya,
  أسعار, اسعار, দাম, भाव, ریٹ
`);

/**
 * Sent to me too (round 18c, batch 52): someone else gets the offers or the prices ("the lady at
 * the next stall gets your wholesale prices every Monday", "temen saya bilang kalian kirim
 * katalog"), and the customer asks for them as well ("Bana da gönderir misiniz?", "Saya juga mau
 * dikirimin", "うちにも送っていただけますか", "mujhe bhi WhatsApp pe bhej diya karein"). A
 * negator before the "me too", a why-question ("why do you send them to me too?"), no offers
 * named, or a thing an order sends asked for ("send me the invoice too") is none.
 */
function sentToMeToo(tokens: readonly string[]): number {
  const offers = has(MARKETING, tokens, 0, tokens.length) || has(PRICES, tokens, 0, tokens.length);
  if (!offers) return -1;
  for (const [from, to] of sentencesOf(tokens)) {
    const at = unnegatedAt(TO_ME_TOO, tokens, 3, { from, to, inClause: true });
    if (at < 0) continue;
    // The sending verb in the clause, and no negator in it ("发优惠给我也用不上", no use to me):
    // "…mándenme a mí también la factura" asks for a thing an order sends (sent-things.ts).
    const [cFrom, cTo] = clauseOf(tokens, { start: at, end: at + 1 });
    const asks =
      has(SEND, tokens, cFrom, cTo) &&
      !tokens.slice(cFrom, cTo).some((t) => ANY_NEGATOR.has(t)) &&
      !has(THINGS, tokens, from, to);
    if (asks && !has(REPROACH, tokens, from, to)) return at;
  }
  return -1;
}

function sideways(tokens: readonly string[]): string | null {
  if (!has(MARKETING, tokens, 0, tokens.length)) return null;
  // A new number, and no negator just before the place ("new number, don't send promos here").
  if (
    has(NEW_NUMBER, tokens, 0, tokens.length) &&
    unnegatedAt(HERE, tokens, 3, { inClause: true }) >= 0
  )
    return 'new number';
  // The offers that used to come: their absence is told with a negator ("now nothing", "现在
  // 怎么没有了"), the wish may not be ("don't send them again").
  const habit = unnegatedAt(USED_TO, tokens, 3, { inClause: true });
  if (habit >= 0 && unnegatedAt(AGAIN, tokens, 3, { from: habit + 1, inClause: true }) >= 0)
    return 'wanted again';
  return null;
}

/**
 * Findings read again: the offers asked for on a new number, wanted again, or missed with "did
 * you forget me?", are an opt-in. The forgetting asked drops what the rules read in its
 * sentence: "forget me" (a stop) and "did you …?" (status).
 */
export function askedSideways(
  findings: Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  const forgot = forgottenAt(tokens, questions);
  const back = has(MARKETING, tokens, 0, tokens.length) ? changedBackAt(tokens, questions) : -1;
  // The forgetting asked spans its sentence; the taking back ("thôi") its own words.
  const [from, to] =
    forgot >= 0 ? sentenceOf(tokens, { start: forgot, end: forgot + 1 }) : [0, Math.max(back, 0)];
  const asked = (f: Finding): boolean => f.intent !== 'opt_in' && f.start < to && f.end > from;
  // Sent to me too: a likely stop before the request (its sending verb and "me too") is the habit
  // told of someone else ("เพื่อนบอกว่าร้านส่งโปรทุกวันศุกร์", my friend says the shop sends promos
  // every Friday), or after its clause.
  const meToo = forgot < 0 && back < 0 ? sentToMeToo(tokens) : -1;
  const [meFrom, meTo] = clauseOf(tokens, {
    start: Math.max(meToo, 0),
    end: Math.max(meToo, 0) + 1,
  });
  let askedFrom = meToo;
  for (let i = meToo - 1; i >= meFrom; i--) {
    if (!startsAt(SEND, tokens, i, meToo)) continue;
    askedFrom = i;
    break;
  }
  const told = (f: Finding): boolean =>
    meToo >= 0 &&
    f.intent === 'opt_out' &&
    f.certainty === 'likely' &&
    (f.end <= askedFrom || f.start >= meTo);
  const rest = findings.filter((f) => !asked(f) && !told(f));
  if (rest.some((f) => f.intent !== 'opt_in')) return findings;
  if (rest.some((f) => f.intent === 'opt_in' && f.certainty === 'explicit')) return findings;
  const matched =
    forgot >= 0
      ? 'forgotten'
      : back >= 0
        ? 'changed back'
        : meToo >= 0
          ? 'sent to me too'
          : sideways(tokens);
  if (!matched) return findings;
  const optIn: Finding = {
    intent: 'opt_in',
    certainty: 'explicit',
    matched,
    langs: [],
    start: 0,
    end: tokens.length,
    source: 'phrase',
    all: false,
  };
  return [...rest, optIn];
}
