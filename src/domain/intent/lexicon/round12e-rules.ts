/**
 * Round 12e of issue 18: batch29's classes (indirect replies). General language knowledge, to be
 * reviewed by native speakers:
 * - "forget my number" (es "olvídense de mí", pt "esquece meu número", ja "この番号は忘れて",
 *   tr "numaramı unutun", zh "把我号码忘了"): a stop;
 * - "I muted you months ago, save yourselves the trouble", "not today and not ever", "nice try,
 *   but I pass, for good", "my phone is not a billboard": asked about (likely);
 * - opt-ins said sideways: a new number ("new number, send the offers to this one"), the deals
 *   no longer arriving ("I don't get your Friday deals any more, put me back on"), "keep me posted
 *   on your sales (here on WhatsApp)"; "I don't get them any more" told beside it is no stop.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    outneg forget (my number|this number|me)
    maybeneg (muted|silenced) (you|u|ur|your) ~4 @brk ~3 (spare|save) ~2 (yourselves|yourself|the effort|the trouble|your breath)
    outneg not today ~1 @brk ~1 not tomorrow ~1 @brk ~1 not ever
    maybeneg (nice|good) try ~2 @brk ~2 (i pass|i ll pass|pass) ~1 @brk ~1 (for good|forever)
    maybeneg (my|this) (phone|whatsapp|inbox) (is not|isn t|isnt|aint) (a|your) (billboard|notice board|ad board)
    maybeneg formal resignation from your (mailing list|list|newsletter)
    in (new number|changed my number|my new number|changed numbers) ~6 @brk ~4 (send|forward) ~3 (offers|deals|promos|sales|them) ~4 (this one|this number|here)
    in (keep me posted|keep me updated|keep me in the loop) ~3 (on|about|with) ~3 (sales|deals|offers|promos)
    in (dont|don t|do not) get ~3 (your|ur|the) ~2 (deals|offers|promos|sale texts) ~2 (anymore|any more) ~6 @brk ~4 (put me back|add me back|send them again|back on)
  `,
  es: `
    outneg (olvidense|olvídense|olvidate|olvídate|olviden|olvida) ~2 (de mi|de mí|mi numero|mi número|este numero|este número)
    outneg hagan el favor de olvidarse de (mi|mí)
    maybeneg (mi telefono|mi teléfono|mi whatsapp) es para ~3 no para ~2 (catalogos|catálogos|publicidad|promos|ofertas)
    maybeneg no hace falta que me (persigan|persigas|escriban|llegue|lleguen)
    in (apuntame|apúntame|apuntenme|apúntenme|cuenten conmigo) ~4 (promos|ofertas|descuentos|promociones)
  `,
  pt: `
    outneg (esquece|esqueca|esqueça|esquecam|esqueçam) ~1 (meu numero|meu número|de mim|esse numero|esse número)
    maybeneg (agradeco|agradeço|obrigado|obrigada) ~2 mas dispenso ~2 (hoje e sempre|para sempre|pra sempre)
    maybeneg (to|tô|estou) fora de vez
  `,
  fr: `
    maybeneg mon telephone n est pas ~2 (boite|boîte) ~2 (pub|pubs|publicite|publicité)
    maybeneg (tres|très) peu pour moi
    in (remettez moi|rajoutez moi|reinscrivez moi|réinscrivez moi) ~3
    in ne (recois|reçois) plus ~3 (bons plans|promos|offres|newsletters) ~6 @brk ~3 (remettez|rajoutez|renvoyez)
  `,
  de: `
    maybeneg kein bedarf ~1 @brk ~1 weder heute noch ~1 (in zukunft|morgen|spater|später)
    maybeneg (stummgeschaltet|stumm geschaltet) ~3 @brk ~2 (spart euch|sparen sie sich) ~2 (die muhe|die mühe|das)
    in (haltet|halten sie) mich ~2 (uber|über) ~2 (eure|ihre) ~1 (aktionen|angebote|deals|rabatte) ~2 auf dem laufenden
    in (kommen|kommt) bei mir nicht mehr an ~3 @brk ~3 (wieder draufpacken|wieder drauf|wieder aufnehmen|wieder eintragen)
  `,
  it: `
    outneg (dimenticatevi|dimentica|dimenticate) ~1 (il mio numero|di me|questo numero)
    maybeneg (silenziati|silenziato) da mesi
    maybeneg (bel|buon) tentativo ~2 @brk ~2 (io passo|passo) ~1 @brk ~1 (definitivamente|per sempre)
  `,
  nl: `
    outneg nu niet en later ook niet
    maybeneg (op stil|gedempt) ~4 @brk ~2 (spaar|bespaar) ~2 (de moeite|jullie de moeite)
    maybeneg (leuk|goed) geprobeerd ~2 @brk ~2 (ik pas|pas) ~1 @brk ~1 (voorgoed|voor altijd)
    maybeneg (helemaal|echt) klaar mee ~3 (acties|aanbiedingen|reclame|berichten)
    in (zet|doe) me er weer op
  `,
  pl: `
    outneg ani dzis ~1 @brk ~1 ani nigdy
    outneg ani dziś ~1 @brk ~1 ani nigdy
    maybeneg (wyciszenie|wyciszeni|wyciszylam|wyciszyłam|wyciszylem|wyciszyłem) ~4 @brk ~2 szkoda ~2 (zachodu|fatygi)
    maybeneg (fajna|dobra) proba ~2 @brk ~2 (ja pasuje|pasuje|pasuję) ~1 @brk ~1 (na dobre|na zawsze)
    maybeneg mam dosc ~2 (tego|tych) ~3 (w telefonie|wiadomosci|promocji|spamu|cyrku)
    maybeneg mam dość ~2 (tego|tych) ~3 (w telefonie|wiadomości|promocji|spamu|cyrku)
    in (dawajcie|dajcie) znac ~2 (o promkach|o promocjach|o promocje|o okazjach)
    in (dawajcie|dajcie) znać ~2 (o promkach|o promocjach|o okazjach)
  `,
  ru: `
    maybeneg (попытка засчитана|хорошая попытка) ~2 @brk ~2 (я пас|пас) ~1 @brk ~1 (насовсем|навсегда)
    in (держите|держи) меня в курсе ~2 (распродаж|акций|скидок|предложений)
  `,
  uk: `
    in (тримайте|тримай) мене в курсі ~2 (розпродажів|акцій|знижок|пропозицій)
    in (змінила|змінив|новий) номер ~4 @brk ~3 (акції|знижки|пропозиції|розсилку) ~3 (надсилайте|присилайте|шліть) ~2 (сюди|на цей)
    in перестали приходити ~4 (знижки|акції|пропозиції) ~4 @brk ~2 (поверніть мене|додайте мене)
  `,
  tr: `
    outneg numarami unutun
    maybeneg (sessize aldim|sessize aldım) ~3 @brk ~2 bosuna ugrasmayin
    maybeneg (whatsappim|whatsapp ım|telefonum) ilan panosu degil
    in numarami degistirdim ~3 @brk ~3 (kampanyalari|kampanyaları|indirimleri) ~2 (bu numaraya|buraya) ~1 (gonderin|gönderin)
  `,
  id: `
    in ganti nomor ~4 @brk ~4 (promo|promonya|promo promonya) ~3 kirim ke nomor ini
    maybeneg (saya|aku) mundur
  `,
  tl: `
    in bagong number ~4 @brk ~3 dito ~2 (i send|isend|ipadala) ~2 (promo|promos|yung mga promo)
    in (update|i update) ~2 (niyo|nyo) ~1 (lang|na lang) ako ~2 (pag|kapag|kung) ~2 (may sale|may promo)
    maybeneg pass muna ako ~2 forever
  `,
  zh: `
    outneg (把|请把) ~1 (我|我的) ~1 (号码|号) 忘了
    in 换号了 ~6 @brk ~6 (活动|优惠|促销) ~2 发 ~2 (这个号|这个号码)
    in (收不到|没收到|收不着) ~6 (优惠|活动|促销) ~8 @brk ~6 (再给我发|再发给我|给我发)
    maybeneg (放过我吧|高抬贵手)
  `,
  ja: `
    outneg (この番号|私の番号) ~2 (忘れてください|忘れて下さい|忘れて)
    in (新作|セール|キャンペーン) ~6 (ここで|こちらで) ~2 (教えてください|教えて下さい|知らせてください)
  `,
  th: `
    maybeneg ขอผ่าน ~3 (ถาวร|ตลอดไป)
    outneg ลืมเบอร์ ~4
  `,
  vi: `
    outneg quen so ~2 (nay|này) ~2 (gium|giùm|giup|giúp|di|đi)
    in (co sale|có sale) ~2 thi (bao|báo) ~1 (minh|mình|em|toi|tôi)
    in (khong thay|không thấy) ~2 (tin khuyen mai|khuyen mai|tin km|tin sale) ~6 @brk ~3 (gui lai|gửi lại)
  `,
  ar: `
    in (غيرت رقمي|رقمي الجديد) ~6 @brk ~4 (العروض|عروضكم) ~2 (توصل|ترسل|ارسلوها) ~3 (هذا الرقم|هالرقم)
  `,
  hi: `
    in (aane|ana) band ho (gaye|gaya|gayi) ~4 @brk ~3 (wapas|phir se|dobara) ~2 (jod do|add karo|add kar do|bhejo|bhejiye)
  `,
  ms: `
    in jangan lupa ~2 (whatsapp|mesej|hantar|bagitahu) saya ~3 (promo|promosi|semua promo|tawaran)
  `,
};

export function round12eRules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '');
}

/**
 * "I don't get your deals any more" told, not asked for: no stop ("je ne reçois plus vos bons
 * plans… remettez-moi dedans", "ik krijg de vrijdagdeals niet meer binnen, zet me er weer op",
 * "jangan lupa WhatsApp saya semua promo").
 */
const TRAPS: Partial<Record<Lang, string>> = {
  fr: `
    ne (recois|reçois) plus
  `,
  nl: `
    krijg ~3 niet meer binnen
  `,
  ms: `
    jangan lupa ~2 (whatsapp|mesej|hantar|bagitahu)
  `,
};

export function round12eTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
