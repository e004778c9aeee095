/**
 * Round 11c of issue 18: replies to small local businesses (general language knowledge, to be
 * reviewed by native speakers):
 * - "keep your offers (for yourself), I'll come by when I need something": a stop said as a
 *   farewell ("pode guardar as promoções pra você", "kampanyalar sende kalsın", "优惠你留着吧",
 *   "baki na ofa zako"). "Keep the offers coming" and "can you keep that offer for me till
 *   Saturday?" are not: the offers must be the business's own, kept by it, at the clause's end
 *   or "for yourself";
 * - "no need for the offers any more" said after a move ("İzmir'e taşındım, kampanyalara gerek
 *   kalmadı", "não preciso mais das promoções");
 * - the offers refused as such with thanks ("ei offer gulo te amar agroho nai", "ما عندي اهتمام
 *   بالعروض", "セールのお知らせは興味ないです"); a bare "thanks but not interested" stays a
 *   `likely` stop (it may answer one offer), and "not this one, keep me posted" changes nothing;
 * - opt-in: "send me the menu news too", "keep me on the broadcast".
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    in also send me ~2 (news|offers|deals|promos|sale news)
    in send me the new (menu|menus|collection|arrivals) ~5 (too|as well)
    outneg no need (for|to send me|to send) ~1 (the|your|any|ur) (offers|deals|promos|promotions)
    outneg (these|the|your|ur) (offers|deals|promos|promotions|ads) (are not|aren t|arent) for me
    outneg keep (your|ur|yer) ~1 (offers|deals|promos|promotions|discounts|specials|coupons) @eoc
    outneg keep ~2 (offers|deals|promos|promotions|discounts) (to yourself|to yourselves|for yourself|for yourselves)
    in (send|give) me ~4 (news|updates|offers|deals|promos) (too|as well) ?(please|pls|thanks) @eoc
    in keep me (on|in) ~2 (broadcast|list|group) ~4 (want|like|love) ~3 (news|offers|deals|sale|sales|promos)
  `,
  es: `
    outneg ya no (necesito|necesitamos) (las|sus|tus|esas) (ofertas|promociones|promos)
    outneg (guardate|guárdate|guardese|guárdese|quedate con|quédate con|quedense con|quédense con) ~1 (tus|sus|las|esas) (ofertas|promociones|promos|publicidades)
    outneg (ofertas|promociones|promos) ~2 (para ti|pa ti|para usted|para ustedes) @eoc
  `,
  pt: `
    in me (poe|põe|coloca|coloque|coloquem|adiciona|adicione|adicionem|bota|inclui|inclua) (na|no|em) ~1 (lista|transmissao|transmissão|grupo) ~3 (promocoes|promoções|ofertas|promos|transmissao|transmissão|novidades)
    outneg (nao|não|n) preciso (das|dessas|de suas|das suas) (promocoes|promoções|ofertas|promos|propagandas)
    outneg (essas|as|suas|estas) (ofertas|promocoes|promoções|promos) (nao|não) sao (pra|para) mim
    outneg prefiro (nao|não) receber
    outneg (guarda|guarde|guardem|pode guardar|podem guardar) ~2 (promocoes|promoções|ofertas|promos|propagandas|promocao|promoção) ~1 (pra|para) (voce|você|voces|vocês|vc|vcs|ti|si)
    outneg (fica|fique|ficam|fiquem) com (as|suas|as suas|essas) ~1 (promocoes|promoções|ofertas|promos)
    outneg (nao|não|n) preciso mais ~2 (das|de|dessas) ~1 (promocoes|promoções|ofertas|promos|propagandas|mensagens)
  `,
  fr: `
    outneg pas besoin (des|de vos|de tes|de ces) (promos|offres|promotions|pubs)
    outneg (ces|vos|les|tes) (offres|promos|promotions) ne sont pas pour moi
    outneg (prefere|préfère) ne pas (recevoir|avoir) ~2 (promos|offres|promotions|pubs|messages)
    outneg (gardez|garde|gardes) (vos|tes|les) (promos|offres|promotions|pubs|reductions|réductions|remises) @eoc
    outneg (gardez|garde) ~3 (promos|offres|promotions) pour (vous|toi)
  `,
  it: `
    outneg (le|queste|vostre|tue) (offerte|promozioni|promo) non mi (servono|interessano)
    outneg preferisco non ricevere
    outneg (tenetevi|tieniti|tenetevele|tienitele|tenetele) ~2 (offerte|promozioni|promo|pubblicita|pubblicità)
  `,
  de: `
    outneg brauche ~2 (angebote|werbung|aktionen|rabatte) nicht mehr
    outneg (die|eure|ihre|diese) (angebote|aktionen|werbung|rabatte) brauche ich nicht
    outneg (behaltet|behalten sie|behalt|behalte) (eure|ihre|deine) (angebote|aktionen|werbung|rabatte) @eoc
  `,
  nl: `
    outneg hoef (de|jullie|die|uw|geen) (aanbiedingen|acties|reclame) ?niet
    outneg (hou|houd|houden) (je|jullie|uw) ~1 (aanbiedingen|acties|reclame) ~1 (maar|zelf) @eoc
  `,
  pl: `
    outneg (nie potrzebuje|nie potrzebuję) ~2 (promocji|ofert|reklam)
    outneg (zatrzymajcie|zostawcie|zachowajcie) ~2 (promocje|oferty|reklamy) ~1 (dla siebie|sobie)
  `,
  ru: `
    outneg (акции|скидки|предложения|реклама) мне не (нужны|нужна|нужно)
    outneg мне не (нужны|нужна) ~1 (акции|скидки|предложения|реклама)
    outneg (оставьте|оставь) ~2 (акции|предложения|скидки|рекламу) ~1 себе
  `,
  uk: `
    in (додайте|додай) мене (до|в|у) ~1 (розсилки|розсилку|списку|групи)
    outneg (акції|знижки|пропозиції|реклама) мені не (потрібні|потрібна|треба)
    outneg мені не (потрібні|потрібна|треба) ~1 (акції|знижки|пропозиції|реклама)
    outneg (залиште|залиш) ~2 (акції|пропозиції|знижки|рекламу) ~1 собі
  `,
  tr: `
    outneg (kampanyalara|indirimlere|reklamlara|firsatlara|fırsatlara) ~1 (ihtiyacim|ihtiyacım) yok
    outneg (kampanyalar|indirimler|reklamlar) bana (gore|göre) degil
    outneg almamayi tercih ederim
    outneg almamayı tercih ederim
    outneg (kampanyalar*|indirimler*|firsatlar*|fırsatlar*|reklamlar*) ~1 (sizde|sende) kalsin
    outneg (kampanyalar*|indirimler*|reklamlar*) ~1 gerek (kalmadi|kalmadı|yok artik|yok artık)
  `,
  id: `
    outneg simpan (aja|saja|ajah) ~1 (promo|promonya|diskon|diskonnya)
    outneg (ga|gak|nggak|tidak|tdk|enggak) (butuh|perlu) ~1 (promo|promonya|diskon|iklan)
    outneg lebih suka (tidak|ga|gak) (menerima|terima|dapat) ~2 (promo|iklan|pesan|info)
    outneg (promo|promonya|diskon|diskonnya) ~3 (simpan aja|disimpan aja|buat kakak aja|buat kamu aja|buat anda aja)
    in (tetap|tetep) ~2 (di|dalam) broadcast ~4 (mau|pengen|ingin) ~3 (info|promo|diskon)
    in (masukin|masukkan|tambahin|tambahkan) ~1 (saya|aku|gue) ~2 (broadcast|grup promo|group promo)
  `,
  ms: `
    outneg simpan ~2 (promosi|promo|tawaran) ~1 (tu|je|sendiri) @eoc
    in (kekalkan|kekal) ~1 saya ~2 (broadcast|senarai)
    in (masukkan|tambah|add) ~1 saya ~3 (broadcast|senarai promosi|group promo)
  `,
  tl: `
    outneg (di|hindi) ko ~1 kailangan ~1 (ng|ang|yung|nang) ~1 (promo|promos|offers|ads)
    outneg sa (inyo|iyo) na lang ~3 (promo|promos|offer|offers)
  `,
  vi: `
    outneg khong can nhan ~1 (khuyen mai|quang cao|uu dai)
    outneg (khuyen mai|uu dai) ~4 (cu giu lai|giu lai nha|de danh)
    outneg khong can ~2 (tin khuyen mai|khuyen mai|quang cao) ~2 nua
  `,
  sw: `
    outneg (sihitaji|hatuhitaji) ~1 (ofa|matangazo|punguzo)
    outneg sina haja na (ofa|matangazo|punguzo)
    outneg (baki na|kaa na) ~1 (ofa|matangazo|punguzo) ~1 (zako|zenu)
    outneg (ofa|matangazo) (zako|zenu) ~2 (kaa nazo|baki nazo)
  `,
  hi: `
    outneg (offers|offer|ऑफ़र|ऑफर|ऑफ़र्स) ki (zaroorat|zarurat|jarurat|ज़रूरत|जरूरत) (nahi|nahin|नहीं)
    outneg (offers|offer|ishtehar) ~1 apne (paas|pas) (rakho|rakhiye|rakhein|rakhen|rakh lo)
  `,
  ur: `
    outneg (offers|offer|آفرز|آفر) (ki|کی) (zaroorat|zarurat|ضرورت) (nahi|nahin|نہیں)
    outneg (offers|offer|ishtehar) ~1 apne (paas|pas) (rakho|rakhiye|rakhein|rakhen|rakh lo)
  `,
  bn: `
    outneg (offer|offer gulo|অফার|অফারগুলো) ~3 (kachei|kache|কাছেই|কাছে) (rakhen|রাখেন|রাখুন)
    outneg (offer|offer gulo|অফার|অফারগুলো) ~2 ?amar agroho (nai|nahi|nei|নেই)
  `,
  ar: `
    outneg ما (نحتاج|احتاج|أحتاج|محتاج|محتاجين) (العروض|الاعلانات|عروضكم)
    outneg (خلي|خلّي|خلوا) (عروضك|عروضكم) ~1 (عندك|عندكم|لك|لكم)
    outneg ما (عندي|عندى) اهتمام ~1 (العروض|الاعلانات|عروضكم)
  `,
  th: `
    outneg (โปร|โปรโมชั่น) ~6 เก็บไว้
  `,
  zh: `
    outneg (优惠信息|广告|活动信息|促销信息) ~3 不需要
    outneg 不需要 ~2 (优惠信息|广告|促销信息)
    outneg (优惠|活动|广告) ~6 (留着吧|自己留着|留着自己用)
  `,
  ja: `
    outneg (セール|お知らせ|宣伝|案内) ~10 (もう結構|興味ないです|興味がないです|興味ありません)
  `,
};

export function round11cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/**
 * Stop words in another sense (none): a taxi asked to stop at a place, a phone that blocks
 * numbers by itself, a number blocked by mistake, and "don't send me the other sizes, only the
 * M" (an order's variants: the retrained model stopped doubting it, round 9a's risk control),
 * Hindi/Urdu "auto deduction band karein" (an automatic payment switched off, batch20: the same).
 */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `
    (dont|don t|do not) send ~3 (sizes|colours|colors|models) ~1 (only|just)
    stop (outside|in front of|by the chemist|at the corner)
    blocking numbers ~3 (on its own|by itself)
    (blocks|blocked) numbers ~3 (on its own|by itself)
    blocked your number ~2 by mistake
    (spam filter|filter|phone s|phone|mobile|app) ~3 (blocked|blocks|blocking) your number
  `,
  fr: `
    (t arreter|arreter|vous arreter|arrete toi|arretez vous) (devant|au coin|a cote)
  `,
  es: `
    no me (manden|mandes|envien|envíen|envies|envíes) ~2 (tallas|medidas|colores|modelos|numeros|números)
    (parar|para|pare|pararte) (frente|enfrente|delante)
    bloquea numeros solo
    (filtro|celular|telefono|teléfono|movil|móvil) ~3 (bloqueo|bloqueó) su numero
  `,
  pt: `
    (nao|não) ~1 (mandem|manda|envie|enviem|mande) ~2 (tamanhos|cores|modelos|numeracoes|numerações)
    (parar|para|pare) (em frente|na frente)
    bloqueei ~2 (numero|número) ~2 sem querer
    (filtro|celular|telefone) ~3 bloqueou ~2 (numero|número)
  `,
  it: `
    (fermarti|fermati|fermarsi|fermatevi) davanti
  `,
  de: `
    vor ~2 (anhalten|halten)
  `,
  tr: `
    onunde (dur|durur|durun|durabilir)
    önünde (dur|durur|durun|durabilir)
    kendi kendine engelliyor
  `,
  id: `
    (berhenti|stop) di depan
    (blokir|block) ~2 sendiri
  `,
  ms: `
    (berhenti|stop) (depan|di depan)
    (block|blok|sekat) ~2 sendiri
  `,
  vi: `
    dung truoc
  `,
  ru: `
    остановитесь (у|возле|около)
  `,
  hi: `
    auto (deduction|debit|renewal|renew|pay|payment|cut) ~1 (band|bund|off)
    apne aap ~2 block
    khud hi ~2 block
    galti se ~4 block
  `,
  ur: `
    auto (deduction|debit|renewal|renew|pay|payment|cut) ~1 (band|bund|off)
    apne aap ~2 block
    khud hi ~2 block
    galti se ~4 block
  `,
  th: `
    จอดหน้า
    บล็อกสายเอง
  `,
  zh: `
    门口停
  `,
  ja: `
    前で止め
    前で止まっ
  `,
};

export function round11cTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}

/**
 * "This one no, but tell me about the next ones" (a `decline` signal: the `likely` stop of "no
 * me interesa" is set aside, an explicit stop stays): one offer declined, the others asked for.
 */
const DECLINE: Partial<Record<Lang, string>> = {
  en: `(but|though) (let me know|keep me posted|tell me|do tell me) ~3 (next|other|others|future|upcoming)`,
  es: `(pero|aunque) (avisame|avísame|avisenme|avísenme|me avisan|me avisas|me avisen) ~2 (proxima|próxima|proximas|próximas|otras|otros|siguientes)`,
  pt: `(mas|porem|porém) (me avisa|me avisem|me avise|avisa|me fala) ~2 (proximas|próximas|proxima|próxima|outras|outros)`,
  fr: `(mais|par contre) (tenez moi au courant|prevenez moi|prévenez moi|dites moi) ~3 (prochaines|prochaine|autres|suivantes)`,
  it: `(ma|pero|però) (avvisatemi|fatemi sapere|avvisami) ~3 (prossime|prossima|altre|successive)`,
  de: `(aber|doch) (sagt mir|gebt mir bescheid|meldet euch) ~3 (nachste|nächste|nachsten|nächsten|andere|anderen)`,
};

export function round11cDecline(lang: Lang): string[] {
  return words(DECLINE[lang] ?? '');
}
