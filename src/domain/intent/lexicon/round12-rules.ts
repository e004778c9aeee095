/**
 * Round 12 of issue 18 (general language knowledge, to be reviewed by native speakers):
 * - "these offers aren't for me": the business's offers as a stream (a plural marketing noun,
 *   or "your"/"these" before it) said not to be for the customer. Round 11c had it in English,
 *   French, Portuguese and Turkish only; every language now has its own wording ("estas ofertas
 *   no son para mí", "diese Angebote sind nichts für mich", "promo ini bukan untuk saya",
 *   "这些优惠不适合我"). One offer given to someone else ("this discount isn't for me, it's for
 *   my sister") is singular and not matched;
 * - someone else gets the offers and the customer wants them too ("my friend gets your discount
 *   codes, I want them too", "Kawan saya dapat kod diskaun dari korang, saya pun nak"): opt-in;
 * - "I sent STOP last week, did it work / did you take me off?" asked with the removal in the
 *   past ("kya list se hata diya?", "ยกเลิกให้แล้วใช่ไหม", "仲喺list度嗎"): status, not a stop;
 * - the marketing let go as such beside a service kept, without a stop verb ("drop the Friday
 *   deals ones, I still want my reminders", "广告就算了，发货通知照发", "khuyến mãi thì bỏ qua");
 * - a relative's stop in the third person ("ella ya no quiere recibir sus mensajes,
 *   bórrenla", "ela não quer mais receber, tira ela");
 * - Cantonese: "唔使再send俾我" (no need to send me any more).
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  es: `
    outneg (estas|esas|sus|tus|las|vuestras) (ofertas|promociones|promos|publicidades) no (son|van) (para mi|conmigo)
    outneg (estas|esas|sus|tus|las) (ofertas|promociones|promos) no me (interesan|sirven)
    outneg (el|ella|mi mama|mi papa|mi madre|mi padre|mi abuela|mi abuelo) ya no quiere (recibir|que le manden|que le envien) ~3
    out (borrenla|borrenlo|saquenla|saquenlo|quitenla|quitenlo|eliminenla|eliminenlo) ~4
  `,
  it: `
    outneg (queste|le|vostre|tue) (offerte|promozioni|promo) non (sono|fanno) per me
  `,
  de: `
    outneg (diese|eure|ihre|deine|die) (angebote|aktionen|werbung|rabatte|newsletter) (sind|ist) (nichts|nix) (fur|für) mich
    outneg (diese|eure|ihre|deine|die) (angebote|aktionen|werbung|rabatte) (sind|ist) nicht (fur|für) mich
    in (bekommt|kriegt|erhalt) ~3 (eure|ihre|deine|die) ~1 (angebote|newsletter|aktionen|gutscheine|rabattcodes|codes) ~3 @brk ~3 (ich auch|ich hatte|ich mochte|ich will|mir auch)
    in (wurde|hatte|mochte) ~2 (eure|ihre|deine|die) ~1 (angebote|newsletter|aktionen|infos) ~1 gern ~5 bekommen
  `,
  nl: `
    outneg (deze|jullie|uw|die|je) (aanbiedingen|acties|reclame|promoties) (zijn|is) (niks|niets|niet) (voor mij|voor mn|voor me)
  `,
  pl: `
    outneg (te|wasze|pana|pani) (promocje|oferty|reklamy) (nie sa|nie są) dla mnie
  `,
  ru: `
    outneg (эти|ваши|твои) (акции|предложения|скидки|рассылки) (не для меня|мне не подходят|мне не интересны)
  `,
  uk: `
    outneg (ці|ваші|твої) (акції|пропозиції|знижки|розсилки) (не для мене|мені не підходять|мені не цікаві)
    status (писав|писала|відправив|відправила|надіслав|надіслала) ~3 (стоп|stop) ~2 @brk ~2 (спрацювало|вийшло|пройшло|подіяло)
  `,
  id: `
    outneg (promo|promonya|penawaran|diskon|iklan) ~2 (bukan|gak|ga|nggak|tidak) (buat|untuk|utk) (saya|aku|gue|gw)
  `,
  ms: `
    outneg (promosi|promo|tawaran|iklan) ~2 (bukan|tak) (untuk|utk|sesuai untuk|sesuai dengan) (saya|aku)
    in (dapat|terima) ~5 (promosi|promo|kod diskaun|tawaran|diskaun|baucar) ~4 @brk ~2 (saya pun|sy pun|aku pun|saya juga) ~1 (nak|mahu|mau|nk)
  `,
  tl: `
    outneg (hindi|di) para sa (akin|kin) ~3 (promo|promos|offers|alok|ads)
    outneg (promo|promos|offers|alok|ads) ~4 (hindi|di) para sa (akin|kin)
  `,
  vi: `
    outneg (khuyen mai|uu dai|quang cao) ~3 khong (danh cho|phai cho|hop voi) (toi|minh|em|tui)
    outneg (khuyen mai|quang cao|uu dai|tin khuyen mai) ~1 thi (bo qua|thoi|khoi|miễn|mien)
  `,
  sw: `
    outneg (ofa|matangazo|punguzo) (hizi|zako|zenu) si (zangu|kwa ajili yangu)
    in (hupata|anapata|wanapata|hupokea|anapokea) ~3 (ofa|kuponi|matangazo|punguzo|ujumbe) ~2 @brk ~2 (nami|mimi pia|na mimi) ~2 (nataka|naomba|nitumie|mnitumie|ningependa)
  `,
  hi: `
    outneg (ye|yeh|ये|आपके|aapke) (offers|offer|ऑफ़र|ऑफर) (mere|मेरे) (liye|लिए) (nahi|nahin|नहीं) ?(hain|hai|हैं|है)
    status kya ~4 (list se|लिस्ट से) ~1 (hata diya|nikal diya|hataya|nikala|हटा दिया|निकाल दिया) ~1 ?(gaya|hai|h)
  `,
  ur: `
    outneg (ye|yeh|یہ|aapke|آپ کے) (offers|offer|آفرز|آفر) (mere|میرے) (liye|لیے|لئے) (nahi|nahin|نہیں) ?(hain|hai|ہیں|ہے)
    status kya ~4 (list se|لسٹ سے) ~1 (hata diya|nikal diya|hataya|nikala|nikal gaya|hat gaya|نکال دیا|ہٹا دیا) ~1 ?(gaya|hai|h)
  `,
  bn: `
    outneg (ei|এই|apnader|আপনাদের) (offer|offer gulo|অফার|অফারগুলো|অফারগুলা) (amar|আমার) (jonno|জন্য|জন্যে) (na|noy|নয়|না)
    in (পায়|পাচ্ছে|পান|pay|pai) ~3 @brk ~2 (আমিও|আমাকেও|amio|amakeo|ami o|amake o) ~3 (পেতে চাই|পাঠাবেন|দিবেন|দেবেন|চাই|pete chai|pathaben|diben|chai)
  `,
  ar: `
    outneg (هذه|هاي|هذي|عروضكم|العروض) ~1 (مش|ليست|مو|ما) (لي|ليا|الي|إلي|مناسبة لي)
  `,
  zh: `
    outneg (这些|你们的|你们|您的) ~1 (优惠|活动|促销|广告|推广) ~2 (不适合我|不是给我的|对我没用|跟我没关系|与我无关)
    outneg (广告|促销|推广|优惠信息|活动信息|推销) ~3 (就算了|算了吧|就免了|免了吧)
    outneg 唔 (使|駛|洗|好|该|要) ~1 再 ~4 (send|发|傳|传) ~2 (俾|畀|比|给) ~1 我
    status 仲 ~1 (喺|在) ~6 (list|名单|名单度|名单入面) ~2 (度|入面)
    status (係咪|系咪|是不是|是否) ~1 (冇|没) ~1 (取消|退订) ~1 到
  `,
  ja: `
    outneg (セール|キャンペーン|お知らせ|クーポン|宣伝) ~8 (私には関係ない|私には必要ない|自分には関係ない|自分には必要ない)
  `,
  th: `
    outneg (โปร|โปรโมชั่น|ข้อเสนอ|โฆษณา) ~6 (ไม่เหมาะกับ|ไม่ใช่สำหรับ) ~1 (ฉัน|ผม|เรา|หนู)
    status ยกเลิก ~4 แล้ว ~2 (ใช่ไหม|ใช่มั้ย|ใช่มั๊ย|หรือยัง|รึยัง)
    in (ช่วย|รบกวน|ขอ) ~2 เปิด ~3 (ใหม่|อีกครั้ง)
  `,
  en: `
    in (gets|get|receives|receive) ~3 (your|ur|the|these) ~1 (promos|offers|deals|codes|discount codes|promo texts|promo msgs|texts|messages|newsletter) ~4 @brk ~4 (me too|i want|i d like|add me|send me|me as well)
    in (send|add) me ~4 (promo msgs|promo messages|promo texts|promotions|codes|discount codes|sale texts|deals texts) (too|as well)
    out (drop|leave out|skip|cut) ~3 (sale|sales|deals|deal|promo|promos|offer|offers|marketing) (ones|messages|texts|msgs)
  `,
  tr: `
    in (kampanya*|indirim*|firsat*) ~4 @brk ~2 bana da ~1 (gonderin|gonderir misiniz|atin|yollayin|gelsin)
  `,
  pt: `
    outneg (ela|ele|minha mae|meu pai|minha avo|meu avo) (nao|n) quer mais (receber|mensagem|mensagens|promocao|promocoes) ~3
    out (tira|tirem|tire|remove|removam|exclui|excluam) (ela|ele) ~3
    outneg (ofertas|promocoes|promos|propagandas) (nao|n) sao (pra|para) mim
  `,
};

export function round12Rules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
