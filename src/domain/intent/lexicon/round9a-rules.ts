/**
 * Round 9a of issue 18: phrase rules by class, in every language (general language knowledge,
 * to be reviewed by native speakers):
 * - declining an event AND the invitations to come ("and don't invite me again", "no more
 *   invitations"): a stop. "Can't come this time, invite me to the next" is none (no negated
 *   invitation, no "more");
 * - one stream turned off: the newsletter, the points/loyalty reminders ("the points messages
 *   are not needed, switch them off", "电子报不要了", "nieuwsbrief hoeft niet meer");
 * - "don't send the others / the rest either" (the `others` signal then widens the stop to
 *   everything, rest-too.ts);
 * - "I'd rather not get offers (on WhatsApp)", "liever geen aanbiedingen", "không nhận khuyến
 *   mãi", "sin publicidad": a stop (other-channel.ts sets it aside when another channel is asked
 *   for instead);
 * (A bare "enough, thank you" is read by polite-enough.ts.)
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outneg (dont|do not|please dont|never) (invite|inv) (me|us) ~5 (again|anymore|any more|in future|in the future|future|next time|from now on|upcoming)
    out no more (invitations|invites|invitation|event invites|event invitations)
    outneg (dont|do not|never) (send|text|message) ?(me|us) ?(any of) (the others|the rest|others|the other ones|any others|the remaining ones) (either|too|as well|anymore|any more)
    outneg (dont|do not|never) (send|text|message) ?(me|us) ?(any of) (the other|other) (offers|promos|promotions|deals|sales|ads)
    out (switch|turn|shut) off ~2 (the newsletter|newsletters|the points ?(reminder|reminders|messages)|points ?(reminder|reminders|messages)|loyalty ?(reminders|messages)|the loyalty ?(reminders|messages))
    outneg (neither|nor) ~2 (the others|the rest|the next ones|the next one|the following ones|future ones|any others)
    outneg (the others|the rest|the next ones|future ones) either @eoc
    out @bos ?(please|pls) no (marketing|promos|promotions|offers|ads|deals|advertising|adverts) (on|by|via|through|over) (whatsapp|wa|here|this number)
  `,
  es: `
    outneg no (me|nos) (inviten|invites|invitéis|invitéis|invitar) ~4 (mas|más|nunca mas|otra vez|de nuevo)
    out (no mas|no más|basta de|nada de|ya no quiero|ya no) (invitaciones|invitacion|invitación)
    outneg (tampoco|ni) (me|nos) (manden|envien|envíen|mandes) ~2 (las demas|las demás|los demas|los demás|el resto|las otras|los otros)
    outneg (prefiero|preferiria|preferiría) no (recibir|que me manden|que me envien|que me envíen) ~2 (@obj|mensaje*|promo*|oferta*|publicidad)
    out @bos (sin|nada de|cero) (publicidad|promociones|ofertas|anuncios|propaganda|promos)
    outneg (y|ni) (las|los) (siguientes|demas|demás|otras|otros|proximas|próximas) tampoco
    outneg ni (las|los) (siguientes|demas|demás|otras|otros|proximas|próximas)
    out (ya no quiero|no quiero|no necesito) ?(recibir) ?(el|los) (boletin|boletín|newsletter|boletines)
    out (desactiven|desactivad|desactivar|apaguen|quiten) ~2 (el boletin|el boletín|la newsletter|los mensajes de puntos|los recordatorios de puntos|las notificaciones de puntos)
  `,
  pt: `
    outneg (nao|não) precisa (me|nos) convidar ~5 (proximos|próximos|proximas|próximas|mais|outros|outras)
    outneg (nao|não) (me|nos) (convidem|convide|convidar) ~3 (mais|de novo|nunca mais)
    out (chega de|sem mais|nada de) (convites|convite)
    maybe (nao|não) precisa (me|nos) convidar
    outneg (as|os) (proximas|próximas|outras|outros|demais) (tambem nao|também não)
    outneg (nem|tambem nao|também não|nao|não) (mandem|enviem|manda|envia|mande) ~2 (as outras|os outros|o resto|as demais|os demais)
    out (nao|não) preciso (das|dos|de) (mensagens|lembretes|avisos|notificacoes|notificações) ~3 (pontos|fidelidade|newsletter) ~4 (desligar|desativar|desliguem|desativem|tirar|parar)
    out (desliguem|desativem|desativa|desliga|podem desligar|podem desativar) ~3 (a newsletter|as mensagens de pontos|os lembretes de pontos|os avisos de pontos)
  `,
  fr: `
    outneg (ne|n) (m|nous) (invitez|invitez plus|invite) ~2 (plus|jamais|plus jamais)
    outneg (ne plus|plus jamais) (m|nous) inviter
    out (plus d|fini les|assez d) (invitations|invitation)
    outneg ni (les|la) (suivantes|autres|prochaines|suivante|prochaine)
    outneg (n envoyez pas|ne m envoyez pas|n envoyez plus|ne m envoyez plus) ~2 (les autres|le reste|les suivantes|les prochaines)
    out (rappels|messages|notifications|alertes) ~4 (points|fidelite|fidélité) ~6 (desactivez|désactivez|coupez|arretez|arrêtez|supprimez) ?(les|moi)
    out (desactivez|désactivez|coupez|arretez|arrêtez) ~2 (la newsletter|les rappels de points|les messages de points|les messages fidelite|les messages fidélité)
    outneg @bos (pas d|aucune|aucun) (offres|offre|promos|promotions|pub|pubs|publicite|publicité) ~2 (sur|par|via) (whatsapp|wa)
  `,
  de: `
    outneg (ladet|laden sie|ladet mich|lade) ~4 (nicht mehr|nie wieder|nicht wieder|kunftig nicht|künftig nicht) ~2 ein
    outneg (mich|uns) ~3 (nicht mehr|nie wieder|kunftig nicht|künftig nicht) ~2 (einladen|ein)
    out keine (einladungen|einladung|eventeinladungen) mehr
    outneg noch (die anderen|die nachsten|die nächsten|die restlichen|weitere)
    outneg (die anderen|die nachsten|die nächsten) (auch nicht|ebenfalls nicht)
    outneg (die anderen|den rest|die restlichen|die weiteren|die ubrigen|die übrigen) ~4 (nicht|auch nicht) ~2 (schicken|senden|zuschicken|schickt|sendet)
    out (newsletter|punkte erinnerungen|punkteerinnerungen|punkte nachrichten|punktenachrichten|treuepunkte ?(nachrichten|erinnerungen)) ~5 (abstellen|abbestellen|ausschalten|deaktivieren|abschalten|stoppen)
    out (stellt|schaltet|bestellt) ~3 (newsletter|punkte erinnerungen|punkteerinnerungen|punkte nachrichten) ~2 (ab|aus)
  `,
  it: `
    outneg non (invitatemi|invitarmi|mi invitate|invitateci) ~3 (piu|più|mai piu|mai più)
    out (basta|niente piu|niente più|niente) (inviti|invito)
    outneg (ne|né) (le|gli) (prossime|prossimi|altre|altri)
    outneg (non mandatemi|non mandate|non inviatemi) ~2 (nemmeno|neanche|neppure) ~2 (le altre|gli altri|il resto)
    out (disattivate|disattivatemi|togliete) ~3 (messaggi|promemoria|avvisi) ~3 (punti|fedelta|fedeltà)
  `,
  nl: `
    outneg (nodig|nodigt) ~4 (niet meer|nooit meer|voortaan niet|niet langer) ~2 uit
    out (geen|niet meer) (uitnodigingen|uitnodiging) ?(meer)
    outneg (stuur|stuurt|sturen) ~2 (de rest|de andere|de anderen|de overige|de rest ook|andere) ~3 (niet|ook niet|ook maar niet)
    outneg (liever|graag) geen ~2 (@obj|aanbiedingen|reclame|acties|promoties|nieuwsbrief)
    out (de nieuwsbrief|nieuwsbrief|puntenberichten|punten berichten|spaarpunten berichten) ~4 (hoeft niet meer|hoef ik niet|zet die maar uit|zet maar uit|uitzetten|stopzetten)
    out (geen|zonder) (reclame|aanbiedingen|acties|promoties|advertenties) ~2 (meer|maar)
    out @bos (geen|zonder) (reclame|aanbiedingen|acties|promoties|advertenties) @eoc
  `,
  pl: `
    outneg (nie zapraszajcie|nie zapraszac|nie zapraszać|nie zapraszaj) ~3 (wiecej|więcej|juz|już|ponownie)
    outneg (wiecej|więcej) ~2 (mnie|nas) nie (zapraszac|zapraszać|zapraszajcie)
    out (koniec z|wiecej nie chce|więcej nie chcę|bez) (zaproszen|zaproszeń|zaproszeniami)
    outneg (pozostalych|pozostałych|reszty|innych) ~2 (tez|też) nie (wysylajcie|wysyłajcie|przysylajcie|przysyłajcie)
    out (wylaczcie|wyłączcie|wylacz|wyłącz) ~3 (newsletter|przypomnienia o punktach|powiadomienia o punktach|wiadomosci o punktach|wiadomości o punktach)
  `,
  ru: `
    outneg (больше|впредь) ~2 не (приглашайте|зовите|присылайте приглашения)
    out больше никаких (приглашений|приглашения)
    maybe (и|а) (следующие|остальные|другие) тоже @eoc
    outneg (остальные|другие|остальное) ~2 (тоже|также) не (присылайте|отправляйте|шлите)
    out (отключите|выключите|отпишите) ~3 (рассылку|напоминания о баллах|уведомления о баллах|сообщения о баллах|новостную рассылку)
  `,
  tr: `
    outneg (bir daha|artik|artık) ~3 (davet etmeyin|cagirmayin|çağırmayın|davetiye gondermeyin|davetiye göndermeyin)
    outneg (digerlerini|diğerlerini|gerisini|kalanlari|kalanları) ~2 (de|da) (gondermeyin|göndermeyin|yollamayin|yollamayın|atmayin|atmayın)
    out (puan|bulten|bülten|e bulten|e bülten) ~3 (mesajlarini|mesajlarını|hatirlatmalarini|hatırlatmalarını|bildirimlerini) ~2 (kapatin|kapatın|durdurun|iptal edin)
  `,
  id: `
    outneg (jangan|gak usah|ga usah|nggak usah|tidak usah|gausah) ~2 (undang|ngundang|diundang|kirim undangan) ~4 (lagi|next time|berikutnya|selanjutnya)
    outneg (lain kali|ke depannya|kedepannya|next time|selanjutnya) ~2 (jangan|gak usah|ga usah|nggak usah|tidak usah|gausah) ~2 (undang|diundang|ngundang|diajak|ajak)
    outneg (yang lain|lainnya|promo lainnya|promo lain|sisanya) (juga|jg) (ga usah|gak usah|nggak usah|tidak usah|jangan|gausah)
    outneg (yang lain|lainnya|sisanya) ~2 (juga|jg) (jangan|gak usah|ga usah|nggak usah|tidak usah|gausah) ~2 (dikirim|kirim|dikirimin|kirimin)
    out (matikan|dimatikan|stop|berhentiin) ~3 (newsletter|buletin|pengingat poin|notif poin|pesan poin)
  `,
  ms: `
    outneg (jangan|tak payah|tak perlu) ~2 (jemput|ajak|undang) ~4 (lagi|lepas ni|lain kali)
    outneg (lain kali|lepas ni|lepas ini|akan datang) ~2 (jangan|tak payah|tak perlu) ~2 (jemput|ajak|undang)
    outneg (yang lain|lain lain|selebihnya) ~2 (pun|juga) (jangan|tak payah|tak perlu) ~2 (hantar|kirim|dihantar)
    out (tutup|matikan|hentikan|berhentikan) ~3 (newsletter|buletin|peringatan mata|mesej mata ganjaran|peringatan mata ganjaran)
  `,
  vi: `
    outneg (dung|đừng|khong can|không cần) ~3 (moi|mời) ~4 (nua|nữa|lan sau|lần sau)
    outneg (lan sau|lần sau|sau nay|sau này) ~3 (dung|đừng|khong can|không cần) ~2 (moi|mời)
    outneg (may cai khac|mấy cái khác|cai khac|cái khác|con lai|còn lại) ~2 (cung|cũng) (dung|đừng|khong can|không cần) ~2 (gui|gửi)
    outneg (khong|không) (nhan|nhận) ~2 (@obj|khuyen mai|khuyến mãi|quang cao|quảng cáo|uu dai|ưu đãi)
    out (tin nhan|tin nhắn|thong bao|thông báo) ~3 (diem|điểm|diem thuong|điểm thưởng|tich diem|tích điểm) ~5 (tat|tắt|ngung|ngừng|huy|hủy|huỷ)
  `,
  tl: `
    outneg (huwag|wag|hwag) ~4 (imbitahan|imbitahin|iimbitahan|i invite|invite) ~4 (ulit|na|sa susunod|kahit kailan)
    outneg (huwag|wag|hwag) ~4 (ipadala|padalhan|magpadala|i send|isend) ~3 (yung iba|ang iba|iba pa|iba)
    out (wala nang|wala ng|wala na ang|wala nang mga|wala ng mga) (ads|promo|promos|patalastas|offers|deals|advertisements|advertisement)
    out (paki off|i off|patayin|itigil) ~3 (newsletter|points reminders|points reminder|reminders ng points|points messages)
    out (points reminders|points reminder|newsletter) ~4 (paki off|i off|itigil|ayoko na|hindi ko na kailangan)
    out (hindi ko na kailangan|ayoko na) ~2 (ng|ang|yung|mga) ~2 (newsletter|points reminders|points reminder)
  `,
  hi: `
    outneg (aage se|agli baar se|ab se|future mein) ~3 (invite|bulana|bulaiye|nyota) ~2 (mat|na|nahi) ?(karna|karo|kariye|bhejna|bhejo)
    outneg (mujhe|hame|humein) ~2 (invite|bulana) (mat|na) (karna|karo|kariye) ~3 (aage se|dobara|phir se)
    outneg (baaki|baki|baaki wale|baki wale|baaki wali|bakiya) ~2 (bhi) (mat|na|nahi) (bhejna|bhejo|bhejiye|bhejein|bhejen)
    out (points|point|newsletter|loyalty) ~3 (reminder|reminders|messages|message|msg) ~5 (band kar do|band karo|band kijiye|band kar dijiye|ki zarurat nahi|nahi chahiye)
  `,
  ur: `
    outneg (آئندہ|اگلی بار|آگے سے) ~3 (دعوت|مدعو) ~2 (نہ|مت) (بھیجیں|کریں|دیں)
    outneg (باقی|بقیہ) ~2 (بھی) (نہ|مت) (بھیجیں|بھیجنا|بھیجو)
    out (نیوز لیٹر|پوائنٹس کے پیغامات|پوائنٹس کی یاد دہانی) ~3 (بند کر دیں|بند کریں|بند کرو|نہیں چاہیے)
  `,
  bn: `
    outneg (পরের বার|আর|ভবিষ্যতে) ~4 (দাওয়াত|আমন্ত্রণ|ইনভাইট) ~2 (দেবেন না|করবেন না|পাঠাবেন না)
    outneg (বাকিগুলো|বাকিগুলোও|বাকি|বাকিও) ~2 (পাঠাবেন না|পাঠাও না|দেবেন না)
    out (নিউজলেটার|পয়েন্টের|পয়েন্ট) ~4 (বন্ধ করে দিন|বন্ধ করুন|লাগবে না)
  `,
  ar: `
    outneg (لا|ما) (تدعوني|تعزموني|ترسلوا لي دعوات|ترسلولي دعوات) ~3 (مره ثانيه|مره تانيه|مجددا|بعد اليوم|ابدا)
    out (بلاش|كفايه|لا اريد) (دعوات|الدعوات)
    outneg (لا|ولا|ما) (ترسلوا|ترسلو|تبعتوا) ~2 (الباقي|الباقيه|البقيه|الباقين)
    out (رسائل النقاط|تذكير النقاط|النشره|النشره البريديه) ~4 (اوقفوها|اوقفوا|الغوها|ما احتاجها|لا احتاجها)
  `,
  th: `
    outneg (ไม่ต้อง|อย่า) ~3 (เชิญ|ชวน|ส่งคำเชิญ) ~6 (อีก|ครั้งหน้า|คราวหน้า)
    outneg (ครั้งหน้า|คราวหน้า|ต่อไป) ~6 (ไม่ต้อง|อย่า) ~3 (เชิญ|ชวน)
    outneg (โปรอื่น|อันอื่น|ที่เหลือ) ~3 (ก็|ด้วย) ~2 (ไม่ต้องส่ง|อย่าส่ง)
    outneg (ไม่รับ|ไม่ต้องส่ง) ~4 (โปร|โฆษณา|โปรโมชั่น) ~6 (วอทส์แอป|วอทแอป|whatsapp)
    out (แจ้งเตือนแต้ม|ข้อความแต้ม|จดหมายข่าว|นิวส์เลตเตอร์) ~8 (ปิด|ยกเลิก|ไม่ต้องส่ง)
  `,
  sw: `
    outneg (msinialike|msinikaribishe|usinialike) ~3 (tena|kamwe)
    outneg (zingine|nyingine|zilizobaki) ~2 (pia|nazo) (msitume|msinitumie|usitume)
    out (jarida|vikumbusho vya pointi|ujumbe wa pointi) ~4 (zimeni|lizimeni|sitaki|sihitaji|acheni)
  `,
  zh: `
    outneg (以后|今后|下次) ~6 (别|不要|不用) ~2 (邀请|叫|请)
    out (别|不要|不用) (再|再给我) ~2 (发邀请|邀请我|邀请)
    outneg (后面的|后面|其他的|其它的|别的|以后的|下次的) 也 (不用|不要|别)
    outneg (其他|其它|别的) ~4 (也别|也不要|也不用) ~2 (发|寄|推送)
    out (电子报|积分提醒|积分通知|会员通知|newsletter) ~4 (不要了|不用了|不用发|关掉|取消|别发)
  `,
  ja: `
    out (招待|ご招待|お誘い|招待状) ~8 (不要|いりません|要りません|大丈夫です|結構です|しないで|送らないで)
    out (次の|ほかの|他の) ~2 も (要りません|いりません|不要|結構です)
    outneg (他の|ほかの|他) ~3 (も) ~2 (送らないで|送らなくて|配信しないで)
    out (メルマガ|ポイントのお知らせ|ポイント通知|ポイントのメール|ニュースレター) ~4 (いりません|要りません|不要|止めて|停止|やめて)
  `,
};

/** The round-9a rules of one language. */
export function round9aRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/** "Con eso me basta" (that is all I need): no "enough" of the messages. */
const TRAPS: Partial<Record<Lang, string>> = {
  es: `
    con (eso|esto) ?(me|nos) basta
  `,
  it: `
    basta cosi per
  `,
};

export function round9aTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}

/**
 * Stops told as past requests (`past` signals): "I previously asked you to stop the messages,
 * but I have changed my mind" tells an old stop; the request of today is what follows.
 */
const PAST: Partial<Record<Lang, string[]>> = {
  en: [
    '(previously|once|earlier|formerly) ~2 (asked|requested|told you|said) ~2 (to stop|to unsubscribe|to remove|to be removed)',
  ],
  es: [
    '(anteriormente|antes|una vez) ~2 (pedi|pedí|solicite|solicité) ~3 (dejar de|darme de baja|que pararan|que dejaran)',
  ],
  pt: ['(anteriormente|antes|uma vez) ~2 (pedi|solicitei) ~3 (parar|para parar|cancelar|sair)'],
  fr: [
    '(auparavant|precedemment|précédemment|une fois) ~3 (demande|demandé) ~3 (arreter|arrêter|desinscri*|désinscri*)',
  ],
  de: [
    '(fruher|früher|zuvor|vorher|einmal) ~3 (gebeten|verlangt) ~3 (aufzuhoren|aufzuhören|abzumelden|auszutragen)',
  ],
};

/** The round-9a `past` signals of one language. */
export function round9aPast(lang: Lang): string[] {
  return PAST[lang] ?? [];
}
