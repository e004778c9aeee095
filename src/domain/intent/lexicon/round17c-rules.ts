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
 *   getting" no longer decides (an explicit stop outranks an opt-in);
 * - formal removal from the marketing, in a letter: "Proszę o wykreślenie mnie ze wszystkich
 *   komunikatów marketingowych", "tôi đề nghị được loại khỏi tất cả tin nhắn tiếp thị": the
 *   removal and the marketing named together (a waiting list left is no stop);
 * - consent withdrawn in Ukrainian ("Відкликаю згоду на обробку даних для маркетингу"), as the
 *   other languages' round-5 rules;
 * - removal from the list said with a pronoun or in Bengali romanised ("请立刻把它从你们的名单里
 *   删除", "ekhoni list theke delete korun"), which stood beside "where did you get my number?"
 *   and let that question decide.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Romanised Hindi and Urdu, written alike: "list se nikaal dein", "apni list se hata dijiye". */
const HI_UR = `
  out (list|lists|لسٹ|فہرست|लिस्ट|सूची) (se|سے|से) ~2 (nikaal|nikal|nikaalein|nikalein|nikalo|hata|hatao|hataen|hataein|remove|نکال|ہٹا|निकाल|हटा) ?(dein|dijiye|do|den|de|دیں|دیجیے|दें|दीजिए|दो)
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outneg (promos|offers|deals|newsletter|marketing|ads|adverts|sale messages|promotions) ~8 ?@brk ?(please) ?@brk (i don t|i dont|i do not) (want|need) (them|it|those|that) (any more|anymore)
  `,
  es: `
    outneg (ofertas|promociones|publicidad|promos|boletin|newsletter|anuncios) ~8 ?@brk ~3 ?@brk ?(ya) no (la|las|lo|los) (quiero|queremos) ?(recibir|mas)
    outneg (ofertas|promociones|publicidad|promos|boletin|newsletter|anuncios) ~8 ?@brk ~3 ?@brk ?(ya) no me (las|la|lo|los) (manden|envien|mandeis|envieis|mandes|envies) ?(mas)
  `,
  pt: `
    outneg (promocoes|ofertas|propaganda|promo|promos|publicidade|anuncios) ~8 ?@brk (nao|ja nao) (as|os|a|o) (quero|queremos) ?(mais|receber)
    outneg (promocoes|ofertas|propaganda|promo|promos|publicidade|anuncios) ~8 ?@brk (nao|nao me) (mandem|enviem) (mais)
  `,
  fr: `
    outneg (promos|offres|newsletter|publicites|publicite|pubs|promotions) ~8 ?@brk je (ne les|n en|ne la|ne le) (veux|souhaite) plus
  `,
  it: `
    outneg (offerte|promozioni|volantino|volantini|newsletter|pubblicita|promo|sconti|coupon) ~8 ?@brk non (lo|la|li|le|ne) (voglio|vogliamo|desidero) piu ?(ricevere|vedere)
    outneg (offerte|promozioni|volantino|volantini|newsletter|pubblicita|promo|sconti) ~8 ?@brk non (mandatemel*|inviatemel*|me lo mandate|me la mandate|me li mandate|me le mandate) ?(piu)
    out (offerte|promozioni|volantino|volantini|newsletter|pubblicita|promo) ~8 ?@brk (toglietemel*|disattivatel*|toglietel*|levatel*)
  `,
  nl: `
    out (reclame|aanbiedingen|nieuwsbrief|acties|promoties|promos) ~6 ?@brk ?(graag|aub|alsjeblieft|svp) (uitzetten|stopzetten|uitschakelen)
  `,
  ru: `
    out (рассылк*|реклам*|акци*|скидк*|промо*) ~8 ?@brk ?(пожалуйста) ?@brk (отключите|выключите|прекратите|отключить)
  `,
  uk: `
    out (розсилк*|реклам*|акці*|знижк*|промо*) ~8 ?@brk ?(будь ласка) ?@brk (вимкніть|відключіть|припиніть|вимкнути)
    polite (відкликаю|відкликаємо|відкликати|відкликання) ~3 (згоду|згоди)
  `,
  pl: `
    out (reklam*|promocj*|ofert*|newsletter*|mailing*) ~8 ?@brk ?(prosze) (wylaczcie|wylaczyc|wylacz)
    polite (wykreslenie|usuniecie|wypisanie) (mnie|mojego numeru|numeru) ~4 (marketing*|reklam*|ofert*|newsletter*|mailing*|handlow*|promocyj*)
  `,
  vi: `
    out (tat|ngung|dung) ~2 (tin|tin nhan|thong bao) ~1 (quang cao|khuyen mai|khuyen mai|tiep thi|uu dai)
    polite (loai|xoa|rut|go) (khoi|ten khoi|so khoi|toi khoi) ~5 (tiep thi|quang cao|khuyen mai|uu dai)
  `,
  id: `
    out (promo|promonya|promosi|iklan|penawaran) ~6 ?@brk ~3 (matiin|matikan|dimatiin|dimatikan|stopin|berhentiin|hentikan)
  `,
  ms: `
    out (promo|promosi|iklan|tawaran) ~6 ?@brk ~3 (matikan|tutup|hentikan)
  `,
  tl: `
    outneg (promo|promos|sale|discount|offers|deals|ads|patalastas|announcement|announcements) ~10 ?@brk ~4 ?@brk (wag|huwag) ~3 (ipadala|padalhan|i send|isend|itext|magpadala)
    out (promo|promos|sale|discount|offers|deals|ads|patalastas) ~10 ?@brk ~4 ?@brk (paki off|pakioff|i off|ioff|itigil)
  `,
  sw: `
    out (matangazo|ofa|promosheni|punguzo) ~6 ?@brk ~2 (zimeni|zizime|yazime|acheni|sitisheni)
  `,
  hi: HI_UR,
  ur: HI_UR,
  bn: `
    out (list|talika|তালিকা) (theke|থেকে) ~2 (delete|remove|bad|baad|সরিয়ে|মুছে|বাদ) ~1 (korun|koren|kore din|kore den|kore dao|dao|din|den|করুন|দিন)
  `,
  zh: `
    out (把|将) (它|我|号码|我的号码|这个号码) ~14 (名单|列表|数据库|通讯录|名单里|列表里) ~2 (删除|删掉|移除|去掉|删了)
  `,
};

export function round17cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
