/**
 * "con 2 basta", "2 bastano", "2 tane yeter", "2個で十分です", "كفاية كذا، اثنين بس" (round 10):
 * "enough" beside a quantity says how many the customer wants, an order, not a stop. "Basta de
 * pensarlo, quiero dos", "Yeter düşündüğüm" ("enough thinking") is no stop either. Only when
 * "enough" is the message's only stop: "2 messages a day is enough, STOP" stays a stop. In
 * every language at once; general language knowledge, to be reviewed by native speakers.
 *
 * Round 14e: "Stop tempting me 😩 ok, send me the blue one", "Houd op met me te verleiden,
 * stuur de blauwe maar", "Tempt karna band karo, blue wala bhej do": the stop is of the
 * tempting (tempt, lure, seduce, tease, make me spend), and an order follows: the customer
 * gives in to the offer, no stop. "Ça suffit, j'en prends deux !": "enough" with the order
 * after it, in the next clause. A stop beside the order said of the messages ("send the blue
 * one and then stop the promos") names no tempting and stays a stop.
 */
import { findRun, has, hasStem, runs, startsAt } from './asking';
import { ERRAND, EXCHANGE } from './errand';
import { MARKETING, OFFERS, THIS_MESSAGE } from './not-marketing';
import { isBoundary, phraseTokens } from './normalize';
import type { Finding } from './finding';

/** "Enough" and its verb forms ("they are enough"). */
const ENOUGH = runs(`
  enough, is enough, are enough, plenty, is plenty, basta, bastan, bastano, bastam, ja basta, já basta, ya basta, chega, chegam,
  suffit, suffisent, ca suffit, ça suffit, genug, reicht, reichen, genoeg, wystarczy, wystarcza, wystarczą,
  хватит, хватит, хватает, достаточно, yeter, yeterli, cukup, kafi, kaafi, काफी, काफ़ी, بس, كفايه, كفاية, يكفي, كفى,
  যথেষ্ট, đủ, du, đủ rồi, tama na, sapat na, sapat, inatosha, zinatosha, yanatosha, พอ, พอแล้ว, 够, 够了, 夠, 夠了,
  十分, 足りる, 足ります, imetosha, bas karo, bas kijiye, bas kariye, bas karein, bas ho gaya, bas hogaya,
  bus karo, बस करो, बस कीजिए, बस हो गया, بس کرو, بس کریں, بس ہو گیا
`);

/** A quantity: a number word or a counter ("tane", "個", "штуки"). Digits are read apart. */
export const QUANTITY = runs(`
  one, two, three, four, five, six, a couple, uno, una, dos, tres, cuatro, cinco, due, tre, quattro,
  cinque, dois, duas, três, tres, quatro, deux, trois, quatre, cinq, zwei, drei, vier, fünf, funf, twee,
  drie, vijf, dwa, dwie, trzy, cztery, pięć, piec, dwóch, dwoch, trzech, два, две, три, четыре, пять, двух,
  трех, трёх, двох, трьох, штуки, штук, штука, iki, üç, uc,
  dört, dort, beş, bes, tane, adet, dua, tiga, empat, lima, buah, biji, pcs, pc, do, teen, char, paanch, दो,
  तीन, चार, اثنين, اتنين, ثلاثة, تلاتة, اربعة, দুই, তিন, দুটো, hai, ba, bốn, bon, cái, dalawa, tatlo, apat,
  mbili, tatu, nne, สอง, สาม, ชิ้น, อัน, 两, 兩, 二, 三, 四, 个, 個, 件, つ, 本, 枚, 箱, 盒
`);

/** "Enough thinking / deciding": the customer has made up their mind. */
export const THINKING = runs(`
  thinking, of thinking, de pensarlo, de pensar, de pensarlo tanto, di pensarci, de pensar nisso, de réfléchir,
  de reflechir, nachdenken, mit nachdenken, düşündüğüm, dusundugum, düşünmek, dusunmek, mikir, mikirnya,
  mikirin, berpikir, sochna, sochte, suy nghĩ, suy nghi, mag isip, kufikiri, คิด, 考え, 想了, 想
`);

/** Tempting, luring, seducing, teasing, making spend: what a given-in stop is of (round 14e). */
const TEMPTING = runs(`
  tempting, tempt, tempt me, luring, lure, lure me, teasing, tease, seducing, seduce, making me spend,
  make me spend, making me buy, make me buy, temptation, tentarme, tentandome, tentándome, tentar,
  tentarmi, tentare, tentazione, tentação, tentacao, tentation, me tenter, tenter, m allécher,
  m allecher, me séduire, me seduire, verführen, verfuhren, verführt, verfuhrt, verführung,
  verfuhrung, verleiden, verleid, verleiding, kusić, kusic, kuszenia, kuszenie, kusicie, соблазнять,
  соблазняете, искушать, искушаете, искушение, спокушати, спокушаєте, спокуса, baştan çıkarmayı,
  bastan cikarmayi, baştan çıkarmayın, bastan cikarmayin, ayartmayı, ayartmayi, godain, godaan,
  menggoda, goda, ngegodain, tuksuhin, tinutukso, tukso, pang aakit, akitin, kunishawishi,
  kunitamanisha, kunijaribu, lalach, lalch, lalchana, lalchao, ललचाना, लालच, لالچ, lobh, লোভ,
  تغروني, تغريني, تغرونا, إغراء, اغراء, dụ em, du em, dụ mình, du minh, dụ dỗ, du do, dụ tôi,
  du toi, ยั่ว, ล่อใจ, 诱惑, 誘惑, 勾引
`);

/**
 * The order that follows a given-in stop: the customer asks for the item ("send me the blue
 * one", "j'en prends deux", "blue wala bhej do"), never for the messages.
 */
const ORDER = runs(`
  send me the, send me a, send the, send it, send me one, send them both, i ll take, ill take, i will take,
  i ll have, add the, add it, add one, mándenme, mandenme, mándame, mandame, envíenme, envienme,
  me llevo, me manda, me mande, me envia, vou levar, envoyez moi, envoie moi, j en prends,
  je prends, je prendrai, je la prends, je le prends, schickt mir, schick mir, schicken sie mir,
  ich nehme, nehm ich, nehme ich, mandatemi, mandami, inviatemi, ne prendo, prendo, stuur de,
  stuur het, stuur maar, stuur me, ik neem, wyślijcie, wyslijcie, poproszę, poprosze, biorę,
  biore, wezmę, wezme, пришлите, присылайте, отправьте, беру, возьму, надішліть, пришліть,
  візьму, gönderin, gonderin, yollayın, yollayin, alıyorum, aliyorum, kirim yang, kirimin,
  ambil yang, aku ambil, saya ambil, hantar yang, hantarkan yang, send niyo, ipadala niyo,
  kukunin ko, nitumieni, nitumie, nachukua, bhej do, bhej dijiye, bhej dein, bhejo, le lunga,
  le lungi, بھیج دیں, pathan, pathiye din, nibo, ابعتولي, ابعثولي, ارسلولي, ارسلوا لي, gửi cái,
  gui cai, gửi em, gui em, gửi mình, gui minh, lấy cái, lay cai, ส่ง, เอา, 送って, 買います,
  寄, 给我发, 我要, 买, i ll order, ill order, i m ordering, im ordering, added to cart, adding to cart,
  in my cart, lo pido, lo compro, la compro, je commande, ich bestelle, bestelle ich, lo ordino,
  la ordino, vou comprar, ik bestel, zamawiam, заказываю, замовляю, siparis veriyorum,
  sipariş veriyorum, aku checkout, saya order, order ko na, nanunua, order kar raha, order kar rahi,
  بطلب, هشتري, em đặt, em dat, mình đặt, minh dat, สั่ง, 注文します, 下单,
  checked out, already ordered, just ordered, checkout, udah checkout, dah checkout, ya hice el pedido,
  ya lo pedi, ya lo pedí, ya compre, ya compré, ja finalizei, já finalizei, ja comprei, já comprei,
  j ai commande, j ai commandé, deja commande, déjà commandé, schon bestellt, gleich bestellt,
  ho gia ordinato, ho già ordinato, al besteld, juz zamowilam, już zamówiłam, juz zamowilem,
  już zamówiłem, уже заказал, уже заказала, вже замовила, вже замовив, siparis verdim, sipariş verdim,
  naka checkout, nakapag order, nimeshaagiza, order kar diya, order kar di, آرڈر کر دیا,
  অর্ডার করে দিয়েছি, طلبت, اطلبت, đã đặt, da dat, สั่งแล้ว, 下单了, 已经下单, 下單了, 我下午过去,
  过去看, 注文しました
`);

/**
 * A promotion praised as timely (round 17i, batch 50: "Pas banget broadcast promo Harbolnas
 * kalian masuk, aku emang lagi nyari stroller. Udah checkout barusan.", "你们母亲节的促销信息来
 * 得刚好"): with an order after it, the offer is taken, as after a tempting word.
 */
const TIMELY = runs(`
  just in time, right on time, at the right time, perfect timing, the right moment, justo a tiempo,
  en el momento justo, na hora certa, no momento certo, au bon moment, pile au bon moment,
  genau richtig, zur richtigen zeit, genau zur richtigen, al momento giusto, proprio al momento,
  precies op tijd, op het juiste moment, w sama pore, w samą porę, как раз вовремя, вовремя,
  якраз вчасно, вчасно, tam zamaninda, tam zamanında, pas banget, pas bgt, pas sekali, tepat waktu,
  tepat pada masanya, đúng lúc, dung luc, saktong sakto, sakto, sahi time pe, sahi waqt pe,
  bilkul sahi time, wakati muafaka, ঠিক সময়ে, في الوقت المناسب, جات في وقتها, จังหวะพอดี,
  มาถูกเวลา, มาพอดี, 来得刚好, 来得正是时候, 正是时候, 來得剛好, 来得正好, ちょうどいいタイミング
`);

const DIGITS = /^\d{1,3}$/;

/** A time or a count of times after a number: "2 semanas", "3 times" say how long, not how many. */
export const TIME = runs(`
  times, time, days, day, weeks, week, months, month, hours, years, veces, vez, dias, días, semanas, meses,
  horas, anos, años, vezes, semanas, fois, jours, semaines, mois, heures, mal, tage, wochen, monate, stunden,
  volte, giorni, settimane, mesi, ore, keer, dagen, weken, maanden, razy, dni, tygodni, miesięcy, раз, дня,
  дней, недели, недель, месяца, kez, gün, gun, hafta, ay, kali, hari, minggu, bulan, din, hafte, mahine,
  baar, lần, lan, ngày, ngay, tuần, tuan, beses, araw, linggo, mara, siku, wiki, วัน, ครั้ง, 天, 次, 周, 日, 回, 週間
`);

/**
 * Whether a quantity stands within `reach` words of tokens[from, to), in the same clause (before
 * it only, when `after` is false).
 */
function quantityNear(
  tokens: readonly string[],
  from: number,
  to: number,
  reach = 3,
  after = true,
): boolean {
  const near = (i: number): boolean =>
    (DIGITS.test(tokens[i] ?? '') || startsAt(QUANTITY, tokens, i, tokens.length)) &&
    !startsAt(TIME, tokens, i + 1, tokens.length);
  for (let i = from - 1, seen = 0; i >= 0 && seen < reach && !isBoundary(tokens[i] ?? ''); i--) {
    if (near(i)) return true;
    seen++;
  }
  for (
    let i = to, seen = 0;
    after && i < tokens.length && seen < reach && !isBoundary(tokens[i] ?? '');
    i++
  ) {
    if (near(i)) return true;
    seen++;
  }
  return false;
}

/**
 * Where the "enough" a finding matched stands, or -1 when the finding matched something else
 * (the finding may span the whole message: a bare keyword read with its neighbours).
 */
function enoughAt(f: Finding, tokens: readonly string[]): number {
  const said = phraseTokens(f.matched);
  if (said.length === 0 || said.length > 3 || !startsAt(ENOUGH, said, 0, said.length)) return -1;
  for (let i = f.start; i < f.end; i++) if (startsAt(ENOUGH, tokens, i, f.end)) return i;
  return -1;
}

/** Whether "enough" is followed by "thinking" ("basta de pensarlo"). */
function enoughThinking(at: number, tokens: readonly string[]): boolean {
  for (let i = at + 1; i < Math.min(tokens.length, at + 4); i++) {
    if (startsAt(THINKING, tokens, i, tokens.length)) return true;
  }
  return false;
}

/**
 * Where the first order at or after `from` starts ("send me the", "j'en prends"), or -1; none
 * when an unsubscription is named after it ("send me the unsubscribe link").
 */
function orderAfter(tokens: readonly string[], from: number): number {
  for (let i = from; i < tokens.length; i++)
    if (startsAt(ORDER, tokens, i, tokens.length))
      return hasStem(tokens, i, tokens.length) < 0 ? i : -1;
  return -1;
}

/** Where the tempting words stand in the message, as token positions. */
function temptingAt(tokens: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (startsAt(TEMPTING, tokens, i, tokens.length)) out.push(i);
  return out;
}

/**
 * Whether a stop finding is said of the tempting, with an order after both ("Przestańcie mnie
 * kusić, wyślijcie tę niebieską"): the tempting within 4 words of it (12 letters of a script
 * written without spaces: "别再诱惑我了").
 */
function givenInStop(f: Finding, tokens: readonly string[], tempting: readonly number[]): boolean {
  const order = orderAfter(tokens, f.end);
  if (order < 0) return false;
  const reach = tokens.slice(f.start, f.end).some((t) => UNSPACED.test(t)) ? 12 : 4;
  return tempting.some((t) => t < order && (t >= f.end ? t - f.end : f.start - t) <= reach);
}
const UNSPACED = /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A purchase told (round 18e): what the customer bought thanks to an offer ("নিলাম", "compré",
 * "aldım"), before the household's joy.
 */
const BOUGHT = runs(`
  i bought, we bought, bought, i got, we got, compre, compré, compramos, comprei, aproveitei,
  j ai achete, j ai acheté, nous avons achete, nous avons acheté, gekauft, ho comprato, abbiamo comprato,
  gekocht, kupilam, kupiłam, kupilem, kupiłem, kupilismy, kupiliśmy, купил, купила, купили, купив,
  купила, aldim, aldım, aldik, aldık, beli, kami beli, udah beli, sudah beli, membeli, đã mua, da mua,
  mua được, bumili, bumili kami, nilinunua, tulinunua, tumenunua, kharida, khareeda, le liya, li,
  liya, खरीदा, ले लिया, خریدا, لے لیا, لی, কিনলাম, নিলাম, কিনেছি, কিনে, اشتريت, اشترينا, خدت, خدنا,
  ซื้อ, ซื้อแล้ว, 买了, 買了, 買いました, 購入しました
`);

/** The household pleased by what was bought ("বাসার সবাই খুশি", "the kids loved it"). */
const PLEASED = runs(`
  happy, so happy, loved it, love it, loved them, delighted, contento, contentos, contentísimos,
  felices, encantados, adorou, adoraram, felizes, ravis, ravi, contents, heureux, glücklich,
  glucklich, begeistert, felici, contenti, blij, dolblij, zadowoleni, zachwyceni, szczęśliwi,
  szczesliwi, довольны, рады, в восторге, задоволені, раді, mutlu, bayıldı, bayildi, bayıldılar,
  bayildilar, senang, seneng, gembira, suka banget, vui, rất vui, rat vui, thích lắm, masaya,
  tuwang tuwa, furaha, wamefurahi, tumefurahi, khush, bahut khush, खुश, خوش, খুশি, মহাখুশি,
  مبسوطين, فرحانين, سعداء, ดีใจ, ชอบมาก, 很开心, 很開心, 都很喜欢, 喜んで, 大喜び
`);

/**
 * Whether the message tells an offer taken with joy (round 18e): an offer named, a purchase told
 * and the household pleased, nothing negated in the purchase's clause.
 */
function takesOfferGladly(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return has(OFFERS, tokens, 0, n) && has(BOUGHT, tokens, 0, n) && has(PLEASED, tokens, 0, n);
}

/** An order's number ("o pedido é 58231", "order 7712"): four digits or more. */
const ORDER_NUMBER = /^\d{4,}$/u;

/**
 * Whether the message is exasperated at an order and asks for an exchange (round 18e): the
 * exchange named beside the order, an item or the order's number ("Đổi việc rồi, khóa học không
 * cần nữa" changes a job, "เที่ยงคืน" is midnight), no marketing and no unsubscription named.
 */
export function complainsOfOrder(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return (
    has(EXCHANGE, tokens, 0, n) &&
    (has(ERRAND, tokens, 0, n) || tokens.some((t) => ORDER_NUMBER.test(t))) &&
    !has(MARKETING, tokens, 0, n) &&
    hasStem(tokens, 0, n) < 0
  );
}

/**
 * Whether the customer gives in to an offer (round 14e): a tempting word, then an order ("stop
 * tempting me 😩 ok, send me the blue one"), or (round 17i) a promotion praised as timely, then
 * an order. The model raises no stop there (learned.ts).
 */
export function givesIn(tokens: readonly string[]): boolean {
  const tempting = temptingAt(tokens);
  if (tempting.length > 0 && orderAfter(tokens, (tempting[0] ?? 0) + 1) >= 0) return true;
  const timely = findRun(TIMELY, tokens, 0, tokens.length);
  return (timely >= 0 && orderAfter(tokens, timely + 1) >= 0) || takesOfferGladly(tokens);
}

/**
 * Count words that are also common words of another language, folded: French "bon" (Vietnamese
 * "bốn"), "du", English "do" (Hindi "two"), Hindi "hai" (Vietnamese "two"), English "due", "teen",
 * "char". "Bon ça suffit, arrêtez" counts nothing.
 */
const LOOSE_COUNTS: ReadonlySet<string> = new Set([
  'bon',
  'du',
  'do',
  'hai',
  'ba',
  'due',
  'teen',
  'char',
]);

/** Where the first "enough" that counts the goods before it stands ("zwei Kisten reichen"), or -1. */
function countedAt(tokens: readonly string[]): number {
  const strict = tokens.map((t) => (LOOSE_COUNTS.has(t) ? '' : t));
  for (let i = 0; i < strict.length; i++)
    if (startsAt(ENOUGH, strict, i, strict.length) && quantityNear(strict, i, i + 1, 3, false))
      return i;
  return -1;
}

/**
 * Whether an "enough" counts what the customer takes (round 17e: "Danke, zwei Kisten reichen,
 * mehr brauch ich nicht", "two crates is plenty, I don't need any more"): the "no more" after it
 * is of the goods. The count comes first there: "đủ rồi đó" (that's enough now) counts nothing.
 * The learned model raises no stop there (learned.ts `errand`, when no marketing is named: "two
 * messages a week is plenty" stays its reading).
 */
export function countsEnough(tokens: readonly string[]): boolean {
  return countedAt(tokens) >= 0;
}

/**
 * Whether the "enough" at `at` is said of the customer's own message, within three words before
 * it ("¿Con este mensaje basta?", "is this message enough?", round 17i): it asks whether the
 * message suffices.
 */
function ofThisMessage(tokens: readonly string[], at: number): boolean {
  for (let i = Math.max(0, at - 3); i < at; i++)
    if (startsAt(THIS_MESSAGE, tokens, i, at)) return true;
  return false;
}

/**
 * Findings read again: an "enough" that counts, ends the thinking, is said of the customer's
 * own message or comes before an order with its quantity ("ça suffit, j'en prends deux"), a likely stop after goods counted, and a
 * stop of the tempting before an order, are no stop.
 */
export function setEnoughOrdersAside(read: Finding[], tokens: readonly string[]): Finding[] {
  // Round 17i: said of the message, the "enough" is set aside alone (beside "dar de baja mi
  // membresía del gimnasio", business-sense.ts's own).
  const findings = read.filter((f) => {
    const at = f.intent === 'opt_out' ? enoughAt(f, tokens) : -1;
    return !(at >= 0 && ofThisMessage(tokens, at));
  });
  const stops = findings.filter((f) => f.intent === 'opt_out');
  if (stops.length === 0) return findings;
  const tempting = temptingAt(tokens);
  const counted = has(MARKETING, tokens, 0, tokens.length) ? -1 : countedAt(tokens);
  let complaint: boolean | undefined;
  const order = (f: Finding): boolean => {
    if (givenInStop(f, tokens, tempting)) return true;
    // Round 18e: an "enough" or a likely stop in a complaint of an order with an exchange asked.
    if (
      (f.certainty === 'likely' || enoughAt(f, tokens) >= 0) &&
      (complaint ??= complainsOfOrder(tokens))
    )
      return true;
    // Round 17e: a likely "no more" after the goods counted ("Двух коробок хватит, больше не
    // надо"), when no marketing is named.
    if (f.certainty === 'likely' && counted >= 0 && counted < f.start) return true;
    const at = enoughAt(f, tokens);
    if (at < 0) return false;
    const then = orderAfter(tokens, at + 1);
    return (
      quantityNear(tokens, at, at + 1) ||
      enoughThinking(at, tokens) ||
      (then >= 0 && quantityNear(tokens, then, then + 1))
    );
  };
  if (!stops.every(order)) return findings;
  return findings.filter((f) => f.intent !== 'opt_out');
}
