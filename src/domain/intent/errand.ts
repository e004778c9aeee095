/**
 * An errand about an order is not about marketing: "can you send me the invoice again?",
 * "don't ship to the old address", "请不要发货到旧地址", "kodu tekrar gönderir misiniz?". The
 * same verbs (send, again, don't send) that make opt-ins and opt-outs are used for invoices,
 * codes, parcels and addresses. In every language at once: a phrase whose clause names such a
 * thing is no opt-in, and an opt-out phrase there is only `likely` (one question first, never
 * acted on by itself). Keywords (whole message or sentence) are untouched.
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import type { Finding } from './finding';
import { isBoundary } from './normalize';

const ERRAND = runs(`
  invoice, receipt, otp, pin, password, tracking, tracking number, parcel, package, delivery address,
  address, bill, refund, cart, size, sizes, wrong size, wrong item, the item, this item, the order, my order, order number, code,
  factura, recibo, codigo, código, pedido, paquete, direccion, dirección, envio, envío, reembolso, carrito,
  boleto, nota fiscal, encomenda, pacote, endereco, endereço, entrega, codigo de rastreio,
  facture, recu, reçu, commande, colis, adresse, livraison, remboursement, panier,
  rechnung, quittung, bestellung, paket, adresse, lieferung, lieferadresse, sendungsnummer, warenkorb,
  fattura, ricevuta, codice, ordine, pacco, indirizzo, consegna, carrello,
  resi, kode, pesanan, alamat, barang, struk, ongkir, keranjang,
  invois, resit, kod, bungkusan, parsel,
  पता, ऑर्डर, बिल, पार्सल,
  الفاتوره, الكود, الطلب, الاوردر, الشحنه, العنوان, الطلبيه, المنتج, البضاعه,
  kod, kodu, fatura, faturayi, siparis, siparisi, sipariş, siparişi, kargo, adres, adrese, sifre, şifre,
  чек, код, заказ, посылка, посылку, адрес, счет, счёт, доставка, доставку,
  factuur, kassabon, bestelling, pakket, adres, bezorging, bezorgen, achteringang,
  faktura, fakture, fakturę, zamowienie, zamówienie, zamowienia, zamówienia, paczka, paczke, paczkę, zwrot,
  don hang, gui hang, giao hang, hang hoa, hoa don, dia chi, ma xac nhan, ma giam gia,
  item, items, resibo, parcel, size,
  অর্ডার, বিল, ঠিকানা,
  oda, bidhaa, risiti, anwani,
  พัสดุ, สินค้า, ใบเสร็จ, ออเดอร์, ที่อยู่, ส่งของ,
  发货, 订单, 快递, 地址, 发票, 验证码, 顺丰, 中通, 包裹,
  請求書, 領収書, 注文, 荷物, 住所, 明細, パスワード, 認証コード
`);

/** [from, to) of the clause around a finding. */
function clauseOf(tokens: readonly string[], f: Finding): [number, number] {
  let from = f.start;
  while (from > 0 && !isBoundary(tokens[from - 1])) from--;
  let to = f.end;
  while (to < tokens.length && !isBoundary(tokens[to])) to++;
  return [from, to];
}

/** Findings reconsidered when their clause is about an order, an invoice, a code. */
export function setErrandsAside(
  findings: readonly Finding[],
  tokens: readonly string[],
): Finding[] {
  return findings.flatMap((f): Finding[] => {
    if (f.source !== 'phrase' || f.comeBack) return [f];
    if (f.intent !== 'opt_in' && f.intent !== 'opt_out') return [f];
    const [from, to] = clauseOf(tokens, f);
    if (!has(ERRAND, tokens, from, to)) return [f];
    if (f.intent === 'opt_in') return [];
    return [{ ...f, certainty: 'likely' }];
  });
}
