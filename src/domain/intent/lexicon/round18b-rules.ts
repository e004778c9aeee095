/**
 * Round 18b of issue 18: help questions about who is writing and where the number came from
 * (batches 49 and 52). Round 17f read how "I" got onto the list and whether a named third party
 * passed the number on; round 7's who-question (context.ts) reads a short "who is this?". Batch
 * 52 asked the same things at a letter's length and from other sides, and no rule read them:
 * - whether the business passes the number on to other companies ("Geben Sie meine Handynummer
 *   an andere Firmen weiter?", "il mio numero lo date anche ad altre aziende?", "هل تعطون رقمي
 *   لشركات ثانية؟");
 * - who is writing and where the details came from, asked inside a longer sentence ("Could you
 *   please tell me who you are and where you obtained my details?", "Aap log kaun hain aur is
 *   number pe kis silsilay mein message kar rahe hain?"), or whether a loyalty card signed one up
 *   ("一度ポイントカードを作っただけなのですが、それで配信の対象に…", "我的号码是怎么进到名单里的");
 * - whether the sender is genuine ("¿esto es de verdad la tienda…? ¿Cómo sé que sois vosotros?",
 *   "Paano ko malalaman na legit tong number?", "Nasıl emin olabilirim?");
 * - who else sees the number ("Is this a group or just to me?", "Kunnen anderen mijn nummer
 *   zien?");
 * - what the messages are, short ("呢啲係咩訊息嚟㗎？", "何のお知らせでしょうか").
 * Each is a question; a stop said beside it still wins (an explicit opt-out outranks help), so
 * "who are ?you I never gave you my number, remove it" stays a stop.
 * General language knowledge, not the batch's sentences; to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules } from './rules';

const HELP: Partial<Record<Lang, string>> = {
  en: `
    help (do|does|did|will|would) (you|u|your company|your shop|your store) ~2 (share|sell|give|pass|hand|forward|provide) ~3 (my number|my phone number|my details|my data|my info|my contact|my information) ~3 (to|with) ~2 (other|third|partner|partners|companies|anyone)
    help (do|does|did|will|would) (you|u) ~2 (share|sell|give|pass) ~2 (it|them) (on|to|with) ~3 (other|third) ~1 (companies|parties|firms|businesses)
    help (tell|let) me ~2 who (you are|this is|is writing|is texting)
    help where (you|did you|have you) ~2 (obtained|obtain|got|get|gotten|found|find) ~2 my (details|number|data|info|information|contact)
    help is (that|this) (why|how) ~2 (i m|im|i am|i ve been|i have been) (getting|receiving|on)
    help did (that|this|it) ~2 (sign|put|add|subscribe|register) me ~2 (up|on|to)
    help how (do|can|would|could|will) i ~2 (know|tell|be sure|check|verify) ~3 (it s|its|this is|that this is|that it s|you are|you re|it is) ~3 (you|legit|real|genuine|official|really)
    help is this (really|actually|genuinely|truly) (you|the|your|from) ~4 (shop|store|bakery|pharmacy|company|business|official|you|number|brand)
    help is (this|it) (really|actually|genuinely|truly) (you|u|yourselves) @eoc
    help are you (really|actually|genuinely|truly) (the|my|your) ~3 (shop|store|bakery|pharmacy|company|business|official|number|brand)
    help is this (number|message|account) ~2 (legit|real|genuine|official|really yours|really you)
    help is this a (group|broadcast|group chat|group message|mass message) or
    help is this a (group|broadcast|group chat) @eoc
    help (can|could|do|will) (other|others|everyone|strangers|other people|the others|other customers) ~3 (see|view|read) ~2 my (number|phone number|details|name)
    help (sent|going|go|gone) to (everyone|everybody|all) or (just|only) ~1 (me|to me)
  `,
  de: `
    help (geben|gebt|verkaufen|verkauft|teilen|teilt) (sie|ihr) ~3 (nummer|handynummer|daten|telefonnummer) ~4 (andere|dritte|partner|weiter)
    help (wer sie sind|wer ihr seid|wer da schreibt)
    help woher (sie|ihr|haben sie|habt ihr) ~3 (meine|meinen) ~1 (daten|nummer|handynummer|telefonnummer|kontakt)
    help woher (weiss|weiß|soll ich wissen) ~3 (dass|ob) ~4 (sie|ihr|echt|wirklich|seriös|serios)
    help (sind sie|seid ihr|ist das) (wirklich|tatsachlich|tatsächlich|echt) ~5 (laden|geschaft|geschäft|apotheke|firma|sie|ihr|ihre nummer|offiziell)
    help ist das eine gruppe ?@brk oder ~4 (nur an mich|nur mir|nur fur mich|nur ich|allein|an mich)
    help (konnen|können|sehen) (andere|alle|fremde) ~3 (meine nummer|meine handynummer|meine daten)
    help (nur an mich|nur mir|an alle) ~2 oder ~3 (an alle|nur an mich|nur mir|gruppe)
  `,
  fr: `
    help (transmettez|donnez|vendez|passez|communiquez|partagez) vous ~3 (numero|coordonnees|donnees) ~4 (autres|tiers|partenaires|societes|entreprises)
    help (vous transmettez|vous donnez|vous vendez|vous passez|vous communiquez|vous partagez|vous refilez) ~3 (numero|coordonnees|donnees) ~4 (autres|tiers|partenaires|societes|entreprises)
    help qui vous etes
    help (ou|d ou) (vous avez|avez vous) ~2 (eu|trouve|obtenu|pris|recupere) ~2 (mon numero|mes coordonnees|mes donnees)
    help comment (savoir|etre sur|etre sure|je sais|puis je savoir|je peux savoir) ~3 (que c est|que c etait|que vous etes|si c est) ~2 ?(bien|vraiment) ~1 (vous|vrai|officiel|legitime)
    help c est (vraiment|reellement) ~4 (magasin|boutique|pharmacie|societe|vous|numero officiel|boulangerie)
    help (est ce un|c est un) groupe ?@brk ou ~4 (moi|pour moi|a moi)
    help (les autres|d autres|tout le monde|des inconnus) ~2 (peuvent|voient|verront|peut) ~2 ?(voir) ~1 mon numero
  `,
  es: `
    help (le|les) (pasan|dan|venden|dais|pasais|comparten|ceden) ~2 mi (numero|telefono|contacto|datos) ~3 (a|con) ~1 (otras|otros|terceros|empresas)
    help (pasan|dan|venden|comparten|ceden|pasais|dais) ~3 mis datos ~3 (a|con) ~1 (otras|otros|terceros|empresas)
    help (quienes|quien) (son|sois|es) (ustedes|uds|vosotros|usted)
    help (de donde|donde) (sacaron|sacasteis|obtuvieron|consiguieron|tienen|tenéis|teneis) ~2 mis (datos)
    help como (se|sabre|puedo saber|saber) ~1 que (sois|son|es|eres) (vosotros|ustedes|usted|tu|de verdad|real|legit|oficial)
    help (esto es|es esto|son ustedes|sois vosotros|es usted|son|sois) (de verdad|realmente|en serio|de veras) ~3 (tienda|farmacia|negocio|empresa|ustedes|vosotros|oficial|numero)
    help (esto es|es esto) (un|una) (grupo|difusion|lista de difusion) ?@brk ~6 (a mi|a todos|para mi)
    help (otros|otras personas|desconocidos|los demas|todos) ~2 (pueden|ven|vean|veran) ~1 mi numero
  `,
  pt: `
    help (repassam|passam|vendem|compartilham|dao|cedem) ~3 (meu numero|meus dados|meu contato|meu telefone) ~3 (para|pra|a|com) ~2 (outras|outros|terceiros|empresas|parceiros)
    help quem (sao|e) (voces|vcs|vc|voce|o senhor)
    help (foi|foram) ~3 (funcionario|funcionaria|funcionarios|alguem|empregado) ~3 (cadastrou|cadastraram|registrou|colocou)
    help (por que|porque|pq) ~5 (chegam|chega|vem|vêm) ~3 (numero|celular|whatsapp|telefone) da ?(minha) ~1 (loja|empresa)
    help como (sei|saber|vou saber|posso saber|eu sei) ~1 que (sao|e|eh) (voces|vcs|mesmo|verdade|oficial|legit)
    help (e|sao) (mesmo|realmente|de verdade) ?(a|o|da|do) ~2 (loja|empresa|farmacia|oficial|numero|voces|vcs)
    help (isso e|isto e|e) um grupo ?@brk ~6 (pra mim|para mim|so eu|a mim|so pra mim)
    help (outras pessoas|outros|desconhecidos|todo mundo|os outros) ~2 (podem|conseguem|vao) ~1 ver ~1 meu numero
  `,
  it: `
    help (date|passate|vendete|cedete|girate|condividete) ~3 (mio numero|miei dati) ~4 (altre|altri|terzi|aziende|partner)
    help (mio numero|miei dati) ~3 (date|passate|vendete|cedete|girate|condividete) ~4 (altre|altri|terzi|aziende|partner)
    help (chi siete|chi e che scrive|chi mi scrive)
    help dove (avete|avete preso|li avete) ~2 (preso|trovato|avuto|ottenuto) ~2 (miei dati|mio numero|mio contatto)
    help come (faccio a sapere|so|posso sapere|faccio ad essere sicur*) ~1 che (siete|e) (voi|davvero|vero|ufficiale)
    help siete davvero ~4 (negozio|voi|farmacia|azienda|ufficiale|numero)
    help e davvero (il|la|lo) ~2 (negozio|farmacia|numero ufficiale|vostro numero)
    help (e|questo e) un gruppo ?@brk ~6 (a me|per me|a tutti)
    help (altri|gli altri|estranei|tutti) ~2 (possono|vedono|vedranno) ~2 mio numero
  `,
  nl: `
    help (geven|verkopen|delen) (jullie|u|je) ~3 (nummer|gegevens) ~3 (door|aan|met) ~3 (andere|derden|partners|bedrijven)
    help wie (jullie zijn|u bent|je bent)
    help waar (hebben jullie|heeft u|hebt u|heb je) ~3 (nummer|gegevens) ~2 (vandaan|gekregen)
    help hoe (weet ik|kan ik weten|kan ik zeker weten) ~2 dat ~3 (jullie|u|echt|betrouwbaar|officieel)
    help (zijn jullie|bent u|is dit) (echt|werkelijk|wel echt) ~3 (jullie|winkel|zaak|apotheek|bedrijf|officieel|nummer)
    help (is dit|dit is) een groep ?@brk of ~6 (naar mij|aan mij|voor mij|iedereen|alleen)
    help (naar iedereen|aan iedereen) ~2 of ~2 (alleen|enkel) ~2 (naar mij|mij|aan mij)
    help (anderen|andere mensen|vreemden|iedereen) ~3 (mijn nummer) ~2 (zien|kunnen zien)
    help (kunnen|kan) (anderen|andere mensen|vreemden|iedereen) ~2 mijn nummer ~1 zien
  `,
  pl: `
    help (przekazujecie|przekazuja|sprzedajecie|udostepniacie|dajecie) ~3 (numer|dane) ~3 (innym|firmom|partnerom|osobom trzecim)
    help kim (jestescie|pan jest|pani jest|panstwo sa)
    help skad (macie|wzieliscie|maja panstwo|ma pan) ~3 (numer|dane|kontakt)
    help skad (mam wiedziec|wiem|bede wiedzial|bede wiedziala) ~2 ze to (wy|naprawde|prawdziwy)
    help (czy to naprawde|czy to na pewno|to naprawde) ~3 (wy|sklep|apteka|firma|oficjaln*|numer|wasz*)
    help (czy to jest|to jest|czy to) grupa ?@brk czy ~4 (do mnie|mnie)
    help (tylko do mnie|tylko mnie) ~3 (czy|grupa)
    help (obcy|inni|wszyscy|obcy ludzie|inne osoby) ~3 (widzieli|widza|zobacza|widziec) ~2 (moj numer)
  `,
  ru: `
    help (передаете|передаёте|продаете|продаёте|даете|даёте|сливаете) ~3 (номер|данные|контакт) ~3 (другим|третьим|компаниям|партнерам)
    help кто вы ?(такие)
    help откуда (у вас|вы взяли|вы узнали) ~3 (номер|данные|контакт)
    help как ?мне (понять|узнать|убедиться|проверить) ?@brk что это (вы|правда|действительно|настоящ*)
    help (это|это правда|это точно) ?(правда|действительно|точно) ~1 (ваш|вы) ~2 (магазин|номер|компания|пишете)
    help это (группа|рассылка) ?@brk или ~4 (мне|меня)
    help (другие|посторонние|все|чужие) ~3 (видят|увидят|видеть|видно) ~2 (мои номер|номер)
  `,
  uk: `
    help (передаєте|продаєте|даєте|зливаєте) ~3 (номер|дані|контакт) ~3 (іншим|третім|компаніям|партнерам)
    help хто ви ?(такі)
    help звідки (у вас|ви взяли|ви дізналися) ~3 (номер|дані|контакт)
    help як ?мені (зрозуміти|дізнатися|переконатися|перевірити) ?@brk що це (ви|правда|справді|справжн*)
    help це (справді|правда|точно) ~2 (ваш|ви) ~2 (магазин|номер|компанія|пишете)
    help це (група|розсилка) ?@brk чи ~4 (мені|мене)
    help (інші|сторонні|всі|чужі) ~3 (бачать|побачать|бачити|видно) ~2 (мій номер|номер)
  `,
  tr: `
    help (numarami|numaramı|bilgilerimi|numaramizi) ~3 (baska|diger|ucuncu) ~2 (firma*|sirket*|kisi*|taraf*) ~3 (paylasiyor|veriyor|satiyor|aktariyor) ~1 (musunuz|mu)
    help (siz kimsiniz|kimsiniz)
    help (numarami|numaramı|bilgilerimi) (nereden|nerden) (aldiniz|buldunuz)
    help bu (gercekten|cidden) ~4 (numara*|magaza*|dukkan*|eczane*|siz|firma*|resmi) ~2 (mi|misiniz|misin)
    help (nasil|nereden) (emin olabilirim|emin olayim|anlayabilirim|bilebilirim|anlarim)
    help bu ?(bir) grup (mu|mi)
    help (baskalari|başkaları|digerleri|yabancilar|herkes) ~2 (numarami|numaramı) ~2 (gorebilir|görebilir|goruyor|görüyor)
  `,
  id: `
    help (nomor|data) saya ~2 (dibagikan|dikasih|diberikan|dijual|disebar) ~3 (ke|kepada) ~2 (perusahaan|pihak|orang) ~1 lain
    help (apakah|apa) (kalian|anda) ~2 (membagikan|kasih|memberikan|menjual|menyebarkan) ~3 (nomor|data) ~4 (lain|ketiga)
    help (kalian|anda|ini) (siapa|siapa ya)
    help (dapat|dapet|tau|tahu) (nomor|data) saya (dari mana|darimana)
    help (gimana|bagaimana) ?(saya) (tahu|tau|bisa tahu|bisa tau|yakin) ~2 (ini|kalau|bahwa) ~2 (beneran|asli|resmi|kalian)
    help ?(ini) (beneran|benar|bener|betul) ~4 (toko|kalian|resmi|nomor resmi) ~3 (bukan|gak|nggak|ga|ya)
    help ini (grup|group) atau ~4 (ke saya|saya aja|saya saja|untuk saya|pribadi)
    help (orang lain|yang lain|semua orang) ~2 (bisa lihat|bisa liat|bisa melihat|lihat|liat) ~1 nomor saya
  `,
  ms: `
    help (nombor|data|maklumat) saya ~2 (dikongsi|diberi|dijual|disebarkan|dibagi) ~3 (kepada|dengan|kat) ~2 (syarikat|pihak|orang) ~1 lain
    help (korang|awak|anda|kamu) ?(ni) siapa
    help (dapat|dpt) (nombor|no) saya (dari mana|mana)
    help macam mana ~2 (nak tahu|tahu|boleh tahu|nak pastikan) ~3 (ni|ini|yang) ~3 (betul|memang|korang|rasmi|sah)
    help (betul ke|betul kah|benar ke) ~3 (nombor|kedai|rasmi|korang)
    help ini (group|kumpulan) ~1 (ke|atau)
    help (orang lain|semua orang) ~2 (boleh nampak|boleh tengok|nampak) ~2 nombor saya
  `,
  vi: `
    help (dua|cho|ban|chia se) ~3 (so dien thoai|so|sdt|thong tin) ~2 (cua minh|cua toi|cua em) ~3 (cho|voi) ~2 (cong ty|ben|ng|nguoi) ~1 (khac|thu ba)
    help (cac ban|ban|ben ban) la ai
    help (lay|co) (so|sdt|so dien thoai) ~3 (cua minh|cua toi|cua em) ~2 (o dau|tu dau)
    help (lam sao|sao) ~2 (biet|chac|chac chan) ~3 (la|dung la|that la) ~2 (ben ban|cac ban|shop|cua hang|that)
    help (co phai|co that|day co phai) ~2 (that|dung) ~1 la ~3 (ben ban|cac ban|shop|cua hang|tiem|so chinh thuc) ~3 (khong|ko|k)
    help (nhom|group) hay ~3 (chi|rieng) ~2 (minh|toi|em)
    help (nguoi khac|moi nguoi|nguoi la) ~2 (thay|xem|nhin thay|co thay) ~2 (so|sdt) ~2 (cua minh|cua toi)
    help (may|nhung|cac) tin nhan (nay|nay la) ~2 (la gi|gi vay|gi day)
  `,
  tl: `
    help (binibigay|ibinibigay|ibinebenta|binebenta|shine share|sine share|pinapasa) ~4 (number ko|numero ko|info ko|details ko) ~3 (ibang|sa ibang) ~1 (kompanya|company|tao)
    help sino (kayo|po kayo|ba kayo|ba to|po ba kayo)
    help (paano|saan) ~3 (nyo|ninyo|niyo) ~2 (nakuha|kinuha) ~2 (number ko|numero ko|details ko|info ko)
    help paano ko ?(po) (malalaman|masisiguro) ~3 (legit|kayo|totoo|official)
    help (totoo|talaga|legit) ?po (bang|ba) ~4 (kayo|store|official|tindahan|number)
    help kayo ?po ?ba talaga (yung|ang) ~2 (tindahan|store|shop|official)
    help kayo ?po ?ba talaga ?(ito|to|yan) @eoc
    help (group|grupo) ?(ba) (ito|to) ~2 o ~3 (ako lang|sa akin lang)
    help (makikita|nakikita|makita) ~3 (iba|ibang tao) ~2 (number ko|numero ko)
  `,
  sw: `
    help (mnatoa|mnawapa|mnauza|mnashiriki|mnapeana) ~3 (namba|nambari|taarifa) ~3 (kampuni|watu) ~1 (nyingine|wengine)
    help (nyinyi|ninyi|nyie|mnyi) ni ?(akina) nani
    help (mlipata|mmepata|mlipataje|mliipata) ~2 (namba|nambari) ~3 (wapi|kutoka wapi)
    help (nitajuaje|nitajua vipi|nitahakikishaje) ~4 (ni nyinyi|ni ninyi|ni kweli|halali|rasmi|ni duka)
    help (ni kweli|kweli) ~3 (nyinyi|ninyi|duka|rasmi)
    help (hili ni|hii ni) (kikundi|group) ?@brk au ~4 (mimi|kwangu|peke yangu)
    help (wengine|watu wengine) ~2 (wanaona|wataona|wanaweza kuona) ~2 namba yangu
  `,
  hi: `
    help (mera|meri|मेरा|मेरी) (number|नंबर|details|detail) ~4 (dusri|doosri|dusre|doosre|दूसरी|दूसरे|दूसरों) ~2 (companies|company|कंपनियों|कंपनी|logon|लोगों) ~3 (dete|bech|share|देते|बेचते|शेयर)
    help (aap|aap log|आप|आप लोग) (kaun|कौन) (hain|ho|है|हैं|हो)
    help (aapko|aap ko|आपको|आप को) (mera|मेरा) (number|नंबर) ~1 (kahan se|kaha se|कहाँ से|कहां से) (mila|मिला)
    help (kaise|कैसे) (pata|पता) (chalega|chale|करूं|karun|चलेगा) ~3 (aap|असली|asli|sach|आप)
    help (kya|क्या) (ye|yeh|ये|यह) (sach mein|sachme|sach me|सच में|asli|असली) ~3 (aap|आप|dukaan|दुकान|shop|company|number|नंबर)
    help (ye|yeh|ये|यह) (group|ग्रुप) (hai|है) (ya|या) ~4 (mujhe|मुझे)
    help (dusre|doosre|दूसरे|baaki|बाकी) ?(log) ~2 (mera|मेरा) (number|नंबर) (dekh|देख)
  `,
  ur: `
    help (mera|میرا) (number|نمبر) ~4 (dusri|doosri|دوسری|دوسرے|dusre) ~2 (companies|company|کمپنیوں|کمپنی|logon|لوگوں) ~3 (dete|bech|share|دیتے|بیچتے)
    help (aap|aap log|آپ|آپ لوگ) (kaun|کون) (hain|ho|ہیں|ہو)
    help (aapko|aap ko|آپ کو) (mera|میرا) (number|نمبر) ~1 (kahan se|kaha se|کہاں سے) (mila|ملا)
    help (kaise|کیسے) (pata|پتا|پتہ) (chalega|چلے گا|چلےگا) ~3 (aap|آپ|asli|اصلی|sach|سچ)
    help (ye|yeh|یہ) (group|گروپ) (hai|ہے) (ya|یا) ~4 (mujhe|مجھے)
    help (dusre|doosre|دوسرے|baaki|باقی) ?(log|لوگ) ~2 (mera|میرا) (number|نمبر) (dekh|دیکھ)
  `,
  bn: `
    help (আমার|amar) (নম্বর|নাম্বার|number) ~3 (অন্য|onno) ~2 (কোম্পানি|কোম্পানিকে|company|লোক) ~3 (দেন|দেয়|বিক্রি|শেয়ার|den|dey)
    help (আপনারা|আপনি|apnara|apni) (কারা|কে|kara|ke)
    help (নম্বর|নাম্বার|number) ~2 (কোথা থেকে|কোথায়|kotha theke|kothay) ~1 (পেলেন|পেয়েছেন|pelen|peyechen)
    help (কিভাবে|কীভাবে|kivabe) (বুঝব|বুঝবো|জানব|জানবো|bujhbo|janbo) ~4 (আপনারা|আসল|সত্যি|apnara|asol)
    help (এটা|eta) (কি|ki) (গ্রুপ|group) ?@brk (নাকি|naki) ~4 (আমাকে|amake)
    help (অন্য|অন্যরা|onno|সবাই) ~3 (নম্বর|নাম্বার|number) (দেখতে|dekhte)
  `,
  ar: `
    help (تعطون|تبيعون|تشاركون|تعطوا|بتدوا|تدوا|تبيعوا|بتبيعوا) ~2 (رقمي|بياناتي|معلوماتي) ~2 (لشركات|لشركة|لجهات|لاحد|لأحد|لناس) ~1 ?(ثانية|ثانيه|أخرى|اخرى|تانية|غيركم)
    help (من|مين|منو|شكون) (انتم|أنتم|انتو|إنتو|حضرتكم)
    help (من وين|منين|من اين|من أين|منين جبتوا|من وين جبتوا) ~3 (رقمي|بياناتي|معلوماتي)
    help (كيف|ازاي|شلون) (اعرف|أعرف|اتأكد|أتأكد) ~3 (انكم|إنكم|انتم|انتو|حقيقي|رسمي)
    help (هل|يعني) ~2 (فعلا|فعلاً|حقا|حقاً|بجد) ~3 (انتم|انتو|المحل|المتجر|الصيدلية|رقمكم|رسمي)
    help (هذا|هذي|هاي|ده|دي) (قروب|جروب|مجموعة) (او|أو|ولا) ~4 (لي|ليا|الي|إلي|انا|أنا)
    help (الناس|غيري|الباقين|الكل) ~3 (يشوفوا|يشوفون|يشوف|يرون|يروا) ~1 رقمي
    help (شو|ايش|ايه|ما) (هالرسائل|هذه الرسائل|الرسائل دي|هذي الرسايل|الرسايل دي)
  `,
  th: `
    help (เอา|ให้|ขาย|แชร์) ~4 เบอร์ ~6 (บริษัทอื่น|คนอื่น|ที่อื่น)
    help (คุณ|ที่นี่|พวกคุณ) ~2 (เป็นใคร|คือใคร)
    help ได้เบอร์ ~6 (มาจากไหน|มาจากที่ไหน|มายังไง)
    help (รู้ได้ยังไง|จะรู้ได้ไง|จะรู้ได้อย่างไร|มั่นใจได้ยังไง) ~10 (ร้าน|จริง|คุณ|ตัวจริง)
    help (ใช่ร้าน|ร้านจริง|ร้านตัวจริง) ~10 (หรือเปล่า|ไหม|รึเปล่า|มั้ย)
    help (กลุ่ม|กรุ๊ป) ~4 (หรือ|หรือว่า) ~8 (แค่|เฉพาะ) ~2 (ผม|ฉัน|หนู|เรา)
    help คนอื่น ~6 เห็นเบอร์
    help ข้อความ ~4 คืออะไร
  `,
  zh: `
    help (会|會|是否|有没有|有沒有) ~4 (把|将) ~2 ?(我的) (号码|號碼|电话|電話|资料|資料) ~4 (给|給|卖给|賣給|提供给|提供給|转给) ~2 (其他|别的|別的|第三方)
    help (你们|你們|你) (是谁|是誰)
    help (号码|號碼) ?(是) (怎么|怎麼) ~4 (到|进|進|上) ~4 (名单|名單|你们|你們)
    help (怎么|怎麼|如何) (知道|确定|確定|分辨) ~4 (是你们|是你們|真的|官方)
    help (真的是|真係) ~2 (你们|你們|贵店|貴店|官方|本店|你哋)
    help (这是|這是|呢个係|係咪) ~2 (群|群组|群組) ~4 (还是|還是|定係) ~6 我
    help (别人|別人|其他人|其他人) ~4 (看到|睇到|看得到) ~4 (号码|號碼)
    help (呢啲|这些|這些|呢个|呢個) ~2 (係咩|是什么|是什麼|是啥) ~2 (訊息|信息|消息|短信|簡訊)
  `,
  ja: `
    help (番号|電話番号|個人情報) ~4 (他の|ほかの|別の) ~2 (会社|企業|業者) ~4 (渡して|提供して|共有して|売って)
    help (どちら様|どなた様|どなた) ~4 (でしょうか|ですか)
    help どういう経緯 ~10 (届|登録)
    help (どうして|なぜ|どこで) ~10 (番号|連絡先) ~8 (知|入手|登録|届)
    help (それで|そのせいで) ~10 (対象|登録) ~6 (でしょうか|のか|ですか)
    help (本当に|本物の) ~4 (お店|店舗|そちら|御社|公式) ~6 (ですか|でしょうか|か)
    help 本物 ~4 (ですか|でしょうか)
    help (グループ|一斉送信) ~12 (私だけ|自分だけ|私個人|個別)
    help (他の人|ほかの人|他人) ~6 番号 ~6 (見え|見られ)
    help 番号 ~6 (他の人|ほかの人|他人) ~6 (見え|見られ)
    help 何の (お知らせ|メッセージ|連絡) ~4 (でしょうか|ですか|か)
  `,
};

export function round18bRules(lang: Lang): ReturnType<typeof rules> {
  return rules(HELP[lang] ?? '');
}
