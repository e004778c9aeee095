/**
 * Sixth round of issue 18: consent to receive marketing, by CLASS in every language ("yes, I
 * agree to receive promotions", "acconsento a ricevere comunicazioni commerciali", "ya setuju
 * terima penawaran", "evet, kampanya mesajları almayı kabul ediyorum"): an agree / consent /
 * accept verb, a receive or inform verb and a marketing noun, in that order or with the noun
 * first. An explicit opt-in; a negator before it cancels it ("non acconsento a ricevere",
 * "I don't agree to receive"), and a consent to an errand names no marketing noun ("I agree
 * to receive the parcel at the back door"). General language knowledge, to be reviewed by
 * native speakers.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in (agree|consent|accept|am happy|m happy|happy|ok|okay) ~2 (to receive|to get|receiving|getting) ~3 (promo*|offers|deals|marketing|advert*|newsletter*|discounts|news|updates)
  `,
  es: `
    in (acepto|consiento|autorizo|de acuerdo|estoy de acuerdo en|doy mi consentimiento para) ~2 recibir ~3 (promo*|ofertas|publicidad|novedades|descuentos|comunicaciones comerciales|noticias)
  `,
  pt: `
    in (aceito|concordo em|autorizo|consinto|de acordo em) ~2 receber ~3 (promo*|ofertas|publicidade|novidades|descontos|comunicacoes|noticias)
  `,
  fr: `
    in (j accepte|accepte|je consens|consens|d accord pour|je suis d accord pour|autorise) ~2 recevoir ~3 (promo*|offres|publicite*|nouveautes|reductions|newsletter*|actualites|bons plans)
  `,
  de: `
    in (einverstanden|stimme zu|zustimmen|akzeptiere|willige ein) ~5 (angebote|aktionen|werbung|newsletter|rabatte|neuigkeiten|infos) ~3 (zu bekommen|zu erhalten|erhalten|bekommen|empfangen|zu empfangen)
    in (einverstanden|stimme zu|akzeptiere|willige ein) ~4 (erhalt|empfang) ~3 (angebote*|aktionen|werbung|newsletter*|rabatte*)
    in ja ?(bitte) (informieren sie mich|informiert mich|halten sie mich auf dem laufenden) ~2 (uber|über|zu) ~2 (angebote|aktionen|neuigkeiten|rabatte|neuheiten)
  `,
  it: `
    in (acconsento|accetto|sono d accordo|do il consenso|autorizzo) ~2 (a ricevere|ricevere|all invio di|alla ricezione di) ~3 (offerte|promozioni|promo|comunicazioni|pubblicita|novita|sconti|newsletter)
  `,
  id: `
    in (setuju|bersedia|mau|oke|ok) ~2 (menerima|terima|dikirimi|dikirimin|dapat|mendapatkan) ~3 (promo*|penawaran|diskon|info promo|iklan|voucher)
  `,
  ms: `
    in (setuju|bersetuju|sudi|ok|boleh) ~2 (menerima|terima|dapat|dihantar) ~3 (promo*|tawaran|diskaun|iklan|baucar)
  `,
  tr: `
    in (kampanya|indirim|firsat|fırsat|reklam|promosyon) ~2 (mesajlari|mesajları|bildirimleri|bilgilendirmeleri|haberleri) ~1 (almayi|almayı|almaya) ~1 (kabul ediyorum|onayliyorum|onaylıyorum|razıyım|raziyim)
    in (kabul ediyorum|onayliyorum|onaylıyorum) ~4 (kampanya|indirim|firsat|fırsat|promosyon) ~2 (mesaj*|bildirim*)
  `,
  ru: `
    in (согласен|согласна|соглашаюсь|даю согласие на|не против) ~2 (получать|получение) ~3 (акции|предложения|рассылку|скидки|новости|рекламу|промо)
  `,
  pl: `
    in (zgadzam sie|zgadzam się|wyrazam zgode|wyrażam zgodę|akceptuje|akceptuję) ~2 (na otrzymywanie|otrzymywac|otrzymywać|na przesylanie|na przesyłanie) ~3 (ofert|promocji|reklam|newslettera|informacji handlowych|rabatow|rabatów|nowosci|nowości)
  `,
  nl: `
    in (ik ga akkoord|akkoord|ik stem in|stem in|ik geef toestemming) ~3 (ontvangen|te ontvangen|het ontvangen van) ~3 (aanbiedingen|acties|promoties|nieuwsbrief|reclame|kortingen)
    in (ik ga akkoord|akkoord|ik geef toestemming) ~4 (aanbiedingen|acties|promoties|nieuwsbrief|kortingen) ~2 (te ontvangen|ontvangen)
  `,
  vi: `
    in (dong y|đồng ý|chap nhan|chấp nhận) ~1 (nhan|nhận) ~3 (khuyen mai|khuyến mãi|uu dai|ưu đãi|quang cao|quảng cáo|tin khuyen mai|tin tức|tin tuc)
  `,
  tl: `
    in (pumapayag|payag|sang ayon|sumasang ayon|okay lang) ~2 (makatanggap|tumanggap|matanggap|ma receive|makareceive) ~3 (promo*|offers|deals|sale|alok|discount*)
  `,
  hi: `
    in (sahmat|सहमत|manzoor|मंज़ूर|ok hai|theek hai) ~3 (offers|offer|promo*|ऑफ़र|ऑफर|deals|discount) ~3 (lena|lene|paane|पाने|लेने|bhejte|bhejiye|bhejo)
  `,
  ur: `
    in (متفق|راضی|منظور|sahmat|razi) ~3 (آفرز|آفر|پروموشن|offers|offer|promo*) ~3 (لینے|بھیجیں|lene|bhejein|bhejo)
  `,
  bn: `
    in (রাজি|সম্মত|raji|shommoto) ~3 (অফার|প্রোমো|offer|promo*) ~3 (পেতে|পাঠান|pete|pathan)
  `,
  ar: `
    in (موافق|اوافق|أوافق|موافقه|موافقة) ~2 (على استلام|استلام|تلقي|على تلقي|توصلني|يوصلني) ~3 (العروض|عروض|الخصومات|التخفيضات|الكوبونات|الرسائل الترويجية)
  `,
  sw: `
    in (nakubali|nimekubali|sawa|niko tayari) ~2 (kupokea|kutumiwa|nitumiwe) ~3 (ofa|matangazo|punguzo|promo*)
  `,
  th: `
    in (ยินยอม|ตกลง|ยอมรับ) ~6 รับ ~6 (โปรโมชั่น|โปร|ข่าวสาร|ส่วนลด|ดีล)
  `,
  zh: `
    in (同意|愿意) ~4 (接收|接受|收到) ~6 (优惠|促销|广告|活动信息|推广)
  `,
  ja: `
    in (同意|承諾|受け取ります|受け取りたい) ~8 (キャンペーン|セール|お得な情報|クーポン|広告|メルマガ)
    in (キャンペーン|セール|お得な情報|クーポン|広告|メルマガ) ~8 (受け取ることに同意|受信に同意|受け取りに同意)
  `,
};

/** The round-6 rules of one language; trailing gaps dropped as in rounds 3 to 5. */
export function round6Rules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '').map((r) => ({ ...r, p: r.p.replace(/(\s+~\d+)+$/, '') }));
}

/**
 * The consent verbs of the rules above, every language: under a negator ("I don't agree to
 * receive", "non acconsento", "не согласен") the rules read no opt-in, and the learned model
 * must not raise one (learned.ts `negated`).
 */
export const CONSENT_VERBS: readonly string[] = words(`
  agree, consent, accept, acepto, consiento, autorizo, aceito, concordo, consinto, accepte,
  consens, einverstanden, stimme zu, akzeptiere, acconsento, accetto, setuju, bersedia,
  bersetuju, kabul ediyorum, onayliyorum, согласен, согласна, соглашаюсь, zgadzam sie,
  akkoord, dong y, pumapayag, payag, sahmat, nakubali, ยินยอม, 同意
`);
