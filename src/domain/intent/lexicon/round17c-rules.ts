/**
 * Round 17c of issue 18: formal, partial and "never consented" stops in long messages (batches
 * 45 and 48). General language knowledge, to be reviewed by native speakers:
 * - partial stops: the service messages kept in one sentence ("the training reminders I still
 *   want"), then the marketing named first and refused at the end of its own clause ("А вот
 *   рассылку про скидки, пожалуйста, отключите", "il volantino con le offerte non lo voglio più
 *   ricevere", "yung promo, wag na po ipadala sa akin", "las promociones ya no las quiero
 *   recibir", "Tắt tin quảng cáo cho mình nha"). Only marketing nouns open these rules (never the
 *   notices or reminders the customer keeps), and `?@brk` lets "please" between commas stand
 *   between the offers and the verb. The stop found, the kept service clause's "I want to keep
 *   getting" no longer decides (an explicit stop outranks an opt-in; service-only.ts also reads
 *   the service named before commas); Thai "ส่วนโปรโมชั่นไม่ต้องแล้ว" (as for the promotions, no
 *   need any more);
 * - formal removal from the marketing, in a letter: "Proszę o wykreślenie mnie ze wszystkich
 *   komunikatów marketingowych", "tôi đề nghị được loại khỏi tất cả tin nhắn tiếp thị": the
 *   removal and the marketing named together (a waiting list left is no stop); and the sending
 *   of the marketing ceased, said with a noun ("die Zusendung von Werbenachrichten einzustellen",
 *   "el cese del envío de mensajes publicitarios", "reklam mesajı gönderilmesinin durdurulmasını");
 * - consent withdrawn in Ukrainian ("Відкликаю згоду на обробку даних для маркетингу"), as the
 *   other languages' round-5 rules;
 * - removal from the list said with a pronoun, or with no object ("请立刻把它从你们的名单里删除",
 *   "ekhoni list theke delete korun", "Tirem da lista agora", "Haal het direct van de lijst",
 *   "Buang dari senarai"), which stood beside "where did you get my number?" and let that
 *   question decide.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/**
 * Per language: `promoNoun`, the marketing's own nouns (never the notices, reminders or updates
 * a partial stop keeps); `pleaseOr`, the words that may stand alone between commas before the
 * verb ("please", "though", "en cambio", "natomiast"); `offMore`, switch-off verbs with a
 * pronoun or form round 13c's `offV` lacks ("desactívenlos", "switch them off", "إيقافها").
 */
const CLASSES: Partial<Record<Lang, Record<string, string>>> = {
  en: {
    promoNoun: `promos, promo texts, promo messages, promotions, promotional messages, offers, deals,
      ads, adverts, newsletter, marketing, marketing messages, sale messages`,
    pleaseOr: `please, though, however, pls, plz`,
    offMore: `switch them off, turn them off, switch it off, turn it off, disable them, stop them`,
  },
  de: {
    promoNoun: `werbung, werbe*, angebote, newsletter, rabattaktionen, aktionen, angebotsnachrichten`,
    pleaseOr: `bitte, dagegen, aber, jedoch, hingegen`,
    offMore: `bitte abstellen, bitte abbestellen`,
  },
  fr: {
    promoNoun: `promos, promotions, offres, publicites, pubs, newsletter, messages promotionnels,
      messages publicitaires`,
    pleaseOr: `svp, s il vous plait, en revanche, par contre, merci de`,
    offMore: `desactivez les, arretez les, coupez les, merci de les desactiver, merci de les arreter`,
  },
  es: {
    promoNoun: `promociones, ofertas, publicidad, promos, boletin, mensajes de promociones,
      mensajes promocionales, anuncios`,
    pleaseOr: `por favor, en cambio, porfa, porfis`,
    offMore: `desactivenlos, desactivenlas, desactivadlos, quitenlos, quitenlas, apaguenlos, apaguenlas`,
  },
  pt: {
    promoNoun: `promocoes, ofertas, propaganda, promos, publicidade, mensagens de promocao,
      mensagens promocionais, anuncios`,
    pleaseOr: `por favor, ja, pf, pfv`,
    offMore: `desativem elas, desliguem elas, tirem elas`,
  },
  it: {
    promoNoun: `offerte, promozioni, volantino, volantini, newsletter, pubblicita, messaggi promozionali,
      messaggi pubblicitari`,
    pleaseOr: `per favore, invece, pf, perfavore`,
    offMore: `disattivateli, disattivatele, toglieteli, toglietele, spegnetele`,
  },
  nl: {
    promoNoun: `reclame, aanbiedingen, nieuwsbrief, acties, promoties, promotieberichten, reclameberichten`,
    pleaseOr: `graag, aub, alsjeblieft, svp, wel`,
    offMore: `mogen jullie uitzetten, mogen uit, graag uit`,
  },
  pl: {
    promoNoun: `reklamy, reklam*, promocje, promocj*, oferty, newsletter*, wiadomosci promocyjne,
      wiadomości promocyjne`,
    pleaseOr: `prosze, proszę, natomiast, prosze natomiast, proszę natomiast, za to`,
    offMore: `wyłączyć, wylaczyc`,
  },
  ru: {
    promoNoun: `реклам*, рассылк*, акции, скидк*, промо*`,
    pleaseOr: `пожалуйста, же`,
    offMore: `отключайте, выключайте`,
  },
  uk: {
    promoNoun: `реклам*, розсилк*, акції, знижк*, промо*`,
    pleaseOr: `будь ласка, ж`,
    offMore: `вимикайте, відключайте`,
  },
  tr: {
    promoNoun: `kampanya*, reklam*, indirim*, promosyon*`,
    pleaseOr: `lutfen, lütfen, ise`,
    offMore: `kapatabilir misiniz, kapatin lutfen`,
  },
  id: {
    promoNoun: `promo*, promosi*, iklan*, penawaran`,
    pleaseOr: `tolong, mohon, ya`,
    offMore: `dimatiin, dimatikan aja, matiin aja`,
  },
  ms: {
    promoNoun: `promosi*, promo*, iklan*, tawaran`,
    pleaseOr: `tolong, pula, sila`,
    offMore: `dimatikan`,
  },
  vi: {
    promoNoun: `khuyen mai, quang cao, tiep thi, uu dai, tin khuyen mai, tin quang cao, tin nhan khuyen mai`,
    pleaseOr: `thi, xin, giup`,
    offMore: `thi tat, xin tat, tat giup, tat di`,
  },
  tl: {
    promoNoun: `promo, promos, promo messages, sale, ads, offers, deals`,
    pleaseOr: `po, paki, na lang`,
    offMore: `pakipatay na lang, patayin nyo na, i off nyo na`,
  },
  sw: {
    promoNoun: `matangazo, ofa, promosheni, punguzo, jumbe za matangazo`,
    pleaseOr: `tafadhali, lakini`,
    offMore: `zizimeni, yazimeni, msiyatume tena`,
  },
  hi: {
    promoNoun: `promotional messages, promotion wale messages, offers, ads, विज्ञापन, प्रमोशन`,
    pleaseOr: `please, plz, kripya, कृपया`,
    offMore: `band kar dijiye, bandh kar dijiye`,
  },
  ur: {
    promoNoun: `promotional messages, promotion wale messages, offers, ads, اشتہار, پروموشن`,
    pleaseOr: `please, plz, meherbani, مہربانی`,
    offMore: `band kar dijiye, بند کر دیجیے`,
  },
  bn: {
    promoNoun: `প্রমোশন*, অফার*, বিজ্ঞাপন*, promotion, offer`,
    pleaseOr: `please, দয়া করে, doya kore`,
    offMore: `বন্ধ করে দেন, bondho kore den`,
  },
  ar: {
    promoNoun: `الرسائل الترويجية, العروض, الإعلانات, الاعلانات, الرسائل التسويقية`,
    pleaseOr: `أرجو, ارجو, فأرجو, فارجو, رجاء, لو سمحتم, من فضلكم`,
    offMore: `إيقافها, ايقافها, وقفوها, اوقفوها, أوقفوها, الغوها, فأرجو إيقافها`,
  },
  th: {
    promoNoun: `โปรโมชั่น, ข้อความโปรโมชั่น, โฆษณา, ข้อความโฆษณา`,
    pleaseOr: `กรุณา, รบกวน`,
    offMore: `ปิดให้ด้วย, ปิดด้วย`,
  },
  zh: {
    promoNoun: `促销信息, 促销, 广告, 推广, 优惠信息`,
    pleaseOr: `请, 请帮我, 麻烦`,
    offMore: `帮我关掉, 关掉吧`,
  },
  ja: {
    promoNoun: `販促メッセージ, 宣伝, 広告, キャンペーン, セール情報`,
    pleaseOr: `は, を`,
    offMore: `止めてください, 停止してください`,
  },
};

/** The word classes the rules below use, per language. */
export function round17cClasses(lang: Lang): Record<string, string[]> {
  const c = CLASSES[lang];
  return c ? Object.fromEntries(Object.entries(c).map(([k, v]) => [k, words(v)])) : {};
}

/**
 * The marketing named, then switched off at the end of its clause, or after a "please" between
 * commas ("the promo texts though, please switch them off", "рекламные сообщения, пожалуйста,
 * отключите"); letters in scripts without spaces. A break with no "please" in it only right after
 * the noun ("promo messages, pakipatay"): the grammar's break is also a sentence's, and "Le
 * offerte vanno bene. Togliete il prodotto dal carrello" switches nothing off.
 */
const SWITCHED_OFF = `out @promoNoun (~6 @brk @pleaseOr @brk|~6 ?@pleaseOr|@brk ?@pleaseOr) ~1 (@offV|@offMore)`;
const SWITCHED_OFF_UNSPACED = `out @promoNoun (~12 @brk @pleaseOr @brk|~12 ?@pleaseOr|@brk ?@pleaseOr) ~4 (@offV|@offMore)`;

/** Romanised Hindi and Urdu, written alike: "list se nikaal dein", "apni list se hata dijiye". */
const HI_UR = `
  out (list|lists|لسٹ|فہرست|लिस्ट|सूची) (se|سے|से) ~2 (nikaal|nikal|nikaalein|nikalein|nikalo|hata|hatao|hataen|hataein|remove|نکال|ہٹا|निकाल|हटा) ?(dein|dijiye|do|den|de|دیں|دیجیے|दें|दीजिए|दो)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outneg (promos|offers|deals|newsletter|marketing|ads|adverts|sale messages|promotions) ~8 ?@brk ?(please) ?@brk (i don t|i dont|i do not) (want|need) (them|it|those|that) (any more|anymore)
  `,
  es: `
    polite (el cese|cese|que cesen|cesar|que dejen) ~2 (del envio|el envio|de enviar|envio|de enviarme) ~3 (publicitari*|promocional*|promociones|publicidad|comerciales)
    outneg (ofertas|promociones|publicidad|promos|boletin|newsletter|anuncios) ~8 ?@brk ~3 ?@brk ?(ya) no (la|las|lo|los) (quiero|queremos) ?(recibir|mas)
    outneg (ofertas|promociones|publicidad|promos|boletin|newsletter|anuncios) ~8 ?@brk ~3 ?@brk ?(ya) no me (las|la|lo|los) (manden|envien|mandeis|envieis|mandes|envies) ?(mas)
  `,
  pt: `
    out (tirem|tira|removam|apaguem|excluam|exclui) ?(ele|meu numero|o meu numero|me) ?(agora|ja) (da lista|dessa lista|desta lista|da sua lista)
    polite (que cessem|cessem|cessar|a cessacao|cessacao) ~2 (o envio|do envio|envio|de enviar) ~3 (publicitari*|promocion*|promocoes|publicidade|propaganda|marketing)
    polite (a exclusao|exclusao|a remocao|remocao) (do meu|de meu) (numero|contato|telefone) ~8 (promocionais|promocoes|publicidade|marketing|ofertas|propaganda)
    outneg (promocoes|ofertas|propaganda|promo|promos|publicidade|anuncios) ~8 ?@brk (nao|ja nao) (as|os|a|o) (quero|queremos) ?(mais|receber)
    outneg (promocoes|ofertas|propaganda|promo|promos|publicidade|anuncios) ~8 ?@brk (nao|nao me) (mandem|enviem) (mais)
  `,
  fr: `
    outneg (promos|offres|newsletter|publicites|publicite|pubs|promotions) ~8 ?@brk je (ne les|n en|ne la|ne le) (veux|souhaite) plus
  `,
  it: `
    polite (interrompere|interrompete|cessare|cessate|sospendere|l interruzione) ~2 (l invio|invio|di inviare|dell invio) ~3 (pubblicitari*|promozional*|promozioni|pubblicita|marketing)
    outneg (offerte|promozioni|volantino|volantini|newsletter|pubblicita|promo|sconti|coupon) ~8 ?@brk non (lo|la|li|le|ne) (voglio|vogliamo|desidero) piu ?(ricevere|vedere)
    outneg (offerte|promozioni|volantino|volantini|newsletter|pubblicita|promo|sconti) ~8 ?@brk non (mandatemel*|inviatemel*|me lo mandate|me la mandate|me li mandate|me le mandate) ?(piu)
    out (offerte|promozioni|volantino|volantini|newsletter|pubblicita|promo) ~8 ?@brk (toglietemel*|disattivatel*|toglietel*|levatel*)
  `,
  nl: `
    out (haal|haalt) ~3 (van|uit) (de lijst|jullie lijst|uw lijst|het bestand|de verzendlijst)
    polite (verzenden|versturen|toezenden|zenden) ?van ~3 (reclame*|promotie*|marketing*) ~5 (te staken|staken|te stoppen|stop te zetten|te beeindigen)
    out (reclame|aanbiedingen|nieuwsbrief|acties|promoties|promos) ~6 ?@brk ?(graag|aub|alsjeblieft|svp) (uitzetten|stopzetten|uitschakelen)
  `,
  ru: `
    out (рассылк*|реклам*|акци*|скидк*|промо*) ~8 ?@brk ?(пожалуйста) ?@brk (отключите|выключите|прекратите|отключить)
  `,
  uk: `
    polite (припинити|припиніть|зупинити) ~2 (надсилання|розсилку|відправку|відправлення) ~2 (реклам*|промо*|маркетинг*)
    out (розсилк*|реклам*|акці*|знижк*|промо*) ~8 ?@brk ?(будь ласка) ?@brk (вимкніть|відключіть|припиніть|вимкнути)
    polite (відкликаю|відкликаємо|відкликати|відкликання) ~3 (згоду|згоди)
  `,
  pl: `
    out (reklam*|promocj*|ofert*|newsletter*|mailing*) ~8 ?@brk ?(prosze) (wylaczcie|wylaczyc|wylacz)
    polite (wykreslenie|usuniecie|wypisanie) (mnie|mojego numeru|numeru) ~4 (marketing*|reklam*|ofert*|newsletter*|mailing*|handlow*|promocyj*)
  `,
  vi: `
    polite (cham dut|ngung|dung) ~1 gui ~3 (quang cao|khuyen mai|tiep thi)
    out (tat|ngung|dung) ~2 (tin|tin nhan|thong bao) ~1 (quang cao|khuyen mai|khuyen mai|tiep thi|uu dai)
    polite (loai|xoa|rut|go) (khoi|ten khoi|so khoi|toi khoi) ~5 (tiep thi|quang cao|khuyen mai|uu dai)
  `,
  id: `
    polite pengiriman ~4 (promosi|iklan|pemasaran) ~5 (dihentikan|distop|tidak dilanjutkan)
    out (promo|promonya|promosi|iklan|penawaran) ~6 ?@brk ~3 (matiin|matikan|dimatiin|dimatikan|stopin|berhentiin|hentikan)
  `,
  ms: `
    out (buang|keluarkan|padam) ?(saya|nombor saya|nombor ni|no saya|sekarang) (dari|daripada) senarai
    polite penghantaran ~4 (promosi|iklan|pemasaran) ~5 (dihentikan|diberhentikan)
    out (promo|promosi|iklan|tawaran) ~6 ?@brk ~3 (matikan|tutup|hentikan)
  `,
  tl: `
    outneg (promo|promos|sale|discount|offers|deals|ads|patalastas|announcement|announcements) ~10 ?@brk ~4 ?@brk (wag|huwag) ~3 (ipadala|padalhan|i send|isend|itext|magpadala)
    out (promo|promos|sale|discount|offers|deals|ads|patalastas) ~10 ?@brk ~4 ?@brk (paki off|pakioff|i off|ioff|itigil)
  `,
  sw: `
    polite (mkomeshe|komesheni|msitishe|sitisheni|muache|acheni) ~2 (kutuma|kunitumia) ~3 (matangazo|ofa|promosheni)
    out (namba|nambari) yangu (iondolewe|ifutwe|iondoshwe) ~4 (orodha|matangazo|ofa)
    out (matangazo|ofa|promosheni|punguzo) ~6 ?@brk ~2 (zimeni|zizime|yazime|acheni|sitisheni)
  `,
  tr: `
    polite (reklam*|kampanya*|pazarlama*|tanitim*) ~4 (gonderilmesinin|gonderiminin|gonderimin|iletilmesinin) ~2 (durdurulmasini|sonlandirilmasini|kesilmesini)
  `,
  ar: `
    polite (التوقف|وقف|ايقاف|إيقاف) ~2 (ارسال|إرسال) ~3 (الإعلانية|الترويجية|التسويقية|العروض)
  `,
  th: `
    outneg (โปรโมชั่น|โฆษณา|โปร) ~4 ไม่ต้อง ~8 แล้ว
    polite (ยุติ|ระงับ) ~4 ส่ง ~8 (โฆษณา|โปรโมชั่น|การตลาด)
  `,
  de: `
    polite (zusendung|versand|zustellung) ~3 (werbe*|reklame*) ~4 (einzustellen|einstellen|zu unterlassen|zu beenden)
  `,
  hi: HI_UR,
  ur: HI_UR,
  bn: `
    out (list|talika|তালিকা) (theke|থেকে) ~2 (delete|remove|bad|baad|সরিয়ে|মুছে|বাদ) ~1 (korun|koren|kore din|kore den|kore dao|dao|din|den|করুন|দিন)
  `,
  zh: `
    out 从 ~4 (名单|列表|通讯录|名单里|列表里) ~2 (删除|删掉|移除|去掉|删了)
    out (把|将) (它|我|号码|我的号码|这个号码) ~14 (名单|列表|数据库|通讯录|名单里|列表里) ~2 (删除|删掉|移除|去掉|删了)
  `,
};

export function round17cRules(lang: Lang): ReturnType<typeof rules> {
  const general = !CLASSES[lang]
    ? ''
    : ['th', 'zh', 'ja'].includes(lang)
      ? SWITCHED_OFF_UNSPACED
      : SWITCHED_OFF;
  return rules(`${general}\n${RULES[lang] ?? ''}`);
}
