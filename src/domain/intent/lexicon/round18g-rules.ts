/**
 * Round 18g of issue 18: help questions asked in short messages (batch 55, questions only). No
 * rule read these, and the learned model took a few for stops ("fewer messages" sounds like
 * "no more messages"):
 * - whether the messages can come less often, or only the big promotions ("Is there an option
 *   to get fewer messages?", "Kun je ergens instellen hoe vaak je berichten krijgt?", "推送频率可以
 *   自己选吗？"): the customer asks about a setting, and asks no stop;
 * - whether the number is automated, official, or a scam, and which company writes ("Is this an
 *   automated number?", "Ma risponde un operatore o è tutto automatico?", "Це шахраї?", "Ви
 *   взагалі яка компанія?"); round 18b reads "is this really you?" and where the number came
 *   from, these are the other ways of asking who writes;
 * - what the club, the card or the messages are ("What is this member club? I don't remember
 *   joining", "Que mensagens são essas?", "O co chodzi z tymi wiadomościami?"), and whether a
 *   card made at the till is why we write;
 * - how one unsubscribes, said impersonally in German ("Wie meldet man sich hier ab?").
 * Each is a question; a stop said beside it still wins (an explicit opt-out outranks help).
 * General language knowledge, not the batch's sentences; to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

/**
 * Hindi and Urdu, romanised alike; each in its own script only (a word of the other script would
 * weigh on the language guess: "کون؟" is Urdu).
 */
const HI = `
  help (kam|कम) (message|messages|msg|मैसेज) ~4 (option|ऑप्शन|ho sakta|हो सकता|mil sakte|मिल सकते)
  help (hafte|हफ्ते|mahine|महीने) (mein|me|में) (ek|एक) (baar|bar|बार) ~6 (option|ऑप्शन|ho sakta|हो सकता|kya|क्या)
  help (automatic|automated|auto|ऑटोमैटिक|ऑटोमेटिक|bot|बॉट) (number|नंबर|message|मैसेज) (hai|है)
  help (official|ऑफिशियल|asli|असली) (number|नंबर) (hai|है)
  help (yeh|ye|ये) ~2 (kaun si|कौन सी|kaunsi) (company|कंपनी|dukaan|दुकान)
  help (bill|bil|बिल|rasid|raseed|रसीद|receipt|invoice) ~3 (aate|aati|आते|आती) (rahenge|rahegi|रहेंगे|रहेगी) ~3 (na|ना|kya|क्या|@eoc)
`;
const UR = `
  help (kam|کم) (message|messages|msg|میسج|میسجز) ~4 (option|آپشن|ho sakta|ہو سکتا|mil sakte|مل سکتے)
  help (hafte|ہفتے|mahine|مہینے) (mein|me|میں) (ek|ایک) (baar|bar|بار) ~6 (option|آپشن|ho sakta|ہو سکتا|kya|کیا)
  help (automatic|automated|auto|آٹومیٹک|bot|بوٹ) (number|نمبر|message|میسج) (hai|ہے)
  help (official|آفیشل|asli|اصلی) (number|نمبر) (hai|ہے)
  help (yeh|ye|یہ) ~2 (kaun si|کون سی|kaunsi) (company|کمپنی|dukaan|دکان)
  help (bill|bil|بل|rasid|raseed|رسید|receipt|invoice) ~3 (aate|aati|آتے|آتی) (rahenge|rahegi|رہیں|رہے) ~3 (na|نا|kya|کیا|@eoc)
`;

const HELP: Partial<Record<Lang, string>> = {
  en: `
    help (option|way|possible|setting|can i|could i|can you) ~4 (fewer|less) (messages|texts|offers|promos|often)
    help (option|way|possible|can i|could i) ~4 (once a week|once a month|only the big|just the big|only big)
    help (set|choose|pick|change|adjust|select) ~3 (how often|frequency)
    help (is this|is it|are you|is that) ~2 (automated|automatic|bot|robot|machine|auto reply|autoreply)
    help (is this|is it) ~2 (your|the) official (number|account|whatsapp)
    help (are you|is this|is it) ~2 (scammers|scam|scammer|phishing|fraud|fake)
    help which (company|shop|store|business|brand) (are you|is this|is writing)
    help what (is|s) ~2 (this|that) ~3 (club|programme|program|membership|card) @eoc
    help what (are|re) (these|those) ~1 (messages|texts)
    help (is that|is this) why (you|u) ~2 (write|text|message|are writing|are texting|keep writing)
  `,
  de: `
    help (moglich|kann man|kann ich|option|einstellen|gibt es) ~2 ?@brk ~4 (weniger|seltener|nur einmal|einmal pro woche|einmal im monat|nur die grossen)
    help (einstellen|wahlen|auswahlen|festlegen) ~3 wie oft
    help (ist das|sind sie|ist die nummer|ist diese nummer) ~2 (automatisch|automatisiert|ein bot|ein roboter|eine maschine)
    help (ist das|ist die|ist diese) ~2 offizielle (nummer|konto)
    help (sind sie|seid ihr|ist das) ~2 (betruger|betrug|phishing|fake|abzocke)
    help (welche|was fur eine) (firma|laden|geschaft) (sind sie|seid ihr|ist das)
    help was ist (das|denn|dieser|diese|das fur ein|das fur eine) ~3 (club|klub|karte|programm|vorteilsclub|kundenclub|mitgliedschaft)
    help was (sind das|sollen) ~2 (nachrichten|fur nachrichten)
    help wie (meldet man sich|kann man sich|melde ich mich) ~3 ab
  `,
  fr: `
    help (moyen|possible|option|peut on|on peut|je peux|puis je) ~2 ?@brk ~4 (moins de|seulement les|que les|une fois par) ~2 (messages|promos|grosses|semaine|mois)
    help (choisir|regler|parametrer|changer) ~3 (la frequence|a quelle frequence)
    help (c est|est ce) ~3 (automatique|un robot|un bot|une machine)
    help (c est|est ce) ~3 (le magasin|la boutique|vous) ~3 ou ~2 (phishing|arnaque|une arnaque|du spam)
    help (c est|est ce|vous etes) ~2 (une arnaque|des arnaqueurs|du phishing|escrocs)
    help (c est|c est quoi) (quoi|quelle) ~2 (entreprise|societe|magasin)
    help c est quoi ~2 (ce|cette) ~2 (club|carte|programme)
    help c est quoi ~2 ces messages
  `,
  es: `
    help (opcion|manera|forma|posible|puedo|se puede) ~2 ?@brk ~4 (menos mensajes|menos seguido|una vez por|una vez a la|solo las grandes|solo las ofertas grandes)
    help (elegir|configurar|cambiar|ajustar) ~3 (cada cuanto|la frecuencia|con que frecuencia)
    help (es|esto es|este numero es) ~2 (automatico|un bot|un robot|una maquina)
    help (es|este es) ~2 (su|vuestro|el) numero oficial
    help (son|sois|es) ~2 (estafadores|una estafa|estafa|phishing|fraude)
    help (que|cual) (empresa|tienda|negocio) (son ustedes|sois|es esta|es este|es esto)
    help que es ~2 (este|esta|ese|esa) ~2 (club|tarjeta|programa)
    help que (mensajes son estos|son estos mensajes)
    help (por eso|es por eso que) ~2 (me escriben|me escribis|me mandan|me llegan)
  `,
  pt: `
    help (opcao|jeito|como|da pra|da para|possivel|tem como) ~2 ?@brk ~4 (menos mensagens|menos vezes|uma vez por|so as grandes|so as promocoes grandes)
    help (escolher|configurar|mudar|ajustar) ~3 (a frequencia|com que frequencia|de quanto em quanto)
    help (e|isso e|esse numero e) ~2 (automatico|robo|um robo|um bot|bot)
    help (e|esse e) ~2 (o numero oficial|numero oficial)
    help (isso e|isto e|voces sao|vcs sao|sao voces|e voces) ~2 (golpistas|golpe|um golpe|phishing|fraude)
    help (que|qual) (empresa|loja) (e essa|sao voces|e voces)
    help o que e ~2 (esse|essa|este|esta) ~2 (clube|cartao|programa)
    help (que|quais) mensagens (sao essas|sao estas)
    help (por isso|e por isso) ~2 (me mandam|voces me mandam|me escrevem)
  `,
  it: `
    help (opzione|modo|possibile|posso|si puo) ~2 ?@brk ~4 (meno messaggi|meno spesso|una volta a|solo le grandi|solo le promo grandi)
    help (scegliere|impostare|cambiare) ~3 (la frequenza|ogni quanto|quanto spesso)
    help (risponde|c e|c'e) ~2 (un operatore|una persona|qualcuno) ~3 o ~3 (automatico|un bot|automatica)
    help (e|questo e|questo numero e) ~2 (automatico|un bot|un robot)
    help (e|questo e) ~2 (il vostro|il) numero ufficiale
    help (siete|e) ~2 (truffatori|una truffa|truffa|phishing)
    help (che|quale) (azienda|negozio|ditta) (siete|e questa|e questo)
    help (cos e|che cos e|cosa e) ~2 (questa|questo) ~3 (carta|club|tessera|programma)
    help (che|quali) messaggi sono (questi|@eoc)
    help (per quello|per questo|e per quello|e per questo) ~2 (mi scrivete|mi mandate|che mi scrivete|che mi mandate)
  `,
  nl: `
    help (optie|mogelijk|kan ik|kun je|kan je|kun ik|kan dat) ~2 ?@brk ~4 (minder berichten|minder vaak|een keer per|eens per|alleen de grote)
    help (instellen|kiezen|aanpassen) ~3 hoe vaak
    help hoe vaak ~6 (instellen|kiezen|aanpassen)
    help (is dit|is het|is dat) ~2 (automatisch|een bot|een robot|een computer)
    help (is dit|is het) ~2 (jullie|uw|het) officiele (nummer|account)
    help (zijn jullie|is dit|is het) ~2 (oplichters|oplichting|phishing|nep)
    help (welk|welke) (bedrijf|winkel|zaak) (zijn jullie|is dit)
    help wat is ~2 (die|deze|dat|dit) ~2 (club|pas|kaart|programma)
    help wat (zijn dit|zijn dat) voor berichten
  `,
  pl: `
    help (opcja|opcje|mozna|da sie|moge|sposob) ~2 ?@brk ~4 (mniej wiadomosci|rzadziej|raz w tygodniu|raz w miesiacu|tylko duze)
    help (ustawic|wybrac|zmienic) ~3 (jak czesto|czestotliwosc)
    help (czy to|to jest|to) ~2 (numer automatyczny|automat|bot|automatyczn*|robot)
    help (czy to|to jest|to) ~2 (wasz|oficjalny) ~1 (oficjalny numer|numer)
    help (czy to|to sa|jestescie) ~2 (oszusci|oszustwo|phishing|wyludzenie)
    help (jaka|co to za) (firma|sklep) ~2 (jestescie|@eoc)
    help (co to za|co to jest za) (klub|karta|program|wiadomosci)
    help o co chodzi ~2 (z tymi|z tym) ~1 (wiadomosciami|smsami|klubem|karta)
  `,
  ru: `
    help (можно|есть ли|вариант|возможность|опция) ~2 ?@brk ~4 (реже|меньше сообщений|раз в неделю|раз в месяц|только крупные)
    help (настроить|выбрать|изменить) ~2 ?@brk ~2 (как часто|частоту)
    help (это|этот номер|вы) ~2 (автоматически*|автомат|бот|робот)
    help (это|этот) ~2 (ваш официальный|официальный) номер
    help (вы|это) ~2 (мошенники|мошенничество|развод|фишинг)
    help (какая|что за) (компания|фирма|магазин) ~1 (вы|это|пишет|мне пишет|@eoc)
    help что (это|за) ~2 (клуб|карта|программа|сообщения)
  `,
  uk: `
    help (можна|чи можна|є варіант|є можливість|опція) ~2 ?@brk ~4 (рідше|менше повідомлень|раз на тиждень|раз на місяць|тільки великі)
    help (налаштувати|вибрати|змінити) ~2 ?@brk ~2 (як часто|частоту)
    help (це|цей номер|ви) ~2 (автоматичн*|автомат|бот|робот)
    help (це|цей) ~2 (ваш офіційний|офіційний) номер
    help (ви|це) ~2 (шахраї|шахрайство|фішинг|розвод)
    help (яка|що за) (компанія|фірма|магазин) ~1 (ви|це|пише|мені пише|@eoc)
    help що (це|за) ~2 (клуб|карта|програма|повідомлення)
    help через це ~2 (ви пишете|пишете|ви мені пишете)
  `,
  tr: `
    help (secenek|seçenek|mumkun|mümkün|olur mu|var mi|var mı) ~5 (daha az|daha seyrek|haftada bir|ayda bir|sadece buyuk|sadece büyük)
    help (daha az|daha seyrek|haftada bir|ayda bir) ~4 (secenek|seçenek|mumkun|mümkün|olur mu|var mi|var mı)
    help (siklik*|sıklık*|ne siklikla|ne sıklıkla) ~3 (secebilir|seçebilir|ayarla*)
    help (otomatik|bot|robot) (mi|mı|numara mi|numara mı|mesaj mi|mesaj mı)
    help (resmi) (numara|numaraniz|numaranız) (mi|mı)
    help (dolandirici|dolandırıcı|dolandiricilik|dolandırıcılık|sahte) (misiniz|mi|mı)
    help (hangi|ne) (firma|sirket|şirket|magaza|mağaza) (siniz|sınız|bu)
    help (bu|bu ne) ~2 (kulup|kulüp|kart|program) ~1 ne
    help bu (mesajlar|mesajlar ne) ne
  `,
  id: `
    help (pilihan|bisa|opsi|ada cara) ~5 (lebih sedikit|kurang|lebih jarang|seminggu sekali|sebulan sekali|cuma yang besar|promo besar aja)
    help (pilihan|atur|pilih) ~2 frekuensi
    help (ini|nomor ini) ~2 (otomatis|bot|robot|mesin)
    help (ini|nomor ini) ~2 (nomor resmi|resmi)
    help (ini|kalian) ~2 (penipu|penipuan|phishing)
    help (perusahaan|toko) apa (ini|kalian)
    help (klub|kartu|program|member) (apa|apaan) (ini|itu)
    help (pesan|pesan pesan) (apa|apaan) (ini|itu)
  `,
  ms: `
    help (pilihan|boleh|ada cara) ~5 (kurang|lebih sedikit|kurang sikit|seminggu sekali|sebulan sekali|yang besar je)
    help (nombor ni|ni) ~2 (automatik|bot|robot|mesin)
    help (nombor ni|ni) ~2 (nombor rasmi|rasmi)
    help (ni|korang|awak) ~2 (penipu|scam|phishing)
    help (syarikat|kedai) apa (ni|korang)
    help (kelab|kad|program) ~2 (apa|tu apa|ni apa)
    help (mesej|mesej mesej) apa (ni|tu)
  `,
  vi: `
    help (co the|chon|tuy chon|co cach) ~5 (it tin hon|it hon|nhan it|mot tuan mot lan|moi tuan mot lan|mot thang mot lan)
    help (chon|cai dat|chinh) ~2 tan suat
    help (so nay|day|tin nay) ~3 (tu dong|bot|robot|may)
    help (so nay|day) ~3 (chinh thuc)
    help (lua dao|scam) (ha|a|khong|phai khong)
    help (cong ty|cua hang) nao (vay|day|the)
    help (cau lac bo|the thanh vien|chuong trinh) (nay|gi) ~2 (la gi|vay)
    help (tin nhan|may tin nhan) gi (vay|day|the)
  `,
  tl: `
    help (option|paraan|pwede|puwede) ~5 (mas kaunti|mas konti|kaunti lang|konti lang|isang beses sa isang linggo|minsan sa isang linggo|yung malalaking)
    help (automated|automatic|bot|robot) ~2 (ba|ba to|ba ito) ~1 (number|numero|@eoc)
    help (official|opisyal) ~2 (number|numero) (ba|nyo ba|ninyo ba)
    help (scam|scammer|manloloko) ~1 (ba|kayo ba)
    help anong (kumpanya|company|tindahan) (kayo|ito|to)
    help (anong|ano ang|ano yung) ~2 (club|card|program|messages|mensahe)
  `,
  sw: `
    help (njia|chaguo|inawezekana|naweza) ~5 (chache|kidogo|mara moja kwa wiki|mara moja kwa mwezi|kubwa tu)
    help (namba hii|hii) ~2 (ni ya kiotomatiki|kiotomatiki|ni bot|bot|roboti)
    help (namba hii|hii) ~2 (rasmi)
    help (ninyi|nyinyi|nyie|hii|huu|hawa) ~2 (matapeli|utapeli)
    help (matapeli|utapeli) au
    help (kampuni|duka) gani (hii|nyinyi|ninyi)
    help (klabu|kadi|programu) (hii|gani) ~2 (ni nini|nini)
    help (meseji|ujumbe) (gani hizi|hizi ni za nini|hizi ni nini)
  `,
  ar: `
    help (طريقة|خيار|ممكن|أقدر|اقدر|فيه طريقة) ~5 (أقل|اقل|مرة في الأسبوع|مرة في الاسبوع|مرة بالأسبوع|مرة في الشهر|بس العروض الكبيرة)
    help (هذا|هذه|هل هذا|ده) ~2 (رقم آلي|رقم الي|آلي|الي|بوت|روبوت|تلقائي|اوتوماتيك)
    help (هذا|هل هذا|ده) ~2 (رقمكم الرسمي|الرقم الرسمي|رسمي)
    help (انتم|أنتم|هذا|ده) ~2 (نصابين|احتيال|نصب)
    help (أي|اي|ايش|وش) (شركة|محل) (انتم|أنتم)
    help (ايش|وش|شو|ما) (هذا|هذه|هو|هي) ~2 (النادي|البطاقة|الكرت|البرنامج|الرسائل|الرسايل)
    help (eh|ایه|إيه|ايه) (el rasayel|الرسايل|الرسائل) (di|دي)
  `,
  bn: `
    help (kom|কম) (message|messages|মেসেজ) ~4 (option|অপশন|upay|উপায়|ache|আছে)
    help (সপ্তাহে|saptahe|মাসে|mashe) (একবার|ekbar) ~4 (option|অপশন|আছে|ache|যায়|jay)
    help (এটা|eta|এই নম্বর|ei number) ~2 (অটোমেটিক|automatic|বট|bot|রোবট)
    help (এটা|eta|এই নম্বর|ei number) ~2 (অফিসিয়াল|official) ~1 (নম্বর|number)
    help (ei|এই) (club|ক্লাব|card|কার্ড) (ta|টা) ~1 (ki|কি|কী)
    help (ei|এই) (message|মেসেজ|মেসেজগুলো) ~1 (gulo|গুলো) ~1 (ki|কি|কী|কিসের|kiser)
  `,
  th: `
    help (มีตัวเลือก|เลือกได้|ตั้งค่า|ได้ไหม|ได้มั้ย) ~15 (น้อยลง|ส่งน้อย|เดือนละครั้ง|อาทิตย์ละครั้ง|สัปดาห์ละครั้ง|แค่โปรใหญ่)
    help (น้อยลง|เดือนละครั้ง|อาทิตย์ละครั้ง|สัปดาห์ละครั้ง) ~15 (ได้ไหม|ได้มั้ย|ได้หรือเปล่า|มีไหม)
    help (ระบบอัตโนมัติ|อัตโนมัติ|บอท|หุ่นยนต์) ~6 (หรือเปล่า|ไหม|มั้ย|รึเปล่า|ใช่ไหม)
    help (เบอร์ทางการ|เบอร์จริง|ทางการ) ~6 (หรือเปล่า|ไหม|มั้ย|รึเปล่า|ใช่ไหม)
    help (มิจฉาชีพ|หลอกลวง|แก๊งคอล) ~6 (หรือเปล่า|ไหม|มั้ย|รึเปล่า|ใช่ไหม)
    help (คุณ|ที่นี่|นี่) ~4 (บริษัท|ร้าน) ~2 (อะไร|ไหน)
    help (คลับ|บัตร|โปรแกรม|ข้อความ) ~4 (นี้|พวกนี้) ~2 (คืออะไร|อะไร)
  `,
  zh: `
    help (频率|频次|次数) ~6 (选|设置|调|改)
    help (能不能|可以|可不可以|有没有|能否) ~6 (少发|少一点|少一些|一周一次|每周一次|一个月一次|只收大)
    help (少发|一周一次|每周一次|一个月一次|只收大) ~8 (吗|嗎|可以吗|行吗|行不行)
    help (自动|机器人|机器|自動) ~6 (吗|嗎|的吧|是不是)
    help (有人看|有人回|真人) ~4 (吗|嗎)
    help (官方|正规) ~4 (号码|号|賬號|账号) ~4 (吗|嗎)
    help (骗子|诈骗|钓鱼) ~4 (吗|嗎)
    help (你们是|你们|这是|是) ~2 (哪家|什么) (公司|店)
    help (这个|这是什么) ~4 (俱乐部|会员卡|会员|卡|计划) ~4 (什么|吗)
    help (这些|这是什么) ~2 (消息|信息|短信) ~4 (什么|干嘛)
  `,
  ja: `
    help (頻度|回数) ~10 (選べ|選ぶ|設定|変え|減ら)
    help (自動|ボット|ロボット|機械) ~10 (ですか|でしょうか|なの|か？)
    help (公式|正式) ~6 (番号|アカウント) ~6 (ですか|でしょうか|なの)
    help (詐欺|フィッシング) ~6 (ですか|でしょうか|なの)
    help (どこの|どちらの) (会社|お店|店) ~1 (ですか|でしょうか|から)
    help (このクラブ|この会員|このカード|このメッセージ) ~6 (何|なん)
  `,
  hi: HI,
  ur: UR,
};

export function round18gRules(lang: Lang): ReturnType<typeof rules> {
  return rules(HELP[lang] ?? '');
}
