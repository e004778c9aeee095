/**
 * "楽天のメルマガは解除したんですけど、そちらの領収書がまだ届いてません", "Flipkart ke emails
 * unsubscribe kar diye, aapka invoice yahan bhej do", "Saya udah unsubscribe email Tokopedia,
 * tapi invoice pesanan saya belum masuk" (round 10): an unsubscription from e-mails or a
 * newsletter, told as done, beside an errand in another clause (an invoice, a receipt, an
 * order), is the background of the errand, no stop: the customer asks for the invoice. Only
 * when every stop read lies in such a clause: "I unsubscribed from your emails, now stop
 * WhatsApp too" stays a stop. In every language at once; general language knowledge, to be
 * reviewed by native speakers.
 */
import { has, runs } from './asking';
import { clauseOf } from './bounds';
import type { Finding } from './finding';

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
