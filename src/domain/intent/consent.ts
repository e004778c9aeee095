/**
 * Consent given, in the words of a form (round 8c): "Hiermit willige ich ein, Angebote per
 * WhatsApp zu erhalten", "Autorizo o recebimento de ofertas", "Bu numaraya ticari elektronik
 * ileti gönderilmesine onay veriyorum", "ผมยินยอมให้ส่งข้อมูลโปรโมชั่น", "আমি অফার পেতে সম্মতি
 * দিচ্ছি", "میں آفرز وصول کرنے کی اجازت دیتا ہوں"; and a request to start sending again
 * ("Pakisimulan nyo ulit magpadala ng promos", "İndirimleri yine göndermeye başlayın",
 * "麻煩再傳優惠資訊給我") or to be put on a list ("Gibt es einen Verteiler? Da möchte ich gern
 * rein"). A consent (or restart, or join) expression and the marketing named in the same
 * sentence, with no negator and no stop word in it, is an explicit opt-in. The phrase rules
 * cannot reach across the comma a formal consent puts between the verb and what is consented
 * to; this reads the sentence. Refused consent ("I do not consent", "non acconsento") stays a
 * stop (negated-receive.ts, round 7b), never an opt-in here.
 * General language knowledge, to be reviewed by native speakers.
 */
import { findRun, has, hasStem, runs, startsAt } from './asking';
import { ANY_NEGATOR, NEGATORS } from './compiled';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isBoundary } from './normalize';

/** Consent, authorisation, agreement, said positively, in the first person. */
const CONSENT = runs(`
  i consent, i hereby consent, we consent, i agree to, i hereby agree, i authorise, i authorize,
  i give my consent, i give consent, i give permission, you have my consent, you have my permission,
  i opt in, happy to receive,
  willige ich ein, ich willige ein, willige hiermit ein, einwillige, ich bin damit einverstanden,
  bin einverstanden, ich stimme zu, stimme ich zu, erteile ich meine einwilligung, meine einwilligung,
  j accepte, j autorise, je consens, je donne mon consentement, je donne mon accord,
  acepto recibir, autorizo, consiento, doy mi consentimiento, doy mi autorizacion, estoy de acuerdo en,
  aceito receber, concordo em, dou meu consentimento, dou o meu consentimento, autorizo o,
  acconsento, autorizzo, do il mio consenso, do il consenso, accetto di,
  ik geef toestemming, geef ik toestemming, ik ga akkoord, ga ik akkoord, ik stem in,
  wyrazam zgode, wyrażam zgodę, zgadzam sie, zgadzam się,
  даю согласие, я согласен, я согласна, соглашаюсь, разрешаю,
  onay veriyorum, onayliyorum, onaylıyorum, izin veriyorum, kabul ediyorum, razıyım, raziyim,
  saya setuju, setuju untuk, saya bersedia, saya bersetuju, bersetuju untuk, saya izinkan, saya mengizinkan,
  toi dong y, tôi đồng ý, dong y nhan, đồng ý nhận, minh dong y, mình đồng ý,
  pumapayag ako, pumapayag po ako, payag ako, payag po ako, sang ayon ako,
  ninakubali, nakubali, natoa ruhusa, nimekubali,
  सहमति देता, सहमति देती, सहमति देते, सहमत हूँ, सहमत हूं, anumati deta, sahmati deta, sahmat hoon, sahmat hu,
  اجازت دیتا, اجازت دیتی, اجازت دیتے, رضامند ہوں, متفق ہوں, ijazat deta, ijazat deti,
  সম্মতি দিচ্ছি, সম্মতি দিলাম, সম্মতি দিই, রাজি আছি, রাজি, অনুমতি দিচ্ছি, shommoti dicchi, raji achi,
  أوافق, اوافق, موافق على, موافقة على, أسمح, اسمح لكم,
  ยินยอม, อนุญาตให้, ตกลงรับ,
  同意接收, 同意接受, 同意收到, 本人同意, 我同意, 願意接收, 愿意接收,
  同意します, 受信に同意, 承諾します, 許可します
`);

/** Start sending again, or put me on the list. */
const RESTART = runs(`
  start sending, restart sending, resume sending, start sending me, start texting me again,
  simulan ulit, pakisimulan, simulan nyo ulit, ulit magpadala, magpadala ulit, padalhan ulit, ulit akong padalhan,
  gondermeye basla*, göndermeye başla*, yeniden gonder*, yeniden gönder*, tekrar gonder*, tekrar gönder*, yine gonder*, yine gönder*,
  再传, 再傳, 重新传送, 重新傳送, 重新发送, 重新發送, 再发给我, 再發給我, 恢复发送, 恢復發送,
  offer gula pathaben, offer pathaben, অফার পাঠাবেন, offer janaben, অফার জানাবেন
`);

/** Asking to be put on the list, which may be named a sentence earlier. */
const JOIN = runs(`
  mochte ich gern rein, möchte ich gern rein, mochte ich rein, möchte ich rein, will ich rein, wurde ich gern rein,
  würde ich gern rein, mich gern eintragen, mich gerne eintragen, mich eintragen lassen, aufgenommen werden,
  count me in, sign me up, add me to it, put me on it, put me on that list
`);

/** The marketing consented to (the lexicons' objects, and the words forms use). */
const OFFERS = runs(`
  offers, offer, promotions, promotional, promos, promo, marketing, deals, discounts, newsletter, updates, news,
  angebote, angebot, werbung, neuigkeiten, aktionen, sonderaktionen, rabattaktionen, verteiler, newsletter,
  offres, promotions, promotionnelles, publicite, publicité, nouveautes, nouveautés,
  ofertas, promociones, publicidad, novedades, comunicaciones comerciales,
  promocoes, promoções, novidades, recebimento,
  offerte, promozioni, comunicazioni promozionali, comunicazioni commerciali, novita, novità,
  aanbiedingen, acties, nieuwsbrief, reclame,
  ofert, oferty, ofertach, promocji, promocje, handlowych, marketingowych,
  предложения, предложений, рассылки, рассылок, рекламных, рекламу, акции, акций,
  kampanya, kampanyalar, indirim, indirimler, indirimleri, ticari elektronik ileti, ileti, iletiler, firsat, fırsat,
  promo, promosi, penawaran, info promo, diskon, tawaran, promosi,
  khuyen mai, khuyến mãi, uu dai, ưu đãi, tin khuyen mai, quang cao, quảng cáo,
  promos, alok, mga promo, mga alok,
  ofa, matangazo, punguzo, promosheni,
  ऑफ़र, ऑफर, प्रमोशनल, प्रमोशन, offers, offer,
  آفرز, آفر, پروموشنل, پروموشن, پیغامات,
  অফার, অফারের, প্রমোশন, offer, sale,
  العروض, عروض, العروض الترويجية, الترويجية,
  โปรโมชั่น, โปรโมชัน, ข่าวสาร, ข้อมูลโปรโมชั่น, โฆษณา, ส่วนลด,
  优惠, 優惠, 促销, 促銷, 推广, 推廣, 优惠资讯, 優惠資訊, 优惠信息, 優惠訊息, 营销, 行銷,
  キャンペーン, セール, クーポン, お得, 広告, メルマガ
`);

/**
 * Consent withdrawn (round 17c): "Wie kann ich meine Einwilligung für Werbung widerrufen?" names
 * a consent and the marketing, and withdraws it; the round-5 rules read the withdrawal (a stop,
 * or help when asked how), never a consent given.
 */
const WITHDRAWN = runs(`
  withdraw, withdrawing, withdrawn, withdrew, revoke, revoking, revoked, retract, rescind,
  widerrufen, widerrufe, widerruf, zuruckziehen, zurückziehen, zuruckgezogen, zurückgezogen,
  retirer, retire, retirar, retiro, revoquer, revocar, revoco, revogar, revogo, ritirare, ritiro,
  revocare, intrekken, herroepen, trek, cofnac, cofnąć, cofam, wycofac, wycofać, wycofuje, wycofuję,
  отозвать, отзываю, отзыв, відкликати, відкликаю, geri cekmek, geri çekmek, geri cekiyorum, geri çekiyorum,
  mencabut, cabut, tarik balik, rut lai, rút lại, thu hoi, thu hồi, bawiin, binabawi, kuondoa,
  wapas, वापस, واپس, প্রত্যাহার, سحب, أسحب, اسحب, ถอน, 撤回, 撤销, 撤銷, 取り消し, 撤回する
`);

/**
 * Negators of the message's language (of every language when it is unknown: Tagalog "na" is
 * "that", Hindi "na" is "not"); unspaced ones as runs ("ไม่", "不要", "しない").
 */
const UNSPACED_NEGATOR = runs(`ไม่, 不, 别, 別, 勿, ない, ません, しない, 拒绝, 拒絕`);

function negated(tokens: readonly string[], from: number, to: number): boolean {
  const lang = guessLanguage(tokens.filter((t) => !isBoundary(t)));
  const negators = (lang && NEGATORS.get(lang)) || ANY_NEGATOR;
  for (let i = from; i < to; i++) if (negators.has(tokens[i] ?? '')) return true;
  return has(UNSPACED_NEGATOR, tokens, from, to);
}

/** The consents (and restarts) given in the message, as explicit opt-in findings. */
export function consentsGiven(tokens: readonly string[]): Finding[] {
  const out: Finding[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== '||') continue;
    const [start, end] = [from, i];
    from = i + 1;
    const consent = findRun(CONSENT, tokens, start, end);
    const restart = consent < 0 ? findRun(RESTART, tokens, start, end) : -1;
    const join = consent < 0 && restart < 0 ? findRun(JOIN, tokens, start, end) : -1;
    const at = Math.max(consent, restart, join);
    const list = consent >= 0 ? CONSENT : restart >= 0 ? RESTART : JOIN;
    // A join may name the list a sentence earlier ("Gibt es einen Verteiler für die
    // Sonderaktionen? Da möchte ich gern rein."); consent names what it is given to.
    const named =
      join >= 0 ? has(OFFERS, tokens, 0, tokens.length) : has(OFFERS, tokens, start, end);
    if (at < 0 || !named) continue;
    if (negated(tokens, start, end) || hasStem(tokens, start, end) >= 0) continue;
    if (has(WITHDRAWN, tokens, start, end)) continue;
    // The expression itself, not its sentence: a lexicon phrase over more words is the more
    // specific reading, and the other words tell the language (language.ts).
    let e = at + 1;
    while (e < end && !startsAt(list, tokens, at, e)) e++;
    out.push({
      intent: 'opt_in',
      certainty: 'explicit',
      matched: tokens.slice(at, e).join(' '),
      langs: [],
      start: at,
      end: e,
      source: 'phrase',
      all: false,
    });
  }
  return out;
}
