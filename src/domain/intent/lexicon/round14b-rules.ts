/**
 * Round 14b of issue 18: stops and opt-ins missed on batches 34 and 35. General language
 * knowledge, to be reviewed by native speakers:
 * - the marketing named by its parts (`OBJECTS`): a newsletter, a weekly catalogue or flyer,
 *   weekly coupons, a charity's appeals ("please stop the charity appeals", "newsletter no
 *   thanks, order updates yes please", "jarida", "电子报", "週刊カタログ"). Named, they make the
 *   stop beside a service kept a partial stop of the marketing, not an errand;
 * - a part of the marketing refused beside a service kept, "X no, Y yes" (c1): "newsletter no
 *   thanks, order updates yes", "I'd like to leave the newsletter but keep the order
 *   information", "katalog mingguan tak payah", "週刊カタログはオフに", "我想取消电子报",
 *   "рассылку не надо", "newsletter wag na po": a stop (its scope the marketing part), never an
 *   errand. "X no thanks" names the kinds in the plural: "the offer no thanks" declines one
 *   offer;
 * - another person's number removed too (c2): "remove my wife too, 0912…, she doesn't want them
 *   either", "tira minha esposa também", "xóa luôn số vợ anh", "видаліть і номер дружини": a stop
 *   (the business handles the other number);
 * - Swahili "koma / komesha" (stop) before "kutuma" (sending) (c3); Thai "เอาชื่อออก" (take my
 *   name out) after "ใช้ไม่ได้" (of no use to me): the space between is lost, and the negation
 *   ends at its "ได้";
 * - "send me your offers too" in romanised Urdu and Hindi, "keep me in the broadcast" in Bengali
 *   (c4).
 * Round 15d added to `OBJECTS` the kinds a business with several kinds of marketing names (batch
 * 41): last-minute and travel deals, seat sale alerts, birthday coupons, event invitations, happy
 * hour, a wine club's messages (not the club, which is a subscription: "pause my wine
 * club until March"), recipes, flyers ("Schluss mit den Last-Minute-Angeboten", "tama na yung seat
 * sale alerts", "kuponi za siku ya kuzaliwa"), also to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/** The marketing's parts, in every language; each stop phrase that takes objects takes them. */
const OBJECTS: Partial<Record<Lang, string>> = {
  en: `charity appeals, charity requests, charity messages, charity asks, donation asks, fundraising
    requests, fundraising asks, weekly catalogue, weekly catalog, catalogue emails, catalogues, catalogs, weekly flyer,
    weekly coupons, weekly deals, weekly offers,
    last minute deals, last minute offers, seat sale, seat sales, seat sale alerts, flight deals,
    travel deals, birthday coupons, birthday coupon, birthday vouchers, event invitations, event invites,
    happy hour, happy hour deals, happy hour invites, wine club emails, wine club messages, recipes, recipe emails,
    recipe newsletter, flyers, weekly flyers`,
  es: `boletin, boletín, boletines, catalogo semanal, catálogo semanal, catalogos, catálogos, cupones, cupones semanales, folleto semanal,
    ofertas de ultimo minuto, ofertas de último minuto, ofertas last minute, alertas de vuelos, cupones de cumpleanos, cupones de cumpleaños, invitaciones a eventos, invitaciones, happy hour, mensajes del club del vino, recetas, folletos`,
  pt: `boletim, catalogo semanal, catálogo semanal, catalogos, catálogos, cupons, cupons semanais, encarte semanal,
    ofertas de ultima hora, ofertas de última hora, promocoes de passagens, promoções de passagens, alertas de passagens, cupom de aniversario, cupom de aniversário, cupons de aniversario, cupons de aniversário, convites para eventos, convites pra eventos, convites, happy hour, mensagens do clube do vinho, receitas, encarte, folheto, folhetos`,
  fr: `lettre d information, catalogue hebdomadaire, catalogues, coupons, bons de reduction, bons de réduction,
    offres de derniere minute, offres de dernière minute, alertes vols, bons d anniversaire, coupons d anniversaire, invitations aux evenements, invitations aux événements, invitations, happy hour, messages du club de vin, recettes, prospectus`,
  de: `wochenkatalog, wochenprospekt, katalog, kataloge, coupons, wochen coupons,
    last minute angebote, last minute angeboten, last minute deals, reiseangebote, reiseangeboten, flugangebote, geburtstagsgutscheine, geburtstagscoupons, einladungen, event einladungen, veranstaltungseinladungen, happy hour, weinclub nachrichten, rezepte, rezept newsletter, prospekt, prospekte, flyer`,
  it: `catalogo settimanale, cataloghi, coupon, buoni sconto, volantino settimanale,
    offerte last minute, offerte dell ultimo minuto, coupon di compleanno, buoni compleanno, inviti agli eventi, inviti, happy hour, messaggi del club del vino, ricette, volantino, volantini`,
  nl: `newsletter, nieuwsbrief, nieuwsbrieven, weekfolder, catalogus, catalogi, coupons, kortingsbonnen,
    last minute aanbiedingen, last minute deals, reisaanbiedingen, verjaardagscoupons, verjaardagsbonnen, uitnodigingen, happy hour, wijnclub berichten, recepten, folder, folders`,
  pl: `newslettera, newsletterze, katalog, katalogu, katalogi, katalogow, katalogów, kupony, kuponow, kuponów, gazetki tygodniowej,
    oferty last minute, ofertami last minute, ofert last minute, kupony urodzinowe, kuponów urodzinowych, kuponow urodzinowych, zaproszenia na eventy, zaproszenia, zaproszeń, zaproszen, happy hour, wiadomości klubu wina, przepisy, gazetka, gazetki, ulotki`,
  ru: `каталог, каталоги, купоны, купонов, новостную рассылку,
    горящие туры, горящих туров, горящие предложения, купоны на день рождения, купонов на день рождения, приглашения, приглашений, приглашения на мероприятия, рецепты, рецептов, листовки`,
  uk: `каталог, каталоги, купони, купонів,
    гарячі тури, гарячих турів, купони на день народження, купонів на день народження, запрошення, запрошень, запрошення на події, рецепти, рецептів, листівки`,
  tr: `bulten, bülten, e bulten, e bülten, bulteni, bülteni, katalog, kataloglar, kataloglariniz, kupon, kuponlar,
    son dakika fırsatları, son dakika firsatlari, son dakika fırsatlarını, son dakika firsatlarini, doğum günü kuponu, dogum gunu kuponu, davetiyeler, etkinlik davetleri, happy hour, şarap kulübü mesajları, şarap kulübü mesajlarını, sarap kulubu mesajlari, sarap kulubu mesajlarini, tarifler, broşür, brosur`,
  id: `katalog mingguan, katalog, kupon, kupon mingguan, buletin, newsletternya,
    promo last minute, tiket promo, promo tiket, promo pesawat, kupon ulang tahun, voucher ulang tahun, undangan event, undangan acara, happy hour, resep, brosur, flyer`,
  ms: `katalog mingguan, katalog, kupon, kupon mingguan, buletin, risalah mingguan,
    tawaran saat akhir, promosi tiket, baucar hari jadi, baucer hari jadi, voucher hari jadi, jemputan event, jemputan acara, happy hour, resipi, risalah, flyer`,
  vi: `ban tin, bản tin, catalogue, phieu giam gia, phiếu giảm giá, voucher,
    vé máy bay giá rẻ, ve may bay gia re, vé rẻ, ve re, voucher sinh nhật, voucher sinh nhat, phiếu sinh nhật, phieu sinh nhat, thiệp mời, thiep moi, lời mời sự kiện, loi moi su kien, happy hour, công thức nấu ăn, cong thuc nau an, tờ rơi, to roi`,
  tl: `newsletter, catalog, coupons, weekly catalog,
    seat sale, seat sales, seat sale alerts, piso fare, promo fare, last minute deals, birthday coupons, birthday voucher, event invites, event invitations, happy hour, recipes, weekly flyer, flyer`,
  sw: `jarida, majarida, katalogi, kuponi, ofa za kila wiki,
    ofa za safari, ofa za dakika za mwisho, ofa za tiketi, kuponi za siku ya kuzaliwa, mialiko, mialiko ya matukio, happy hour, mapishi, vipeperushi`,
  hi: `newsletter, coupon, coupons, न्यूज़लेटर,
    promo, promos, deals, last minute deals, birthday coupon, event invitations, event invites, happy hour, recipes, flyer`,
  ur: `newsletter, coupon, coupons, نیوز لیٹر,
    promo, promos, deals, last minute deals, birthday coupon, event invitations, event invites, happy hour, recipes, flyer`,
  bn: `নিউজলেটার, ক্যাটালগ, কুপন, newsletter,
    প্রোমো, লাস্ট মিনিট ডিল, জন্মদিনের কুপন, ইভেন্টের আমন্ত্রণ, আমন্ত্রণ, হ্যাপি আওয়ার, রেসিপি, লিফলেট`,
  ar: `النشرة الاخبارية, النشرة الإخبارية, النشرة البريدية, الكتالوج, الكوبونات, كوبونات,
    عروض اللحظة الاخيرة, عروض اللحظة الأخيرة, عروض الطيران, كوبونات عيد الميلاد, دعوات الفعاليات, الدعوات, الوصفات, المنشورات`,
  th: `จดหมายข่าว, แคตตาล็อก, คูปอง,
    คูปองวันเกิด, บัตรเชิญ, บัตรเชิญอีเวนต์, บัตรเชิญงานอีเวนต์, ดีลนาทีสุดท้าย, ตั๋วเครื่องบินราคาถูก, แฮปปี้อาวร์, สูตรอาหาร, ใบปลิว`,
  zh: `电子报, 電子報, 周刊, 週刊, 电子周刊, 会员通讯, 优惠券, 優惠券, 每周优惠券,
    生日券, 生日优惠券, 活动邀请, 邀请函, 特价机票, 机票优惠, 食谱, 传单`,
  ja: `週刊カタログ, カタログ, 週替わりクーポン, クーポン配信,
    誕生日クーポン, イベントの招待, イベント招待, 招待状, 直前割, ハッピーアワー, レシピ, チラシ`,
};

/**
 * "Send me your offers too" in romanised Urdu and Hindi, written alike ("mujhe bhi apne offers
 * WhatsApp par bheja karein"), and in Devanagari: an opt-in the model read as a stop.
 */
const SEND_ME_TOO = `
  in (mujhe bhi|मुझे भी) ~3 (offers|offer|deals|discounts|sale|promotions|updates|ऑफर|ऑफर्स|डील्स) ~4 (bheja karein|bheja karen|bheja karo|bhejein|bhejen|bhej dein|bhej den|bhej do|bhejte rahein|bhejte rahiye|bhejte raho|bhejiye|bhej dijiye|bhejo|भेजा करो|भेजा करें|भेजें|भेज दें|भेज दो|भेजते रहें|भेजो)
  in (offers|offer|deals|discounts|sale|promotions|ऑफर|ऑफर्स|डील्स) ~3 (mujhe bhi|मुझे भी) ~4 (bheja karein|bheja karen|bheja karo|bhejein|bhejen|bhej dein|bhej den|bhej do|bhejte rahein|bhejte rahiye|bhejte raho|bhejiye|bhej dijiye|bhejo|भेजा करो|भेजा करें|भेजें|भेज दें|भेज दो|भेजते रहें|भेजो)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out take (my|our) (wife|husband|partner|mum|mom|mother|dad|father|sister|brother|son|daughter|girlfriend|boyfriend) ?s ?number off ~1 (too|as well|also)
    outneg @bos ?(the|your) (newsletter|newsletters|promos|promotions|offers|deals|ads|coupons|flyers|marketing|marketing messages|promo texts|sales messages|weekly catalogue|weekly catalog|catalogue emails|weekly coupons|weekly flyer|weekly deals|weekly offers|charity appeals|donation appeals) ~1 (no thanks|no thank you|no need|not needed|not necessary|no longer needed) ?please @eoc
    out (leave|quit|come off|get off|drop out of) (the|your) (newsletter|newsletters|mailing list|weekly catalogue|weekly catalog|catalogue emails|weekly coupons|weekly flyer|broadcast|broadcast list)
    out (remove|delete|take off|unsubscribe|drop) (my|our) (wife|husband|partner|mum|mom|mother|dad|father|sister|brother|son|daughter|girlfriend|boyfriend) ?s ?number ~1 (too|as well|also)
  `,
  es: `
    outneg @bos ?(el|la|los|las) (boletin|boletín|boletines|newsletter|promos|promociones|ofertas|publicidad|cupones|catalogo semanal|catálogo semanal|folleto semanal) no ?(gracias|hace falta|me hace falta) @eoc
    out (quiten|quita|quite|borren|borra|eliminen|elimina|saquen|saca|den de baja a) (tambien|también) ?(a) ?(mi) (esposa|esposo|mujer|marido|madre|padre|mama|mamá|papa|papá|hermana|hermano|hijo|hija|pareja|novia|novio)
    out (quiten|quita|quite|borren|borra|eliminen|elimina|saquen|saca) ?(a) ?(mi) (esposa|esposo|mujer|marido|madre|padre|mama|mamá|papa|papá|hermana|hermano|hijo|hija|pareja|novia|novio) (tambien|también)
  `,
  pt: `
    out (quero|queria|gostaria de) sair (da|do) (newsletter|boletim|lista de transmissao|lista de transmissão|lista de promocoes|lista de promoções)
    outneg @bos ?(o|a|os|as) (newsletter|boletim|promos|promocoes|promoções|ofertas|propaganda|cupons|encarte|encartes|catalogo semanal|catálogo semanal) (nao|não) ?(obrigado|obrigada|precisa) @eoc
    out (tira|tirem|tire|remove|remova|removam|exclui|exclua|excluam|apaga|apague|apaguem|descadastra|descadastrem) ?(o numero da|o número da|o numero do|o número do|a|o) ?(minha|meu) (esposa|marido|mulher|mae|mãe|pai|irma|irmã|irmao|irmão|filho|filha|sogra|namorada|namorado) ~1 (tambem|também)
    out (tira|tirem|tire|remove|remova|removam|exclui|exclua|excluam|apaga|apague|apaguem) (tambem|também) ~4 (esposa|marido|mulher|mae|mãe|pai|irma|irmã|irmao|irmão|filho|filha|sogra|namorada|namorado)
  `,
  it: `
    outneg @bos ?(il|la|lo|i|le|gli) (newsletter|promozioni|offerte|pubblicita|pubblicità|volantino|volantini|coupon|buoni sconto|catalogo settimanale) no ?grazie @eoc
    out (togliete|togli|rimuovete|cancellate) anche ~3 (moglie|marito|mamma|madre|padre|sorella|fratello|figlio|figlia)
  `,
  fr: `
    outneg @bos ?(le|la|les) (newsletter|promos|promotions|offres|pubs|pub|publicite|publicité|catalogue hebdomadaire|coupons|prospectus) non ?merci @eoc
    out (retirez|supprimez|enlevez|desinscrivez|désinscrivez) aussi ~4 (femme|mari|mere|mère|pere|père|soeur|sœur|frere|frère|fils|fille)
  `,
  de: `
    outneg @bos ?(der|die|das|den) (newsletter|werbung|angebote|aktionen|gutscheine|coupons|prospekt|prospekte|wochenprospekt|wochenkatalog) nein ?danke @eoc
    out (entfernt|löscht|loscht|streicht) auch ~4 (frau|mann|mutter|vater|schwester|bruder|sohn|tochter) ?(aus|raus)
  `,
  id: `
    out (hapus|hapuskan|keluarkan|hapusin) juga ~1 (nomor|no) (istri|suami|ibu|bapak|ayah|kakak|adik|anak|mama|papa)
    outneg @obj ~2 (gak usah|ga usah|nggak usah|ngga usah|gausah|tidak usah|tak usah|gk usah) ~2 (dikirim|lagi) ?lagi
  `,
  nl: `
    out (verwijder|schrap) ?(ook) (mijn|m n) (vrouw|man|moeder|vader|zus|broer|zoon|dochter|partner) ~1 (ook|eraf|er ook af)
    outneg @bos ?(de|het) (newsletter|nieuwsbrief|nieuwsbrieven|aanbiedingen|reclame|acties|folder|weekfolder|coupons|kortingsbonnen) (nee|niet) ?(dank je|dankjewel|bedankt|hoeft niet) @eoc
  `,
  ms: `
    out (nak|mahu|mau|ingin) keluar dari ?(senarai) (newsletter|buletin|senarai promosi|katalog mingguan)
    outneg @obj ~2 (tak payah|tak perlu|tidak perlu|x payah|xpayah|tak payah lagi) @eoc
  `,
  vi: `
    out (xoa|xóa|bo|bỏ|go|gỡ|huy|hủy) ~3 (so|số) ~2 (vo|vợ|chong|chồng|me|mẹ|bo|bố|ba|chi|chị|anh trai|em gai|em gái|con) ~3 (luon|luôn|nua|nữa|cung|cũng)
    out (xoa|xóa|bo|bỏ|go|gỡ) (luon|luôn) (so|số) ~1 (vo|vợ|chong|chồng|me|mẹ|bo|bố|ba|chi|chị|con)
  `,
  pl: `
    out (chce|chcę|chcialbym|chciałbym|chcialabym|chciałabym) (wypisac sie|wypisać się|sie wypisac|się wypisać|zrezygnowac|zrezygnować) z ~2 @obj
    outneg @bos (newsletter|newslettera|promocje|promki|oferty|reklamy|kupony|gazetka|gazetki|katalog) nie ?(dziekuje|dziękuję) @eoc
  `,
  sw: `
    out (mtoeni|mwondoeni|mfuteni|ondoeni|futeni) (na|pia) ~1 (mke|mume|mama|baba|dada|kaka|mtoto|namba ya mke|namba ya mume)
    out (komeni|koma|komesha|komesheni|komeshe) (kutuma|kunitumia|kututumia|kuleta|kunisumbua)
  `,
  th: `
    out (ลบ|เอา) (เบอร์|ชื่อ) (ภรรยา|สามี|แม่|พ่อ|พี่|น้อง|ลูก|แฟน) ~6 (ด้วย|ออกด้วย)
    outneg ได้ (เอาชื่อ|ลบชื่อ|เอาเบอร์|ลบเบอร์) ~6 ออก
  `,
  zh: `
    outneg @obj ~2 (不要了|不用了|不用发了|别发了|別發了|不需要了|不用再发|别再发)
    out (取消|退订|退訂|不要|关掉|關掉|停掉|停止) ~2 @obj
  `,
  ja: `
    out @obj ~6 (オフにして|停止して|止めて|とめて|やめて|解除して)
  `,
  ur: SEND_ME_TOO,
  hi: SEND_ME_TOO,
  bn: `
    out (স্ত্রীর|স্বামীর|মায়ের|বাবার|বোনের|ভাইয়ের|ছেলের|মেয়ের|বউয়ের) (নম্বরটাও|নম্বরও|নাম্বারটাও|নাম্বারও) (বাদ দিন|কেটে দিন|মুছে দিন|সরিয়ে দিন|বাদ দেন)
    in (ব্রডকাস্টে|লিস্টে|তালিকায়|broadcast e|list e) (রেখে দেন|রেখে দিন|রাখবেন|রাখুন|rekhe din|rakhben)
    in (আপডেট|অফার|অফারগুলো|খবর) ~2 আমাকেও (দিয়েন|দিবেন|দেবেন|দিন|পাঠাবেন|পাঠান|পাঠিয়েন)
  `,
  ru: `
    out (уберите|удалите|вычеркните|отпишите) ~1 (и|также|тоже) ?(мою|моего|номер) (жену|мужа|маму|мать|отца|папу|сестру|брата|сына|дочь|жены|мамы|матери|папы|сестры|дочери)
    outneg @bos (рассылку|рассылка|рассылки|каталог|купоны|новостную рассылку) (не надо|не нужно|не нужна|не нужны|не нужен) @eoc
  `,
  uk: `
    out (видаліть|приберіть|викресліть|відпишіть) ~1 (і|також|теж) ?(мою|мого|номер) (дружину|чоловіка|маму|матір|батька|тата|сестру|брата|сина|доньку|дочку|дружини|мами|сестри|доньки)
    outneg @bos (розсилку|розсилка|розсилки|каталог|купони) (не треба|не потрібно|не потрібна|не потрібні) @eoc
  `,
  tl: `
    out (pakiremove|paki remove|pakitanggal|paki tanggal|tanggalin|i remove) (din|rin) ~3 (asawa|misis|mister|nanay|tatay|kapatid|anak)
    outneg @obj (wag na|huwag na|ayoko na|hindi na kailangan) ?(po|pa) @eoc
  `,
  ar: `
    outneg @bos (النشرة الإخبارية|النشرة الاخبارية|النشرة|الكتالوج|الكوبونات|العروض) (لا شكرا|لا شكراً|مش لازم|ما احتاجها|ما ابغاها|مش عايزها) @eoc
  `,
};

export function round14bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

export function round14bObjects(lang: Lang): string[] {
  return words(OBJECTS[lang] ?? '');
}

/** The same objects in all languages, one list, for the readers that ask whether marketing is named. */
export const ROUND14B_OBJECTS: string = Object.values(OBJECTS).join(', ');
