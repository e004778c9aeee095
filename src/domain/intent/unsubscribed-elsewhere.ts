/**
 * "楽天のメルマガは解除したんですけど、そちらの領収書がまだ届いてません", "Flipkart ke emails
 * unsubscribe kar diye, aapka invoice yahan bhej do", "Saya udah unsubscribe email Tokopedia,
 * tapi invoice pesanan saya belum masuk" (round 10): an unsubscription from e-mails or a
 * newsletter, told as done, beside an errand in another clause (an invoice, a receipt, an
 * order), is the background of the errand, no stop: the customer asks for the invoice. Only
 * when every stop read lies in such a clause: "I unsubscribed from your emails, now stop
 * WhatsApp too" stays a stop. In every language at once; general language knowledge, to be
 * reviewed by native speakers.
 *
 * Round 15b, the other way (batch 38): "Vi ho già tolto da Instagram e mi sono disiscritta dalla
 * mail. Manca solo WhatsApp: basta anche qui", "Op Insta en per mail heb ik me al afgemeld. Nu
 * graag ook hier", "Instagram'da takibi bıraktım, e-postadan da çıktım. Burada da kesin lütfen".
 * An unsubscription or an unfollowing told on another channel, then "here too": the customer
 * asks for the same on the channel we write on, a stop, though the words for it ("basta",
 * "graag", "kesin", "xin dừng") read as nothing alone. Negated ("but not here") or beside an
 * opt-in ("…but WhatsApp is fine") it asks for no stop.
 */
import { has, runs, unnegatedAt } from './asking';
import { clauseOf, sentenceOf } from './bounds';
import type { Finding } from './finding';
import { ELSEWHERE } from './other-channel';
import { UNSUBSCRIBED } from './sent-by-mistake';

/** E-mails and newsletters: what was unsubscribed from, not our WhatsApp messages. */
const MAILS = runs(`
  email, emails, e mail, e mails, mail, mails, newsletter, newsletters, mailing, mailing list, correo, correos,
  correos electronicos, courriel, courriels, e mailem, maili, maile, почта, рассылка, рассылку, рассылки,
  e posta, eposta, bulten, bülten, surel, emel, ईमेल, ای میل, ایمیل, ইমেইল, ايميل, البريد, النشرة, อีเมล,
  อีเมล์, 邮件, 电邮, メール, メルマガ, メールマガジン, ニュースレター, barua pepe
`);

/**
 * Told as done: already, past forms and particles. Vietnamese "đã" only with its verb (round
 * 14b): folded it is "da", Portuguese "of the" ("quero sair da newsletter").
 */
const DONE = runs(`
  already, unsubscribed, i unsubscribed, ive unsubscribed, have unsubscribed, opted out, udah, sudah, dah, telah,
  kar diye, kar diya, kar di, kiya, kiye, kiya tha, ho gaya, ya me, ya, ja, já, deja, déjà, schon, gia, già,
  đã hủy, đã bỏ, đã huỷ, hủy rồi, huỷ rồi, bỏ rồi, rồi,
  zaten, уже, отписался, отписалась, juz, już, nimeshajiondoa, nimejiondoa, แล้ว, 已经, 了, した, しました,
  解除した, 解除しました, 停止した, 退会した, abgemeldet, desinscrit, desuscribi, desuscribí, me di de baja,
  cancele, cancelei, disiscritto, disiscritta, afgemeld, wypisalem, wypisałem, wypisalam, wypisałam, cikdim, çıktım
`);

/** The errand: an invoice, a receipt, an order, a delivery. */
const ERRAND = runs(`
  invoice, receipt, bill, order, my order, refund, delivery, tracking, parcel, package, factura, recibo,
  pedido, boleta, fatura, nota fiscal, encomenda, facture, recu, reçu, commande, colis, rechnung, quittung,
  bestellung, lieferung, paket, fattura, ricevuta, ordine, pacco, factuur, bon, bestelling, pakket, faktura,
  paragon, zamowienie, zamówienie, paczka, счет, счёт, чек, заказ, посылка, siparis, sipariş, kargo, invois,
  resit, pesanan, resi, paket, struk, nota, hoa don, hóa đơn, don hang, đơn hàng, resibo, order ko, ankara,
  risiti, agizo, bill bhej, raseed, रसीद, ऑर्डर, بل, رسید, آرڈر, রসিদ, অর্ডার, فاتورة, الفاتورة, طلبي, الطلب,
  ใบเสร็จ, คำสั่งซื้อ, พัสดุ, 发票, 收据, 订单, 快递, 領収書, 領収, 注文, 请求书, 荷物, 配送
`);

/** Findings read again: an unsubscription from e-mails told beside an errand is no stop. */
export function setElsewhereUnsubscriptionsAside(
  findings: Finding[],
  tokens: readonly string[],
): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out');
  if (stops.length === 0) return findings;
  const told = (f: Finding): boolean => {
    const [from, to] = clauseOf(tokens, f);
    if (!has(MAILS, tokens, from, to) || !has(DONE, tokens, from, to)) return false;
    return has(ERRAND, tokens, 0, from) || has(ERRAND, tokens, to, tokens.length);
  };
  if (!stops.every(told)) return findings;
  return findings.filter((f) => f.intent !== 'opt_out');
}

/** Unfollowed, stopped following: how a customer leaves a business's social pages. */
const UNFOLLOWED = runs(`
  unfollowed, unfollow, unfollowed you, stopped following, dejé de seguir, deje de seguir, los dejé de seguir,
  deixei de seguir, entfolgt, nicht mehr gefolgt, ne vous suis plus, ne suis plus, smesso di seguire,
  tolto, tolta, ontvolgd, niet meer gevolgd, przestałam obserwować, przestałem obserwować,
  przestałam was obserwować, przestałem was obserwować, отписался, отписалась, відписався, відписалася,
  takibi bıraktım, takipten çıktım, takibi biraktim, takipten ciktim, berhenti follow, berhenti mengikuti,
  bỏ theo dõi, bo theo doi, nag unfollow, inunfollow, nimeacha kuwafuata, niliacha kuwafuata,
  kuwafuata, unfollow kar diya, unfollow kar diye, আনফলো, ألغيت متابعت*, الغيت متابعت*, เลิกติดตาม,
  เลิกฟอล, 取关, 取消关注, 取消關注, フォロー外し, フォロー解除, フォローを外し
`);

/** Here too: the same asked for on the channel we write on. */
const HERE_TOO = runs(`
  here too, here as well, same here, this side too, on this side too, whatsapp too, whatsapp as well,
  también aquí, aquí también, por aquí también, tambien aqui, aqui tambem, aqui também, também aqui,
  ici aussi, aussi ici, auch hier, hier auch, anche qui, qui anche, anche su whatsapp, ook hier, hier ook,
  tutaj też, tu też, tutaj tez, и здесь, и тут, здесь тоже, тут тоже, і тут, і тут теж, тут теж,
  burada da, buradan da, whatsapp'tan da, di sini juga, disini juga, sini juga, sini pun, di sini pun,
  bên này cũng, ben nay cung, ở đây cũng, dito rin, dito din, huku pia, hapa pia, yahan bhi, idhar bhi,
  yahaan bhi, यहाँ भी, یہاں بھی, ekhaneo, এখানেও, هنا كمان, هنا ايضا, هنا أيضا, وهنا كمان, هنا برضو,
  ที่นี่ด้วย, ทางนี้ด้วย, 这里也, 這裡也, 这边也, こちらも, ここも
`);

/**
 * Sending or getting asked for beside "here too" ("send the invoice here too", "can I get the
 * offers here too?"): the same thing wanted here, no stop.
 */
const SEND_OR_GET = runs(`
  send, send it, get, receive, keep getting, keep receiving, mandar, manden, mándenlo, envíen, enviar,
  recibir, mandem, enviem, receber, envoyez, envoyer, recevoir, schickt, schicken, bekommen, erhalten,
  mandate, inviate, ricevere, stuur, sturen, krijgen, ontvangen, wysyłajcie, wyślijcie, dostawać,
  присылайте, пришлите, получать, надсилайте, отримувати, gönderin, gonderin, kirim, kirimin,
  terima, hantar, gửi, gui, nhận, nhan, ipadala, padalhan, tumeni, pokea, bhejo, bhejiye, bhej do,
  بھیجیں, পাঠান, ابعتوا, ارسلوا, ส่งมา, รับ, 发, 发给, 收到, 送って, 受け取
`);

/**
 * Findings read again: an unsubscription or unfollowing told on another channel, then "here
 * too", is a stop (`likely` when the sentence asks it).
 */
export function stoppedHereToo(
  findings: Finding[],
  tokens: readonly string[],
  questions: readonly number[],
): Finding[] {
  if (findings.some((f) => f.intent === 'opt_in' || f.intent === 'opt_out')) return findings;
  const at = unnegatedAt(HERE_TOO, tokens, 2, { inClause: true });
  if (at < 0) return findings;
  const elsewhere = has(ELSEWHERE, tokens, 0, at) || has(MAILS, tokens, 0, at);
  const told = has(UNFOLLOWED, tokens, 0, at) || has(UNSUBSCRIBED, tokens, 0, at);
  if (!elsewhere || !told) return findings;
  const [from, to] = sentenceOf(tokens, { start: at, end: at + 1 });
  if (unnegatedAt(SEND_OR_GET, tokens, 2, { from, to, inClause: true }) >= 0) return findings;
  const stop: Finding = {
    intent: 'opt_out',
    certainty: questions.includes(to) ? 'likely' : 'explicit',
    matched: 'unsubscribed elsewhere, here too',
    langs: [],
    start: at,
    end: to,
    source: 'phrase',
    all: false,
  };
  return [...findings, stop];
}
