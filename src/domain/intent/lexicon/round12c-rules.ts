/**
 * Round 12c of issue 18: batch26's classes (replies in the middle of a conversation, most doing
 * two things at once). General language knowledge, to be reviewed by native speakers:
 * - Spain's Spanish: the vosotros forms ("dadme de baja", "no me mandéis más promos",
 *   "eliminadme de la lista de difusión", "¿me podéis volver a apuntar?", "¿de dónde habéis
 *   sacado mi número?"): the lexicon had the Latin American ustedes forms;
 * - verbs a lexicon lacked: German separable and clipped forms ("stellt die Werbung ab",
 *   "die Rabattaktionen brauch ich nicht"), Dutch ("zet de reclame uit", "kappen met die
 *   aanbiedingen"), Swahili ("zimeni matangazo", "msinijumuishe tena kwenye broadcast"), Polish
 *   "proszę wypisać mnie z ofert" inside a longer sentence, Bengali "amake list theke ber kore
 *   den", Arabic "شيلوها" for a mother;
 * - "I asked you to stop last week, has it been processed?": status (the past request inside
 *   the question is masked with it);
 * - "without the Black Friday ones, please" ("bez black friday prosze", "sem black friday pra
 *   mim"): likely (asked about);
 * - "my colleague gets your weekly offers, can I have them too?", "私にも配信してください",
 *   "też chcę": opt-in;
 * - "keep the order texts, ditch the rest" and "I'm not your target (audience)": stops;
 * - traps: "no more sugar in my tea" (Bengali), "take off the shipping fee" (Japanese).
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    status (asked|told) you ~1 to (stop|remove|unsubscribe) ~6 @brk ~2 (has|is|was) (that|it) ~1 (been done|done|gone through|sorted)
    maybe no (black friday|sale|promo|holiday) (stuff|messages|texts|msgs|offers) ~1 for me
    outneg keep ~5 @brk ~1 (bin|ditch|scrap|drop|skip|lose) the rest
    outneg (fine|ok|okay|good) @brk ~1 (bin|ditch|scrap|drop|skip|lose) the rest
    outneg (i m|im|i am) ~1 not (your|ur) target ?(audience|market|customer)
  `,
  es: `
    out (dadme|dame|deme|denme) de baja
    outneg no (me|nos) (mandeis|envieis|escribais) ~1 (mas|nada) ~3
    out (borradme|eliminadme|quitadme|sacadme) ~4
    out (me|nos) (borreis|elimineis|quiteis|saqueis) de ~3 (lista|listas|ofertas|promos|promociones|difusion|publicidad)
    outneg dejad de (mandar|mandarme|enviar|enviarme|escribir|escribirme) ~3
    in (me|nos) (podeis|podriais) volver a (apuntar|agregar|anadir|meter|suscribir|incluir)
    in (podeis|podriais) volver a (apuntarme|agregarme|anadirme|meterme|suscribirme|incluirme)
    help de donde (habeis|han) sacado ~2 (mi|el) (numero|telefono|movil|contacto)
    status (pedi|solicite) la baja ~6 @brk ~3 ya (esta|se hizo) ~1 (hecha|hecho|procesada|lista|efectiva)
    maybe sin ~2 (publicidad|promos|ofertas|black friday|promociones|rebajas) ~3 (gracias|porfa|por favor|para mi)
    outneg no soy (su|tu|vuestro) (publico objetivo|target|cliente objetivo)
  `,
  pt: `
    maybe sem ~2 (promocao|promocoes|black friday|propaganda|ofertas|promo|promos) ~3 (pra mim|para mim|por favor|pf|obg|obrigado|obrigada|valeu)
  `,
  de: `
    out (stellt|stellen sie|stell) ~4 (werbung|newsletter|angebote|aktionen|nachrichten|werbenachrichten|rabattaktionen|gutscheinaktionen|werbemails) ~4 ab
    out (werbung|newsletter|angebote|aktionen|werbenachrichten) ~4 abstellen
    outneg (angebote|aktionen|werbung|rabattaktionen|gutscheinaktionen|rabatte|newsletter|sonderangebote|wochenangebote) brauch ich ~1 nicht
    outneg (lasst|lassen sie) ~2 (werbung|angebote|newsletter|aktionen) ~2 (sein|bleiben)
    in (bekommt|kriegt|erhalt) ~3 (eure|ihre|deine|die) ~1 (angebote|wochenangebote|newsletter|aktionen|gutscheine|rabattcodes|codes) ~4 @brk ~3 (kann|konnte|darf) ich ~2 auch ~2 (bekommen|haben|kriegen)
    status (hatte|habe) ~4 (abmeldung|austragung) ~4 gebeten ~1 @brk ~2 (ist das|ist es|ist sie) ~1 (erledigt|durch|passiert)
    outneg (ich bin|bin) ~1 nicht (eure|ihre|deine) zielgruppe
  `,
  nl: `
    out zet ~4 (reclame|reclameberichten|aanbiedingen|nieuwsbrief|acties|promoties|reclamemails) ~4 (uit|af)
    outneg (kappen|stoppen|ophouden) met ~2 (die|de|jullie|al die|dat) ~1 (reclame|aanbiedingen|acties|nieuwsbrief|spam|promoties|reclameberichten)
  `,
  sw: `
    out (zimeni|mzime|zima) ~3 (matangazo|promosheni|ofa|jumbe za promosheni|ujumbe wa matangazo|jumbe za matangazo)
    outneg (msinijumuishe|msiniweke|msiniongeze) ~2 (broadcast|orodha|kundi|list|matangazo)
  `,
  pl: `
    out (prosze|proszę) ~1 (wypisac|wypisać|usunac|usunąć|wykreslic|wykreślić) mnie ~3 (z|ze) ~2 (ofert|listy|newslettera|promocji|reklam|mailingu|bazy)
    maybe bez ~2 (promocji|reklam|black friday|ofert|newslettera|wyprzedazy|wyprzedaży|gazetek) ~3
    in (dostaje|otrzymuje) ~3 (promocje|kody rabatowe|kody|oferty|newsletter|gazetki|rabaty) ~2 @brk ~2 ?(ja) (tez|też) (chce|chcę|poprosze|poproszę)
  `,
  ru: `
    status (просил|просила|просили) ~5 @brk ~2 (это|уже) ~1 (сделано|выполнено|обработано|готово)
    maybe без ~2 (рассылок|рассылки|рекламы|акций|распродаж|черной пятницы|спама) ~2
  `,
  uk: `
    maybe без ~2 (розсилок|розсилки|реклами|акцій|знижок|спаму|чорної пятниці) ~2
  `,
  tr: `
    maybe (kampanya|reklam) (mesaji|mesajlari) olmadan
  `,
  id: `
    status (udah|sudah|dah) minta ~4 @brk ~3 (udah|sudah|dah) ~1 (diproses|beres|selesai) ~1 (belum|blm)
    maybe tanpa ~2 (promo|iklan|diskon) ~3
  `,
  ms: `
    status (dah|sudah) minta ~5 @brk ~2 (dah|sudah) (settle|selesai|diproses|proses) ~1 (ke|belum)
  `,
  bn: `
    out (amake|আমাকে) ~3 (list|লিস্ট|broadcast|ব্রডকাস্ট|তালিকা) (theke|থেকে) ~1 (ber kore|বের করে|bad|বাদ|remove|রিমুভ) ~1 (den|din|দিন|দেন)
    out (অফার|বিজ্ঞাপন|মেসেজ|offer) ~1 (পাঠানো|pathano) (থামান|বন্ধ করুন|বন্ধ করেন|thaman|bondho korun)
  `,
  ar: `
    out (شيلوها|شيلوه|احذفوها|احذفوه|امسحوها|امسحوه|شيلوا رقمها|شيلوا رقمه)
  `,
  vi: `
    outneg (ko|k|khong) can ~1 (tin sale|tin khuyen mai|tin km|khuyen mai|quang cao|tin quang cao) ~3
  `,
  zh: `
    status (已经|已經) ~6 (退订|退訂|取消) ~3 @brk ~2 (处理好了|处理了|搞定了|好了|处理完了) ~1 (吗|没有|没|嗎)
  `,
  ja: `
    status (配信停止|配信解除|登録解除) ~14 @brk ~6 (済みましたか|済んでいますか|済んでますか|完了しましたか|完了していますか)
    in (セール|キャンペーン|クーポン|お得|案内|情報|新作) ~10 @brk ~2 (私にも|わたしにも) ~2 (送って|配信して) ~2 (ください|下さい)
  `,
  fr: `
    outneg (je ne suis pas|je suis pas) (votre|ta|la) cible
  `,
  it: `
    outneg (non sono|io non sono) (il vostro|il tuo|vostro|tuo) target
  `,
};

export function round12cRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/** Stop words in another sense: sugar no more, a fee taken off. */
const TRAPS: Partial<Record<Lang, string>> = {
  bn: `
    আর (চিনি|বরফ|দুধ|লবণ|ঝাল|মরিচ) ~1 (দিবেন|দেবেন|দিও|দিবা) না
  `,
  ja: `
    (送料|手数料|料金|配送料|追加料金) ~1 外して
  `,
};

export function round12cTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
