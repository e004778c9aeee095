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
    in (agree|consent|accept|am happy|m happy|happy|ok|okay) ~2 (to receive|to get|receiving|getting) ~3 (promo*|offers|deals|marketing|advert*|newsletter*|discounts|news)
    in (agree|consent|accept|am happy|m happy|happy|ok|okay) ~2 (to receive|to get|receiving|getting) ?(the|your|any|more) ?(weekly|monthly|regular|latest|new|future|occasional) ?(sale|sales|promo|promotional|marketing|product|offer|special|shop|store) updates
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

/**
 * Round 7b: consent REFUSED ("non acconsento a ricevere offerte", "I do not consent to
 * receiving marketing", "no autorizo el envío de publicidad", "ich willige nicht ein, Werbung
 * zu erhalten", "não autorizo mensagens promocionais"): the negated consent verb and a
 * marketing noun, in either order. Round 6 only let the negator cancel the opt-in, so these
 * read as nothing; a refusal to receive the marketing is its withdrawal, explicit because the
 * marketing is named (an errand names none: "no autorizo la entrega al vecino"). The
 * negation is part of the rule (`outneg`).
 */
const REFUSED: Partial<Record<Lang, string>> = {
  en: `
    outneg (do not|dont|don t|never|no longer|not) (agree|consent|accept|authorize|authorise|give consent|give my consent|give permission) ~5 (promo*|offers|deals|marketing|advert*|newsletter*|discounts|commercial)
    outneg (i refuse|refuse) ~3 (promo*|offers|deals|marketing|advert*|newsletter*|commercial)
  `,
  es: `
    outneg no (acepto|consiento|autorizo|estoy de acuerdo|doy mi consentimiento|doy consentimiento|doy permiso|permito) ~5 (promo*|ofertas|publicidad|novedades|descuentos|comunicaciones comerciales|mensajes comerciales|marketing)
    outneg (rechazo|me niego a) ~3 (recibir|el envio de) ~3 (promo*|ofertas|publicidad|comunicaciones comerciales)
    polite no (doy|damos) ?(mi|el|nuestro) (consentimiento|permiso|autorizacion) ~5 (promo*|ofertas|publicidad|novedades|descuentos|comunicaciones comerciales|mensajes comerciales|marketing)
  `,
  pt: `
    outneg (nao|não) (aceito|concordo|autorizo|consinto|dou consentimento|dou meu consentimento|permito) ~5 (promo*|ofertas|publicidade|novidades|descontos|comunicacoes comerciais|mensagens promocionais|marketing)
    outneg (recuso|me recuso a) ~3 (receber|o envio de) ~3 (promo*|ofertas|publicidade)
  `,
  fr: `
    outneg (n accepte pas|ne consens pas|n autorise pas|ne suis pas d accord|pas d accord|ne donne pas mon consentement|ne donne pas mon accord) ~5 (promo*|offres|publicite*|nouveautes|reductions|newsletter*|bons plans|prospection|messages commerciaux)
    outneg (je refuse|refuse) ~3 (promo*|offres|publicite*|newsletter*|prospection|messages commerciaux)
  `,
  de: `
    outneg (willige|stimme) nicht ~1 (ein|zu) ~5 (angebote|aktionen|werbung|newsletter|rabatte|werbe*)
    outneg (nicht einverstanden|keine einwilligung|keine zustimmung|akzeptiere keine) ~5 (angebote|aktionen|werbung|newsletter|rabatte|werbe*)
    outneg (ich widerspreche|widerspreche) ~5 (werbung|newsletter|werbe*|zusendung)
    outneg (willige|stimme) ~5 (angebote*|aktionen|werbung|newsletter*|rabatte*|werbe*) ~3 nicht ~1 (ein|zu)
    outneg (angebote*|aktionen|werbung|newsletter*|werbe*) ~3 nicht einverstanden
  `,
  it: `
    outneg non (acconsento|accetto|sono d accordo|do il consenso|do il mio consenso|autorizzo|presto il consenso) ~5 (offerte|promozioni|promo|comunicazioni commerciali|comunicazioni promozionali|pubblicita|novita|sconti|newsletter|marketing)
    outneg (rifiuto|mi rifiuto di) ~3 (offerte|promozioni|pubblicita|comunicazioni commerciali|newsletter)
  `,
  id: `
    outneg (tidak|gak|ga|nggak|ngga|tdk|enggak|gk) (setuju|bersedia|mengizinkan|izinkan|mengijinkan) ~4 (promo*|penawaran|diskon|iklan|voucher)
  `,
  ms: `
    outneg (tidak|tak|x) (setuju|bersetuju|sudi|benarkan|membenarkan) ~4 (promo*|tawaran|diskaun|iklan|baucar)
  `,
  tr: `
    outneg (kampanya|indirim|firsat|reklam|promosyon|pazarlama|ticari) ~4 (kabul etmiyorum|onaylamiyorum|izin vermiyorum|onay vermiyorum|razi degilim)
    outneg (kabul etmiyorum|onaylamiyorum|izin vermiyorum) ~4 (kampanya|indirim|firsat|reklam|promosyon|pazarlama|ticari)
  `,
  ru: `
    outneg не (согласен|согласна|соглашаюсь|даю согласия|даю согласие|разрешаю) ~5 (акции|предложения|рассылку|рассылки|скидки|новости|рекламу|рекламы|рекламных|промо|рассылок)
  `,
  pl: `
    outneg nie (zgadzam sie|wyrazam zgody|wyrazam zgode|akceptuje|udzielam zgody|pozwalam) ~5 (ofert|promocji|reklam|newslettera|informacji handlowych|rabatow|nowosci|marketing*)
  `,
  nl: `
    outneg (ga niet akkoord|niet akkoord|geen toestemming|stem niet in|geef geen toestemming) ~5 (aanbiedingen|acties|promoties|nieuwsbrief|reclame|kortingen|marketing*)
  `,
  vi: `
    outneg (khong|ko|k) (dong y|chap nhan|cho phep) ~4 (khuyen mai|uu dai|quang cao|tin khuyen mai)
  `,
  tl: `
    outneg hindi ?(ako|po) ?(po|ako) (pumapayag|payag|sang ayon|sumasang ayon) ~4 (promo*|offers|deals|sale|alok|discount*)
  `,
  hi: `
    outneg (offers|offer|promo*|ऑफ़र|ऑफर|deals|discount|vigyapan|विज्ञापन) ~4 (sahmat nahi|सहमत नहीं|manzoor nahi|मंज़ूर नहीं|ijazat nahi|इजाज़त नहीं|anumati nahi|अनुमति नहीं)
    outneg (sahmat nahi|सहमत नहीं|ijazat nahi|इजाज़त नहीं|anumati nahi|अनुमति नहीं) ~5 (offers|offer|promo*|ऑफ़र|ऑफर|deals|vigyapan|विज्ञापन)
  `,
  ur: `
    outneg (آفرز|آفر|پروموشن|offers|offer|promo*|اشتہار|اشتہارات) ~4 (متفق نہیں|راضی نہیں|منظور نہیں|اجازت نہیں|sahmat nahi|razi nahi|ijazat nahi)
    outneg (متفق نہیں|راضی نہیں|اجازت نہیں|sahmat nahi|razi nahi|ijazat nahi) ~5 (آفرز|آفر|پروموشن|offers|offer|promo*|اشتہار|اشتہارات)
  `,
  bn: `
    outneg (অফার|প্রোমো|offer|promo*|বিজ্ঞাপন) ~4 (রাজি না|রাজি নই|সম্মত নই|সম্মতি দিচ্ছি না|অনুমতি দিচ্ছি না|raji na|raji noi)
  `,
  ar: `
    outneg (لا|مش|ما|غير) (موافق|اوافق|أوافق|موافقه|موافقة|بوافق) ~4 (العروض|عروض|الخصومات|التخفيضات|الكوبونات|الرسائل الترويجية|الاعلانات|الإعلانات|اعلانات)
  `,
  sw: `
    outneg (sikubali|sijakubali|sikubaliani|siruhusu) ~4 (ofa|matangazo|punguzo|promo*)
  `,
  th: `
    outneg ไม่ (ยินยอม|ตกลง|ยอมรับ|อนุญาต) ~8 (โปรโมชั่น|โปร|ข่าวสาร|ส่วนลด|ดีล|โฆษณา)
  `,
  zh: `
    outneg (不同意|不愿意|不接受|拒绝) ~6 (优惠|促销|广告|活动信息|推广)
  `,
  ja: `
    outneg (キャンペーン|セール|お得な情報|クーポン|広告|メルマガ) ~8 (同意しません|同意しない|承諾しません|拒否します)
  `,
};

/** The round-6 rules of one language (and round 7b's refusals); trailing gaps dropped. */
export function round6Rules(lang: Lang): ReturnType<typeof rules> {
  return rules(`${RULES[lang] ?? ''}\n${REFUSED[lang] ?? ''}`).map((r) => ({
    ...r,
    p: r.p.replace(/(\s+~\d+)+$/, ''),
  }));
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
