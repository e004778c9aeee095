/**
 * "Keep sending the appointment reminders" and "sigan mandando los recordatorios de citas"
 * (round 9a) ask to keep the service messages (reminders, order and delivery updates), which no
 * marketing opt-out stops anyway: no opt-in to the marketing. Beside "no ads" ("sin publicidad,
 * pero sigan mandando los recordatorios") the stop is what the customer asked for; an explicit
 * opt-in there would put an opted-out customer back on the marketing list.
 * An opt-in that names the marketing too ("keep sending the reminders about sales") stays.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs, type RunList } from './asking';
import { clauseOf, sentenceOf } from './bounds';
import type { Finding } from './finding';

/**
 * Service messages: reminders, appointments, orders, deliveries (round 13c: their alerts). Round
 * 16f: an order's tracking and a pickup notice, singular too ("le suivi de ma commande", "o
 * rastreio da minha encomenda", "l'avviso per il ritiro", "informacje o przesyłce"). Round 17f:
 * German compounds ("Bekomme ich die Lieferinfos trotzdem, wenn ich mich abmelde?").
 */
const SERVICE = runs(`
  appointment, appointments, appointment reminders, reminders, reminder, order updates,
  delivery updates, shipping updates, tracking, recordatorios, recordatorio, citas, cita, envios,
  envíos, entregas, pedidos, lembretes, lembrete, consulta, consultas, rappels, rappel,
  rendez vous, livraison, livraisons, commandes, termin, termine, terminerinnerungen,
  erinnerungen, lieferung, bestellung, lieferinfos, lieferinfo, lieferinformationen, versandinfos,
  sendungsverfolgung, lieferstatus, promemoria, appuntamenti, appuntamento, consegne, afspraak,
  afspraken, herinneringen, afspraakherinneringen, bezorging, bestelling, przypomnienia,
  przypomnienie, wizyty, wizytach, wizyt, dostawy, zamowienia, zamówienia, напоминания,
  напоминание, записи, запись, доставке, заказе, hatirlatma, hatırlatma, hatirlatmalari,
  hatırlatmaları, randevu, kargo, siparis, sipariş, pengingat, janji temu, pengiriman, pesanan,
  peringatan, temujanji, pengesahan tempahan, tempahan, nhac lich, nhắc lịch, lich hen, lịch hẹn, giao hang, giao hàng,
  don hang, đơn hàng, paalala, یاد دہانی, اپائنٹمنٹ, রিমাইন্ডার, অ্যাপয়েন্টমেন্ট, تذكير,
  المواعيد, موعد, الطلب, แจ้งเตือนนัด, นัดหมาย, พัสดุ, vikumbusho, miadi, 预约, 提醒, 快递,
  订单, リマインダー, 予約, 配送,
  commande, suivi, suivi de commande, retrait, prescription, ready for pickup, ready to collect,
  order tracking, rastreio, rastreamento, encomenda, avviso, ritiro, track and trace, pakket,
  pakketje, klaarligt, przesylce, przesyłce, przesylki, przesyłki, przesylka, przesyłka, odbiorze,
  odbioru, paczce, paczki, powiadomienie,
  delivery, deliveries, delivery alerts, shipping, entrega, avisos de entrega, versand*,
  sendungsverfolgung, spedizione, spedizioni, доставки, доставка, доставку, ডেলিভারি, ডেলিভারির, التوصيل, الشحن, 物流,
  डिलीवरी, ڈیلیوری, การจัดส่ง
`);

/**
 * The marketing named beside it; round 13c: the automated streams of a shop (a price drop, a
 * restock, the cart, a survey), so "turn the cart reminders back on" is an opt-in.
 */
const MARKETING = runs(`
  offers, offer, promos, promo, promotions, deals, ads, sales, sale, discounts, newsletter,
  ofertas, promociones, publicidad, ofertas, promoções, promocoes, propaganda, offres, pub, pubs,
  angebote, werbung, aktionen, offerte, pubblicita, pubblicità, aanbiedingen, reclame, acties,
  promocje, reklamy, акции, реклама, kampanya, reklam, promo, iklan, diskon, khuyen mai,
  khuyến mãi, quang cao, quảng cáo, آفرز, اشتہارات, অফার, বিজ্ঞাপন, عروض, اعلانات, โปร,
  โฆษณา, ofa, matangazo, 广告, 促销, 优惠, 広告, セール, キャンペーン,
  price drop, price drops, restock, back in stock, cart, basket, survey, surveys, cashback, webinar,
  webinars, bajada de precio, reposicion, reposición, carrito, encuestas, baixa de preco,
  baixa de preço, carrinho, estoque, baisse de prix, retour en stock, panier, preisalarm*,
  warenkorb*, calo prezzo, carrello, prijsalert*, winkelwagen*, koszyk*, корзин*, снижени*,
  кошик*, зниженн*, fiyat*, sepet*, turun harga, harga turun, keranjang, troli, giam gia, giảm giá,
  gio hang, giỏ hàng, co hang, có hàng, price drop alerts, kushuka bei, kikapu, दाम, कार्ट,
  قیمت, কার্ট, দাম, نزول السعر, السله, ราคาลด, สินค้าเข้า, ตะกร้า, 降价, 到货, 补货, 购物车, 问卷,
  値下げ, 入荷, 再入荷, カート
`);

/**
 * The notices of a utility, a bank or a telecom (round 14: batch 39): outage, payment, transaction
 * and bill alerts, beside the appointments and deliveries above. Round 18a (batch 52): the papers
 * a trader or a landlord keeps for the accounts (invoices, receipts, payment slips) and a parcel's
 * news: "if I leave the promos, will the boiler invoices / the receipts still come?".
 */
const NOTICES = runs(`
  invoice, invoices, receipt, receipts, bill, bills, rechnung, rechnungen, quittung, quittungen, belege,
  facture, factures, recu, recus, factura, facturas, albaranes, recibo, recibos, comprovante,
  comprovantes, nota fiscal, notas fiscais, fattura, fatture, ricevuta, ricevute, scontrini,
  factuur, facturen, bonnetjes, faktura, faktury, paragony, rachunki, счета, чеки, чек,
  квитанции, рахунки, квитанції, bezorgberichten, fatura, faturalar, makbuz*, struk, resi, kwitansi,
  invois, resit, hoa don, bien lai, resibo, risiti, bili, रसीद, बिल, رسید, রসিদ, বিল, الفواتير,
  فاتورة, الفاتورة, ايصال, الايصالات, ใบเสร็จ, ใบแจ้งหนี้, 发票, 收据, 小票, 账单, 領収書, 請求書,
  レシート, parcel, parcels, parcel info, colis, paquete, paquetes, pacote, pacchi, pacco,
  посылк*, посилк*, paczk*, paket, parsel, bungkusan, kifurushi, mzigo, oda, পার্সেল, طرد, 包裹,
  荷物,
  alerts, alert, notifications, notification, notices, advisories, outage, outages, avisos, aviso,
  alertas, cortes, alertes, alerte, coupure, coupures, meldungen, storungsmeldungen,
  störungsmeldungen, benachrichtigungen, avvisi, interruzione, storingsmeldingen, meldingen,
  notifiche, powiadomienia, przerwach, уведомления, уведомлений, отключениях, сповіщення, відключень,
  bildirim*, kesintisi, taarifa, tahadhari, تنبيهات, التنبيهات, انقطاع, alert, notif, notifikasi,
  pemadaman, pemberitahuan, confirmations, booking confirmations, confirmaciones, confirmacoes,
  confirmações, *bestatigungen, *bestätigungen, *benachrichtigungen, thong bao, thông báo, cup dien, cúp điện, abiso, brownout, बिजली,
  bijli, current, কারেন্ট, بجلی, แจ้งเตือน, ไฟดับ, 通知, 停电, 停電, お知らせ, 利用通知
`);

/**
 * Whether tokens[from, to) names a service message or notice: "will I still get the outage
 * alerts?" after a stop supposed (hypothetical.ts) asks which messages remain.
 */
export function namesServiceNotice(tokens: readonly string[], from: number, to: number): boolean {
  return has(SERVICE, tokens, from, to) || has(NOTICES, tokens, from, to);
}

/**
 * Whether the opt-in `f` asks to keep service messages only. Round 17c: the service named first,
 * before commas ("напоминания о тренировках, на которые я записан, хочу получать и дальше"), is
 * read in the opt-in's sentence when its clause names neither.
 */
export function keepsServiceOnly(tokens: readonly string[], f: Finding): boolean {
  if (f.intent !== 'opt_in' || f.comeBack === true) return false;
  const only = ([from, to]: [number, number]): boolean => {
    const a = Math.min(from, f.start);
    const b = Math.max(to, f.end);
    return has(SERVICE, tokens, a, b) && !has(MARKETING, tokens, a, b);
  };
  const clause = clauseOf(tokens, f);
  const named = (list: RunList): boolean => has(list, tokens, clause[0], clause[1]);
  return only(clause) || (!named(SERVICE) && !named(MARKETING) && only(sentenceOf(tokens, f)));
}

/**
 * Whether the whole message names a service message and no marketing ("keep sending the
 * appointment reminders"): learned.ts lets the model raise no marketing opt-in there (round 12).
 */
export function namesServiceOnly(tokens: readonly string[]): boolean {
  return has(SERVICE, tokens, 0, tokens.length) && !has(MARKETING, tokens, 0, tokens.length);
}
