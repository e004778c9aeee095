/**
 * "I gave you my number for the alterations, not for ads" (round 11c): the customer names what
 * the number was given for and denies that it was given for marketing. A stop in every language
 * ("te di mi número para el arreglo, no pa' que me mandes publicidad", "numaramı tadilat için
 * verdim, reklam için değil", "我留电话是为了修手机，不是让你发广告的"), though no stop verb is
 * said. Three things must meet: the number named, then in the same clause or a later one a
 * denial ("not for", "不是") before a word for marketing, or one said after it ("reklam için
 * değil", "ads ke liye nahi"): "send the promos to my number, not to my wife's" denies no
 * marketing. "I gave you my number for the
 * repair, is it ready?" denies nothing; a question ("is my number not for orders only?") is
 * asked about, not acted on. General language knowledge, to be reviewed by native speakers.
 */
import { findRun, runs } from './asking';
import { clauseOf } from './bounds';
import { spanFinding, type Finding } from './finding';
import { isBoundary } from './normalize';

/** The customer's number or contact, named. */
const NUMBER = runs(`
  number, phone number, my number, my phone, my contact, numero, número, telefono, teléfono,
  telefone, contato, contacto, celular, numéro, nummer, telefonnummer, handynummer, numer,
  numer telefonu, номер, номер телефона, телефон, numara, numaram, numarami, numaramı, nomor,
  nomer, no hp, nombor, no telefon, so dien thoai, số điện thoại, sdt, cho so, cho số, so cua,
  số của, namba, nambari, namba yangu, number diya, nambar, नंबर, نمبر, নম্বর, নাম্বার, رقم, رقمي,
  رقم تليفوني, رقم جوالي, เบอร์, 电话, 号码, 手机号, 電話, 號碼, 番号, 電話番号, 連絡先
`);

/** A denial of purpose said before what it denies: "not for", "no para", "不是". */
const DENIED = runs(`
  not for, not to, not so, not so that, not for you to, no para, no pa, no pa que, no para que,
  nao pra, não pra, nao para, não para, pas pour, pas pour que, nicht fur, nicht für, nicht um,
  non per, non perche, non perché, niet voor, niet om, nie po to, nie do, nie dla, а не для,
  не для, не для того, а не для того, а не щоб, не щоб, bukan buat, bukan untuk, bukan utk,
  bukan nak, bukan untuk dapat, hindi para, hindi para sa, hindi pang, dau phai, đâu phải,
  khong phai de, không phải để, chu khong phai, chứ không phải, si kwa, sio kwa, si kwa ajili ya,
  sio kwa ajili ya, مش عشان, مو عشان, مش علشان, مو علشان, ليس من اجل, ليس لأجل, مب عشان,
  ไม่ได้ให้, ไม่ใช่ให้, ไม่ใช่เพื่อ, 不是让, 不是为了, 不是用来, 并不是让, 不是給, 不是给
`);

/** A denial said after what it denies: "reklam için değil", "ads ke liye nahi", "宣伝用じゃない". */
const DENIED_AFTER = runs(`
  icin degil, için değil, degil, değil, ke liye nahi, ke liye nahin, ke liye na, ke liye nhi,
  kay liye nahi, jonno na, jonno noy, jonno nay, জন্য না, জন্য নয়, کے لیے نہیں, کیلئے نہیں,
  के लिए नहीं, 用じゃない, 用じゃなく, 用ではない, のためじゃない, のためではない, じゃないです,
  ではありません, じゃありません
`);

/** Marketing named: ads, offers, promotions. */
const MARKETING = runs(`
  ads, ad, adverts, advert, advertising, advertisements, marketing, promo, promos, promotions,
  promotional, offers, deals, spam, sales messages, publicidad, publicidades, promociones,
  ofertas, propaganda, propagandas, anuncio, anuncios, promocoes, promoções, promocao, promoção,
  pub, pubs, publicite, publicité, offres, promotions, werbung, angebote, reklame, pubblicita,
  pubblicità, offerte, promozioni, reclame, aanbiedingen, advertenties, reklamy, reklama,
  reklam, reklamę, promocje, promocji, oferty, ofert, реклама, рекламы, рекламу, рекламы, акции,
  акций, рекламу, реклами, акції, акцій, kampanya, kampanyalar, indirim, indirimler, reklamlar,
  iklan, diskon, promosi, tawaran, quang cao, quảng cáo, khuyen mai, khuyến mãi, matangazo,
  tangazo, ofa, promosheni, ishtehar, ishtehaar, ishtihar, offer, বিজ্ঞাপন, অফার, اشتہار,
  اشتہارات, اعلانات, الاعلانات, اعلان, عروض, العروض, โฆษณา, โปร, โปรโมชั่น, 广告, 推销, 优惠,
  促销, 廣告, 宣伝, 広告, セール, 営業, 販促
`);

/** The stop of a message that denies having given the number for marketing, or null. */
export function givenForOtherThings(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  const n = tokens.length;
  const at = findRun(NUMBER, tokens, 0, n);
  if (at < 0) return null;
  // The clause of the number and every later one: the denial and the marketing in one clause.
  let [from] = clauseOf(tokens, { start: at, end: at + 1 });
  while (from < n) {
    let to = from;
    while (to < n && !isBoundary(tokens[to])) to++;
    const denied = findRun(DENIED, tokens, from, to);
    const named = findRun(MARKETING, tokens, denied < 0 ? from : denied, to);
    const after = named < 0 ? -1 : findRun(DENIED_AFTER, tokens, named, to);
    if ((denied >= 0 && named > denied) || after > named) {
      return spanFinding(
        tokens,
        from,
        to,
        'opt_out',
        questions.includes(to) ? 'likely' : 'explicit',
      );
    }
    from = to + 1;
  }
  return null;
}
