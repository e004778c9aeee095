/**
 * An errand about an order is not about marketing: "can you send me the invoice again?",
 * "don't ship to the old address", "请不要发货到旧地址", "kodu tekrar gönderir misiniz?". The
 * same verbs (send, again, don't send) that make opt-ins and opt-outs are used for invoices,
 * codes, parcels and addresses. In every language at once: a phrase whose clause names such a
 * thing is no opt-in, and an opt-out phrase there is only `likely` (one question first, never
 * acted on by itself). Keywords (whole message or sentence) are untouched.
 * General language knowledge, to be reviewed by native speakers.
 */
import { clauseOf, sentenceOf } from './bounds';
import { isAdContentQuestion } from './ad-content';
import { asksForChannel, isChannelPreference, prefersChannel } from './channel';
import { keepsServiceOnly } from './service-only';
import { asksElsewhere, prefersWhatsApp, refusesWhatsAppForOther } from './channel-stop';
import {
  asksForOtherChannel,
  isNegatedOn,
  isOtherChannelPreference,
  movesToOtherChannel,
} from './other-channel';
import { findRun, has, hasStem, isQuestionSpan, runs, type RunList } from './asking';
import { isObjectWord } from './compiled';
import type { Finding } from './finding';
import { refusesToReceive } from './negated-receive';
import { asksAboutBooking, isAboutSomethingElse, stopsSomethingElse } from './other-stops';
import { namesSentThing } from './sent-things';
import { OFFERS } from './not-marketing';
import { ROUND14B_OBJECTS } from './lexicon/round14b-rules';

export const ERRAND = runs(`
  invoice, receipt, otp, pin, password, tracking, tracking number, parcel, package, delivery address,
  tallas, talla, tamanhos, tamanho, tailles, taille, grossen, größen, taglie, taglia, maten, rozmiary,
  rozmiaru, размеры, размера, beden, bedenler, ukuran, saiz, colores, cores, couleurs, farben, colori,
  address, bill, refund, cart, size, sizes, wrong size, wrong item, the item, this item, the order, my order, order number, code,
  factura, recibo, codigo, código, pedido, paquete, direccion, dirección, envio, envío, reembolso, carrito,
  boleto, nota fiscal, encomenda, carrinho, o produto, do produto, pacote, endereco, endereço, entrega, codigo de rastreio,
  facture, recu, reçu, commande, colis, adresse, livraison, remboursement, panier,
  rechnung, quittung, bestellung, paket, adresse, lieferung, lieferadresse, sendungsnummer, warenkorb,
  fattura, ricevuta, codice, ordine, pacco, indirizzo, consegna, carrello,
  resi, kode, pesanan, alamat, barang, struk, ongkir, keranjang,
  invois, resit, kod, bungkusan, parsel,
  पता, ऑर्डर, बिल, पार्सल,
  الفاتوره, الكود, الطلب, الاوردر, الشحنه, العنوان, الطلبيه, المنتج, البضاعه, الطرد, طرد,
  kod, kodu, fatura, faturayi, siparis, siparisi, sipariş, siparişi, kargo, adres, adrese, sifre, şifre,
  чек, код, заказ, посылка, посылку, адрес, счет, счёт, счета, счетов, доставка, доставку,
  factuur, kassabon, bestelling, pakket, adres, bezorging, bezorgen, achteringang,
  faktura, fakture, fakturę, zamowienie, zamówienie, zamowienia, zamówienia, paczka, paczke, paczkę, zwrot,
  don hang, gui hang, giao hang, hang hoa, hoa don, dia chi, ma xac nhan, ma giam gia,
  item, items, resibo, parcel, size,
  অর্ডার, বিল, ঠিকানা, ঠিকানায়, পার্সেল, thikana, thikanay, thikanae,
  پتے, پتہ, پتا, پارسل, آرڈر, pate par, purane pate, purana pata, naya pata, order ta, order ti,
  oda, bidhaa, risiti, anwani,
  พัสดุ, สินค้า, ใบเสร็จ, ออเดอร์, ที่อยู่, ส่งของ,
  发货, 订单, 快递, 地址, 发票, 验证码, 顺丰, 中通, 包裹,
  請求書, 領収書, 注文, 荷物, 住所, 明細, パスワード, 認証コード
`);

/**
 * Automatic payments stopped or cancelled (round 6): "stop the autopay on my loan", "как
 * отключить автоплатёж?", "otomatik ödeme talimatını nasıl iptal ederim". The stop verb is about
 * money leaving an account, never about marketing: nothing, whether it is asked for or asked
 * how to do. Only payment MECHANISMS: a card, a loan or instalments are also products that
 * marketing offers ("not interested in the credit card, stop sending all this" is a stop).
 */
export const PAYMENT = runs(`
  autopay, auto pay, auto debit, autodebit, automatic payment, automatic payments, direct debit,
  standing order, standing instruction, recurring transfer, recurring payment, arahan tetap,
  स्टैंडिंग इंस्ट्रक्शन, التحويل الشهري, التحويل الثابت, 自動振替, 振替, lenh chuyen tien,
  chuyen tien dinh ky, transferencia automatica, transferencia periodica, virement permanent,
  bonifico periodico, transferencia programada, duzenli odeme, düzenli ödeme, duzenli talimat,
  stałe zlecenie, stale zlecenie, постоянное поручение, periodieke overboeking, 定期转账, debito automatico, domiciliacion, cobranca automatica,
  debito em conta, prelevement, prelevement automatique, abbuchung, automatische abbuchung,
  lastschrift, dauerauftrag, addebito, addebito automatico, domiciliazione, autodebet, auto debet,
  автоплатеж, автоплатежи, автосписание, otomatik odeme, otomatik ödeme, odeme talimati,
  automatische incasso, incasso, polecenie zaplaty, polecenie zapłaty, automatyczna splate,
  automatyczną spłatę, automatyczna splata, tu dong thanh toan, auto deduct, malipo ya kiotomatiki,
  الخصم التلقائي, หักบัญชีอัตโนมัติ, 自动扣款, 自動引き落とし, 引き落とし,
  auto payment, autopayment, pago automatico, pago automático, cargo automatico, cargo automático,
  pagamento automatico, pagamento automático, paiement automatique, automatische zahlung,
  automatische betaling, автооплата, автоплатіж, автосписання, debit langsung, potongan automatik,
  trich no tu dong, trích nợ tự động, trich no, trích nợ, thanh toan tu dong, thanh toán tự động,
  auto debit ko, ऑटो डेबिट, آٹو ڈیبٹ, অটো ডেবিট, الدفع التلقائي, الدفع الالي, ตัดบัญชีอัตโนมัติ,
  ตัดบัตรอัตโนมัติ, หักเงินอัตโนมัติ, 自动扣费, 自动代扣, 口座振替, makato ya moja kwa moja
`);

/**
 * Where a parcel goes (round 6): "don't send it to the old address", "msitume kwa anwani ya
 * zamani", "前の住所に送らないでください". A negated send with a destination is a delivery
 * instruction, not a stop: nothing (other errands stay `likely`). Round 13a: a post office
 * branch, a parcel locker or a pickup point ("більше не надсилайте на старе відділення").
 */
const ADDRESS = runs(`
  address, old address, delivery address, shipping address, direccion, direccion antigua, endereco,
  endereco antigo, adresse, alte adresse, ancienne adresse, indirizzo, vecchio indirizzo, alamat,
  alamat lama, पते, पुराने पते, pate par, purane pate, purane address, العنوان, عالعنوان, عنواني,
  عنواني القديم, العنوان القديم, adres,
  adrese, eski adrese, адрес, адресу, старый адрес, adresu, stary adres, oude adres, dia chi,
  dia chi cu, anwani, ঠিকানা, ঠিকানায়, thikana, thikanay, purono thikanay, پتے, پرانے پتے,
  ที่อยู่, ที่อยู่เก่า, 地址, 旧地址, 住所, 前の住所, tirahan, lumang address,
  pickup point, parcel locker, відділення, відділенні, старе відділення, поштомат, отделение,
  отделения, старое отделение, почтомат, пункт выдачи, пункт видачі, paczkomat, paczkomatu,
  punkt odbioru, packstation, abholstation, point relais, punto de recogida, ponto de retirada,
  afhaalpunt, pakketpunt
`);

/**
 * Money taken after an unsubscription from something else (round 6): "I unsubscribed from
 * Netflix but you still charged my card", "отписался от кинопоиска, а деньги всё равно
 * списали". The told stop is context for a billing complaint, not a stop of our marketing.
 */
const CHARGED = runs(`
  charged, charge me, charging, billed, debited, deducted, taken from my card, still charging,
  cobrando, cobraron, cobran, cobrado, cobrança, cobranca, cobraram, cobrou, descontaram,
  abgebucht, belastet, preleve, prélevé, preleves, prelevent, prélèvent, debite, débité, addebitato, addebitano,
  pobieraja, pobierają, pobrali, pobrano, списали, списывают, списание, снимают, сняли,
  cekiyorlar, çekiyorlar, cekiliyor, çekiliyor, cekilmis, çekilmiş, cekildi, çekildi, kesiyorlar, kesildi, kete nise, kete nilo,
  kete nilen, kata hai, kat liya, kat gaye, kat rahe, kepotong, dipotong, potong, terpotong,
  kinakaltasan, kinaltasan, kaltas, kukatwa, wamenikata, ตัดเงิน, หักเงิน, 扣款, 扣钱,
  引き落とされ, 請求され, টাকা কেটে, پیسے کٹ, خصم, خصمو,
  charging me twice, charge me twice, double charge, double charged, cobrarme, cobrar, cobro,
  prelever, prélever, debiter, débiter, abbuchen, abzubuchen, abbuchungen, addebitarmi, addebitare,
  addebiti, paise kaatna, paise katna, paisa kaatna, paise kaatne, twice charged, caj, dipotong,
  afschrijven, afgeschreven, pobierac, pobierać, списывать, списания, cekmeyi, çekmeyi, tru tien,
  trừ tiền, 二重請求, 二重引き落とし, 重复扣款, 扣了两次,
  kat gaya, double kat, कट गया, कट गए, দুইবার কেটেছে, দুবার কেটেছে, কেটে নিয়েছে, কেটেছে,
  *kata pesa, *nikata, mnakata, mnanikata
`);

/**
 * The cart (round 4): "remove the shoes from my cart", "cart se kurta hata do", "Xoá cái áo
 * khỏi giỏ hàng". A remove verb there is about an item, never about marketing: nothing. Round
 * 14b: an item taken out of the order the same way ("Xóa giúp em món trà sữa khỏi đơn").
 */
const CART = runs(`
  khoi don, khỏi đơn, khoi don hang, khỏi đơn hàng, cart, basket, shopping cart, shopping bag, my bag, carrito, cesta, carrinho, sacola, panier,
  warenkorb, einkaufswagen, carrello, keranjang, troli, troli saya, कार्ट, سلة, السلة, العربة,
  العربه, sepet*, корзин*, winkelmand*, winkelwagen*, koszyk*, koszyka, gio hang, giỏ hàng, kikapu,
  কার্ট, কার্টে, ตะกร้า, 购物车, 購物車, カート, かご
`);

/**
 * Reminders and notices about the cart are marketing: "stop the abandoned-cart reminders". Round
 * 13c: alerts and notices too ("desliguem os alertas de carrinho"), and being reminded of it
 * ("smettetela di ricordarmi il carrello", "berhenti ingatkan pasal troli", "đừng nhắc giỏ hàng").
 */
export const REMINDER = runs(`
  reminder, reminders, remind, notification, notifications, abandoned, recordatorio, recordatorios,
  lembrete, lembretes, abandonado, rappel, rappels, erinnerung, erinnerungen, promemoria,
  pengingat, notifikasi, peringatan, yaad, تذكير, تذكيرات, hatirlatma*, напоминани*,
  herinnering*, przypomnien*, nhac nho, paalala, kikumbusho, vikumbusho, แจ้งเตือน, 提醒, リマインド,
  reminding, remind me, alerts, alert, nagging, recordarme, recordar, avisos, alertas, lembrar,
  me lembrar, relances, relance, rappeler, me rappeler, erinnern, zu erinnern, ricordarmi,
  ricordare, avvisi, herinneren, meldingen, przypominac, przypominać, przypomina*, напоминать,
  нагадувати, нагадуван*, hatırlat*, hatirlat*, ingetin, ngingetin, ingatkan, mengingatkan,
  nhac, nhắc, paalalahanan, ipaalala, kunikumbusha, arifa, yaad dila*, reminder mat, تذكروني,
  تنبيه, تنبيهات, اشعارات, เตือน, 通知, お知らせ, 通知して
`);

/**
 * New products are what marketing announces (round 5): "send me news of the new products",
 * "nitumieni habari za bidhaa mpya", "kirimin info produk baru" ask for marketing, not about
 * an order.
 */
const NEW_PRODUCTS = runs(`
  new products, new arrivals, new collection, new items, new stock, latest products,
  nuevos productos, productos nuevos, nueva coleccion, novedades, novos produtos, produtos novos,
  nova colecao, lancamentos, nouveaux produits, nouveautes, nouvelle collection, neue produkte,
  neuheiten, neue kollektion, nuovi prodotti, novita, nuova collezione, produk baru, koleksi baru,
  barang baru, produk terbaru, naye products, naye product, nayi collection, नए प्रोडक्ट्स,
  नए उत्पाद, نئی کلیکشن, نئے پروڈکٹس, notun collection, নতুন কালেকশন, নতুন পণ্য, المنتجات الجديدة,
  منتجات جديدة, yeni urunler, yeni ürünler, yeni koleksiyon, новинки, новые товары, nieuwe producten,
  nieuwe collectie, nowosci, nowości, nowe produkty, san pham moi, sản phẩm mới, hang moi, hàng mới,
  bagong produkto, new arrival, bidhaa mpya, สินค้าใหม่, 新品, 新产品, 新商品, 新作
`);

/**
 * Exchanging or returning a product ("ik wil deze trui niet meer, kan ik ruilen?", "この色は
 * もういらないので交換できますか？"): "I don't want it any more" is about the product. Round 17e:
 * sending it back or handing it back ("Rezygnuję z tej kurtki, mogę ją odesłać?", "Je renonce à
 * cette veste, je peux la renvoyer ?"): giving the product up is no stop.
 */
export const EXCHANGE = runs(`
  exchange, return it, swap, replace, trocar, troca, devolver, cambiar, cambio, echanger, échanger,
  retourner, umtauschen, tauschen, zuruckschicken, zurückschicken, cambiare, restituire, sostituire,
  tukar, ganti, badal, badalna, badal dein, badal do, dusra bhejo, doosra bhejo, dusra de do, بدل, ابدل, ابدله, استبدال, degistir*, değiştir*,
  degisim, değişim, cambiarlas, cambiarlos, cambiarla, cambiarlo, cambiarle, cambiarli, échange, echange,
  iade, поменять, обменять, вернуть, ruilen, omruilen, retourneren, wymienic, wymienić, zwrocic,
  zwrócić, wymiana, doi, đổi, palit, papalit, ipapalit, বদলা*, ফেরত, เปลี่ยน, คืน, kubadilisha,
  kurudisha, 换, 退货, 退换, 交換, 返品, 取り替え, send it back, send back, give it back, refund it,
  devolverla, devolverlo, mandar de volta, devolvê la, devolve la, renvoyer, la renvoyer,
  le renvoyer, zurückgeben, zuruckgeben, zurücksenden, zurucksenden, restituirla,
  restituirlo, rimandare, terugsturen, terugbrengen, odeslac, odesłać, oddac, oddać, odeslać,
  вернуть обратно, отправить обратно, повернути, iade etmek, iade edebilir, geri gondermek,
  geri göndermek, kembalikan barang, retur, tra lai, trả lại, isauli, wapas karna, wapas kar sakti,
  wapas kar sakta, ফেরত দিতে, ارجاع, ارجعها, ترجيع, ส่งคืน, 退回, 退掉, 返送
`);

/**
 * The product itself: its color or size ("tego koloru", "bu rengi", "この色"). Indonesian and
 * Malay "warna" only with the colour it names: alone it is also Hindi and Urdu "otherwise"
 * ("list se delete karein warna complaint karunga", round 17c).
 */
const PRODUCT = runs(`
  color, colour, colors, kleur, kolor, koloru, farbe, couleur, colore, cor, rang, रंग, رنگ,
  warna ini, warna itu, warnanya, warna lain, warna hitam, warna putih, warna merah, warna biru,
  لون, اللون, renk, rengi, цвет, màu này, màu sắc, kulay, রঙ, রং, สี, rangi, 颜色, 色, size, talla, tamanho,
  taille, grosse, größe, taglia, ukuran, saiz, beden, размер, maat, rozmiar, saizi, 尺码, サイズ,
  sizes, tallas, tamanhos, tailles, grossen, größen, taglie, maten, rozmiary, bedenler, размеры
`);

/** Whether tokens[from, to) name marketing ("promos", "messages"): a lexicon object. */
function namesMarketing(tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (isObjectWord(tokens[i] ?? '')) return true;
  }
  // Round 11: an offer named by its kind ("промокоды", "Kreditangebote", "โปรโรงแรม"); round
  // 14b: a part of the marketing, also where a script without spaces makes one token a letter
  // ("我想取消电子报，但是送货通知照常发": the newsletter, not the deliveries).
  return has(OFFERS, tokens, from, to) || has(PARTS, tokens, from, to);
}

/** The marketing's parts (lexicon/round14b-rules.ts): a newsletter, a weekly catalogue, coupons. */
const PARTS = runs(ROUND14B_OBJECTS);

/**
 * Whether the marketing is named between an exchange told and the stop's clause (round 16f):
 * a voice note runs on in one sentence ("wymiana opon super, dzięki, ale te promocje na felgi
 * co tydzień to nie dla mnie, wypiszcie mnie", "a troca de óleo ficou show, mas essas promo de
 * pneu não precisa, pode me descadastrar"): the service praised is the story, the promos named
 * after it are what the stop is about.
 */
function marketingAfterExchange(
  tokens: readonly string[],
  sFrom: number,
  from: number,
  to: number,
): boolean {
  const at = findRun(EXCHANGE, tokens, sFrom, from);
  if (at < 0) return false;
  const [, exchangeEnd] = clauseOf(tokens, { start: at, end: at + 1 });
  return exchangeEnd < from && namesMarketing(tokens, exchangeEnd, to);
}

function hasInSentence(list: RunList, tokens: readonly string[], f: Finding): boolean {
  const [from, to] = sentenceOf(tokens, f);
  return has(list, tokens, from, to);
}

/** Whether the finding's sentence names marketing ("stop the card promos"): it stays. */
function namesMarketingAround(tokens: readonly string[], f: Finding): boolean {
  const [from, to] = sentenceOf(tokens, f);
  return namesMarketing(tokens, from, to);
}

/**
 * Findings reconsidered when their clause is about an order, an invoice, a code, or their
 * sentence about exchanging a product.
 */
export function setErrandsAside(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[] = [],
): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out');
  let refusedOnce: boolean | undefined;
  const refused = (): boolean => (refusedOnce ??= refusesWhatsAppForOther(tokens, questions));
  // A stop that asks nothing ("no offers on WhatsApp, e-mail them": round 11) stands.
  const stands = (f: Finding): boolean => {
    const [from, to] = clauseOf(tokens, f);
    return !isQuestionSpan(tokens, questions, from, to);
  };
  return findings.flatMap((f): Finding[] => {
    // "Why does my neighbour get your discount codes and I don't?" (round 13a): the rule named
    // the marketing itself, and the codes are its offers, not a code sent for an errand.
    if (f.asks === true) return [f];
    // "No me llames, mejor por WhatsApp" (round 8b, channel.ts): a call refused and another
    // channel asked for is no stop; a stop naming the marketing beside it stays. A do-not-call
    // registry cited (registry.ts) is no call refused: "I am on the National Do Not Call
    // Registry, further texts will be reported" stays a stop.
    if (f.intent === 'opt_out' && f.matched !== 'registry' && prefersChannel(tokens, f, stops)) {
      return [];
    }
    // "No offers on WhatsApp, send them by email instead" (round 9a, other-channel.ts): moved,
    // not stopped. Without the other channel asked for, "no offers on WhatsApp" is a stop.
    if (f.intent === 'opt_out' && movesToOtherChannel(tokens, f, stops, stands(f))) return [];
    // ("no me llamen, mándenme un mensaje": the message asked for is the channel, no opt-in.)
    if (f.intent === 'opt_in' && (asksForChannel(tokens, f) || asksForOtherChannel(tokens, f)))
      return [];
    // "su whatsapp no, mandatemi le offerte via mail" (round 11, channel-stop.ts): the offers
    // asked for on the other channel are no opt-in here; the refusal is a stop on WhatsApp.
    if (f.intent === 'opt_in' && asksElsewhere(tokens, f) && refused()) return [];
    // "Keep sending the appointment reminders" (round 9a, service-only.ts): no marketing opt-in.
    if (keepsServiceOnly(tokens, f)) return [];
    if (isNegatedOn(tokens, f)) return [];
    // "ขอไม่รับโฆษณาค่ะ" (round 7c, negated-receive.ts): a negator before "receive" inside an
    // opt-in phrase asks not to receive: a stop, never an opt-in.
    if (
      f.intent === 'opt_in' &&
      f.source === 'phrase' &&
      !f.comeBack &&
      !f.keeps &&
      refusesToReceive(tokens, f)
    )
      // The opt-in rule that read it named the marketing (its @obj) when it was explicit.
      return [{ ...f, intent: 'opt_out' }];
    // "Am I still booked for tomorrow at 10?" (round 7c): a booking, not the marketing list.
    if (f.intent === 'status' && asksAboutBooking(tokens, f)) return [];
    // "Don't send the courier before 6", "stop raising the prices", "logged out of the app"
    // (round 7, other-stops.ts): a lexicon stop, or a question about one, about something else.
    // "Who is the courier?" is no help request either (a login problem is: "I can't log in").
    if (f.intent === 'opt_out' || f.intent === 'status' || f.intent === 'help') {
      const lexicon = f.intent !== 'opt_out' || (f.source === 'phrase' && f.langs.length > 0);
      const about = lexicon ? stopsSomethingElse(tokens, f) : null;
      if (
        about &&
        about !== 'service' &&
        (f.intent !== 'help' || about === 'delivery') &&
        // "Don't call me at night, text me instead" (round 7b): calls are an object of the
        // dictionary, and the text asked for is how to reach them; other-stops.ts has checked
        // that the sentence names no marketing.
        (about === 'call' || !namesMarketingAround(tokens, f))
      )
        return [];
    }
    // "Comment je supprime un article de mon panier ?" (round 5): a how-question about
    // removing something from the cart is about the cart, not the list. Round 14d: also when a
    // lexicon's help phrase read the how ("How do I remove the candle from my basket?"): the
    // cart is in its sentence, beyond the phrase.
    const [hFrom, hTo] = f.source === 'phrase' ? sentenceOf(tokens, f) : [f.start, f.end];
    if (
      f.source !== 'message' &&
      (f.intent === 'help' || f.intent === 'status') &&
      has(CART, tokens, hFrom, hTo) &&
      !namesMarketing(tokens, hFrom, hTo) &&
      // "Como faço pra desligar só os alertas de carrinho?" (round 13c): the cart's alerts.
      !has(REMINDER, tokens, hFrom, hTo)
    )
      return [];
    // "How do I cancel the auto-debit on my card?" (round 6): how to stop a payment.
    if (
      f.intent === 'help' &&
      hasInSentence(PAYMENT, tokens, f) &&
      !namesMarketingAround(tokens, f)
    )
      return [];
    // "Renvoyez-moi le lien", "şifreyi tekrar gönderir misiniz" (round 7): the thing comes
    // again, not the marketing; also after a told unsubscription.
    if (
      f.source === 'phrase' &&
      f.intent === 'opt_in' &&
      namesSentThing(tokens, ...sentenceOf(tokens, f)) &&
      !namesMarketingAround(tokens, f)
    )
      return [];
    if (f.source !== 'phrase' || f.comeBack) return [f];
    if (f.intent !== 'opt_in' && f.intent !== 'opt_out') return [f];
    const [from, to] = clauseOf(tokens, f);
    const [sFrom, sTo] = sentenceOf(tokens, f);
    const exchange = has(EXCHANGE, tokens, sFrom, sTo) && !namesMarketing(tokens, from, to);
    if (exchange && !marketingAfterExchange(tokens, sFrom, from, to)) return [];
    // "Stop the abandoned-cart reminders": reminders are marketing, not an errand.
    if (has(REMINDER, tokens, from, to)) return [f];
    if (f.intent === 'opt_in' && has(NEW_PRODUCTS, tokens, from, to)) return [f];
    // "Can you remove the shoes from my cart?": an item, not the customer, leaves. Round 16a:
    // also a "don't want it" after the item, in the sentence's next clause ("Cart se blue kurta
    // hata do, nahi chahiye"), when it is only likely and the sentence names no unsubscription
    // and no reminder ("…from my cart, and remove me from this list" stays explicit).
    if (
      f.intent === 'opt_out' &&
      (has(CART, tokens, from, to) ||
        (f.certainty === 'likely' &&
          has(CART, tokens, sFrom, sTo) &&
          !has(REMINDER, tokens, sFrom, sTo) &&
          hasStem(tokens, sFrom, sTo) < 0)) &&
      !namesMarketing(tokens, f.start, f.end)
    )
      return [];
    // "Stop the autopay, the loan is paid", "I unsubscribed from X but you still charged me".
    if (
      f.intent === 'opt_out' &&
      (has(PAYMENT, tokens, from, to) || hasInSentence(CHARGED, tokens, f)) &&
      !namesMarketingAround(tokens, f)
    )
      return [];
    if (
      f.intent === 'opt_out' &&
      has(ADDRESS, tokens, from, to) &&
      !namesMarketingAround(tokens, f)
    )
      return [];
    // "Mau berhenti langganan internet" (round 7): a service the customer pays for, asked.
    const service =
      f.intent === 'opt_out' &&
      f.langs.length > 0 &&
      stopsSomethingElse(tokens, f) === 'service' &&
      !namesMarketingAround(tokens, f);
    if (!has(ERRAND, tokens, from, to) && !has(PRODUCT, tokens, from, to))
      return service ? [{ ...f, certainty: 'likely' }] : [f];
    if (f.intent === 'opt_in') return [];
    // "Stop the promos but keep the order updates": the stop names the marketing itself.
    if (namesMarketing(tokens, f.start, f.end)) return [f];
    return [{ ...f, certainty: 'likely' }];
  });
}

/**
 * Whether the message asks about a code, a receipt, a link or a ticket and names no marketing
 * and no unsubscription (round 7, sent-things.ts): "gửi lại mã cho tôi với". The model raises
 * neither an opt-in nor an opt-out there (the n-grams of "send ... again" are those of coming
 * back; a "don't send" about a code those of a stop).
 */
export function isSentThingErrand(tokens: readonly string[]): boolean {
  const n = tokens.length;
  return namesSentThing(tokens, 0, n) && !namesMarketing(tokens, 0, n) && hasStem(tokens, 0, n) < 0;
}

/**
 * Whether the message is about an automatic payment, an address or money taken, and names no
 * marketing (round 6): the rules set such stops and how-questions aside, and the learned model
 * must not raise them again as a `likely` stop or help ("bitte den Dauerauftrag stoppen").
 */
export function isPaymentOrAddressErrand(tokens: readonly string[]): boolean {
  const n = tokens.length;
  if (isChannelPreference(tokens) || isOtherChannelPreference(tokens)) return true;
  // "I prefer WhatsApp, not email" (round 11, channel-stop.ts): the other channel refused.
  if (prefersWhatsApp(tokens)) return true;
  if (isAdContentQuestion(tokens)) return true;
  const about = isAboutSomethingElse(tokens);
  if (
    (about === 'delivery' || about === 'price' || about === 'call' || about === 'waitlist') &&
    !namesMarketing(tokens, 0, n)
  )
    return true;
  if (!has(PAYMENT, tokens, 0, n) && !has(ADDRESS, tokens, 0, n) && !has(CHARGED, tokens, 0, n))
    return false;
  return !namesMarketing(tokens, 0, n);
}
