/**
 * Round 17f of issue 18: help questions missed in long messages (batch 50). Each asks about the
 * marketing before any request is made; the help reply explains where the number came from, what
 * replying costs and how to leave. General language knowledge, to be reviewed by native speakers:
 * - How one's number got onto the list, or whether a third party passed it on: "I only gave my
 *   number to the wedding planner. Did they pass it on to you? I don't understand how I ended up
 *   on this list." ("Ve l'hanno passato loro?", "Sa kanila nyo po ba nakuha?", "是他们给你们的吗？",
 *   "Bu listeye nasıl girdiğimi anlamadım"). "Who gave you my number?" was read before (round 7);
 *   these name the third party as the subject, or ask how "I" came to be on it.
 * - What replying costs: "Kost het mij iets als ik reageer?", "Nikijibu STOP nitakatwa pesa?",
 *   "Nhắn STOP thì có tốn tiền không?", "回复STOP要收费吗？": a reply word and a charge, even with
 *   the keyword named inside the question. "Stop texting me, it costs me" names no reply word.
 * - Consent asked about: "Did I agree to something without noticing?", "Farkında olmadan bir şeye
 *   onay mı verdim?", "知らないうちに何かに同意してしまったのでしょうか" (with "what are these
 *   messages?" beside it). "I never agreed to this" is a complaint, no question, and stays read.
 * - Turkish impersonal "nasıl çıkılıyor?" (how does one leave?).
 * A trap: a stop weighed, not asked for ("I'm thinking about unsubscribing, but…", "Ich überlege,
 * die Werbung abzubestellen"): the customer asks what would follow in the next sentence.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const HELP: Partial<Record<Lang, string>> = {
  en: `
    help how ~2 (did|do|have|has|come) ~2 (i|my number) ~2 (end up|ended up|get|got|gotten|land|landed|come to be|came to be) ~3 (on|in|onto) ~3 (list|lists|database|mailing list)
    help how i (ended up|got|landed|came to be|end up) ~3 (on|in|onto) ~3 (list|lists|database|mailing list)
    help (did|have|was it) ~2 (they|he|she|them|him|her) ~3 (pass|passed|give|gave|share|shared|sell|sold|hand|forward|forwarded) ~3 (my number|my details|my contact|it) ~3 (to you|on to you|you)
    help (reply|replying|respond|responding|text back|texting back|answer|answering|replies) ~4 ?@brk ~4 (cost|costs|charged|charge me|use my credit|use up my credit|eat my credit)
    help (cost|charged|charge) ~4 (to reply|to respond|for replying|to text back|for texting back|for answering)
    help did i ~3 (agree|sign up|subscribe|consent|opt in|join|accept) ~3 (something|anything)
  `,
  de: `
    help wie (bin ich|komme ich|kam ich|ist meine nummer|sind sie an meine nummer) ~5 (liste|verteiler|datenbank|verteilerliste|gekommen)
    help (haben sie|habt ihr|hat er|hat sie|haben die) ~4 (nummer|sie|meine daten|die) ~3 von (ihm|ihr|ihnen|denen|dort) ~2 (bekommen|erhalten|gekauft)
    help (kostet|kosten) ~4 ?@brk ~6 (antworte|antworten|antwort|zuruckschreibe|zuruckschreiben|reagiere|reagieren)
    help habe ich ~4 (unbemerkt|versehentlich|aus versehen|irgendetwas|irgendwas|etwas|ohne es zu merken) ~4 (zugestimmt|angemeldet|eingewilligt|abonniert)
  `,
  fr: `
    help comment ~3 (je me retrouve|je suis|je me suis retrouve|je me suis retrouvee|j ai atterri|mon numero) ~4 (liste|fichier)
    help (ils vous l ont|vous l ont|elle vous l a|il vous l a|ils vous ont) ~2 (transmis|donne|passe|communique|vendu|refile)
    help (coute|coutera|payant|facture|factures|preleve) ~6 (repondre|reponse|repondant|reponds)
    help (repondre|je reponds|reponse) ~3 ?@brk ~4 (coute|coutera|payant|facture|factures)
    help (ai je|est ce que j ai|j ai) ~3 (accepte|souscrit|donne mon accord|inscrit|signe) ~4 sans (m en rendre compte|le savoir|faire expres|m en apercevoir)
  `,
  es: `
    help mi numero ~2 (se lo|se los|te lo|os lo) (paso|pasaron|dio|dieron|vendio|vendieron|compartio|compartieron)
    help (como|de que manera) ~2 (llegue|termine|acabe|entre|aparezco|aparecí|me metieron|fui a parar) ~3 (lista|base)
    help (cobran|cobra|cuesta|costara|cobrara|cobraran|descuentan|gratis) ~6 (respondo|responder|contesto|contestar|respuesta|respondiendo)
    help (respondo|responder|contesto|contestar) ~3 ?@brk ~4 (cobran|cobra|cuesta|costara|cobrara|cobraran|descuentan|saldo)
    help (acepte|accedi|me suscribi|me inscribi|me apunte|di permiso) ~3 algo ~3 sin (darme cuenta|saber|querer)
  `,
  it: `
    help (ve l hanno|ve lo hanno|vi hanno|ve l ha|ve lo ha|vi ha) ~2 (passato|dato|girato|venduto|ceduto|fornito)
    help come ~2 (sono finit*|sono entrat*|ci sono finit*|sono capitat*|mi trovo|sono arrivat*) ~3 (lista|elenco|liste)
    help (costa|costera|pago|paga|addebit*|gratis|gratuito) ~6 (rispondere|rispondo|risposta)
    help (rispondere|rispondo|risposta) ~3 ?@brk ~4 (costa|costera|pago|addebit*|credito)
    help (ho accettato|ho dato il consenso|mi sono iscritt*|ho aderito) ~3 qualcosa ~3 senza (accorgermene|saperlo|volerlo)
  `,
  pt: `
    help (foram eles|foi ela|foi ele|foi o|foi a) ~4 que ~3 (passaram|passou|deram|deu|venderam|vendeu|repassaram|repassou)
    help como ~2 (fui parar|entrei|vim parar|cai|acabei) ~3 (lista|cadastro)
    help (responder|respondo|resposta|responda) ~3 ?@brk ~4 (cobrad*|cobram|cobra|custa|pago|paga|desconta*)
    help (cobrad*|cobram|custa|desconta*) ~6 (responder|respondo|resposta)
    help (aceitei|concordei|me inscrevi|assinei|autorizei) ~3 (algo|alguma coisa) ~3 sem (perceber|saber|querer)
  `,
  nl: `
    help hoe ~3 (ik|ben ik|kom ik|kwam ik|mijn nummer) ~4 (lijst|bestand|verzendlijst) ~2 ?(beland|terechtgekomen|gekomen)
    help (hebben jullie|heeft u|hebt u) ~4 (van haar|van hem|van hen|van hun|van ze|van die) ~2 (gekregen|gekocht|ontvangen)
    help (kost|kosten) ~4 ?@brk ~4 (reageer|reageren|antwoord|antwoorden|terugsturen|terugstuur|stuur)
    help heb ik ~4 (ergens|iets) ~3 (mee ingestemd|ingestemd|aangemeld|voor getekend|akkoord gegeven)
  `,
  ru: `
    help как ~2 (я попал|я попала|я оказался|я оказалась|мой номер попал|попал|попала|оказался|оказалась) ~3 (список|списке|списку|базу|базе|рассылку|рассылке|ваш)
    help (это они|они|она|он) ~2 вам ~2 (передали|передала|передал|дали|дала|продали)
    help (ответ*|отвечу|напишу) ~3 ?@brk ~4 (спишут|платн*|стоит|стоить|деньги|платить)
    help (на что то|на что нибудь|на что-то) ~2 (согласился|согласилась|подписался|подписалась)
  `,
  uk: `
    help як ~2 (я потрапив|я потрапила|я опинився|я опинилася|я опинилась|потрапив|потрапила|опинився|опинилася|опинилась) ~3 (список|списку|базу|базі|розсилку|ваш)
    help (ви|ви його|ви мій номер) ~3 (отримали|взяли|купили) від (них|неї|нього)
    help (відповім|відповідь|відповідати|напишу) ~3 ?@brk ~4 (спишуть|платн*|коштує|коштуватиме|гроші|платити)
    help (на щось|на що небудь) ~2 (погодився|погодилась|погодилася|підписався|підписалась|підписалася)
  `,
  pl: `
    help (skad|jak) ~2 (sie wzielam|sie wzialem|sie znalazlam|sie znalazlem|trafilam|trafilem|sie znalazl|trafil) ~3 (liscie|liste|bazie|baze)
    help (czy to oni|czy oni|czy ona|czy on|czy to ona|czy to on) ~3 (wam|panstwu|panu|pani) ~3 (przekazali|przekazala|przekazal|dali|dala|dal|sprzedali)
    help (odpowiedz*|odpisanie|odpisze|odpisac|odpowiem) ~3 ?@brk ~4 (kosztuje|kosztowac|platne|pobior*|zaplac*|oplat*)
    help (zgodzilam|zgodzilem|zapisalam|zapisalem) sie ~2 na cos
  `,
  tr: `
    help nasil ~3 (cikiliyor|cikilir|cikilabilir|ayriliyor|ayrilinir)
    help (onlar mi|o mu|onlar) ~2 size ~2 (verdi|vermis|satti|iletti|verdiler)
    help (listeye|listenize|listenize nasil) ~2 nasil ~2 (girdim|girdigimi|eklendim|eklendigimi|dustum|girmisim)
    help (cevap|yanit|yazarsam|yazinca|cevaplarsam|yanitlarsam) ~3 ?@brk ~3 (ucret*|para|kontor|parali|bakiye*)
    help (bir seye|bir sey) ~2 onay ~2 (mi verdim|verdim mi)
    help farkinda olmadan ~4 (onay|kaydol*|uye|abone)
  `,
  id: `
    help (apa|apakah|emang) ~2 mereka ~3 (yang kasih|yang kasi|yang berikan|kasih|berikan|kasi|jual) ~3 (kalian|nomor|anda)
    help (kok bisa|gimana|bagaimana|kenapa) ~3 (bisa masuk|masuk|ada di) ~3 (daftar|list)
    help (balas|bales|membalas|reply) ~3 ?@brk ~4 (bayar|berbayar|potong pulsa|dipotong|kena potong|kena biaya|pulsa)
    help (apa|apakah) saya ~3 (setuju|daftar|mendaftar|berlangganan) ~3 (sesuatu|tanpa sadar)
  `,
  ms: `
    help (diorang|dorang|mereka) ~2 (ke|kah) ~2 yang (bagi|beri|jual|kasi)
    help macam mana ~2 saya ~2 (boleh masuk|masuk|ada dalam) ~2 (list|senarai)
    help (balas|reply|membalas) ~3 ?@brk ~4 (kena caj|caj|bayar|potong kredit|kredit)
    help (adakah|ke) saya ~3 (setuju|daftar|mendaftar|melanggan) ~3 (sesuatu|tanpa sedar)
  `,
  ar: `
    help (هل|يعني) ~2 (هم|هو|هي|اللي) ~2 (اعطوكم|أعطوكم|عطوكم|ادوكم|اعطاكم|أعطاكم|باعوكم|عطوكم رقمي)
    help (كيف|ازاي|شلون) ~3 (صرت|دخلت|وصلت|انضفت|صار رقمي|وصل رقمي|اتضفت) ~3 (القائمة|القايمة|الليست|قائمة|القائمه)
    help (الرد|رديت|ارد|أرد|رد) ~5 (فلوس|رصيد|تكلف|يكلف|بفلوس|مجاني|يخصم|يخصموا|رسوم)
    help هل ~2 (وافقت|اشتركت|سجلت) ~3 (على شي|على شيء|في شي|على حاجة)
  `,
  hi: `
    help (क्या उन्होने|क्या उन्होंने|kya unhon ne|kya unhone|kya unhon) ~3 (आपको|आप को|aap ko|aapko|apko) ~3 (दिया|दे दिया|diya|de diya|bech diya|बेच दिया)
    help (लिस्ट|सूची|list) (में|मे|mein|me|mai) kaise ~2 (aa|aaya|aayi|aa gaya|aa gayi|aa gaya hoon|pahunch)
    help (लिस्ट|सूची) (में|मे) कैसे ~2 (आ|आया|आई|आ गई|आ गया|पहुंच|पहुँच)
    help (reply|jawab|रिप्लाई|जवाब) ~4 ?@brk ~4 (paise|charge|balance|पैसे|चार्ज|बैलेंस) ~2 (katenge|lagenge|kategi|lagega|kat|कटेंगे|लगेंगे|लगेगा|कटेगा)
    help (kya maine|क्या मैंने|क्या मैने) ~8 (haan kar diya|haan kiya|agree kiya|sign up kiya|accept kiya|हाँ कर दिया|हां कर दी|सहमति)
  `,
  ur: `
    help (kya unhon ne|kya unhone|کیا انہوں نے|کیا انھوں نے) ~3 (aap ko|aapko|apko|آپ کو) ~3 (diya|de diya|دیا|دے دیا|بیچ دیا)
    help (list|لسٹ|فہرست) (mein|me|میں) (kaise|کیسے) ~2 (aa|aaya|aa gaya|aa gayi|آ|آیا|آ گیا|آ گئی|پہنچ)
    help (reply|jawab|جواب|ریپلائی) ~6 (paise|charge|balance|پیسے|چارج|بیلنس) ~2 (katenge|lagenge|kategi|lagega|کٹیں|لگیں|کٹے|لگے|کٹیں گے|لگیں گے)
  `,
  bn: `
    help (ওরা|তারা|উনারা|ওনারা) কি ~2 (আপনাদের|আপনাদেরকে|তোমাদের) ~2 (দিয়েছে|দিয়েছেন|দিছে|দিল|দিয়েছিল)
    help (লিস্টে|তালিকায়|লিস্টের) ~2 (কীভাবে|কিভাবে) ~2 (এলাম|আসলাম|ঢুকলাম|গেলাম|এল|আসল)
    help (রিপ্লাই|উত্তর|জবাব) ~6 (টাকা|চার্জ|ব্যালেন্স) ~2 (কাটবে|লাগবে|কাটে)
  `,
  sw: `
    help (wao|yeye) ndio ~1 (waliowapa|aliyewapa|walitoa|waliwapa|walikupa|waliwauzia)
    help (nimeingiaje|niliingiaje|nimefikaje) ~3 (orodha|list|orodhani)
    help (nikijibu|kujibu|nikituma|nikiwajibu) ~5 (nitakatwa|gharama|kulipa|pesa|salio|kukatwa)
    help nili ~1 (kubali|jiandikisha|jisajili) ~2 (kitu|chochote)
    help (nilikubali|nilijiandikisha|nilijisajili) ~2 (kitu|chochote)
  `,
  tl: `
    help sa (kanila|kaniya|kanya) ~2 (nyo|ninyo|niyo) ~2 (nakuha|kinuha)
    help bakit ~2 ako ~2 (nasa|napunta sa|nakasama sa|napasama sa) ~2 (list|listahan)
    help (bayad|bawas) ~6 reply
    help reply ~4 ?@brk ~4 (bayad|bawas|load)
    help (pumayag|nag sign up|nag agree|nag subscribe) ~2 ba ~2 ako
  `,
  vi: `
    help (co phai|phai) ~2 (ho|ben do|ben ay|tiem do|tiem ay|cua hang do) ~3 (dua|cho|ban) ~3 (so|sdt|so dien thoai)
    help (sao|tai sao|vi sao|lam sao) ~4 (co trong|nam trong|vao|o trong) ~2 (danh sach|list)
    help (nhan|tra loi|rep|nhan tin) ~4 (ton tien|mat tien|mat phi|tinh phi|tru tien|ton phi)
    help (minh|toi|em) ~2 co ~1 (dong y|dang ky|dang ki) ~2 (cai gi|gi)
  `,
  zh: `
    help 是 ~6 给 (你们|你) 的
    help (怎么|为什么|為什麼|怎麼) ~3 (会在|进了|到了|上了|會在) ~4 (名单|列表|名單)
    help 回复 ~8 (收费|扣费|要钱|花钱|扣钱|收錢|扣費)
    help (同意|答应|注册|订阅) ~2 (了什么|过什么)
  `,
  ja: `
    help (そちらから|そこから|そちらに|そこからそちら) ~10 (伝わった|渡った|流れた|聞いた|もらった)
    help なぜ ~8 (リスト|名簿) ~4 (入って|載って|登録されて)
    help 返信 ~10 (料金|お金|有料|かかり|かかる)
    help 何か ~6 (同意|登録|申し込) ~8 (でしょうか|のか)
  `,
  th: `
    help ได้เบอร์ ~4 มาจาก ~20 (หรือเปล่า|รึเปล่า|ไหม|มั้ย)
    help ทำไม ~6 (อยู่ในลิสต์|อยู่ในรายชื่อ|อยู่ในรายการ)
    help ตอบกลับ ~20 (เสียเงิน|เสียค่า|คิดเงิน)
    help (ยินยอม|ตกลง|สมัคร) ~12 อะไร ~10 (หรือเปล่า|ไหม|รึเปล่า|มั้ย)
  `,
};

export function round17fRules(lang: Lang): ReturnType<typeof rules> {
  return rules(HELP[lang] ?? '');
}

const TRAPS: Partial<Record<Lang, string>> = {
  en: `
    (thinking|thought) (about|of) (unsubscribing|opting out|stopping)
    considering (unsubscribing|opting out)
  `,
  de: `
    ich (uberlege|überlege) ~4 (abzubestellen|abzumelden)
  `,
};

export function round17fTraps(lang: Lang): string[] {
  return words(TRAPS[lang] ?? '');
}
