/**
 * Round 17j of issue 18: stops missed or misread at the end of long messages (batch 50: a
 * newborn, a night shift, a lost phone, a child's phone). Each rule is the request in a form the
 * lexicons missed. General language knowledge, to be reviewed by native speakers:
 * - a preference for no more, in every language (round 17b had English and Spanish only): "je
 *   préfère ne plus les recevoir", "ich möchte sie lieber nicht mehr bekommen", "wolę ich już nie
 *   dostawać", "artık almamayı tercih ederim", "lebih suka tidak menerimanya lagi". Said with a
 *   pronoun, of the offers, or ending the clause: "je préfère ne plus recevoir les colis au
 *   bureau" prefers a delivery;
 * - the number removed from the marketing messages, named with "all" or the marketing ("Please
 *   uska number saare marketing messages se hata dijiye", "Shop gỡ số này ra khỏi tất cả tin
 *   nhắn marketing"): round 17c's Vietnamese rule wanted the removal verb right before "khỏi";
 * - no promotion wanted, with words between the customer and the refusal ("मुझे व्हाट्सऐप पर
 *   आपका कोई प्रचार नहीं चाहिए"): Hindi's "prachar" (publicity) is no word of the lexicon's
 *   `@obj`;
 * - Chinese "…就算了" (forget it) said of the marketing named ("每天发的限时抢购就算了吧").
 * Round 17b's Russian and Ukrainian removals also take "снимите / зніміть меня с рассылки".
 */
import type { Lang } from '../types';
import { rules } from './rules';

/** Hindi and Urdu, romanised and native, written alike. */
const HI_UR = `
  outneg (preferably|behtar) ~2 (na|nahi|mat) ~1 (bhejein|bhejiye|bheje|aaye|aayen|भेजें|आएं|بھیجیں|آئیں)
  outneg (koi|कोई|کوئی) (prachar|प्रचार|promotion|promotions|vigyapan|विज्ञापन|ishtehar|اشتہار|marketing|मार्केटिंग|مارکیٹنگ) ?(message|messages|मैसेज|میسج) (nahi|nahin|nhi|नहीं|नही|نہیں) (chahiye|चाहिए|چاہیے)
  out (number|नंबर|نمبر|mujhe|मुझे|مجھے) ~4 (marketing|promotional|promotion|offers|prachar|मार्केटिंग|प्रचार|مارکیٹنگ|پروموشن) ?(wale|वाले|والے) ?(messages|msgs|msg|मैसेज|میسجز|list|लिस्ट|لسٹ) (se|से|سے) ~1 (hata|hatao|hata do|hata dijiye|hata dein|hataiye|nikal|nikaal|nikal do|nikaal dein|remove|हटा|हटाओ|निकाल|ہٹا|نکال)
`;

const RULES: Partial<Record<Lang, string>> = {
  fr: `
    outneg (prefere|prefererais|preferons|aimerais mieux|prefere plutot) ne plus (les|la|le|en) (recevoir|avoir)
    outneg (prefere|prefererais|preferons|aimerais mieux) ne plus recevoir (@promoNoun|vos messages|vos offres|vos newsletters|@eoc)
  `,
  pt: `
    outneg (prefiro|preferia|preferimos) (nao|nao mais) (as|os) (receber|recebe) ?(mais)
    outneg (prefiro|preferia|preferimos) nao (receber|recebe) (las|los) ?(mais)
    outneg (prefiro|preferia|preferimos) nao receber mais (@promoNoun|as promocoes|as mensagens|@eoc)
  `,
  it: `
    outneg (preferisco|preferirei|preferiamo|preferirei) non (riceverle|riceverli|riceverla|riceverlo) ?(piu)
    outneg (preferisco|preferirei|preferiamo) non ricevere piu (@promoNoun|i vostri messaggi|@eoc)
  `,
  de: `
    outneg (mochte|will|wurde|mochten) (sie|die|diese|das) (lieber|eher) (nicht mehr|keine mehr) (bekommen|erhalten|haben|empfangen)
    outneg (mochte|will|wurde|mochten) (lieber|eher) (keine|nicht mehr) ~1 (@promoNoun|nachrichten) ?(mehr) (bekommen|erhalten|haben|empfangen)
  `,
  nl: `
    outneg (ontvang|krijg|wil) (ze|die|deze|het) (liever|eigenlijk liever) niet (meer|@eoc)
    outneg (ontvang|krijg) (liever|eigenlijk liever) geen (@promoNoun|berichten) meer
  `,
  pl: `
    outneg (wole|wolalbym|wolalabym|wolimy) (ich|tego|je) ?(juz) nie (dostawac|otrzymywac|odbierac)
    outneg (wole|wolalbym|wolalabym|wolimy) ?(juz) nie (dostawac|otrzymywac) ~1 (@promoNoun|wiadomosci|@eoc)
  `,
  ru: `
    outneg (предпочитаю|предпочла бы|предпочел бы|лучше) (их|её|ее|это) ?(больше) не (получать|получать больше)
    outneg (предпочитаю|предпочла бы|предпочел бы) больше не получать (@promoNoun|@eoc)
  `,
  uk: `
    outneg (волію|волів би|воліла б|краще) (їх|її|це) ?(більше) не (отримувати)
    outneg (волію|волів би|воліла б) більше не отримувати (@promoNoun|@eoc)
  `,
  tr: `
    outneg ?(artik) (almamayi|almamayı) (tercih ederim|tercih ediyorum|yeglerim)
  `,
  id: `
    outneg (lebih suka|lebih baik|mending|mendingan) (tidak|nggak|gak|ga|enggak) (menerima|menerimanya|terima|dikirimi|dikirim) ?(nya) ~1 (lagi)
  `,
  ms: `
    outneg (lebih suka|lebih baik|lagi baik) (tidak|tak) (menerima|menerimanya|terima|dihantar|dapat) ?(nya) ~1 (lagi)
  `,
  vi: `
    out (go|xoa|loai|bo|rut) ~3 ?(ra) khoi (tat ca|het|moi|cac) ~3 (marketing|quang cao|khuyen mai|tiep thi|uu dai)
    outneg (thich|muon) (khong nhan|khong nhan them|dung nhan) ~1 nua
  `,
  tl: `
    outneg (mas gusto ko|mas gusto kong|mas mabuti) ~1 (hindi na|di na) ~1 (makatanggap|tumanggap|padalhan|makareceive|ma receive)
  `,
  sw: `
    outneg napendelea (kutopokea|nisipokee|nisitumiwe|msinitumie) ~3 (tena|@eoc)
  `,
  hi: HI_UR,
  ur: HI_UR,
  bn: `
    outneg (ar|আর) (na|না) (pathalei|pathalei bhalo|পাঠালেই|পাঠালেই ভালো) ?(bhalo|ভালো)
    out (number|নম্বর|নাম্বার|amake|আমাকে) ~4 (marketing|promotion|মার্কেটিং|প্রচার|প্রমোশন|offer|অফার) ~2 (theke|থেকে) (bad|baad|remove|soriye|বাদ|সরিয়ে|মুছে|রিমুভ)
  `,
  ar: `
    outneg (أفضل|افضل|بفضل|افضّل) (عدم|ما) (استلام|تلقي|وصول|توصلني|يوصلني|تبعتولي|ترسلوا) ~3 (العروض|الرسائل|الإعلانات|الاعلانات|ها|@eoc)
  `,
  th: `
    outneg (ขอ|อยาก) ?(ไม่) (ไม่รับ|ไม่รับแล้ว|ไม่รับดีกว่า)
  `,
  zh: `
    outneg (宁愿|宁可|还是) (不再|别再|不要再) (收到|收|发)
    out (限时抢购|抢购|促销|广告|推广|优惠活动|营销) ~8 就算了
  `,
  ja: `
    outneg (もう) ~2 (受け取らない|受け取らない方|受け取らないほう|届かない方|届かないほう) ~2 (がいい|が助かり|がありがたい)
  `,
};

export function round17jRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
