/**
 * Round 12d of issue 18: batch27's classes (replies to seasonal and cultural campaigns).
 * General language knowledge, to be reviewed by native speakers:
 * - "I don't want to miss the Christmas offers" beside a come-back: an opt-in that sounds
 *   negative (`keep`, as round 8's "I don't want to miss your offers") in Spanish, Tagalog
 *   ("ayoko ma-miss ang sale") and Arabic ("ما أبي تفوتني");
 * - "turn the promo messages back on" in Thai ("เปิดรับข้อความโปรให้อีกที");
 * - stops: German "kannst du mich da rausnehmen?", "… braucht hier keiner mehr, bitte einstellen",
 *   Italian "evitate di mandarmi le offerte", Indonesian "udahan ya promonya", Tagalog
 *   "pa-remove na po ako", Malay "jangan hantar promo … lagi" after a joke, Vietnamese bare "TC"
 *   (từ chối: the carriers' refusal keyword), Hindi/Urdu "bas bhi karo" (enough already:
 *   likely, it is also said laughing);
 * - traps: a name taken off a cake or a card, raisins taken out of a salad, "when do you stop
 *   taking orders?", invoices no longer sent to an old e-mail address (Dutch).
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  es: `
    keep no (me quiero|quiero|me quisiera) perder ~3 (ofertas|promos|promociones|rebajas|descuentos|novedades)
  `,
  tl: `
    keep (ayoko|ayaw ko|ayokong) ~1 (ma miss|mamiss|ma-miss|mamiss ang|malampasan) ~3 (sale|promo|promos|offers|deals)
    out (pa remove|paremove|pa-remove) ~2 (na po|na|po) ~1 ako
  `,
  ar: `
    keep (ما ابي|ما أبي|مابي|ما ابغى|ما أبغى|مش عايز|مش عاوز) ~1 (تفوتني|يفوتني|افوت|أفوت|تروح علي)
    in (ضيفوني|ضيفني|رجعوني|رجعني|حطوني|حطني|rag3ouni|rag3ony|dayfouni) ~3 (القائمة|قائمة|الليست|list|العروض)
  `,
  th: `
    in (เปิดรับ|เปิด) ~4 (ข้อความ|โปร|ข่าวสาร) ~6 (อีกที|อีกครั้ง|ใหม่)
  `,
  de: `
    out (nimm|nehmt|nehmen sie) mich ~2 (raus|heraus|aus der liste|aus dem verteiler)
    out (kannst du|konnt ihr|konnen sie) mich ~2 (rausnehmen|herausnehmen|austragen|rausloschen)
    out (braucht|brauch|brauche) ~2 keiner mehr ~2 @brk ~1 (bitte einstellen|bitte abbestellen|bitte stoppen)
  `,
  it: `
    outneg evitate di (mandarmi|inviarmi|scrivermi) ~4
  `,
  id: `
    outneg (udahan|sudahan|cukupan) ~2 (promonya|promo|iklannya|iklan)
  `,
  ms: `
    outneg jangan (hantar|send|kirim) ~3 (promo|promosi|iklan|tawaran) ~3 lagi
  `,
  hi: `
    maybe bas (bhi|bhi ab|ab to|to) (karo|kijiye|karein|kar do)
  `,
  ur: `
    maybe bas (bhi|bhi ab|ab to|to) (karo|kijiye|karein|kar do)
  `,
  tr: `
    in (beni de|bizi de) ~2 (kampanya|indirim|firsat|fırsat) ~1 (listenize|listesine|listeye) ~1 (ekleyin|ekler misiniz|ekleyebilir misiniz)
  `,
};

export function round12dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/** Stop words in another sense. */
const TRAPS: Partial<Record<Lang, string>> = {
  sw: `
    (ondoeni|ondoa|mtoe|ondoe) jina ~2 (kwenye|katika) ~1 (keki|kadi)
  `,
  tl: `
    (pakitanggal|tanggalin|alisin) ~3 (pasas|sibuyas|asukal|mani|sili|yelo) ~3
  `,
  vi: `
    (dung|ngung) nhan don
  `,
  id: `
    hapus nama ~4 (kartu|kue|hampers|ucapan)
  `,
  nl: `
    (stuur|verstuur|stuurt) ~1 (de|mijn) (facturen|factuur|rekeningen|rekening|nota) ~3 niet meer naar
  `,
};

export function round12dTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
