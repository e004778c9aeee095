/**
 * Round 18a of issue 18: help questions about what the list does, missed in long messages
 * (batch 52). Each asks about the marketing before any request is made; the help reply says how
 * often the messages come, what stays and how to leave. General language knowledge, to be
 * reviewed by native speakers:
 * - How often the messages come: "How often are you going to send these offers? I work nights",
 *   "Vous envoyez ces messages combien de fois par semaine ?", "aap ye offer wale message hafte
 *   mein kitni baar bhejte ho?", "bao nhiêu lần một tuần", "多久发一次". A frequency word beside a
 *   verb of sending or coming (or a period: a week, a day). "How many times (must I) tell you?"
 *   is the complaint the class rules read as a stop ("kitni baar bolu", "nói bao nhiêu lần
 *   rồi", "mara ngapi nimesema"): it names saying, not sending. Help rules are read and masked
 *   before the stops (phrases.ts), so "kitni baar bhejte ho" no longer reads that stop.
 *   "How often does the bus run?" names neither the messages nor a sending to me.
 * - What replying costs, in the words round 17f lacked: the charge before the reply ("does it cost
 *   me anything if I answer?"), the present "відповідаю" (I reply), "з
 *   рахунку гроші знімаються" (money taken from the account), Indonesian "kepotong" (cut), Portuguese "gasta meu crédito"
 *   (uses up my credit), a comma between the reply and the charge in Swahili, and
 *   Thai "ตอบกลับข้อความนี้ เสียค่าเน็ตไหม" with a space (a break) between the reply and the charge.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const HELP: Partial<Record<Lang, string>> = {
  en: `
    help how often ~3 (you|u|ya|these|this|your|the|they|them|messages|offers|promos|texts) ~4 (send|sending|sent|text|message|get sent)
    help how often ~2 (do|will|are|would) ~2 (messages|offers|promos|texts|deals) ~2 (come|arrive|go out)
    help how often ~2 (will|would|do|am|should) ~1 (i|we) ~2 (get|receive|be getting|hear) ~3 (these|them|this|messages|offers|promos|texts|deals|your|from you)
    help how many ~2 (messages|texts|offers|promos|times) ~4 (a|per|each|every) (week|day|month)
    help (cost|costs|charge|charged|use|eat) ~4 (if|when) (i|we) ~1 (reply|answer|respond|text back)
  `,
  de: `
    help wie (oft|haufig) ~4 (schicken|schickt|senden|sendet|verschicken|verschickt)
    help wie (oft|haufig) ~4 (kommen|kommt|bekomme|erhalte|gibt es) ~4 (nachrichten|angebote|werbung|aktionen|newsletter|sms|mails|die nachrichten|diese)
    help wie viele (nachrichten|angebote|mails|sms) ~4 (pro|im|in der|am|jede|jeden) (woche|monat|tag)
  `,
  fr: `
    help a quelle frequence
    help (envoyez|envoie|envoyer|recevoir|recevrai|recois|arrivent|envoyerez) ~5 combien de fois ~2 (par|dans la|au|a la) ~1 (semaine|mois|jour)
    help combien de (fois|messages|promos) ~3 par (semaine|mois|jour) ~4 (envoy*|recev*|arriv*)
    help tous les combien
  `,
  es: `
    help cada cuanto ~5 (mandan|mandais|envian|enviais|mandareis|enviareis|van a mandar|vais a mandar|van a enviar|vais a enviar|mandar|enviar|manda|envia)
    help cada cuanto ~5 (llegan|recibo|recibire|llegaran) ~4 (mensajes|ofertas|promociones|estos|estas|publicidad)
    help con que frecuencia
    help cuantas veces ~3 (a la|por|al|cada) (semana|mes|dia) ~4 (mandan|mandais|envian|enviais|llegan|van|vais|recibo|recibire)
    help (mandan|mandais|envian|enviais|llegan|mandareis|enviareis) ~4 cuantas veces ~2 (a la|por|al) (semana|mes|dia)
  `,
  it: `
    help ogni quanto ~5 (mandate|inviate|mandano|inviano|mandare|inviare|manderete|invierete|scrivete)
    help ogni quanto ~5 (arrivano|arriveranno|ricevo|ricevero) ~4 (messaggi|offerte|promozioni|queste|pubblicita|notifiche)
    help con (che|quale) frequenza
    help quante volte ~3 (a|al|alla|per|ogni) (settimana|mese|giorno) ~4 (mandate|inviate|arrivano|ricevo|scrivete|manderete|invierete)
  `,
  pt: `
    help (responder|respondo|resposta|responda) ~3 ?@brk ~4 (gasta|gastar|consome|come) ~2 (credito|saldo|dados|internet|pacote)
    help com que frequencia
    help de quanto em quanto tempo
    help quantas vezes ~3 (por|na|no|ao|a|cada) (semana|mes|dia) ~4 (mandam|enviam|chegam|vou receber|recebo|vao mandar|vao enviar|mandar|enviar)
    help (mandam|enviam|chegam|vao mandar|vao enviar) ~4 quantas vezes ~2 (por|na|no|ao|a) (semana|mes|dia)
  `,
  nl: `
    help hoe vaak ~4 (sturen|stuurt|versturen|verstuurt|verstuurd|gestuurd)
    help hoe vaak ~4 (krijg|ontvang|komen|komt) ~4 (berichten|aanbiedingen|reclame|deze|acties|nieuwsbrief)
    help hoeveel (berichten|keer|aanbiedingen) ~3 (per|in de|elke) (week|maand|dag)
  `,
  pl: `
    help jak czesto ~4 (wysylac|wysylacie|wysylaja|przysylacie|bedziecie)
    help jak czesto ~4 (przychodza|przychodzic|dostawac|dostaje|bede dostawac|beda) ~4 (wiadomosci|promocje|oferty|reklamy|te|sms)
    help ile (razy|wiadomosci) ~3 (w|na) (tygodniu|miesiacu|dzien|tydzien|miesiac) ~4 (wysylacie|wysylac|przychodza|przysylacie|bedziecie|beda|dostaje)
  `,
  ru: `
    help как часто ~4 (присылать|присылаете|присылают|отправлять|отправляете|будете|рассылаете|шлете)
    help как часто ~4 (будут|приходят|приходить) ~4 (сообщения|акции|рассылки|рассылка|эти|реклама|предложения)
    help сколько (раз|сообщении) ~3 (в|за) (неделю|месяц|день) ~4 (присылаете|отправляете|будете|будут|приходят|шлете|рассылаете)
  `,
  uk: `
    help як часто ~4 (надсилати|надсилаєте|надсилатимете|надсилатимуть|будете|присилаєте|розсилаєте)
    help як часто ~4 (будуть|приходять|приходитимуть) ~4 (повідомлення|акції|розсилки|ці|реклама|пропозиції)
    help скільки (разів|повідомлень) ~3 (на|в|за) (тиждень|місяць|день) ~4 (надсилаєте|надсилатимете|будете|будуть|приходять|приходитимуть|розсилаєте)
    help (відповідаю|відповідатиму|відповісти|відповідь|відповім) ~4 ?@brk ~4 (з рахунку|з балансу) ~3 (знімаються|знімуть|знімають|списуються|спишуть)
  `,
  tr: `
    help ne (siklikla|sik|kadar sik) ~4 (gonder*|yolla*|atiyor*|atacak*)
    help (mesaj*|kampanya*|reklam*|bunlar) ~4 ne (siklikla|sik|kadar sik) ~2 (gelecek|geliyor|gelir)
    help (haftada|gunde|ayda) kac (kez|kere|defa|mesaj) ~4 (gonder*|yolla*|gelecek|geliyor|gelir|atiyor*|atacak*)
  `,
  id: `
    help seberapa sering
    help (berapa kali|brp kali) ~2 (seminggu|sehari|sebulan|per minggu|per hari|per bulan|dalam seminggu|sminggu)
    help (balas|bales|membalas|reply) ~3 ?@brk ~4 (kepotong|terpotong|kena pulsa)
  `,
  ms: `
    help berapa kerap
    help (berapa kali|brp kali) ~2 (seminggu|sehari|sebulan|sebulan|per minggu|setiap minggu|dalam seminggu)
  `,
  vi: `
    help (bao lau|bao lâu) ~2 (mot lan|1 lan)
    help (bao nhieu lan|may lan|mấy lần) ~2 (mot tuan|1 tuan|moi tuan|mot thang|1 thang|moi thang|mot ngay|1 ngay|moi ngay|trong tuan)
    help (mot tuan|1 tuan|moi tuan|mot thang|moi thang|mot ngay|moi ngay) ~2 (gui|gửi|nhan|nhắn) ~2 (bao nhieu lan|may lan|mấy lần)
  `,
  tl: `
    help gaano ~2 kadalas
    help ilang beses ~3 (isang linggo|kada linggo|sa isang linggo|linggo linggo|araw araw|isang buwan|kada araw)
  `,
  sw: `
    help (nikijibu|kujibu|nikiwajibu|nikituma) ~3 ?@brk ~4 (nitakatwa|gharama|kulipa|pesa|salio|kukatwa)
    help (mtatuma|mnatuma|mtaniletea|mnaniletea|mnanitumia|mtanitumia|tutapata|nitapata|yatakuja|yanakuja|zitakuja|zinakuja) ~5 mara ngapi
    help mara ngapi ~3 (kwa wiki|kwa wiki moja|kwa mwezi|kwa siku|kwa juma)
  `,
  hi: `
    help (hafte|hafta|mahine|roz|din|हफ्ते|महीने|दिन) (mein|me|main|mai|में) ~2 (kitni baar|kitni bar|kitni dafa|kitne message|kitne msg|कितनी बार|कितने मैसेज)
    help (kitni baar|kitni bar|कितनी बार) ~4 (bhejte|bhejoge|bhejenge|bhejte ho|aate|aayenge|aaenge|भेजते|भेजोगे|भेजेंगे|आते|आएंगे)
    help kitne din (mein|me|main) ~3 (bhejte|bhejoge|bhejenge|aate|aayenge|aaenge)
  `,
  ur: `
    help (hafte|mahine|roz|din|ہفتے|مہینے|دن) (mein|me|main|میں) ~2 (kitni baar|kitni dafa|kitne message|کتنی بار|کتنی دفعہ)
    help (kitni baar|kitni dafa|کتنی بار|کتنی دفعہ) ~4 (bhejte|bhejenge|bhejo ge|bhejoge|aate|aayenge|بھیجتے|بھیجیں گے|آتے|آئیں گے)
  `,
  bn: `
    help (সপ্তাহে|মাসে|দিনে|প্রতিদিন|সপ্তাহে কয়) ~2 (কতবার|কত বার|কয়বার|কয়টা) ~3 (পাঠান|পাঠাবেন|পাঠাও|আসবে|আসে|দেন|দেবেন)
    help (কতবার|কত বার|কয়বার) ~3 (পাঠান|পাঠাবেন|পাঠাও|আসবে|আসে)
    help (কত দিন পরপর|কতদিন পরপর|কত ঘন ঘন)
  `,
  ar: `
    help (كم مرة|كم مره|كل قديش|قديش|كم رسالة) ~4 (ترسلون|ترسلوا|تبعتون|تبعتوا|بترسلوا|راح ترسلون|توصل|يوصل|بتبعتوا|في الاسبوع|في الأسبوع|بالاسبوع|في الشهر|في اليوم)
  `,
  th: `
    help บ่อยแค่ไหน
    help บ่อยขนาดไหน
    help (สัปดาห์ละ|อาทิตย์ละ|เดือนละ|วันละ) ~2 (กี่ครั้ง|กี่รอบ)
    help (กี่ครั้ง|กี่รอบ) ~2 (ต่อสัปดาห์|ต่ออาทิตย์|ต่อเดือน|ต่อวัน)
    help ตอบกลับ ~20 ?@brk ~20 (เสียเงิน|เสียค่า|คิดเงิน|คิดค่า|เสียตังค์)
  `,
  zh: `
    help 多久 ~3 (发|發|推送|来|來) ~1 (一次|一回)
    help (一周|一个月|每周|每天|一天|每个月|一星期|一個月|每週) ~4 (发|發|推送|来) ~2 (几次|多少次|幾次)
    help (发送|推送|发|發) ~4 (频率|頻率)
  `,
  ja: `
    help (どのくらい|どれくらい|どの位) ~2 (頻度|のペース|ペース)
    help (週|月|一日|1日|週に|月に) ~2 何回 ~6 (届|送|配信|来)
    help (配信|送信|届く) ~4 (頻度|ペース)
  `,
};

export function round18aRules(lang: Lang): ReturnType<typeof rules> {
  return rules(HELP[lang] ?? '');
}
