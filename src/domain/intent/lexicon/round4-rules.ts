/**
 * Fourth round of issue 18: mechanisms that made explicit false opt-outs in every language,
 * written by CLASS for all 22 languages at once (general language knowledge, formal and chat
 * register; to be reviewed by native speakers):
 * - yours: an unsubscription from ANOTHER company told, then "yours stay / keep yours /
 *   not yours" ("Hab den X-Newsletter abbestellt, eurer bleibt", "punya kalian tetep ya"):
 *   an `others` signal, so no stop of ours and nothing to opt into (signals.ts). Wishes close
 *   their clause (`@eoc`): "yours keep coming" is a complaint, not a wish;
 * - another offer: one offer declined while asking for another product ("anything on
 *   backpacks?", "bags pe kuch hai kya?", "macie coś na kosmetyki?"): an `another` signal,
 *   which cancels a stop in its own sentence only ("unsubscribe me. also, anything on
 *   sale?" is still a stop);
 * - negated stop: "don't stop sending these", "band mat karna", "বন্ধ করবেন না",
 *   "bırakmayın", "止めないで" (negators after the verb in SOV languages): a trap, masked
 *   before the rules run;
 * - rules: the marketing declined by a postposed "no" beside the orders kept ("promo ga
 *   usah", "offers wale msg nahi", "促销的就不用了"), asked about (`maybe`); removing the number
 *   after "I never signed up"; take-me-out commands after a "why every day??"; formal
 *   withdrawals of consent; romanised and chat forms (pinyin, Arabizi, Thai in Latin letters);
 * - never signed up ("Sijawahi kujiunga", "ไม่เคยสมัคร"): masked, so it is no opt-in;
 * - a mistake told ("ter-unsub", "bhul kore", "不小心"): a `past` signal, so "add me back"
 *   after it is a come-back (come-back.ts).
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const YOURS: Partial<Record<Lang, string>> = {
  en: `(but|and) (you|you guys|y all) ~1 (keep going|carry on|keep them coming|can keep going|stay) @eoc, (yours|your ones|your messages|your deals|your texts|your promos|your newsletter) ~2 (stay|can stay|are fine|are ok|are okay|are better|are good|are welcome|keeping|i keep|i ll keep|i m keeping|im keeping|can keep coming|can continue) @eoc, (keep|keeping|ll keep|m keeping) (yours|your ones) @eoc, (but|just) not (yours|you guys|you) @eoc`,
  es: `(pero|y) (ustedes|tu|vos) ~1 (sigan|sigue|segui|sigan mandando|continuen) @eoc, (los suyos|las suyas|los tuyos|las tuyas|las de ustedes|los de ustedes|la de ustedes|la suya|la tuya) ~3 (si|se quedan|me quedo|los quiero|las quiero|son mejores|sigan|siguen bien|ok|la quiero|la mantengo) @eoc`,
  pt: `(mas|e) (voces|vcs|vc|voce) ~1 (continuem|podem continuar|continua|pode continuar) @eoc, (a de voces|as de voces|o de voces|os de voces|a sua|as suas|a de vcs|as de vcs|a vossa|as vossas|o vosso|os vossos|a de vc) ~2 (continua|continuam|fica|ficam|pode continuar|podem continuar|sim|quero|mantenho) @eoc`,
  fr: `(mais|et) vous ~1 (continuez|pouvez continuer|restez) @eoc, (la votre|les votres|le votre|la tienne|les tiennes) ~3 (je la garde|je les garde|je le garde|reste|restent|ca va|oui|continue|continuez|je garde) @eoc, (vous|vos messages|vos promos) ~1 je (vous|les) (garde|garderai) @eoc`,
  de: `(aber|und) ihr (macht weiter|durft bleiben|bleibt) @eoc, (eurer|eure|euren|euer|ihrer|ihre|eure nachrichten|eure angebote|euer newsletter|eurer newsletter) ~2 (bleibt|bleiben|behalte ich|darf bleiben|durfen bleiben|ist ok|passt|ist gut|weiter|gerne weiter) @eoc, (euch|eure|euren) (behalte|behalt) ich @eoc, bei euch (nicht|bleibe ich|bleib ich) @eoc`,
  it: `(ma|e) voi ~1 (continuate|potete continuare|restate) @eoc, (la vostra|le vostre|il vostro|i vostri|la tua|il tuo) ~3 (la tengo|li tengo|le tengo|lo tengo|resta|restano|si|continua|continuate|va bene|continuano) @eoc`,
  id: `(punya kalian|punyamu|punya kamu|yang dari kalian|yang kalian|dari kalian|punya toko ini|yang ini) (tetep|tetap|lanjut|lanjutin|boleh|aman|jangan) ?(ya|yaa|aja|dong|kok|kirim|ya kak) @eoc`,
  ms: `(korang punya|punya korang|yang korang|yang dari korang|kedai ni punya|yang ni|anda punya) ?(ni|tu) (kekal|kekalkan|teruskan|boleh|ok|tak apa|takpe) ?(ye|ya|je|la) @eoc`,
  hi: `(aapke|aapka|aapki|aap ke|aap ka|aap ki|tumhare|tumhara|आपके|आपका|आपकी) ~2 (chalne do|chalte rahein|chalte rahe|aate rahein|aate rahe|chalu rakho|chalu rahe|rehne do|theek hai|thik hai|jaari rakho|aane do|चलने दो|आते रहें|चालू रखो|ठीक है) @eoc`,
  ur: `(aapke|aapka|aapki|aap ke|aap ka|aap ki|tumhare|آپ کے|آپ کا|آپ کی) ~2 (chalne do|chalne dein|chalte rahein|aate rahein|aate rahe|aati rahein|aati rahen|aate rahen|aati rahe|chalu rakhein|rehne dein|theek hai|thik hai|jaari rakhein|آتے رہیں|چلنے دیں|ٹھیک ہے) @eoc`,
  bn: `(apnader|apnader ta|apnaderta|tomader|tomader ta|আপনাদের|আপনাদেরটা|আপনাদের টা|তোমাদের|তোমাদেরটা) ~2 (thakuk|thak|cholbe|choluk|chaluk|rakhun|rakho|thik ache|থাকুক|থাক|চলবে|চলুক|রাখুন|ঠিক আছে) @eoc`,
  ar: `(انتو|انتم|أنتم|حقكم|تبعكم|تبعتكم|رسايلكم|عروضكم|رسائلكم|اللي عندكم) ~2 (خلوها|خليها|كملوا|استمروا|تمام|باقية|ابقوا|عادي|خلوه) @eoc`,
  tr: `(sizinki|sizinkiler|sizinkini|sizin mesajlar|sizin bulten|sizinkine) ~2 (kalsin|devam|kalabilir|gelsin|tutuyorum|duruyor|iyi) ?(etsin|ediyor) @eoc`,
  ru: `а (вы|ваши|вашу|ваша) ~1 (продолжайте|шлите дальше|присылайте дальше|пишите дальше|оставайтесь) @eoc, (ваша|вашу|ваши|ваш|вашей) ~2 (пусть остается|пусть останется|оставлю|оставляю|остается|пусть будет|пусть приходит|пусть приходят|нравится|оставьте|пусть идет) @eoc`,
  nl: `(die van jullie|jullie nieuwsbrief|die van u|jullie berichten|de jouwe|die van jou) ~2 (blijft|blijven|houd ik|hou ik|mag blijven|mogen blijven|is prima|zijn prima) @eoc`,
  pl: `(wasz|wasze|wasza|waszego|waszą|wasz newsletter|wasze wiadomosci) ~2 (zostaje|zostaja|zostawiam|niech zostanie|niech zostana|moze zostac|moga zostac|ok|zostanie) @eoc`,
  vi: `(shop|ben ban|cac ban|cua shop|ben minh|shop nay|ban) (thi|van) ~2 (giu|cu gui|cu|tiep tuc|van gui|gui tiep) ?(nhe|nha|nhen|di|a) @eoc`,
  tl: `(sa inyo|kayo|yung inyo|ang inyo|inyo) ?po ?(hindi) ?po (tuloy lang|tuloy|ok lang|okay lang|ituloy nyo lang|ituloy lang|hindi) ?(po|ha|ah|naman) @eoc`,
  sw: `(zenu|yenu|zako|wenu|lenu) ~2 (ziendelee|iendelee|endeleeni|ziko sawa|ni sawa|zibaki|zibakie|ibaki|endelea) @eoc`,
  th: `(ของร้านนี้|ของที่นี่|ของคุณ|ของร้าน|ร้านนี้) ~8 (ยังอยากได้|ยังรับ|ส่งต่อ|ส่งมาได้|รับอยู่|ได้ต่อ|ยังอยาก|ยังชอบ)`,
  zh: `(你们的|你家的|这家的|贵店的|你们家的) ~4 (继续|照常|保留|留着|可以|还要|照发)`,
  ja: `(ここの|こちら|こちらの|御社の|このお店の|お宅の) ~6 (続けて|そのまま|残して|大丈夫|欲しい|ほしい|受け取り)`,
};

/** One offer declined, another product asked about: nothing changes. */
const ANOTHER: Partial<Record<Lang, string>> = {
  en: `(anything|something|any deals|any offers|any discounts|any promos|any sales|got anything) (on|for) ~3`,
  es: `(tienen|tienes|tiene|hay) ~1 (algo|alguna promo|algun descuento|ofertas|descuentos|promos|alguna oferta) (en|de|para|sobre) ~3`,
  pt: `(tem|tens|teria|tem algo|vcs tem|voces tem) ~1 (algo|alguma|algum|promo|promocao|desconto|oferta) ~2 (de|em|pra|para|no|na|nos|nas) ~3`,
  fr: `(vous avez|avez vous|y a t il|il y a|auriez vous) ~2 (des promos|des offres|quelque chose|des reductions|une promo|une offre|des remises) (sur|pour|en) ~3`,
  de: `(habt ihr|gibt es|gibts|haben sie|hattet ihr) ~2 (etwas|was|angebote|rabatte|aktionen|rabatt) ~2 (fur|auf|bei|zu) ~3`,
  it: `(avete|c e|ci sono|avreste) ~2 (offerte|qualcosa|sconti|promo|promozioni) (sulle|sui|su|per|per le|sugli|sul|sulla) ~3`,
  id: `ada ~1 (diskon|promo|potongan|sale) ~3 (ga|gak|nggak|enggak|ngga|tidak|gk|kah), ada (diskon|promo|potongan) (buat|untuk|di) ~3`,
  ms: `ada ~1 (diskaun|promo|tawaran|potongan|sale) ~3 (tak|x|ke|kah), ada (diskaun|tawaran|potongan) ~2 @eoc`,
  hi: `(pe|par|mein|me|ke liye) (kuch|koi offer|koi deal|koi discount|koi) ~1 (hai|he|h|milega) ?kya`,
  ur: `(pe|par|mein|me|ke liye) (kuch|koi offer|koi deal|koi discount|koi) ~1 (hai|he|h|milega) ?kya`,
  bn: `(te|e|er jonno|এ|তে) (kichu|kono offer|kono|কিছু|কোনো|কোন) ~1 (ache|ase|আছে)`,
  ar: `(في|فيه|فى|عندكم|عندكو) (عروض|عرض|خصم|خصومات|شي|شيء|حاجة) (على|ع|عال|لل) ~3`,
  tr: `(kampanya|indirim|firsat|bir sey|birsey) ~1 (var mi|varmi|yok mu)`,
  ru: `(а|но) (на|для) ~2 (есть|будет|будут) ~2, (есть|будет) (что нибудь|что то|скидки|акции|скидка|акция) (на|для) ~3`,
  nl: `(hebben jullie|is er|zijn er|heb je) ~2 (iets|aanbiedingen|korting|acties|aanbieding) (op|voor) ~3`,
  pl: `(macie|jest|sa|bedzie|cos) ~1 (cos|promocje|rabaty|promocja|rabat|znizki|na) (na|dla) ~3`,
  vi: `co ~2 (khuyen mai|giam gia|uu dai|sale|ma giam) ~4 (khong|ko|hong|k|hem) @eoc`,
  tl: `(may|meron|mayroon|meron ba|may ba) ~2 (promo|sale|discount|offer|deal) ~2 (sa|para sa|ba sa) ~3`,
  sw: `(kuna|mna|mnayo|mko na) ~2 (ofa|punguzo|offer|kitu|chochote) ~2 (kwa|za|ya|la|kwenye) ~3`,
  th: `มี ~4 (โปร|ส่วนลด|ลดราคา) ~8 (ไหม|มั้ย|บ้าง|หรือเปล่า)`,
  zh: `(有没有|有什么|有啥|还有) ~6 (优惠|活动|折扣), 有 (优惠|活动|折扣) ~1 (吗|嘛|么)`,
  ja: `(セール|割引|クーポン|キャンペーン) ~4 (ありますか|あります|ある)`,
};

/** "Don't stop sending these": the stop negated, masked before the rules run. */
const NEGATED_STOP: Partial<Record<Lang, string>> = {
  en: `?(please|pls|plz) (dont|do not|never) (ever stop|stop) ?(sending|texting|messaging|the|these|them|those) ~2`,
  es: `no ?(me) (dejen|dejes|deje|paren|pares|pare) (de) ~3, nunca (dejen|paren) de ~3`,
  pt: `(nao|nunca) (parem|pare|deixem|deixe|para) de ~3`,
  fr: `(n|ne) (arretez|arrete|cessez|cesse|stoppez) ?surtout (pas|jamais) ~4`,
  de: `(hort|hoert|horen sie|hor) ~2 nicht auf ~5, nicht (aufhoren|stoppen) ~3, (stoppt|stoppen sie) ~1 nicht ~3`,
  it: `non (smettete|smettere|smetti|fermate|fermatevi|interrompete|smettetela) ~1 (di|mai) ~4`,
  id: `(jangan|jgn|jangan pernah) (berhenti|stop|stopin|udahan|brenti) ~4`,
  ms: `(jangan|jgn) (berhenti|stop|henti|hentikan) ~4`,
  hi: `?(bhejna|bhejne|msg|msgs|messages|offers) (band|bandh|बंद) (mat|na|nahi|मत|न|ना) (karo|karna|kijiye|karein|karen|karenge|kar dena|करो|करना|कीजिए|करें) ?(please|plz|pls)`,
  ur: `?(bhejna|bhejne|msg|msgs|offers) (band|bandh|بند) (mat|na|nahi|مت|نہ) (karo|karna|karein|karen|kijiye|kar dena|کریں|کرو|کرنا) ?(please|plz)`,
  bn: `?(pathano|পাঠানো) (bondho|bondo|bondh|বন্ধ) (korben|koro|korio|korbe|korben na|করবেন|করো|কোরো|করিও|করবে) (na|না)`,
  ar: `(لا|ما|لاتوقفوا) (توقفوا|توقف|تبطلوا|توقفو|تقطعوا|توقفون|تقطعو) ~4, (la|ma) (twa2fo|tewa2fo|tbatlo|twa2fu) ~4`,
  tr: `?(gondermeyi|gondermeye|atmayi|yollamayi|mesaj|mesajlari) (birakmayin|durdurmayin|kesmeyin|birakmayiniz|durdurmayiniz|kesmeyiniz|birakmasin)`,
  ru: `не (прекращайте|переставайте|останавливайте|прекращай|переставай|останавливайтесь|бросайте) ~4`,
  nl: `(stop|stoppen|hou|houd) ~2 niet ~2 (met|op) ~4, niet (stoppen|ophouden) ~3`,
  pl: `nie (przestawajcie|przestawaj|przestancie|przestan|przerywajcie|wstrzymujcie) ~4`,
  vi: `dung (ngung|ngung gui|thoi|ngung nhan) ~4`,
  tl: `(wag|huwag|wag nyo|wag niyo|huwag ninyo) ?(nyo|niyo|ninyo|po) (itigil|ihinto|tigilan|tumigil|mag stop|i stop|istop) ~4`,
  sw: `(msiache|usiache|msisimamishe|usisimamishe|msiache kabisa) ~4`,
  th: `อย่า ~2 หยุด ~12`,
  zh: `(千万别|别|不要|千万不要|可别) (停|停止) ~6`,
  ja: `(止め|やめ|停止し|とめ|ストップし) (ないで|ないでね)`,
};

/** A mistake told, in the chat forms the lexicons lacked. */
const MISTAKE: Partial<Record<Lang, string>> = {
  en: `by accident, accidentally, by mistake, misclicked, pressed it by mistake, fat fingered`,
  ms: `(ter unsub|ter unsubscribe|tersilap|tertekan|terklik|salah klik|tak sengaja|x sengaja)`,
  id: `(ga sengaja|gak sengaja|nggak sengaja|tidak sengaja|kepencet|salah pencet|ke unsub|kepencet unsub|ter unsub)`,
  bn: `(bhul kore|vul kore|bhule|bhul e|ভুলে|ভুল করে)`,
  hi: `(galti se|galati se|gaflat se|गलती से|bhool se|bhul se)`,
  ur: `(ghalti se|galti se|غلطی سے|bhool se)`,
  zh: `(不小心|误点|手滑|点错|误退订|一不小心)`,
  tl: `(by mistake|nagkamali|napindot|aksidente|di sinasadya|hindi sinasadya)`,
  tr: `(yanlislikla|yanlis tikla*|yanlis basti*|kazara)`,
  vi: `(lo tay|vo tinh|bam nham|an nham)`,
  sw: `(kwa bahati mbaya|kwa makosa|bila kukusudia)`,
  th: `(เผลอ|กดผิด|ไม่ได้ตั้งใจ)`,
  ja: `(間違えて|誤って|うっかり|間違って)`,
  ru: `(случайно|по ошибке|нечаянно)`,
  pl: `(przez pomylke|przypadkiem|omylkowo|niechcacy)`,
  nl: `(per ongeluk|per abuis|perongeluk)`,
  ar: `(بالغلط|بالخطأ|عن طريق الخطأ|غلط|bel8alat|bel ghalat)`,
};

const list = (table: Partial<Record<Lang, string>>, lang: Lang): string[] => {
  const p = table[lang];
  return p ? words(p) : [];
};

/** The round-4 `others` signals of one language ("yours stay"). */
export function round4Others(lang: Lang): string[] {
  return list(YOURS, lang);
}

/** The `another` signals of one language ("anything on bags?"): their sentence only. */
export function round4Another(lang: Lang): string[] {
  return list(ANOTHER, lang);
}

/** The round-4 traps of one language (a negated stop). */
export function round4Traps(lang: Lang): string[] {
  return [...list(NEGATED_STOP, lang), ...list(NEVER_JOINED, lang), ...list(BLOCKED_BY, lang)];
}

/** The round-4 `past` signals of one language (a mistake told). */
export function round4Past(lang: Lang): string[] {
  return list(MISTAKE, lang);
}

/** Round-4 rules by class (see the head of this file); trailing gaps dropped as in round 3. */
const RULES: Partial<Record<Lang, string>> = {
  pt: `
    help (onde|como|de onde) ~2 (pegaram|conseguiram|arrumaram|tem|tiraram) (meu numero|meu contato)
  `,
  en: `
    help (how|where) (did|do|d) (you|u|ya) (get|got|have|find) (my number|my phone number|my contact|my details|this number)
    outneg no need to (send|text|message) ~4 (anymore|any more)
    maybeneg (the promos|promos|the ads|ads|the offers|offers|marketing|the deals|deals|the marketing) ~1 (no thanks|no thank you|not needed|no need|nope|no) @eoc
    in (yes|yeah|yep) ~2 (i want|send me|i d like) ~2 (the|your) ?(promos|offers|deals|discounts)
  `,
  es: `
    help (de donde|como) ~2 (sacaron|consiguieron|obtuvieron|tienen) (mi numero|mi contacto)
    maybeneg (la publicidad|las promos|las promociones|la propaganda|las ofertas|publicidad|promos|ofertas) ~1 (ya no|no) ?(por favor|porfa|gracias) @eoc
    polite (agradeceria|agradeceriamos|agradecere) que no ~1 (enviarais|enviaran|envien|enviasen|mandaran|mandarais|manden|mandasen) ~1 mas ~3
    out se me (de|den) de baja
    out solicito ~4 (de baja|darme de baja|la baja)
    out (kitenme|kiteme|kitame|kitenmen|quitenme) ~1 (de|d) ~2 (lista|listas|grupo|base)
    in (apuntame|apuntenme|anotame|anotenme|inscribeme|suscribeme) ~3 (promos|ofertas|lista|promociones|novedades)
  `,
  fr: `
    polite (je|nous) ne (souhaite|souhaitons|desire|desirons|veux) plus (etre|recevoir) ~3
    in (oui|ouais) ~2 (je veux|envoyez|j aimerais) ~2 (les|vos) ?(promos|offres|promotions|bons plans)
  `,
  de: `
    outneg keine (werbe*|marketing*|newsletter*) ~2 mehr
    maybeneg (werbung|angebote|newsletter|promos|aktionen|die werbung) ?bitte (nicht mehr|nein danke|nein) @eoc
    polite (widerrufe|widerrufen) ~4 (einwilligung|zustimmung|einverstandnis|einwilligungen)
    out (nehmt|nehmen sie|nimm) mich ~2 (raus|heraus|runter)
    out (ka|kei|koa|kai) (werbung|nachrichten|newsletter|werbig|nachricht) mehr
    out mich ~3 (us de|us der|aus der|vo de) (liste|verteiler)
  `,
  it: `
    outneg (nn|non) mi (mandate|mandare|inviate|scrivete|mandi) piu ~2
    out basta (mandarle|mandarmi|inviarle|mandarli|scrivermi|mandarmele|mandare)
    in (vorrei|voglio) (tornare a|ricominciare a) (ricevere|avere) ~3
  `,
  id: `
    help (dari mana|darimana|dapet dari mana|dapat dari mana) ~2 (nomor|nomer|no) ?(saya|aku|ku)
    help (nomor|nomer) ~2 (dapet|dapat) (dari mana|darimana)
    maybeneg (promo|promonya|iklan|iklannya|broadcast|promosi) ~1 (ga usah|gak usah|nggak usah|tidak usah|ga perlu|gak perlu|nggak perlu|jangan) @eoc
    out (udahan|udah|sudahi|stop) ~2 (kirimnya|ngirimnya|ngirimin|kirimin|kirim|ngirim) @eoc
    out (berhentikan|hentikan|stopin|stopkan) ~1 (kirim|ngirim|pengiriman|kirimin) ~3
    maybe tolong (hapus|hapusin|dihapus|keluarin|keluarkan) ?(saya|aku|nomor saya|nomorku) @eoc
  `,
  ms: `
    help (mana|dari mana|kat mana|mana korang) (dapat|dpt|ambil) (nombor|no|number) ?(saya|aku)
    maybeneg (promo|promosi|iklan|mesej promo) ~1 (tak nak|taknak|x nak|xnak|tak payah|tak perlu|jangan) @eoc
    out (cukup|cukuplah) ?(cukup) ?(la|lah) (hantar|kirim|mesej|mesej2)
    out (padam|buang|hapus|delete) ~2 (nombor|nama|no) ~2
  `,
  hi: `
    help (mera|meri|मेरा) (number|no|नंबर) (kahan|kaha|kidhar|कहाँ|कहां) (se|से) (mila|liya|मिला|लिया)
    maybeneg (offers|offer|sale|promotion|promo|ads|discount) ~2 (msg|msgs|messages|sms|मैसेज) (nahi|nai|na|mat|नहीं) @eoc
    polite (prapt|प्राप्त|receive) (nahi|नहीं) (karna|करना) (chahta|chahti|चाहता|चाहती)
    out (सदस्यता|subscription) (समाप्त|khatam|khatm|रद्द|radd|cancel) (करें|करे|कर दें|karein|karen|kar do|kar dein|kijiye|कीजिए|करो)
    in (haan|ha|हाँ|हां) ~2 (offers|offer|ऑफर) (chahiye|चाहिए|bhejo|bhejiye) 
  `,
  ur: `
    help (mera|میرا) (number|no|نمبر) (kahan|kaha|کہاں|kidhar) (se|سے) (mila|liya|ملا|لیا)
    maybeneg (sale|offers|offer|promotion|promo|ads) ~2 (msg|msgs|messages|sms|میسج) (nahi|nai|na|mat|نہیں) @eoc
    outneg (messages|msgs|msg|sms|میسجز|پیغامات) (na|mat|نہ|مت) (bheja|bhejo|bhejein|بھیجا|بھیجو) ?(karo|karein|karen|کرو|کریں)
    out (subscription|سبسکرپشن) (khatam|ختم|band|بند|cancel) (karein|کریں|karen|kar dein|کر دیں|karo)
    out (list|لسٹ) (se|سے) (nikalein|nikalen|nikalo|nikal dein|نکالیں|نکال دیں|hatayen|hata dein|hata den)
    out (remove|delete) (karein|karen|kar dein|karo|kar den) ?(mujhe|mera number|meri)
    polite (وصول|hasil|receive) (نہیں|nahi) (کرنا|karna) (چاہتا|چاہتی|chahta|chahti)
    maybe (mehrbani|meherbani|مہربانی) ~4 (بند|band) (کریں|karein|kar dein|کر دیں)
    in (ji|جی|haan|ہاں) ~2 (offers|آفرز|offer) ~1 (chahiye|chahiyen|چاہئیں|چاہیے|چاہئے)
    in (شامل|shamil) (کر دیں|کریں|kar dein|karein|kar den)
  `,
  bn: `
    help (amar|আমার) (number|nombor|নম্বর|নাম্বার) (koi|kothay|কোথায়|কই) (pailen|paylen|পেলেন|pelen|pelo)
    maybeneg (অফারের|অফার|offer er|offer|promo|বিজ্ঞাপন|বিজ্ঞাপনের) ~2 (আর না|ar na|r na) @eoc
    outneg ~2 (msg|message|মেসেজ|sms|ম্যাসেজ) (diyen|diben|দিবেন|দিয়েন|দেবেন|pathaben|পাঠাবেন|dien) (na|না)
    out (bondho|bondo|বন্ধ) (koren|korun|koro|করেন|করুন|করো|kore den|kore din|করে দিন|করে দেন)
    outneg (বিরক্ত|birokto|biroktho|birokto) (করবেন|korben|করো|koro|করবে) (না|na)
    out (number|নম্বর|নাম্বার) (delete|ডিলিট|muche|মুছে) (koren|korun|করুন|করেন|kore din|দিন|din)
    in (হ্যাঁ|ha|hya|haan) ~2 (অফার|offer) ~2 (পেতে চাই|pete chai|চাই|chai)
    in (অফার|offer|অফারের) ~2 (পেতে চাই|pete chai|পেতে চাচ্ছি)
    in (amakeo|আমাকেও) ~3 (pathaben|পাঠাবেন|diben|দিবেন)
  `,
  ar: `
    maybeneg (العروض|عروض|الإعلانات|الاعلانات|التسويق|الدعايات) (لا|لأ) @eoc
    out (حبسوهم|حبسوها|وقفوهم|وقفوها|حبسو|حبسوا)
    outneg (ما|ما بغيتش|مابغيتش) ?(بغيتش|بغيت) ~2 (الميساجات|الرسائل|الرسايل|ميساجات|هاد الميساجات)
    out (7ayadoni|7aydoni|7ayedni|7aydouni|sheloni|shiluni|sheeloni) ~3 (liste|list|lista|la liste)
    out (batalo|batlo|battalo|batalou|bate2lo) ~2 (teb3atoli|teb3atouli|teb3to|tb3to|tebaato|teb3atooli)
    in (eshtrakni|eshtarekni|ishtarekni|sajelni|sajjelni) ~3
  `,
  tr: `
    in (kampanyalardan|firsatlardan|indirimlerden|kampanyalar) ~1 haberdar (olmak istiyorum|olayim|olmak isterim|edin)
  `,
  ru: `
    out (отключите|отключи|отключить) ~3 (рассылку|рассылки|уведомления|рекламу|рекламную)
    out (уберите|убери|удалите) ~2 (из рассылки|из списка|из базы|из рассылок)
    maybe (отключите|отключи|отпишите) ?мне @eoc
    outneg ne (prisylajte|prisilayte|pishite|shlite|prisylat) ~3
  `,
  nl: `
    outneg ?graag geen (reclame*|marketing*|promotie*|nieuwsbrie*) ~1 meer
    out (haal|haalt) (me|mij) ~2 (eruit|eraf|uit de lijst|van de lijst)
    polite (trek|trekken) ~6 toestemming ~3 in
  `,
  pl: `
    polite (cofam|wycofuje|odwoluje|wycofuję) ~2 (zgode|zgody|zgodę)
    out (wywalcie|wywal|wyrzuccie|wyrzuc|usuncie) mnie ~4
    polite nie (zycze|zyczymy) sobie ~4
    maybeneg (promocji|reklam|ofert|newslettera|reklamy|promocje) ~2 (nie chce|nie chcemy)
  `,
  sw: `
    maybeneg (matangazo|promo|ofa|matangazo yenu) (hapana|sitaki|basi) @eoc
    out (namba|nambari) ~2 (ifutwe|ifute|ifutwe kwenye)
    out (nifuteni|nifute|niondoeni|niondoe)
    in (niunganishe|niunge|niongeze|niongezeni|nijumuishe) ~4 (promo|ofa|orodha|matangazo)
  `,
  th: `
    maybeneg (โปร|โปรโมชั่น|โฆษณา) ~4 (ไม่ต้อง|ไม่เอา) @eoc
    out ช่วย ~2 (ลบออก|เอาออก|ลบเบอร์|ลบชื่อ)
    outneg mai (tong|dtong) (song|sng) ~3
  `,
  tl: `
    maybeneg (promos|promo|yung promos|ads|ang promo) ~1 (wag na|huwag na|ayoko na|hindi na) @eoc
    out (pakibura|paki bura|burahin|pakidelete|paki delete|pakialis|paki alis) ~3 (number|numero|pangalan)
    polite (ipatigil|itigil|pahintuin) ~2 (pagpapadala|pag send|pagsend|pagpadala) ~4
    in (sali|isali|pasali|isama) ~2 (ako|nyo ako|niyo ako) ~3 (promo|list|listahan)
  `,
  vi: `
    maybeneg (quang cao|khuyen mai|qc|km|tin quang cao) ~1 ?(thi) (khoi|thoi|khong can|ko can) @eoc
    out (tu choi|tuchoi) (nhan|nhan tin) ~2
    outneg (khoi|thoi khoi) (gui|nhan) ~3
    out (bo|xoa|gach) (ten|so) (toi|minh|em|tui) ~1 (ra|khoi) ~3
    in (them|dang ky|add) lai ~3
  `,
  zh: `
    help (怎么|哪里|从哪|哪儿|从哪里) ~4 (我的号码|我的电话|我的手机号|我号码)
    maybeneg (促销|广告|推广|优惠|活动) ~3 (不用了|不要了|免了|不需要)
    outneg (bie|bu yao|buyao) ?zai (fa|gei wo fa) ~2
    outneg 唔好 ?再 ~3 (send|发|發|傳|sms|msg|短信)
    in 有 (活动|优惠) ~2 (记得|记住) ~1 (发|告诉|通知) ~1 我
  `,
  ja: `
    help (どこで|どうやって|なぜ|どこから) ~6 (番号|連絡先)
    outneg (おくらないで|送らないで)
    out (はいしんていし|はいしん ていし)
    out @bos ?(もう) ?(私|わたし|僕|ぼく|俺|自分|うち) ?(を|も) (外して|はずして)
    out (配信|メルマガ|通知|案内|お知らせ|宣伝|広告|キャンペーン|対象|宛先|送信先|グループ) ~2 から ~1 (外して|はずして)
    maybe (消して|削除して)
    out (ご連絡|連絡|販促|ご案内|案内) ~4 (不要|いりません)
  `,
};

/**
 * "I never signed up" where the verb is also the opt-in verb ("Sijawahi kujiunga", Swahili
 * "join"): masked, so it is no opt-in. (Elsewhere "never signed up" stays a likely stop.)
 */
const NEVER_JOINED: Partial<Record<Lang, string>> = {
  sw: `(sijawahi|sikuwahi) ~1 (kujiunga|kujisajili|kusajili)`,
  tl: `(hindi|di) (ako|naman ako) ?(nag|po) (sign up|subscribe|register|nagsign up|nagsubscribe)`,
};

/** "My card got blocked by the bank": something else blocked, not a threat to block us. */
const BLOCKED_BY: Partial<Record<Lang, string>> = {
  ms: `(kena|dah kena|telah|sudah) (block|blok|sekat|disekat) ~3`,
  id: `(kena|udah kena|sudah) (block|blokir|blok) ~3, (keblokir|diblokir) ~3`,
  en: `(got|been|was|is|are) (blocked|suspended) (by|at) ~3`,
};

/** The round-4 rules of one language. */
export function round4Rules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '').map((r) => ({ ...r, p: r.p.replace(/(\s+~\d+)+$/, '') }));
}
