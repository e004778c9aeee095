/**
 * Round 15e of issue 18, from batch 41 (businesses with several kinds of marketing), read after
 * round 14. General language knowledge, to be reviewed by native speakers:
 * - "What kinds of messages do you send? Can I choose?" is a help question: the kinds of the
 *   messages asked about (type, sort, tipo, Art, rodzaj, вид, tür, نوع, qisam, ধরন, jenis, klase,
 *   loại, ประเภท, 種類, 类型, aina). Asking what kinds of a product there are names no messages
 *   ("what sizes do you have?", "¿qué tipos de pizza tienen?") and stays none.
 * - The weekly flyer or catalogue asked for here too, from now on: an opt-in. A catalogue asked
 *   for once ("send me the furniture catalogue as a PDF") names no repetition and stays none.
 *   Where the request is a question by its shape ("mi mandate anche il volantino?", "bana da
 *   atar mısınız?", "恢复推送特价机票吧") the rule is `inasked`, which a question does not set aside; elsewhere `in`,
 *   which a negator cancels ("não me mandem mais promoções por aqui" stays a stop); and each
 *   opens on a request ("vous pouvez m'envoyer aussi…"), so a stop verb's infinitive after
 *   "arrêtez de" or "dejen de" is no opt-in.
 * - "Have I been taken off the list?" asked with the customer as the subject, in romanised Urdu
 *   and Hindi ("list se nikal gaya hun?") and Bengali ("list theke bad porechi ki?").
 * - French "les promos, c'est fini pour moi" (for me, the promos are over) is a stop; "enfin
 *   c'est fini" (relief that they stopped) names no one and stays none.
 * - Traps: a table, a date or a hall blocked for a party (pl "zablokować stolik", bn "hall ta
 *   block kore rakhen"), a card or an item removed (romanised Urdu and Hindi "purana card remove
 *   kar dein"). And Japanese 外して (round 4) is a stop when it opens the clause or follows
 *   "from the mailing" (配信から外して); "ネギは外してください" takes the onions off an order.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

/** "Have I come off the list?" in romanised Hindi and Urdu, shared by both. */
const OFF_THE_LIST_ASKED = `
    status (kya|kia) ~4 (list|lisst) (se|say) ~1 (nikal gaya|nikal gayi|nikal gai|nikal chuka|nikal chuki|hat gaya|hat gayi|hat gaya hun|nikal diya gaya)
    status (list|lisst) (se|say) ~1 (nikal gaya|nikal gayi|nikal gai|hat gaya|hat gayi) (hun|hoon|hu|hon) ?(kya|kia|na|ya nahi) @eoc
`;

const RULES: Partial<Record<Lang, string>> = {
  en: `
    help (what|which) ~1 (sort|sorts|kind|kinds|type|types) of (messages|texts|lists|mailing lists|updates|newsletters|mailings|notifications|broadcasts)
    in (send|text|forward|share) (me|us) ~4 (@obj|flyer|flyers|catalogue|catalog|leaflet) ~3 (every week|each week|from now on|on here too|here too|here as well|on here as well|on whatsapp too|as well)
    in (send|text) (me|us) ?(the|your) (weekly|monthly) (@obj|flyer|catalogue|catalog|leaflet)
  `,
  de: `
    help (was fur|welche|welcher) ~1 ?(art|arten|sorte|sorten) ?von (nachrichten|mitteilungen|newsletter|infos|benachrichtigungen|werbenachrichten) ~3 (schickt|sendet|verschickt|bekomme|kriege|gibt|gibt es|verschicken|schicken)
    in (mir|uns) ~3 (@obj|prospekt*|wochenprospekt*|katalog*|flyer|handzettel) ~2 (auch|ebenfalls|jede woche|kunftig|ab jetzt) ~3 (schicken|senden|zuschicken|zusenden|schickt|sendet)
    in (hatte gern|hatte gerne|mochte|hatte) ~2 (auch|ebenfalls) ~2 ?(den|die|das|ihren|euren) (prospekt*|wochenprospekt*|katalog*|flyer|newsletter|angebote|aktionen)
  `,
  fr: `
    help (quels|quel|quelles|quelle) ~1 (types|type|genres|genre|sortes|sorte) de (messages|message|newsletters|offres|notifications|envois)
    help (quoi|quel) comme (messages|offres|notifications|envois)
    out (promos|offres|pubs|publicites|newsletter|promotions) ~2 c est (fini|termine) pour moi
    in (vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|tu pourrais|merci de|possible de) ~2 (envoyer|recevoir) ~2 (aussi|egalement) ~3 (le|la|les|votre|vos) ~2 (prospectus|catalogue|depliant|newsletter|promos|offres|bons plans)
    in (je veux bien|j aimerais|je voudrais) recevoir ~3 (prospectus|catalogue|depliant|newsletter|promos|offres|bons plans) ~4 (ici aussi|aussi|egalement|chaque semaine|par whatsapp)
  `,
  es: `
    help (que|cuales|cual) ~1 (tipo|tipos|clase|clases) de (mensajes|mensaje|ofertas|promociones|notificaciones|listas|envios)
    in (mandenme|envienme|me pueden mandar|me pueden enviar|pueden mandarme|pueden enviarme|me podrian mandar|quiero recibir|me gustaria recibir|quisiera recibir) ~2 (tambien) ~3 (el|la|los|las|su|sus) ~2 (folleto|catalogo|revista|boletin|newsletter|ofertas|promociones)
    in (mandenme|envienme|me pueden mandar|me pueden enviar|pueden mandarme|pueden enviarme|me podrian mandar|quiero recibir|me gustaria recibir|quisiera recibir) ~3 (folleto|catalogo|boletin|newsletter|ofertas|promociones) ~3 (por aqui|por whatsapp|cada semana|semanal) ~2 (tambien)
  `,
  pt: `
    help (que|quais|qual) ~1 (tipo|tipos) de (mensagem|mensagens|oferta|ofertas|promocoes|lista|listas|envio|envios)
    in (manda|mandem|me manda|me mandem|envia|enviem|me envia|me enviem|pode mandar|podem mandar|pode me mandar|podem me mandar|quero receber|gostaria de receber) ~3 (encarte|folheto|catalogo|panfleto|newsletter|ofertas|promocoes) ~4 (aqui tambem|tambem|toda semana|por aqui|pelo whatsapp)
  `,
  it: `
    help (che|quali|quale) ~1 (tipo|tipi|genere|generi) di (messaggi|messaggio|offerte|promozioni|notifiche|invii)
    inasked (mandate|mandi|inviate|mandatemi|inviatemi|ricevere) ~2 (anche) ~3 (il|la|le|i|vostro|vostra) ~2 (volantino|catalogo|newsletter|offerte|promozioni|promo)
  `,
  nl: `
    help (wat voor|welke) ~1 ?(soort|soorten) (berichten|nieuwsbrieven|meldingen|aanbiedingen|mails) ~3 (sturen|versturen|krijg|stuur|sturen jullie|krijgen)
  `,
  pl: `
    help (jakie|jaki|jakiego) ~1 ?(rodzaje|rodzaju|typy|typu) (wiadomosci|powiadomien|newslettery|oferty|promocje) ~2 (wysylacie|przysylacie|dostane|dostaje|wysylacie|macie)
  `,
  ru: `
    help (какие|каких) ~3 (рассылки|рассылок|виды сообщений|типы сообщений|виды рассылок|типы рассылок)
  `,
  uk: `
    help (які|яких) ~3 (розсилки|розсилок|види повідомлень|типи повідомлень|види розсилок|типи розсилок)
    in (надсилайте|надішліть|надсилати|присилайте) ~2 (мені|мене) ~2 (теж|також) ~3 (каталог*|розсилк*|акці*|знижк*|пропозиці*)
  `,
  tr: `
    help (hangi|ne) ~1 (tur|turlu|cesit|cesitli) (mesaj*|bildirim*|kampanya*|ileti*)
    inasked (katalog*|brosur*|aktuel*|bulten*) ~3 (bana da|buradan da|bize de) ~3 (atar misiniz|gonderir misiniz|atin|gonderin|yollayin|atabilir misiniz|gondermenizi)
    inasked (indirim*|kampanya*|firsat*|teklif*|son dakika*) ~3 (yine|tekrar|yeniden) (atin|gonderin|yollayin|atmaya baslayin|gondermeye baslayin)
  `,
  ar: `
    help (ايش|شو|ما|وش|ايه|شنو|اش) ~1 (انواع|أنواع|نوع) ~1 (الرسائل|الرسايل|الرساله|الرسالة|المسجات|الاشعارات|الإشعارات)
  `,
  hi: `
    help (kis|kaun|kon|kitni|kaunse|konse) ~2 (type|qisam|kism|prakar|tarah|types) ke (messages|msg|msgs|sms|message)
    ${OFF_THE_LIST_ASKED}
  `,
  ur: `
    help (kis|kaun|kon|kitni|kaunse|konse) ~2 (type|qisam|kism|tarah|types) ke (messages|msg|msgs|sms|message)
    in (deals|offers|promo|promos|happy hour|discount|sale) ~2 (wale|walay|wali) ~1 ?(messages|msg|msgs|sms) ~1 (phir se|dobara|dubara) ~1 (on|shuru|start) (kar dein|kar do|karein|kardein|kardo)
    ${OFF_THE_LIST_ASKED}
  `,
  bn: `
    help (ki ki|কী কী|কি কি|কোন|koy|kon|কয়) ~1 (dhoroner|ধরনের|rokom|রকম|রকমের|dhoron) ~1 (message|মেসেজ|msg|বার্তা|sms)
    status (list|লিস্ট|তালিকা) (theke|থেকে) ~1 (bad|বাদ) (porechi|porsi|porchi|পড়েছি|পড়ছি|gechi|গেছি) ~1 ?(ki|কি|কী)
  `,
  id: `
    help (jenis|tipe|macam) (pesan|chat|promo|notifikasi|info) ~2 (apa|apa aja|apa saja)
    help (pesan|promo|notifikasi) (jenis|tipe|macam) apa
  `,
  ms: `
    help (mesej|promosi|notifikasi) (jenis|macam) apa
    help (jenis|macam) (mesej|promosi|notifikasi) apa
    help ada (jenis|macam) (mesej|promosi) apa
  `,
  tl: `
    help (anong|ano anong|ano ang mga) (klase|klaseng|uri|uring) ~1 ?ng (messages|message|mensahe|promos|text|texts)
  `,
  vi: `
    help ?(nhung|may|cac) (loai|kieu) (tin|tin nhan|thong bao) ~1 (gi|nao)
  `,
  th: `
    help ข้อความ ~3 (ประเภทไหน|แบบไหน|ประเภทอะไร)
  `,
  ja: `
    help (どういう|どんな|何の|なんの) ~2 種類 ~4 (メッセージ|配信|通知|お知らせ|メール)
    help (メッセージ|配信|通知|お知らせ) ~2 (種類|種類は)
  `,
  zh: `
    help (哪些|哪几|哪幾|什么|什麼) ~2 (类型|類型|种类|種類|类|類) ~3 (消息|信息|訊息|推送|通知)
    inasked (传单|傳單|促销传单|宣传单|目录|目錄) ~6 (发给我|发我|發給我|發我)
    inasked (重新|恢复|恢復) ~2 ?(给我|給我) ~1 (推送|发送|發送) ~3 (优惠|優惠|特价|特價|促销|促銷|活动|活動)
  `,
  sw: `
    help (jumbe|ujumbe|meseji|ofa|matangazo) (za|ya) aina gani
    help aina gani (za|ya) (jumbe|ujumbe|meseji|ofa|matangazo)
    in (kipeperushi|vipeperushi|katalogi|jarida) ~3 (kila wiki|kila mwezi|hapa pia|pia)
    in (naomba|nataka) ~2 (mnitumie|kupokea|nipokee) ~2 (kipeperushi|vipeperushi|katalogi|jarida|ofa)
  `,
};

export function round15eRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/** A table, a date or a hall blocked, a card removed: errands that use the stop words. */
const TRAPS: Partial<Record<Lang, string>> = {
  pl: `
    (zablokowac|zablokujcie|zablokuj|zablokujecie) ~3 (stolik|stolika|sobote|piatek|niedziele|termin|date|sale|miejsce|miejsca|dzien|godzine|wieczor|pokoj)
  `,
  bn: `
    (hall|seat|table|date|tarikh|room|হল|সিট|টেবিল|তারিখ) ~3 (block|ব্লক) (kore|করে) (rakhen|rakhun|রাখেন|রাখুন|rakho|dao|din|দিন)
  `,
  hi: `
    (card|debit card|credit card|address|item|product|photo) ~4 (remove|delete) (kar dein|kar do|karein|kardo|kardein|kar dijiye)
  `,
  ur: `
    (card|debit card|credit card|address|item|product|photo) ~4 (remove|delete) (kar dein|kar do|karein|kardo|kardein|kar dijiye)
  `,
};

export function round15eTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
