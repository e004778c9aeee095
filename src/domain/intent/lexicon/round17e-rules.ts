/**
 * Round 17e of issue 18: false stops in long messages (batches 45 and 48). An apology for the
 * trouble closes many a request about an order or a delivery ("Tafadhali msitume mzigo kwenye
 * anwani yangu ya zamani… Samahani kwa usumbufu!", "Sorry for the inconvenience!", "Извините за
 * беспокойство"): the trouble is the customer's own, asked of the business, never the
 * marketing bothering them. The apology is masked before the rules run, so a word of annoyance
 * inside it ("usumbufu", "bother", "麻烦") reads no stop; "your messages are a bother, stop"
 * names no apology and stays a stop. General language knowledge in all 23 languages, to be
 * reviewed by native speakers.
 */
import type { Lang } from '../types';
import { words } from './rules';

const TRAPS: Record<Lang, string> = {
  en: `sorry for the trouble, sorry for the inconvenience, sorry for the bother, sorry to bother you,
    apologies for the inconvenience, sorry for any inconvenience, sorry for the hassle`,
  es: `perdon por la molestia, perdon por las molestias, disculpe la molestia, disculpen la molestia,
    disculpen las molestias, disculpa la molestia, siento las molestias, perdona la molestia`,
  pt: `desculpa o incomodo, desculpe o incomodo, desculpem o incomodo, desculpa o transtorno,
    desculpe o transtorno, desculpem o transtorno, perdao pelo incomodo, desculpa incomodar`,
  fr: `desole pour le derangement, desolee pour le derangement, pardon pour le derangement,
    excusez le derangement, desole de vous deranger, desolee de vous deranger,
    excusez moi de vous deranger`,
  de: `sorry fur die umstande, entschuldigen sie die storung, entschuldigung fur die umstande,
    sorry fur die storung, entschuldigen sie die umstande, sorry fuer die umstaende`,
  it: `scusate il disturbo, scusa il disturbo, scusi il disturbo, scusate per il disturbo,
    mi scuso per il disturbo`,
  nl: `sorry voor het ongemak, sorry voor de moeite, excuses voor het ongemak, sorry dat ik stoor`,
  pl: `przepraszam za klopot, przepraszam za klopoty, przepraszam za zamieszanie,
    przepraszam ze przeszkadzam, przepraszam za utrudnienia`,
  ru: `извините за беспокойство, простите за беспокойство, извините за неудобства,
    извините что беспокою`,
  uk: `вибачте за турботу, вибачте за незручності, вибачте за клопіт, перепрошую за незручності`,
  tr: `rahatsizlik icin kusura bakmayin, rahatsiz ettigim icin ozur dilerim,
    rahatsiz ettigim icin kusura bakmayin, zahmet icin kusura bakmayin`,
  id: `maaf merepotkan, mohon maaf merepotkan, maaf ya merepotkan, maaf jadi merepotkan`,
  ms: `maaf menyusahkan, minta maaf menyusahkan, maaf atas kesulitan`,
  vi: `xin loi vi da lam phien, xin loi da lam phien, xin loi vi su bat tien, sorry lam phien`,
  tl: `pasensya na sa abala, pasensya sa abala, sorry sa abala, paumanhin sa abala`,
  sw: `samahani kwa usumbufu, radhi kwa usumbufu, tunaomba radhi kwa usumbufu, pole kwa usumbufu,
    samahani kwa kukusumbua, samahani kwa kuwasumbua`,
  hi: `takleef ke liye maafi, takleef ke liye sorry, pareshani ke liye maafi,
    pareshani ke liye sorry, तकलीफ के लिए माफी, परेशानी के लिए माफ़ी, परेशानी के लिए माफी`,
  ur: `takleef ke liye maafi, zehmat ke liye maafi, زحمت کے لیے معذرت, تکلیف کے لیے معذرت,
    پریشانی کے لیے معذرت`,
  bn: `বিরক্ত করার জন্য দুঃখিত, ঝামেলার জন্য দুঃখিত, কষ্ট দেওয়ার জন্য দুঃখিত,
    jhamelar jonno dukkhito`,
  ar: `اسف على الازعاج, آسف على الإزعاج, آسفة على الإزعاج, نعتذر عن الإزعاج, عذرا على الازعاج,
    معذرة على الإزعاج, سامحونا على الازعاج`,
  th: `ขอโทษที่รบกวน, ขออภัยที่รบกวน, ขอโทษที่ทำให้ลำบาก`,
  zh: `不好意思打扰了, 抱歉打扰了, 给您添麻烦了, 给你们添麻烦了`,
  ja: `ご迷惑をおかけして, ご迷惑おかけして, お手数をおかけして, お手数おかけします`,
};

/** The round-17e traps of one language. */
export function round17eTraps(lang: Lang): string[] {
  return words(TRAPS[lang]);
}
