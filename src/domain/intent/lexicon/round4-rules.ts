/**
 * Fourth round of issue 18: mechanisms that made explicit false opt-outs in every language,
 * written by CLASS for all 22 languages at once (general language knowledge, formal and chat
 * register; to be reviewed by native speakers):
 * - yours: an unsubscription from ANOTHER company told, then "yours stay / keep yours /
 *   not yours" ("Hab den X-Newsletter abbestellt, eurer bleibt", "punya kalian tetep ya"):
 *   an `others` signal, so no stop of ours and nothing to opt into (signals.ts). Wishes close
 *   their clause (`@eoc`): "yours keep coming" is a complaint, not a wish;
 * - another offer: one offer declined while asking for another product ("anything on
 *   backpacks?", "bags pe kuch hai kya?", "macie coś na kosmetyki?"): also `others`;
 * - negated stop: "don't stop sending these", "band mat karna", "বন্ধ করবেন না",
 *   "bırakmayın", "止めないで" (negators after the verb in SOV languages): a trap, masked
 *   before the rules run;
 * - a mistake told ("ter-unsub", "bhul kore", "不小心"): a `past` signal, so "add me back"
 *   after it is a come-back (come-back.ts).
 */
import type { Lang } from '../types';
import { words } from './rules';

const YOURS: Partial<Record<Lang, string>> = {
  en: `(yours|your ones|your messages|your deals|your texts|your promos|your newsletter) ~2 (stay|can stay|are fine|are ok|are okay|are better|are good|are welcome|keeping|i keep|i ll keep|i m keeping|im keeping|can keep coming|can continue) @eoc, (keep|keeping|ll keep|m keeping) (yours|your ones) @eoc, (but|just) not (yours|you guys|you) @eoc`,
  es: `(los suyos|las suyas|los tuyos|las tuyas|las de ustedes|los de ustedes|la de ustedes|la suya|la tuya) ~3 (si|se quedan|me quedo|los quiero|las quiero|son mejores|sigan|siguen bien|ok|la quiero|la mantengo) @eoc`,
  pt: `(a de voces|as de voces|o de voces|os de voces|a sua|as suas|a de vcs|as de vcs|a vossa|as vossas|o vosso|os vossos|a de vc) ~2 (continua|continuam|fica|ficam|pode continuar|podem continuar|sim|quero|mantenho) @eoc`,
  fr: `(la votre|les votres|le votre|la tienne|les tiennes) ~3 (je la garde|je les garde|je le garde|reste|restent|ca va|oui|continue|continuez|je garde) @eoc`,
  de: `(eurer|eure|euren|euer|ihrer|ihre|eure nachrichten|eure angebote|euer newsletter|eurer newsletter) ~2 (bleibt|bleiben|behalte ich|darf bleiben|durfen bleiben|ist ok|passt|ist gut|weiter|gerne weiter) @eoc, (euch|eure|euren) (behalte|behalt) ich @eoc, bei euch (nicht|bleibe ich|bleib ich) @eoc`,
  it: `(la vostra|le vostre|il vostro|i vostri|la tua|il tuo) ~3 (la tengo|li tengo|le tengo|lo tengo|resta|restano|si|continua|continuate|va bene|continuano) @eoc`,
  id: `(punya kalian|punyamu|punya kamu|yang dari kalian|yang kalian|dari kalian|punya toko ini|yang ini) (tetep|tetap|lanjut|lanjutin|boleh|aman|jangan) ?(ya|yaa|aja|dong|kok|kirim|ya kak) @eoc`,
  ms: `(korang punya|punya korang|yang korang|yang dari korang|kedai ni punya|yang ni|anda punya) ?(ni|tu) (kekal|kekalkan|teruskan|boleh|ok|tak apa|takpe) ?(ye|ya|je|la) @eoc`,
  hi: `(aapke|aapka|aapki|aap ke|aap ka|aap ki|tumhare|tumhara|आपके|आपका|आपकी) ~2 (chalne do|chalte rahein|chalte rahe|aate rahein|aate rahe|chalu rakho|chalu rahe|rehne do|theek hai|thik hai|jaari rakho|aane do|चलने दो|आते रहें|चालू रखो|ठीक है) @eoc`,
  ur: `(aapke|aapka|aapki|aap ke|aap ka|aap ki|tumhare|آپ کے|آپ کا|آپ کی) ~2 (chalne do|chalne dein|chalte rahein|aate rahein|aate rahe|aati rahein|aati rahen|aate rahen|aati rahe|chalu rakhein|rehne dein|theek hai|thik hai|jaari rakhein|آتے رہیں|چلنے دیں|ٹھیک ہے) @eoc`,
  bn: `(apnader|apnader ta|apnaderta|tomader|tomader ta|আপনাদের|আপনাদেরটা|আপনাদের টা|তোমাদের|তোমাদেরটা) ~2 (thakuk|thak|cholbe|choluk|chaluk|rakhun|rakho|thik ache|থাকুক|থাক|চলবে|চলুক|রাখুন|ঠিক আছে) @eoc`,
  ar: `(انتو|انتم|أنتم|حقكم|تبعكم|تبعتكم|رسايلكم|عروضكم|رسائلكم|اللي عندكم) ~2 (خلوها|خليها|كملوا|استمروا|تمام|باقية|ابقوا|عادي|خلوه) @eoc`,
  tr: `(sizinki|sizinkiler|sizinkini|sizin mesajlar|sizin bulten|sizinkine) ~2 (kalsin|devam|kalabilir|gelsin|tutuyorum|duruyor|iyi) ?(etsin|ediyor) @eoc`,
  ru: `(ваша|вашу|ваши|ваш|вашей) ~2 (пусть остается|пусть останется|оставлю|оставляю|остается|пусть будет|пусть приходит|пусть приходят|нравится|оставьте|пусть идет) @eoc`,
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
  ms: `ada ~1 (diskaun|promo|tawaran|potongan|sale) ~3 (tak|x|ke|kah)`,
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

/** The round-4 `others` signals of one language ("yours stay", "anything on bags?"). */
export function round4Others(lang: Lang): string[] {
  return [...list(YOURS, lang), ...list(ANOTHER, lang)];
}

/** The round-4 traps of one language (a negated stop). */
export function round4Traps(lang: Lang): string[] {
  return list(NEGATED_STOP, lang);
}

/** The round-4 `past` signals of one language (a mistake told). */
export function round4Past(lang: Lang): string[] {
  return list(MISTAKE, lang);
}
