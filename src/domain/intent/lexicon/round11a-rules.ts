/**
 * Round 11a of issue 18: phrase rules by class, in every language where the lexicons lacked them
 * (general language knowledge, to be reviewed by native speakers):
 * - the pitch refused: "stop offering me upgrades", "no me ofrezcan más tarjetas", "parem de me
 *   oferecer", "tak perlu tawarkan kad kredit", "teklif etmeyin", "别再给我推贷款了". A bare
 *   "don't offer me the basic plan" (a choice) is only `likely`; "again / any more / stop" make
 *   it explicit;
 * - someone else taken off the list by a relative or a carer, in the third person: "remove her
 *   from your list", "bórrenlo", "xoá bà ấy khỏi danh sách", "请把她从名单里删掉", "she doesn't
 *   want these offers";
 * - receiving cancelled or stopped: "хочу отменить получение рекламы", "取消接收广告信息" (read
 *   as an opt-in before round 11, see also negated-receive.ts);
 * - Gulf "لا ابغى هالرسايل" (I don't want these messages), whose negator hid the stop after it;
 * - formal and object-first Chinese: "请勿再向本号码发送营销信息", "选举宣传不要发到这个号码",
 *   "游戏活动通知这里别推了"; Portuguese "não quero mais saber de feirão"; a terse French "c bon
 *   arrêtez"; Tagalog "di ko kailangan, salamat" (likely, as "I don't need it, thanks" is).
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (stop|quit) trying to (sell|pitch|push|offer) (me|us)
    out take (him|her) off ?(please|pls|thanks|thank you) @eoc
    out (unsubscribe|remove|delete) (him|her) ?(please|pls|thanks|thank you) @eoc
    out (stop|quit) (offering|pitching|selling|pushing|recommending|promoting) ~1 (me|us)
    outneg (dont|do not|never) ~1 (offer|pitch|sell|push) (me|us) ~5 (again|anymore|any more|more)
    outneg no need to ~1 (keep) (offering|pitching|selling|pushing|offer|pitch|sell|push) (me|us)
    maybeneg (dont|do not|no need to) ~1 (offer|pitch|sell|push) (me|us)
    out (remove|take|delete|unsubscribe|drop|get) (him|her|them) ~4 (from|off) ~3 (list|lists|mailing|marketing|messages|database|contacts)
    out (stop|quit) (messaging|texting|sending|writing to|contacting) (him|her|them) @eoc
    maybeneg (he|she|they) (doesnt|does not|dont|do not|no longer|never) ~2 (want|wants|need|needs|asked for) ~3 (@mkt)
    outneg (he|she|they) (doesnt|does not|dont|do not|no longer|never) ~2 (want|wants) to (receive|get) ~3 (@mkt)
    out (cancel|stop|end|discontinue) (receiving|getting) ~3 (@mkt)
    outneg @bos ?(please|pls|and|but) no ~2 (offers|promos|promotions|deals|ads|adverts|advertising|marketing|sales|discounts|coupons) ?(please|pls|thanks|thank you) @eoc
  `,
  es: `
    outneg no (me|nos) (sigan|siga) (ofreciendo|vendiendo|promocionando)
    out (dejen de|paren de|deje de|dejar de|basta de) (ofrecerme|ofrecerle|venderme|promocionarme|recomendarme|ofrecer)
    outneg no (me|nos) (ofrezcan|ofrezca|ofrezcas|vendan) ~4 (mas|nada|otra vez|de nuevo)
    maybeneg no (me|nos) (ofrezcan|ofrezca|ofrezcas)
    out (borrenlo|borrenla|borrenlos|saquenlo|saquenla|quitenlo|quitenla|eliminenlo|eliminenla|denlo de baja|denla de baja|borrarlo|borrarla|sacarlo|sacarla) ~4 (lista|listas|base|difusion|difusión|envios|envíos|mensajes|promociones|ofertas|publicidad|boletin|boletín|newsletter)
    out (dejen de|paren de|no) (escribirle|mandarle|enviarle|escribirles|mandarles|le escriban|le manden|le envien)
    outneg (ya no|no) quiere (recibir|que le manden|que le envien|que le escriban) ~3 (@mkt)
    out (cancelar|anular|dejar de) (la recepcion|recibir) ~3 (@mkt)
  `,
  pt: `
    out (parem de|para de|pare de|chega de|deixem de|deixa de) ~1 (me|nos) (oferecer|ofertar|vender|empurrar|oferecerem)
    outneg (nao|não) (me|nos) (oferecam|ofereçam|ofereca|ofereça|ofertem) ~4 (mais|nada)
    maybeneg (nao|não) (me|nos) (oferecam|ofereçam|ofereca|ofereça)
    outneg (nao|não) quero mais saber (de|do|da|dos|das) ~3 (@obj|oferta*|promo*|feirao|feirão|propaganda*)
    maybeneg (nao|não) quero mais saber (de|do|da|dos|das|disso)
    out (parem de|param de|pare de) (mandar|enviar) ~1 (pra|para|a) (ela|ele|eles|elas)
    outneg (ela|ele) (nao|não) quer ~1 (receber) ~3 (@mkt)
    out (cancelar|parar de|deixar de) ~1 (o recebimento|receber) ~3 (@mkt)
  `,
  fr: `
    out (la|le|les) (retirer|supprimer|enlever|desinscrire|désinscrire|radier) ~4 (liste|listes|envois|fichier|base|diffusion|newsletter|messages|offres|promos)
    out (arretez|arrêtez|cessez) de (me|nous) (proposer|vendre|offrir|recommander)
    outneg (ne|n) (me|nous) (proposez|offrez|vendez) ~1 plus
    maybeneg (ne|n) (me|nous) (proposez|offrez) pas
    out (retirez|supprimez|enlevez|desinscrivez|désinscrivez|radiez) (la|le|les) ~4 (liste|listes|envois|fichier|base|diffusion|newsletter|messages|offres|promos)
    out (arretez|arrêtez|cessez) de (lui|leur) (envoyer|ecrire|écrire)
    outneg (elle|il) ne veut plus ~1 (recevoir) ~3 (@mkt)
    out @bos (c est bon|c bon|cest bon|bon|ok) ?(la|maintenant) (arretez|arrêtez|stoppez) @eoc
    out (annuler|arreter|arrêter) (la reception|de recevoir) ~3 (@mkt)
  `,
  de: `
    out (hort|hört|horen sie|hören sie) auf ~4 (anzubieten|zu verkaufen|anzudrehen|aufzuschwatzen)
    outneg (bietet|bieten sie) (mir|uns) ~4 (nicht mehr|nichts mehr|keine) ~3 an
    outneg (mir|uns) ~3 (nicht mehr|nichts mehr|keine) ~3 (anbieten|anzubieten|andrehen)
    out (nehmt|nehmen sie|streicht|streichen sie|loscht|löscht|loschen sie|löschen sie|entfernt|entfernen sie|tragt|tragen sie) (sie|ihn) ~4 (verteiler|liste|newsletter|mailingliste|kartei|adressliste)
    maybeneg (sie|er) (will|mochte|möchte) ~2 keine ~2 (@mkt)
    out (empfang|erhalt|erhalt) ~3 (@mkt) ~3 (beenden|stoppen|abbestellen|kundigen|kündigen)
  `,
  it: `
    out (smettetela|smettete|smettila|basta) di (propormi|offrirmi|vendermi|proporci|offrirci|proporre|offrire)
    outneg non (proponetemi|offritemi|mi proponete|mi offrite|propormi|offrirmi) ~4 (piu|più|altro|altri|altre|nulla|niente)
    out (toglietela|toglietelo|cancellatela|cancellatelo|rimuovetela|rimuovetelo|levatela|levatelo) ~4 (lista|elenco|invii|newsletter|messaggi|offerte|promozioni|mailing)
    outneg non vuole ~1 (piu|più) (ricevere) ~3 (@mkt)
  `,
  id: `
    outneg (gak usah|ga usah|nggak usah|tidak usah|gausah|jangan|tidak perlu|gak perlu|ga perlu) ~1 (nawarin|nawarkan|menawarkan|tawarin|tawarkan|promosiin|jualin)
    out (hapus|keluarkan|hapusin|coret) (dia|beliau|nomor beliau|nomor dia) ~4 (daftar|list|grup|broadcast|promo|pesan|iklan|kontak)
    outneg (dia|beliau|ibu|bapak|ayah|mama|papa) (gak mau|tidak mau|nggak mau|tidak ingin|ga mau) ~2 (terima|dapat|menerima|dikirimi) ~3 (@mkt)
  `,
  ms: `
    outneg (tak perlu|tak payah|tidak perlu|jangan|usah) ~1 (tawarkan|menawarkan|tawar|promosikan|jual)
    out (buang|keluarkan|padam|hapuskan) (dia|beliau|nombor dia|nombor beliau) ~4 (senarai|list|kumpulan|promosi|iklan|mesej)
    outneg (dia|beliau|mak|ayah|ibu|bapa) (tak nak|tidak mahu|tak mahu) ~2 (terima|dapat|menerima) ~3 (@mkt)
  `,
  tr: `
    outneg (kampanya*|reklam*|teklif*|indirim*|firsat*|fırsat*|promosyon*) ~2 (gondermeyin|göndermeyin|atmayin|atmayın|yollamayin|yollamayın|istemiyorum|istemiyoruz|gelmesin)
    outneg ~2 (teklif etmeyin|teklif etmeyiniz|onermeyin|önermeyin|satmaya calismayin|satmaya çalışmayın|pazarlamayin|pazarlamayın)
    out (teklif etmeyi|onermeyi|önermeyi|satmayi|satmayı) (birakin|bırakın|kesin)
  `,
  ru: `
    outneg (не надо|не нужно|хватит|перестаньте|прекратите|не) ~1 (мне|нам) (предлагать|предлагайте|навязывать|навязывайте|впаривать)
    outneg (не надо|не нужно|хватит|перестаньте|прекратите|не) (предлагать|предлагайте|навязывать|навязывайте|впаривать) ~1 (мне|нам)
    out (отменить|отмените|прекратить|прекратите|остановить|остановите|отключить|отключите) (получение|получения) ~3 (@obj|рекламы|рассылки|предложений|акций)
    out отпишите (ее|её|его|их)
    out (уберите|удалите|исключите) (ее|её|его|их) ~4 (рассылк*|списк*|базы|базу|получателей|рекламы)
  `,
  uk: `
    outneg (не треба|не потрібно|досить|припиніть|перестаньте|не) ~1 (мені|нам) (пропонувати|пропонуйте|нав язувати|нав язуйте)
    outneg (не треба|не потрібно|досить|припиніть|перестаньте|не) (пропонувати|пропонуйте|нав язувати|нав язуйте) ~1 (мені|нам)
    out (скасувати|скасуйте|припинити|припиніть|вимкніть|вимкнути) (отримання) ~3 (@obj|реклами|розсилки|пропозицій|акцій)
    out відпишіть (її|його|їх)
    out (приберіть|видаліть|виключіть) (її|його|їх) ~4 (розсилк*|списк*|бази|базу|реклами)
    outneg досить (слати|надсилати|присилати|спамити)
  `,
  nl: `
    out (haal|haalt|verwijder|verwijdert|schrap|schrapt) (haar|hem|ze) ~4 (lijst|bestand|verzendlijst|mailinglijst|nieuwsbrief|berichten|reclame)
    maybeneg (zij|hij) wil ~2 geen ~2 (@mkt)
  `,
  pl: `
    out (przestancie|przestańcie|przestan|przestań) ~1 (mi|nam) (proponowac|proponować|oferowac|oferować|wciskac|wciskać|sprzedawac|sprzedawać)
    outneg nie (proponujcie|oferujcie|wciskajcie) ~1 (mi|nam)
    out wypiszcie (ja|ją|go|ich)
    out (usuncie|usuńcie|wykreslcie|wykreślcie|skreslcie|skreślcie) (ja|ją|go|ich) ~4 (list*|newslettera|newsletter|bazy|mailingu|wysylki|wysyłki|subskrypcji)
    out (zrezygnowac|zrezygnować|rezygnuje|rezygnuję) z (otrzymywania) ~3 (@mkt)
  `,
  vi: `
    out (con|rieng) (@obj) ~3 thi thoi @eoc
    out (roi|rời) ?(khoi|khỏi) danh sach
    outneg (dung|đừng|khong can|không cần|thoi|thôi) ~1 (moi|mời|chao|chào|tiep thi|tiếp thị|gioi thieu|giới thiệu) ~2 (toi|tôi|em|minh|mình|anh|chi|chị)
    out (xoa|xóa|xoá|bo|bỏ|gach|gạch|loai|loại) (ba ay|bà ấy|ong ay|ông ấy|anh ay|anh ấy|chi ay|chị ấy|co ay|cô ấy|em ay|em ấy|ho|họ|me toi|mẹ tôi|bo toi|bố tôi|ba toi|ba tôi|ong toi|ông tôi|ba toi|bà tôi) ~2 (khoi|khỏi|ra khoi|ra khỏi)
    out (huy|hủy|ngung|ngừng|dung|dừng) (nhan|nhận) ~3 (@mkt)
  `,
  tl: `
    outneg (wag|huwag|wag nyo|wag na) ~3 (alukin|alok|mag alok|ialok|ibenta|bentahan|alukan)
    maybeneg @bos (di|hindi) ko ?(po) ?(na) kailangan ?(yan|yun|iyan|iyon|po|ito) @eoc
  `,
  hi: `
    outneg ~3 (offer|pitch) (mat karo|mat kijiye|na karein|na karo|karna band karo|karna band karein|karna band kijiye)
    out (inko|unko|unhe|unhein) ~3 (list|group|broadcast|messages) ~2 (se) ~1 (hata|hatao|hata do|hata dijiye|nikal do|nikal dijiye|remove kar do)
  `,
  ur: `
    outneg ~3 (offer|pitch) (mat karo|mat kijiye|na karein|na karo|karna band karo|karna band karein|karna band kijiye)
    outneg (آفر|آفرز|پیشکش) ~2 (مت کریں|نہ کریں|کرنا بند کریں|مت کرو)
  `,
  ar: `
    outneg (لا|ما|مو) (ابغى|ابغي|أبغى|أبغي|ابى|ابي|أبي|بدي|عايز|عاوز|اريد|أريد) ~1 (@obj|هالرسايل|هالرسائل|هالمسجات|هالعروض|هالاعلانات|هالإعلانات|هذي الرسايل|هذه الرسائل)
    outneg (عروض|العروض|اعلانات|الاعلانات|الإعلانات|إعلانات) ~2 لا @eoc
    outneg (لا|ما|بلاش) (تعرضوا|تعرض|تعرضون|تعرضو|تسوقوا|تبيعوا) ~2 (علي|علينا|لي)
    out (شيلو رقمه|شيلو رقمها|احذفوا رقمه|احذفوا رقمها|شيلوا رقمه|شيلوا رقمها)
    out (شيلوه|شيلوها|احذفوه|احذفوها|امسحوه|امسحوها|طلعوه|طلعوها) ~4 (القائمة|القايمة|الليستة|اللستة|الرسائل|العروض|قائمة|القائمه)
    out (الغي|ألغي|الغاء|إلغاء|ايقاف|إيقاف|اوقف|أوقف) (استقبال|تلقي) ~3 (@mkt)
  `,
  zh: `
    outneg (别|不要|勿|请勿|不用) ~1 再 ~3 (给我|向我|跟我|给) (推|推销|推荐|推广|推送)
    outneg (别|不要|请勿|勿) ~1 ?再 (推销|推广)
    outneg (别|不要) ?再 推 了
    outneg (别|不要|勿|请勿) ~1 再 ~6 (@send) ~4 (@obj)
    outneg (@obj|宣传|营销) ~4 (不要|别|请勿|勿|不用) ~1 ?再 (@send|推|推送) ~1 (到|给|了|这|我)
    out (取消|停止|不再|关闭) (接收|接受|收) ~4 (@mkt)
    out (把|将) (她|他|他们|她们|我妈|我爸|我妈妈|我爸爸|老人|老人家) ~8 (名单|列表|通讯录|群发) ~3 (删除|删掉|移除|去掉|踢出|删了)
    outneg (她|他|我妈|我爸|老人) (不想|不要|不再) ~2 (收到|接收) ~4 (@mkt)
  `,
};

/**
 * `@mkt`: the marketing itself, by language (the lexicons' @obj also holds notifications,
 * updates and messages: "stop receiving order notifications" is no stop of the marketing).
 */
const MARKETING: Partial<Record<Lang, string>> = {
  en: 'promo*|promotion*|offer*|deal|deals|ads|adverts|advertising|advertisements|marketing|newsletter*|sales|discounts|coupons|campaign*|spam',
  es: 'promo*|oferta*|publicidad*|anuncio*|propaganda|descuento*|boletin*|newsletter|marketing|mensajes promocionales',
  pt: 'promo*|oferta*|propaganda*|publicidade*|anuncio*|desconto*|newsletter|marketing|mensagens promocionais',
  fr: 'promo*|offre*|pub|pubs|publicit*|newsletter|marketing|messages promotionnels|reduction*',
  de: 'werbung|angebot*|aktion*|newsletter|rabatt*|marketing|werbe*',
  it: 'promo*|offert*|pubblicit*|newsletter|sconti|marketing',
  id: 'promo*|iklan*|penawaran|tawaran|diskon*|pesan promosi|marketing',
  ms: 'promo*|iklan*|tawaran|diskaun|mesej promosi|pemasaran',
  nl: 'reclame*|aanbieding*|acties|nieuwsbrief*|korting*|marketing',
  pl: 'reklam*|ofert*|promocj*|newsletter*|rabat*|marketing*',
  ru: 'реклам*|рассылк*|предложени*|акци*|скидк*|промо*|маркетинг*',
  uk: 'реклам*|розсилк*|пропозиц*|акці*|знижк*|промо*',
  vi: 'quang cao|khuyen mai|uu dai|tin quang cao|tin khuyen mai|tiep thi',
  ar: 'الاعلانات|اعلانات|الإعلانات|إعلانات|العروض|عروض|الرسائل الاعلانية|الرسائل الإعلانية|الرسائل الترويجية|التسويق*|الترويج*',
  zh: '广告|促销|营销|推广|优惠|活动',
};

export function round11aRules(lang: Lang): ReturnType<typeof rules> {
  return rules((RULES[lang] ?? '').replaceAll('@mkt', MARKETING[lang] ?? '@obj'));
}

/**
 * "أنا مشترك في العروض ولا لا؟" (am I subscribed to the offers or not?): no "offers, no". Turkish
 * "abonelikten çıkmıştım" (I had unsubscribed) tells a past, it asks for nothing.
 */
const TRAPS: Partial<Record<Lang, string>> = {
  ar: `
    (ولا|او|أو|والا) لا @eoc
  `,
  // "eskiden abonelikten çıkmıştım ama mart faturası lazım": the pluperfect tells, never asks.
  tr: `
    (abonelikten|listeden|uyelikten|üyelikten) (cikmistim|çıkmıştım|cikmistik|çıkmıştık)
  `,
};

export function round11aTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
