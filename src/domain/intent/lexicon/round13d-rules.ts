/**
 * Round 13d of issue 18: batches 31 (regional varieties) and 33 (an ordinary fortnight of small
 * businesses), read after round 13 was merged. General language knowledge, to be reviewed by
 * native speakers:
 * - "I never signed up, where did you get my number? Delete it": the number named, then "delete
 *   it" (сотрите его, امسحوه, pakidelete, mnifute, tolong dihapus): a stop, which wins over the
 *   question about the number (it was help in four languages);
 * - "my friend gets your discounts. Can you include me too?": an opt-in;
 * - "I sent STOP last week, has it been processed?": status (it was an explicit
 *   stop in Indonesian and Tagalog, read on the STOP);
 * - the offers refused beside a service kept ("العروض مش عايزها", "happy to get the sale texts"
 *   is an opt-in); Ukrainian "вимкніть розсилку", "pack in the texts", "list theke naam kete din",
 *   Tunisian and Moroccan "نحيني / زيدوني … الليستة", Cantonese "加返我入推廣名單".
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (number|no|details) ~8 @brk ~6 (delete it|remove it|erase it|wipe it|bin it)
    in (happy|glad) to (get|receive) ~2 (sale texts|deals|offers|promos|promo texts|sales|discounts)
    out pack (in|it in) ~2 (the texts|texts|the messages|the offers|with the offers|with the texts|the promos)
  `,
  ru: `
    out (номер|номера) ~8 @brk ~6 (сотрите|удалите|уберите|вычеркните) его
    out (сотрите|удалите|уберите) (его|меня) (из рассылки|из базы|из списка|из вашей базы)
  `,
  uk: `
    out (номер|номера) ~8 @brk ~6 (видаліть|зітріть|приберіть|викресліть) його
    out (вимкніть|відключіть|виключіть) ~2 (розсилку|розсилки|розсилок|від розсилки)
    status (просила|просив) ~3 (видалити|відписати|прибрати) ~4 @brk ~4 (це зроблено|це вже зроблено|вже зроблено|зробили)
  `,
  ar: `
    out (رقمي|الرقم) ~8 @brk ~6 (امسحوه|احذفوه|حذفه|امسحه|احذفه|شيلوه)
    outneg (العروض|الخصومات|الاعلانات|الإعلانات) ~3 (مش عايزها|مش عايزاها|مش عاوزها|ما ابغاها|ما بدي ياها|ما نحبش|ما نبغيش)
    out (نحيني|نحيوني|شيلوني|حيدوني) ~2 من ~1 (الليستة|الليستا|القائمة|اللائحة)
    in (زيدوني|زيدونا|دخلوني|ضيفوني|رجعوني) ~3 (الليستة|الليستا|القائمة|اللائحة)
  `,
  tl: `
    out (number ko|numero ko|number) ~8 @brk ~6 (pakidelete|paki delete|pakibura|pakitanggal|i delete|idelete)
    status (nag stop|nag-stop|nagstop|nag unsubscribe) ~6 @brk ~6 @brk ~4 (na process na|na-process na|naprocess na|naproseso na)
  `,
  sw: `
    out (namba|nambari) ~8 @brk ~6 (mnifute|nifute|ifuteni|mifute|futeni|ifute)
    out (naomba|tafadhali|tafadhalini) (mnifute|nifute|mifute|mnitoe)
  `,
  ms: `
    outneg inda ~1 (mau|mahu|ingin) ~2 (dapat|terima) ~3 (iklan|promosi|promo|mesej|tawaran)
  `,
  id: `
    out (nomor|no) ~8 @brk ~6 (tolong dihapus|dihapus aja|hapus aja|tolong hapus|dihapus saja)
    status (kirim|ketik|udah ketik|sudah ketik|sudah kirim|udah kirim|minta) ~1 (stop|berhenti) ~8 @brk ~6 @brk ~4 (sudah diproses|udah diproses|diproses belum)
  `,
  bn: `
    out (list|লিস্ট|তালিকা) (theke|থেকে) ~2 (naam|নাম) (kete|কেটে) (din|দিন|dao|দাও|den|দেন)
    status (stop|স্টপ) ~1 (pathiyechi|pathiyechilam|পাঠিয়েছি|পাঠিয়েছিলাম) ~8 @brk ~4 (kaj korche|kaj koreche|কাজ করছে|কাজ করেছে|hoyeche ki|হয়েছে কি)
  `,
  es: `
    in (recibe|reciben|le llegan|le llega) ~4 (ofertas|promos|promociones|descuentos|cupones|novedades) ~8 @brk ~4 (me pueden incluir|me pueden agregar|me pueden anadir|me podeis incluir|me podeis anadir|incluyanme|agreguenme)
  `,
  pl: `
    in (dostaje|dostaja|otrzymuje) ~4 (promocje|rabaty|oferty|znizki|kupony|newsletter) ~8 @brk ~4 (dopisac|dopiszcie|dodac|dodajcie) ~2
  `,
  de: `
    in (bekommt|kriegt|erhalt) ~4 (newsletter|angebote|aktionen|rabatte|gutscheine) ~8 @brk ~4 (mich auch|auch mich) ~1 (aufnehmen|eintragen|hinzufugen|draufsetzen)
  `,
  ja: `
    in (受け取って|届いて|来て) ~12 @brk ~8 (私にも|わたしにも) ~4 (送って|送ってもらえ|送ってください)
  `,
  zh: `
    inasked (加返|加番|再加|重新加|加回) ~2 我 ~3 (名單|名单|list|群組|群组)
    help (这些|呢啲|這些) ~4 (推送|消息|信息|短信) ~2 (怎么|怎樣|怎样|点样) ~2 (取消|退订|退訂)
  `,
  tr: `
    help bu mesajlar ne ~2 @brk ~4 (almadim|yapmadim|uye olmadim|kaydolmadim)
  `,
};

export function round13dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
