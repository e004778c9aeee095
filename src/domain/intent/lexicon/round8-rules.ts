/**
 * Round 8 of issue 18, by CLASS in every language where it occurs (general language
 * knowledge, to be reviewed by native speakers):
 * - keep (a `keep` rule: an opt-in that sets aside any stop it overlaps, classify.ts):
 *   an opt-in that sounds negative. A negated "miss" with the marketing named ("I don't want
 *   to miss your offers", "no quiero perderme ninguna oferta", "ich will keine Angebote mehr
 *   verpassen", "不想错过任何优惠") and a negated stop verb before sending or the marketing,
 *   in its imperative (at the start of its clause where the indicative is written the same:
 *   "you never stop sending me promos", "vous n'arrêtez pas de m'envoyer des pubs", "ihr hört
 *   nicht auf" are complaints, not requests; Portuguese "não para de mandar" is one too)
 *   ("don't stop sending me the deals", "no me dejen de mandar promos", "не переставайте
 *   присылать скидки") ask for the marketing. Never a stop: "keine Angebote mehr" and
 *   "gak mau … promo" inside them read as stops before. Without the marketing named ("I don't
 *   want to miss my delivery") nothing changes; "why don't you stop sending" is no keep (the
 *   negator is followed by "you", so the stop verb does not follow it at once);
 * - without: "بدون عروض" (no offers) after "only the order updates", and the terse "promos
 *   no, invoices yes" ("promo's nee, facturen ja", "优惠不要，账单要", "kampanya yok, fatura var"):
 *   the marketing named and refused at the end of its clause is a partial stop, asked about
 *   (`likely`);
 * - help without an opt-out word: "where are the notification settings / where do I change my
 *   preferences?", and a plea for help standing alone before the problem ("ayuda, no puedo
 *   entrar a mi cuenta", "pomocy, nie mogę się zalogować"): a help answer (it offers the way out
 *   and a person);
 * - "did my unsubscription go through?" in words no earlier status rule knew ("meu descadastro
 *   deu certo?", "配信停止できてますか", "Hủy đăng ký của tôi xong chưa?"): a status question;
 * - romanised and Ukrainian stops: Russian in Latin letters ("hvatit mne pisat", "otpishite
 *   menya"), Ukrainian ("відпишіть мене", "більше не пишіть", "припиніть надсилати"), pinyin
 *   ("tuiding", "qing ba wo yichu"), Tagalog "itigil … ang pag-text". Ukrainian sits in the
 *   Russian lexicon (Cyrillic; the language reported is Russian: replies are not localised
 *   to Ukrainian yet).
 */
import type { Lang } from '../types';
import { rules } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    help where ~4 (settings|preferences|notification settings)
    help (where|how) ~4 (change|manage|edit|update) ~3 (preferences|notification*|settings)
    help @bos (help|help me|pls help|please help|help pls) @eoc
    maybeneg @bos (@obj|promos|ads) (no|nope) @eoc
    keep (dont|do not|never|wont|cant|cannot) ?(ever|even) (want|wanna|wish) ?to miss ~4 (@obj|deals|offers|sales|promos|discounts|coupons|drops)
    keep @bos ?(please|pls|plz|and|just|oh|so|but) (dont|do not|never) ?(ever|even|ever ever) (stop|quit) ~1 (sending|texting|messaging|the|your|those|these) ~3 (@obj|deals|offers|sales|promos|discounts|coupons)
    keep (dont|do not) (want|wanna) (you|u) to (stop|quit) ~4 (@obj|deals|offers|sales|promos|discounts|coupons)
  `,
  es: `
    status (mi baja|la baja|darme de baja) ~3 (funciono|se hizo|quedo|esta hecha)
    help (donde|como) ~4 (preferencias|ajustes|configuracion|notificaciones)
    help @bos (ayuda|ayudenme|ayudame|socorro) @eoc
    maybeneg @bos (@obj|promos|publicidad) no @eoc
    keep no (quiero|quisiera|queremos) (perderme|perder|perdernos) ~3 (@obj|oferta*|promo*|descuento*|rebaja*|novedad*|cupon*)
    keep (no|nunca|jamas) ?me ?nos (dejen|dejes|paren|pares|dejeis) ?(nunca|jamas|nunca jamas) de ?me (mandar|enviar|mandarme|enviarme|escribirme|pasar|pasarme|mandarnos) ~3 (@obj|oferta*|promo*|descuento*|cupon*|rebaja*)
    keep no (quiero|quisiera) que (dejen|dejes|paren) de (mandar|enviar|mandarme|enviarme) ~3 (@obj|ofertas|promos|descuentos)
  `,
  pt: `
    status (descadastro|cancelamento|desinscricao) ~2 (deu certo|funcionou|foi feito)
    help (onde|como) ~4 (preferencias|configurac*|notificac*|ajustes)
    help @bos (ajuda|me ajuda|socorro|ajudem) @eoc
    help (alguem|alguém) ~1 (me ajuda|ajuda) @eoc
    maybeneg @bos (@obj|promos|promocao|propaganda) nao @eoc
    keep (nao|nunca) (quero|queria|quer) (perder|perde) ~3 (@obj|oferta*|promo*|desconto*|novidade*|cupo*)
    keep (nao|nunca) (parem|pare|deixem|deixe) ?nunca de ?me (mandar|enviar|mandarem|enviarem) ~3 (@obj|oferta*|promo*|desconto*|cupo*)
    keep (nao|nunca) (quero|queria) que (parem|deixem) de ?me (mandar|enviar) ~3 (@obj|ofertas|promos|promocoes|descontos)
  `,
  fr: `
    status (desinscription|desabonnement) ~3 (a marche|a fonctionne|est faite|est prise en compte)
    help (ou|comment) ~4 (preferences|parametres|reglages|notifs|notifications)
    help @bos (aide|aidez moi|au secours) @eoc
    maybeneg @bos (@obj|promos|pub) non @eoc
    keep ne (veux|voudrais|veut|voulons) ?(pas|rien|plus|surtout pas) (rater|manquer|louper|perdre) ~3 (@obj|offre*|promo*|soldes|bons plans|reduction*|code*)
    keep @bos ?(svp|stp|surtout|et|mais) ?n (arretez|arrete|cessez|stoppez) (pas|jamais) de ?m ?(vous) (envoyer|ecrire|mandar|transmettre) ~3 (@obj|offres|promos|bons plans)
  `,
  de: `
    status (abmeldung|kundigung) ~3 (geklappt|funktioniert|durch|erledigt)
    help (wo|wie) ~5 (einstellungen|benachrichtigungen|praferenzen|praeferenzen)
    help @bos (hilfe|helft mir|hilfe bitte) @eoc
    maybeneg @bos (@obj|werbung|angebote) nein @eoc
    keep (keine|kein|keinen|keinerlei) ?(eurer|ihrer|der) ~1 (@obj|angebote|angebot|aktion|aktionen|rabatte|rabatt|deals|deal|sale) ?mehr (verpassen|verpasse|versaumen)
    keep @bos ?(bitte|und|aber) (hort|hoert|horen sie) (nicht|bloss nicht|ja nicht|bitte nicht|niemals) auf ~2 (@obj|angebote|aktionen|rabatte|deals)
    keep ?(bitte|bloss|ja) (nicht|niemals|nie) (aufhoren|aufhoeren) mit ?(den|eurer|euren|der|dem|diesen) (@obj|angebote|aktionen|rabatte|deals|newsletter)
  `,
  it: `
    help (dove|come) ~4 (preferenze|impostazioni|notifiche)
    help @bos (aiuto|aiutatemi|aiutami) @eoc
    maybeneg @bos (@obj|promo|pubblicita) no @eoc
    keep non (voglio|vorrei|vogliamo) (perdermi|perdere|perdermene|perdermi mai) ~3 (@obj|offert*|promo*|scont*|saldi|coupon)
    keep (non|mai) (smettete|smettere|smetti|smettetela|fermate|interrompete) di (mandarmi|inviarmi|mandare|inviare|mandarci|scrivermi) ~3 (@obj|offerte|promo|promozioni|sconti)
  `,
  nl: `
    help (waar|hoe) ~4 (voorkeuren|instellingen|meldingen|notificaties)
    help @bos (help|hulp|help me) @eoc
    maybeneg @bos (@obj|promo s|promos|reclame) (nee|niet) @eoc
    keep (geen|niet|nooit) ~1 (@obj|aanbieding|aanbiedingen|actie|acties|deal|deals|korting|kortingen) ~1 ?meer (missen|mislopen)
    keep @bos ?(alsjeblieft|aub|maar|en) stop (niet|nooit) met ~4 (@obj|aanbieding|aanbiedingen|acties|deals|korting)
    keep @bos ?(alsjeblieft|aub|graag|maar|en) (niet|nooit) (stoppen|ophouden) met ?(het|de|die|deze|jullie) (sturen|versturen|@obj|aanbieding|aanbiedingen|acties|deals|korting)
  `,
  pl: `
    help (gdzie|jak) ~4 (ustawienia|preferencje|powiadomien*)
    help @bos (pomocy|pomoz|pomozcie) @eoc
    maybeneg @bos (@obj|promki|reklamy|promocje) nie @eoc
    keep nie (chce|chcialbym|chcialabym|chcemy) (przegapic|przegapiac|stracic|przeoczyc|ominac) ~3 (@obj|promocji|promocje|ofert|oferty|rabatow|okazji)
    keep nie (przestawajcie|przestawaj|przestancie|przestan|przestawajcie mi) (wysylac|przysylac|slac|pisac) ~2 (@obj|ofert|oferty|promocji|promocje|rabatow)
  `,
  ru: `
    help (где|как|gde|kak) ~4 (настроики|уведомлени*|nastrojki|nastroiki|uvedomlen*)
    help (kak|как) (otklyuchit|otpisatsya|отключить|отписаться) ~3
    help @bos (помогите|pomogite|помощь) @eoc
    help (живои|живого|zhivoj) (оператор|оператора|operator)
    maybeneg @bos (@obj|реклама|рекламу|акции) нет @eoc
    keep не (хочу|хотелось бы|хочется|хотим) (пропустить|пропускать|упустить|упускать) ~3 (@obj|акции|акций|скидки|скидок|предложения|предложений|распродажи)
    keep не (переставаите|прекращаите|останавливаитесь|бросаите|переставаи|прекращаи) (присылать|отправлять|слать|писать|рассылать|присылать мне|слать мне) ~2 (@obj|акции|скидки|предложения|распродажи)
    keep не (хочу|надо) чтобы ?вы перестали (присылать|отправлять|слать) ~2 (@obj|акции|скидки)
    out (hvatit|khvatit|xvatit|hvatet|khvatet) ?(mne|nam) (pisat|slat|prisylat|spamit|otpravlyat|zvonit|rassylat|pisat mne)
    out (otpishite|otpishi|otpisat|otpisatsya|otpishte) ~2
    outneg (bolshe ne|ne) (pishite|pishi|prisylaite|prisylayte|shlite|otpravlyaite|otpravlyayte|zvonite|bespokoite) ~3
    out (perestante|prekratite) (pisat|slat|prisylat|otpravlyat|rassylku|spamit)
    out (vidpyshit|vidpishit|vidpyshy) ~2
    out відпишіть ~3
    out (відписатися|відписати|відпишіть мене|відпишіть нас)
    outneg (більше не|не) (пишіть|надсилаите|шліть|присилаите|турбуите|телефонуите|надсилаите мені|пишіть мені) ~3
    out (припиніть|перестаньте|досить|вистачить|годі) ~2 (надсилати|писати|слати|спамити|дзвонити|розсилку|розсилки|@obj)
    out (видаліть|приберіть|вилучіть) (мене|мій номер|номер) ~2 (розсилки|списку)
  `,
  tr: `
    help (nerede|nasil|nereden) ~3 (ayar*|bildirim*)
    help (bildirim*|ayar*) ~3 (nerede|nereden|nasil)
    help @bos (yardim|yardim edin|imdat) @eoc
    maybeneg @bos (@obj|kampanya|reklam|kampanyalar) (yok|hayir|istemem) @eoc
    keep (hicbir|hic bir) ~2 (kacirmak|kacirmayi) (istemiyorum|istemem|istemeyiz)
    keep (@obj|kampanya*|indirim*|firsat*) ~2 (kacirmak|kacirmayi) (istemiyorum|istemem|istemeyiz)
    keep (gondermeyi|yollamayi|atmayi|gondermeye) (birakmayin|birakma|kesmeyin|kesme|durdurmayin|birakmayiniz)
  `,
  id: `
    help (dimana|di mana|gimana|cara|bagaimana) ~4 (notifikasi|pengaturan|setting*)
    help (notifikasi|pengaturan|setting*) ~3 (dimana|di mana)
    help @bos (tolong bantu|bantu|bantuin) @eoc
    help (min|kak) (tolong bantu|bantu) @eoc
    maybeneg @bos (@obj|promo) (nggak|gak|ga|tidak|no|engga) @eoc
    keep (gak|ga|nggak|ngga|engga|enggak|tidak|tak|ndak|gk) ~1 (mau|ingin|pengen|pingin|mo) (ketinggalan|kelewatan|ketinggal|melewatkan|kelewat|miss) ~3 (@obj|promo*|diskon|info|sale)
    keep (jangan|jgn) ~1 (berhenti|stop|setop|brenti) ~1 (kirim|kirimin|ngirim|mengirim|kasih|ngirimin|send) ~3 (@obj|promo*|diskon|info|sale)
  `,
  ms: `
    help (setting*|tetapan|notifikasi) ~3 (kat mana|di mana|dimana)
    help (kat mana|di mana|macam mana) ~4 (setting*|tetapan|notifikasi)
    help @bos (tolong bantu|bantu) @eoc
    maybeneg @bos (@obj|promo|promosi) (tak|tidak|no|tak nak) @eoc
    keep (tak|tidak|x|taknak) ~1 (nak|mahu|ingin|mau) (terlepas|ketinggalan|missed|miss|terlepas pandang) ~3 (@obj|promo*|tawaran|diskaun|sale)
    keep taknak (terlepas|ketinggalan|miss) ~3 (@obj|promo*|tawaran|diskaun|sale)
    keep jangan ~1 (berhenti|stop) ~1 (hantar|menghantar|kirim|send) ~3 (@obj|promo*|tawaran|diskaun|sale|deal|deals)
  `,
  tl: `
    status (natuloy|tumuloy|gumana|pumasok) ba ~2 (unsubscribe|pag unsubscribe|pag unsub)
    help (saan|san|pano|paano) ~4 (settings|setting|notif*|preferences)
    help @bos (help po|tulong|tulong po|pa help) @eoc
    maybeneg @bos (@obj|promo|promos) (hindi|ayoko|wag) @eoc
    keep (ayoko|ayaw ko|ayaw kong|ayaw namin) ~1 (ma miss|mamiss|malampasan|makaligtaan|miss) ~3 (@obj|promo*|sale|deals|discount*)
    keep (wag|huwag|hwag) ~2 (itigil|tigilan|ihinto|i stop|istop|tumigil) ~4 (@obj|promo*|sale|deals|discount*)
    out (itigil|tigilan|ihinto) ~2 ?(na|po|na po) ~1 ang ~1 (pag text|pagtext|pag send|pagsend|pagpapadala|pag message) ~3
  `,
  vi: `
    status (minh|toi|em|tui) (co|con) (dang|con|van) (nhan|dang ky nhan|dang ky) ~1 (@obj|tin|khuyen mai|uu dai|quang cao) ~3 (khong|ko|k) @eoc
    status (huy|huy dang ky|dung nhan tin|huy nhan tin) ~4 (xong chua|duoc chua|thanh cong chua)
    help (cai dat|thong bao|tuy chon) ~4 (o dau|cho nao|the nao)
    help @bos (giup voi|giup minh|cuu) @eoc
    maybeneg @bos (@obj|khuyen mai|quang cao) (ko|khong|k) @eoc
    keep (khong|ko|k|hong|chang) (muon|mun) (bo lo|bo qua|lo) ~3 (@obj|khuyen mai|uu dai|sale|giam gia)
    keep (dung|dug) (ngung|ngung lai) (gui|nhan) ~3 (@obj|khuyen mai|uu dai|sale|giam gia|deal|voucher|ma giam gia)
  `,
  th: `
    help (ตั้งค่า|การแจ้งเตือน) ~12 (ตรงไหน|ที่ไหน|ยังไง)
    help @bos ช่วยด้วย
    maybeneg @bos (@obj|โปร) ไม่เอา
    keep ไม่อยากพลาด ~8 (@obj|โปร|ส่วนลด|ข่าวสาร|ดีล)
    keep อย่า ~2 (หยุดส่ง|เลิกส่ง) ~8 (@obj|โปร|ส่วนลด|ข่าวสาร)
  `,
  zh: `
    help (通知设置|设置) ~4 (在哪|哪里|怎么)
    help @bos (帮忙|帮帮我|救命) @eoc
    maybeneg @bos (@obj|优惠|广告) (不要|不用|不需要) @eoc
    keep (不想|不愿|不要|可不想) (错过|漏掉|错失) ~4 (@obj|优惠|活动|促销|折扣)
    keep (别|不要|千万别|千万不要) (停|停止|停发|断) ~4 (@obj|优惠|活动|促销|折扣)
    out (tuiding|tui ding|quxiao dingyue|qu xiao ding yue)
    out qing ba wo ~1 (yichu|shanchu|tichu|yi chu|shan chu)
    outneg (bie|buyao|bu yao|bie zai) ~1 (fa|gei wo fa|da dianhua) ~2 (le|guanggao|xiaoxi|duanxin) @eoc
  `,
  ja: `
    status (配信停止|解除|登録解除) ~4 (できてますか|できていますか|されてますか|されましたか|できましたか)
    help (設定|配信設定|通知設定) ~8 (どこ|どうやって)
    help (助けて|たすけて) @eoc
    maybeneg @bos (@obj|広告|セール) (いらない|不要|いりません) @eoc
    keep (@obj|セール|クーポン|情報|お知らせ|キャンペーン) ~6 (見逃したくない|見逃したくありません|逃したくない|見逃さないように)
    keep (@obj|セール|クーポン|お知らせ|キャンペーン) ~4 (止めないで|停止しないで|やめないで|止めずに)
  `,
  ar: `
    help (وين|فين|كيف|ezay|keef|wein|fen) ~4 (الاعدادات|settings|اعدادات)
    help @bos (ساعدوني|مساعده|الحقوني) @eoc
    maybeneg @bos (@obj|عروض|العروض|اعلانات) لا @eoc
    keep (ما|مش|لا) ~1 (بدي|ابغى|ابي|اريد|عايز|عاوز|حابب|ودي) ~1 (تفوتني|يفوتني|افوت|اضيع) ~3 (@obj|عروض*|العروض|تخفيضات|خصومات)
    keep لا (توقفوا|توقف|تقطعوا|تبطلوا|توقفون|توقفو) ~2 (ارسال|ترسلوا|بعث|تبعتوا|@obj|العروض|عروض*)
    maybe (بدون|بلا|من غير|مش عايز|ما بدي) (عروض|اعلانات|العروض|الاعلانات|تسويق|رسائل ترويجية) @eoc
  `,
  hi: `
    status (सदस्यता|subscription|unsubscribe) ~3 (रद्द|cancel|band) ~1 (हुई|हुआ|hua|hui|ho gaya|ho gayi) ~1 (या नही|ya nahi|kya)
    status confirm (karo|karein|kar do|kijiye) ~1 (ki|k) ~4 (nahi|band) (aayenge|ayenge|aaenge|honge)
    help (settings|notification*|सेटिंग*) ~3 (kahan|kaha|कहा)
    help (madad|मदद) (karein|karo|kijiye|करें|करो|कीजिए) @eoc
    maybeneg @bos (@obj|offer|offers|promotion|ऑफर|ओफर) (nahi|nahin|नही|नहीं) @eoc
    keep (@obj|offer|offers|deal|deals|sale|discount|ओफर|ऑफर|डील|सेल|डिस्काउंट) ~2 (miss|मिस) (nahi|nhi|na|नही|न) (karna|krna|karni|करना|करनी) ~1 (chahta|chahti|chahte|चाहता|चाहती|चाहते)
    keep (bhejna|bhejte|bhejne|भेजना|भेजते) ~1 (band|बंद) (mat|na|मत|न) (karna|karo|karein|karen|kijiye|करना|करो|करें|कीजिए)
  `,
  ur: `
    help (settings|notification*) ~3 (kahan|kaha|کہاں)
    help (madad|مدد) (karein|karo|kijiye|کریں|کرو|کیجئے) @eoc
    maybeneg @bos (@obj|offer|offers|promotion|آفر|آفرز) (nahi|نہیں) @eoc
    keep (@obj|offer|offers|deals|sale|آفر|آفرز|ڈیل|سیل) ~2 (miss|مس) (nahi|nhi|na|نہیں|نہ) (karna|krna|کرنا|کرنی) ~1 (chahta|chahti|چاہتا|چاہتی|چاہتے)
    keep (bhejna|bhejte|بھیجنا|بھیجتے) ~1 (band|بند) (mat|na|مت|نہ) (karna|karo|karein|کرنا|کریں|کرو|کیجئے|کیجیے)
  `,
  bn: `
    status (unsubscribe|আনসাবস্ক্রাইব) ~3 (hoise ki|hoyeche ki|হয়েছে কি|hoyeche to)
    help (settings|setting|সেটিংস) ~3 (kothay|কোথায়)
    help @bos (সাহায্য করুন|help koren|sahajjo korun) @eoc
    maybeneg @bos (@obj|offer|অফার|বিজ্ঞাপন) (na|না) @eoc
    keep (@obj|অফার|ডিল|সেল|ছাড়) ~2 মিস (করতে|করি) (চাই না|চাইনা|চাই নে)
    keep (offer|offers|@obj) ~2 miss (korte|kori) (chai na|chaina|chai nah)
    keep (pathano|pathate) ~1 (bondho|bondo|bondh) (korben|koro|korio|korbe) (na|nah)
    keep (পাঠানো|পাঠাতে|পাঠান) ~1 বন্ধ (করবেন না|করো না|কোরো না|করবেননা|করিস না)
  `,
  sw: `
    status (nimetolewa|nimeondolewa) (kweli|tayari)
    help (mipangilio|settings) ~3 (iko wapi|wapi)
    help @bos (nisaidieni|nisaidie|msaada) @eoc
    maybeneg @bos (@obj|ofa|matangazo) hapana @eoc
    keep (sitaki|sipendi|hatutaki) (kukosa|kupitwa) ~3 (@obj|ofa|punguzo|promo*|matoleo)
    keep (msiache|usiache|msisimamishe|msiache kabisa) (kunitumia|kutuma|kunitumieni|kututumia) ~3 (@obj|ofa|punguzo|promo*|matoleo)
  `,
};

/** The round-8 rules of one language. */
export function round8Rules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/**
 * A past unsubscription told beside another errand (signals.ts `past`: the stop in its clause
 * is told, not asked for): "I unsubscribed ages ago but can I still get my May invoice?",
 * "dulu sy pernah unsubscribe, tp skrg butuh invoice", "truoc minh huy nhan tin roi, nhung…";
 * someone else's words quoted ("minha vó fala 'para de mandar isso'").
 */
const PAST: Partial<Record<Lang, string>> = {
  en: `(ages|years|months|weeks|a while|a long time|long) ago`,
  id: `(dulu|dahulu) ~2 pernah ~1 (unsubscribe|unsub|berhenti langganan|stop|keluar)`,
  ms: `(dulu|dahulu) ~2 pernah ~1 (unsubscribe|unsub|berhenti langganan|stop|keluar)`,
  vi: `(truoc|hoi truoc|truoc day) ~2 (minh|toi|em|anh) ~3 roi`,
  bn: `age ~3 (korsilam|korechilam|korechi|korlam)`,
  th: `(ยกเลิกผิด|กดยกเลิกผิด|กดผิด|ผิดพลาด)`,
  de: `(meine frau|mein mann|meine mutter|mein vater|meine oma|mein opa|meine schwester|mein bruder|meine freundin|mein freund|meine mama|mein papa) ~1 (sagt|meint|sagte|ruft) ?immer`,
  pt: `(minha vo|minha avo|meu avo|meu vo|minha tia|meu tio|minha sogra) ~1 (diz|fala|vive dizendo|falou|disse)`,
};

/**
 * Traps (masked before the rules run): a product that no longer works ("de stofzuiger doet
 * het niet meer": "niet meer" is no stop there); "never subscribed" in Hindi/Urdu written in
 * Latin letters ("maine kabhi subscribe nahi kiya", a negated subscribe, no opt-in). Round 18d:
 * in their own scripts too ("मैंने कभी subscribe नहीं किया, मेरा नंबर हटाइए" had read as an opt-in).
 */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `(doesnt|does not|dont|do not|wont|isnt|is not|cant|cannot) (work|turn on|charge|start|open|load|connect) ~1 (anymore|any more)`,
  nl: `(doet|werkt|functioneert|laadt|start|gaat|wil) het ~1 niet meer ~1 ?(aan|open|op), (doet|werkt|functioneert|laadt|start) ?(het|hij|ze) niet meer`,
  hi: `(kabhi|kbhi|कभी) ~2 (subscribe|join|sign up|register|सब्सक्राइब|रजिस्टर) (nahi|nhi|na|नहीं|नही)`,
  ur: `(kabhi|kbhi|کبھی) ~2 (subscribe|join|sign up|register|سبسکرائب|رجسٹر) (nahi|nhi|na|نہیں)`,
};

function list(table: Partial<Record<Lang, string>>, lang: Lang): string[] {
  return (table[lang] ?? '')
    .split(/,\s+(?![^()]*\))/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * One offer declined "this time" while the rest is wanted, in Chinese and Japanese (an
 * `others` signal: no stop, no opt-in): "这个活动不要，其他的继续通知我", "今回のキャンペーンは
 * 見送りますが、引き続き情報はほしいです". The Japanese one names the marketing wanted: "発送連絡は
 * 引き続き欲しいですが、キャンペーン情報の配信は停止してください" keeps the shipping notices and
 * stops the campaigns (a partial stop, fresh-batch5).
 */
const OTHERS: Partial<Record<Lang, string>> = {
  zh: `其他 ~3 (继续|照常|还是) ~3 (通知|发|推送|告诉)`,
  ja: `(引き続き|他の|ほかの) ~3 (情報|お知らせ|案内|セール|クーポン|キャンペーン) ~4 (ほしい|欲しい|お願い|送って|教えて)`,
};

/** The round-8 `others` signals of one language. */
export function round8Others(lang: Lang): string[] {
  return list(OTHERS, lang);
}

/** The round-8 `past` signals of one language. */
export function round8Past(lang: Lang): string[] {
  return list(PAST, lang);
}

/** The round-8 traps of one language. */
export function round8Traps(lang: Lang): string[] {
  return list(TRAPS, lang);
}
