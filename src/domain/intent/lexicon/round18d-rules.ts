/**
 * Round 18d of issue 18: stops missed in long or casual messages (batches 49, 51 and 52: a
 * prelude about the offer or one's day, a voice note dictated at a red light, an errand told
 * first). Read alone, most of these requests were read only by the model, whose reading the
 * whole message then set aside (a laugh in the prelude, an invoice paid, a past moment told):
 * each rule is the request in a form the lexicons missed, so that the rules read it wherever it
 * stands:
 * - wanting off the list, or to leave the promos ("I want off the list please", "I'd like to
 *   leave the WhatsApp promos", "quero sair das promoções", "gusto ko nang umalis sa promos",
 *   "Nataka kujitoa kwenye jarida"): said of the list or the marketing only, so that "I want to
 *   leave early" stays none;
 * - Spain's vosotros imperatives ("me dais de baja", "dadme de baja porfa", "sacadme de la
 *   lista"), European Portuguese's clitic "ma/mas" in a courteous wish ("agradecia que
 *   deixassem de ma enviar"), Dutch "van de lijst afhalen", Egyptian "توقفوا تبعتوها" and Arabizi
 *   "shelony mn el list" (remove me from the list);
 * - the promotions named, then what may be cut ("Já as promoções às 6 da manhã não, essas pode
 *   cortar"), the promotional messages cancelled in Chinese ("活动消息取消掉吧");
 * - a Polish request without a verb of its own, said of the offers ("proszę mi już nie przysyłać
 *   tych ofert", not "proszę nie przysyłać jutro fachowca": the repairman; "Nie chce
 *   dostawac info o wyprzedazach", written without diacritics, which folding reads alike) and
 *   German "ich will hier nichts mehr bekommen";
 * - no need of the vouchers or promo codes (Indonesian "ga butuh voucher", Russian "не надо мне
 *   промокодов"): likely, as "not interested" is;
 * - my number removed, in Devanagari and Urdu script ("मेरा नंबर हटाइए"), as already in Latin;
 * - a threat on the next message ("agar phir se message aaya to consumer court jaunga", "ще раз
 *   напишете — заблокую і подам скаргу"): likely, the condition is the stop.
 * General language knowledge, to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    out (i|we) ?(just) (want|wanna|d like|would like|need) ?to ?(be|get) off (the|your|this|ur|that|these|those|ya) ?(@list|list|lists|mailing list|whatsapp list|promo list|texts|promos|messages)
    out (i|we) ?(d|would) (like|want|wanna) to (leave|quit|exit|get out of) ~3 (promo*|offers|deals|marketing|newsletter*|list|lists|mailing list|ads|broadcast*|whatsapp list)
  `,
  es: `
    out (dadme|dadnos|me dais|nos dais|me deis|nos deis|me dieseis) de baja
    out (sacadme|quitadme|borradme|eliminadme|sacadnos|quitadnos|borradnos) ?(de|del) ~3
  `,
  pt: `
    out (quero|queria|gostaria de|preciso|desejo) sair (da|das|do|dos|dessa|desta|dessas|destas) ~2 (promo*|ofertas|lista|listas|newsletter|mensagens|propaganda*|marketing|divulgacao|divulgacoes|anuncios)
    polite (agradecia|agradeceria|gostaria|peco|pedia) que (deixassem|deixasse|deixem|parassem|parasse|parem) de ?(me|ma|mas|mo|mos|nos|lhe) (enviar|mandar)
    outneg (promo*|ofertas|propagandas|anuncios|newsletter*) ~6 @brk (essas|esses|essa|esse|isso|elas|eles) (pode|podem|podes) (cortar|tirar|parar|cancelar)
  `,
  fr: `
    out (stoppez|arretez|cessez|stoppe|arrete) (la|les|vos|votre|ta|tes) (pub|pubs|publicite|publicites|promo|promos|pubs whatsapp)
  `,
  nl: `
    out me (van|uit) (de|die|deze|jullie|jouw|uw|het|dat) ~1 (lijst|mailinglijst|verzendlijst|bestand|nieuwsbrief) (afhalen|afhaalt|halen|verwijderen|schrappen)
  `,
  ar: `
    out (shilni|shelni|sheelni|shiloni|shilony|shelony|sheloni|shelouni|shilouni|sheelony|sheelouni|tal3ni|tal3oni|tal3ony|2mse7ni|emsa7ni|ems7ni) ?(mn|men|min|mel|mil|from) ~2 (list|lista|el list|group|grob|2ayma|qaima|qayma|ga2ma|el 2ayma)
    out ?(ممكن|لو سمحتوا|ياريت|من فضلكم) (توقفوا|وقفوا|بطلوا|تبطلوا|توقفو) (تبعتوها|تبعتوا|تبعتولي|تبعتوهم|ترسلوها|ترسلوا|ترسلولي|ترسلوهم|بعت|ارسال|الارسال)
  `,
  tl: `
    out gusto ?(ko|kong|ko na|ko nang) ?(nang|na|ng) (umalis|mag unsubscribe|matanggal|lumabas) sa ?(mga) (promo*|listahan|list|offers|anunsyo|newsletter|marketing|broadcast)
    out gusto ?(ko|kong) ?(nang|na|ng) (tumigil|itigil|ihinto|huminto|matigil) ~2 (promo*|anunsyo|offers|mensahe|messages|patalastas)
  `,
  sw: `
    out (niunsubscribe|niunsub|niansubscribe|mniunsubscribe|niunsubscribeni)
    out (nataka|ninataka|naomba|tafadhali) ~1 (kujitoa|kujiondoa|kutolewa) (kwenye|katika|kutoka) ~3 (jarida|orodha|list|ofa|matangazo|promo*|ujumbe)
  `,
  zh: `
    out (活动|优惠|促销|推广|营销|广告|配套) ?(消息|信息|通知|短信|推送) 取消 ?(掉|了) ?(吧|啊|了)
  `,
  pl: `
    outneg (prosze|uprzejmie prosze) ?(mi|nam) ?(juz) nie (przysylac|wysylac|przesylac|slac|dosylac) ~3 (@obj|ofert*|promocj*|reklam*|newsletter*|wiadomosci|smsow)
    outneg (prosze|uprzejmie prosze) ?(mi|nam) juz nie (przysylac|wysylac|przesylac|slac|dosylac) (@eoc|wiecej|nic)
    outneg nie (chce|chcemy) ?(juz) (dostawac|otrzymywac|dostac) ~2 (info|informacji|wiadomosci|ofert|promocji|newslettera|smsow|reklam|powiadomien|maili)
  `,
  de: `
    outneg (ich|wir) (will|wollen|mochte|mochten) ?(hier|von euch|von ihnen|von dir) nichts mehr (bekommen|erhalten|kriegen|zugeschickt bekommen)
  `,
  id: `
    maybeneg (ga|gak|nggak|ngga|enggak|tidak|gk|tdk|ndak) (butuh|perlu) ?(lagi) (voucher|promo*|diskon|kupon|info promo|penawaran|iklan)
  `,
  ru: `
    maybeneg не (надо|нужно|нужны) ?(мне|нам) ?(больше|уже) (промокодов|промокоды|акций|акции|рассылки|скидок|рекламы|предложений)
    maybe (еще|ещё) (раз|одно сообщение|одна рассылка) ~3 (напишете|пришлете|придет|придёт|напишите) ~3 (заблокирую|жалобу|пожалуюсь|в суд|в полицию)
  `,
  uk: `
    maybeneg не (треба|потрібно|потрібні) ?(мені|нам) ?(більше|вже) (промокодів|промокоди|акцій|розсилки|знижок|реклами|пропозицій)
    maybe ще (раз|одне повідомлення|одна розсилка) ~3 (напишете|надішлете|прийде|надішлите) ~3 (заблокую|скаргу|поскаржуся|до суду|в поліцію)
  `,
  hi: `
    out (मेरा|मेरे) (नंबर|नम्बर) ?(को) (हटाइए|हटाइये|हटा दीजिए|हटा दो|हटाओ|हटा दें|डिलीट कीजिए|डिलीट कर दो|डिलीट करें|निकाल दीजिए|निकाल दो)
    maybe (agar|agr|अगर) (phir|fir|dobara|dubara|ek aur|phir se|fir se|फिर|दोबारा) ~3 (message|msg|promo|sms|मैसेज|मेसेज) (aaya|aya|aayi|aaye|bheja|आया) ~3 (complaint|shikayat|consumer court|consumer forum|police|block|शिकायत|कंज्यूमर कोर्ट)
  `,
  ur: `
    out (میرا|مرا) نمبر (ہٹائیں|ہٹا دیں|ہٹا دو|ہٹاؤ|ڈیلیٹ کریں|ڈیلیٹ کر دیں|نکال دیں)
  `,
  bn: `
    out (প্রমো|অফার|মেসেজ|বিজ্ঞাপন|promo|offer|message) ?(পাঠানো|pathano) (থামান|থামাও|বন্ধ করুন|বন্ধ করো|thaman|thamao|bondho korun|bondho koro)
  `,
};

export function round18dRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}
