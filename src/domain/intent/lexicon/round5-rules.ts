/**
 * Fifth round of issue 18: the classes batch 5's first read showed, written by CLASS for all
 * 22 languages at once (general language knowledge, formal and chat register; to be
 * reviewed by native speakers):
 * - formal withdrawal of consent ("I withdraw my consent", "revoco il consenso", GDPR,
 *   LGPD, KVKK, PDPA wording): the verb "withdraw / revoke / take back" with the noun
 *   "consent / permission" in either order; a `polite` rule (its own verb never cancels it);
 * - erasure of the customer's own number or data ("delete my number", "xóa thông tin của
 *   tôi", "番号を削除"): a possessive with number / data / details and an erase verb. An
 *   item of an order or an address is no such object, so errands stay alone;
 * - the marketing declined beside the order updates kept, in words round 4 lacked;
 * - no contact again, "want nothing from you", leave-me-alone idioms and slang;
 * - Arabizi (Arabic in Latin letters, digits 2/3/7 for ء/ع/ح) and romanised Bengali, Hindi,
 *   Urdu and Japanese forms of the same requests;
 * - who is writing ("which shop is this?", "who am I talking to?") and "a human, please":
 *   help, which names the brand and the way out;
 * - opt-in: "yes, send me news of the new collection", "send the deals again", "count me
 *   in", by a yes or an "again" beside a send-to-me verb.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const RULES: Partial<Record<Lang, string>> = {
  en: `
    polite i (do not|don t|dont) (consent|authorise|authorize) ~6 (marketing|advertising|promotional|promotions|my data)
    in send (me|us) ~2 (updates|news|info|alerts|messages) (on|about|of|for) ~2 (new|the new|latest) ~1 (arrivals|collection|products|drops|stock|releases)
    polite i no longer (consent|authorise|authorize|agree) ~4
    out (ditch|drop|kill|lose|cut) the (promos|ads|marketing|offers|deals|promotional stuff|promotions)
    help (speak|talk|chat) (to|with) (an actual|a live|a real) (person|human|agent)
    polite (withdraw|withdrawing|revoke|revoking|retract|rescind|withdrawn|revoked) ~4 (consent|permission|opt in|authorisation|authorization)
    polite i no longer consent
    out (delete|erase|wipe|scrub|remove|purge) ?(all) ?(of) (my number|my phone number|my mobile number|my data|my details|my contact details|my info|my information|my personal data|my personal information|my phone|my cell)
    outneg (order|orders|shipping|delivery|tracking) ~6 (but|just) ~3 (no|not|cut out|stop|without|none of|drop) ~3 (promo*|ads|marketing|advert*|newsletter*|deals|offers|promotional|sales)
    out (quit|stop) (hitting|blowing up|spamming|bugging|hittin|blowin up|flooding) ~1 (my phone|my line|me up|me|my inbox|my dms)
    out (leave|get) me (alone|off) ~4
    help (which|what) (company|shop|store|business|brand|firm) ~2 (is this|is it|are you|this is|is texting|texted)
    help who (is this|am i talking to|is this from) @eoc
    help (talk|speak|chat) (to|with) ~1 (human|person|agent|representative|real person|someone real|customer service)
    in count me (back in|in again|in for) ~3
    in (send|start sending|resume sending) (me|us) ~3 (deals|offers|promos|promotions|discounts|news) ~1 (again|back)
    in (sign|put|add) me (back|up) ~2 (for|to|on) ~2 (deals|offers|promos|list|newsletter)
  `,
  es: `
    polite no (autorizo|consiento) ~7 (publicidad|marketing|comunicaciones comerciales|fines comerciales|promociones|fines publicitarios)
    help de parte de quien
    in (mandenme|envienme|mandame|enviame) ~3 (novedades|noticias|info) ~4 (nuevos|nuevas|nueva|nuevo)
    polite (solicito|pido) ~1 (la revocacion|la retirada|el retiro) ~2 (consentimiento|autorizacion)
    polite ya no (autorizo|doy mi consentimiento|consiento) ~4
    polite (retiro|revoco|revocar|retirar|retiramos|revocamos|anulo) ~3 (consentimiento|autorizacion|permiso)
    out (borren|borra|borrar|eliminen|elimina|eliminar|supriman|quiten|suprimir) ~1 (mi numero|mis datos|mi contacto|mi telefono|mi informacion|mi celular)
    outneg (pedido|pedidos|envio|envios|seguimiento|entrega|entregas) ~6 (pero|y|mas) ~2 (sin|no|nada de|ya no) ~3 (promo*|publicidad|ofertas|propaganda|newsletter*|anuncios)
    outneg no (me|nos) (sigan|sigas|siga|continuen) (mandando|enviando|escribiendo|mandandome)
    help (de que|que|cual) (tienda|empresa|negocio|marca|local) ~3 (es esto|es esta|son|es|eres)
    help con quien (hablo|estoy hablando|tengo el gusto)
    help (hablar|comunicarme|chatear) con (una persona|un asesor|un humano|un agente|alguien|una persona real|un operador)
    in (cuenten conmigo|mandenme|envienme|mandame|enviame) ~3 (otra vez|de nuevo|nuevamente)
  `,
  pt: `
    polite (nao|não) (autorizo|consinto) ~7 (publicidade|marketing|propaganda|promocoes|fins comerciais)
    in (me mandem|mandem|manda|me envia|enviem) ~3 (novidades|noticias|info) ~4 (novos|novas|nova|novo|lancamentos)
    polite (nao|não) (autorizo|consinto) mais ~4
    help com quem (falo|estou falando|to falando)
    polite (revogo|retiro|revogar|retirar|cancelo) ~3 (consentimento|autorizacao|permissao)
    out (apaguem|apague|apagar|excluam|exclua|excluir|removam|remova|deletem|delete|deletar|tirem|tire|bloqueia|bloqueiem|bloqueiem) ~1 (meu numero|meus dados|meu contato|meu telefone|meu cadastro|meu celular)
    outneg (pedido|pedidos|rastreio|entrega|envio|rastreamento) ~6 (mas|e) ~2 (sem|nao|nada de) ~3 (promo*|propaganda*|publicidade|ofertas|newsletter*|anuncios)
    maybeneg (propaganda|propagandas|promocoes|promo|promos|publicidade|ofertas|anuncios) (nao|não) ?(obrigado|obrigada|ok) @eoc
    outneg (nao|não) me (contactem|contatem|contacte|contate|procurem|liguem) ~1 mais
    help (que|qual) (loja|empresa|marca) ~2 (e essa|e esta|e|sao|vcs sao)
    help quem (esta falando|ta falando|e voce|sao voces|fala|e)
    help falar com (um atendente|uma pessoa|um humano|alguem|atendente|um atendente humano)
    in (pode|podem|quero que) ~1 (voltar a|volta a|voltem a) (mandar|enviar)
    in (voltem a|volta a) (mandar|enviar) ~3
  `,
  fr: `
    polite je n (autorise|consens) pas ~7 (publicite|marketing|prospection|promotions|fins commerciales)
    in (envoyez|envoie|envoyez moi) ~3 (nouveautes|infos|actus|nouvelles) ~4
    polite je n (autorise|consens) plus ~4
    help (a qui|avec qui) (je parle|est ce que je parle|ai je l honneur)
    polite (retire|retirer|revoque|revoquer|retirons) ~3 (consentement|accord|autorisation)
    out (supprimez|supprimer|effacez|effacer|retirez|enlevez) ~1 (mon numero|mes donnees|mes coordonnees|mon contact|mes informations)
    outneg (commande*|livraison*|suivi|colis) ~8 (mais|et) ~2 (plus|pas|sans) ~3 (les newsletters|newsletter*|promo*|pub|publicite*|offres|de pub|les promos|la pub)
    out (lachez|lache|foutez) ?(moi) ?(la paix) ~2 (avec) ~3
    help (quelle) (boutique|entreprise|societe|marque|magasin|enseigne)
    help (vous etes|c est|qui est ce|etes vous) (qui|quelle boutique|quelle entreprise)
    help parler (a|avec) (un conseiller|une personne|un humain|quelqu un|un agent|une conseillere)
    in (renvoyez|renvoie|reenvoyez) ?(moi) ~3
    in je veux (de nouveau|a nouveau) (les|recevoir)
  `,
  de: `
    in (schickt|schicken sie|sendet) (mir|uns) ~3 (neuheiten|infos|news|updates) ~4
    polite (einwilligung|zustimmung|einverstandnis) ~8 (widerrufe|widerrufen|ziehe ich zuruck)
    polite ich willige nicht mehr ein
    help mit wem (schreibe|spreche|rede) ich
    polite (ziehe|ziehen) ~4 (einwilligung|zustimmung|einverstandnis|einwilligungen) ~3 (zuruck|zurueck)
    polite (einwilligung|zustimmung|einverstandnis) ~4 (widerrufen|widerrufe|zuruckgezogen|zuruckziehen)
    out (loscht|loschen sie|losche|loscht bitte|entfernt|entfernen sie) ~2 (meine nummer|meine daten|meine handynummer|meine telefonnummer|meinen kontakt)
    out (meine nummer|meine daten|meine handynummer) ~4 (loschen|entfernen)
    out (schnauze|nase|kanne) ~1 voll
    out schluss (damit|jetzt) @eoc
    out schluss mit (euren|den|dem|diesen) ~1 (nachrichten|werbung|spam|newsletter|angeboten|mails|werbenachrichten)
    help (welche|von welcher|welcher|welchem) (firma|laden|shop|unternehmen|marke|geschaft)
    help wer (schreibt|ist das|sind sie|seid ihr|schreibt mir)
    help (mit einem|mit einer|mit nem) (mitarbeiter*|menschen|person|berater*|echten) ~2 (sprechen|reden|schreiben)
    in (schickt|schicken sie|sendet|schick) mir (wieder|erneut) ~3
  `,
  it: `
    polite non (autorizzo|acconsento) ~7 (pubblicita|marketing|promozioni|fini commerciali)
    outneg (nn|non) (mandatemi|inviatemi|scrivetemi|mandarmi) ~2 niente
    in (mandatemi|inviatemi|mandami) ~3 (novita|aggiornamenti|info) ~4
    polite non (autorizzo|acconsento) piu ~4
    help con chi (sto parlando|parlo|sto scrivendo)
    polite (ritiro|revoco|ritirare|revocare|ritiriamo) ~3 (consenso|autorizzazione)
    out (cancellate|cancella|cancellare|eliminate|elimina|rimuovete|togliete) ~1 (il mio numero|i miei dati|il mio contatto|mio numero|miei dati)
    outneg (spedizion*|consegn*|ordin*|tracking) ~8 (ma|e) ~3 (non piu|no|senza|niente) ~2 (promo*|pubblicita|offerte|newsletter)
    maybeneg (la pubblicita|pubblicita|le promo|promozioni|le promozioni|offerte|le offerte) (no|no grazie) @eoc
    outneg (nun|non|nn) (me|mi) (scrivete|mandate|mannate|scrivi) ~1 piu
    out (disicrivetemi|disiscrivimi|disicrivimi|disiscrivetemi)
    help (che|quale) (negozio|azienda|ditta|marca) ~2
    help (chi siete|chi e|chi mi scrive|chi parla|chi siete voi)
    help parlare con (un operatore|una persona|qualcuno|un umano|un addetto)
    in (rimandatemi|rimandami|rimandate|rimanda) ~2
    in mi (iscrivo|riscrivo|reiscrivo) (di nuovo|ancora)
  `,
  id: `
    in (kirimin|kirimkan|kirim) ~3 (info|kabar|update) ~3 (produk baru|koleksi baru|terbaru|baru)
    polite (tidak lagi|tak lagi|ga lagi|gak lagi) (memberi|memberikan|kasih) (izin|persetujuan|ijin)
    help ini dengan siapa
    polite (mencabut|menarik|cabut|tarik|membatalkan) ~3 (persetujuan|izin|ijin|consent)
    out (hapus|hapusin|hapuskan|delete|buang|hilangkan) ~1 (nomor saya|nomorku|nomor aku|data saya|data aku|dataku|kontak saya|nomor gue|data gue)
    maybeneg (promo|promonya|iklan|iklannya|broadcast|promosi) ~1 (jangan|stop|ga usah|gak usah|nggak usah) ?(lagi) ?(ya|yaa|dong|deh) @eoc
    help (ini|dari) (toko|perusahaan|olshop|usaha) (apa|mana)
    help ini siapa
    help (ngobrol|bicara|ngomong|chat) (sama|dengan) (admin|cs|orang|manusia|customer service)
    in (kirimin|kirimkan|kirim) ~1 (promo|promonya|info promo|diskon|diskonnya) ~1 lagi
  `,
  ms: `
    polite boleh (tak|x) (berhenti|stop|henti) (hantar|kirim) ~3
    in (nak|mahu|ingin) (terima|dapat) ~2 (info|maklumat|berita) ~3 (baru|terkini)
    help (bercakap|cakap) dengan siapa
    polite (tarik balik|menarik balik|tarik|batalkan|membatalkan) ~3 (kebenaran|persetujuan|keizinan|consent)
    out (padam|buang|hapus|delete|padamkan) ~2 (data|maklumat|butiran) ?(saya|aku)
    outneg (tak payah|tak perlu|x payah|takpayah|xpayah) ?(la|lah) (hantar|kirim|mesej) ~1 lagi
    out (berhenti|stop|henti) (hantar|kirim|mesej) ~3
    help (ni|ini) (kedai|syarikat) apa
    help (siapa ni|siapa ini|syarikat mana|kedai mana)
    help (cakap|bercakap) dengan (orang|manusia|admin|staf)
    in hantar ~2 (promo|tawaran) lagi
    in (ya|ye) ~2 (nak|mahu) (terima|dapat) ~3
  `,
  hi: `
    in (नए|नई|naye|nayi|new) ~4 (भेजिए|भेजें|भेजो|bhejiye|bhejein|bhejo)
    out (mera|meri|mere|मेरा|मेरी) ~1 (number|data|details|नंबर|डेटा|जानकारी) ~5 (delete|hata|hatao|हटा|डिलीट|khatam|mita)
    help (kis|kaunsi|konsi) (company|dukaan|shop) ~1 (ka|ki|se)
    polite (सहमति|sahmati|ijazat|anumati|अनुमति|इजाज़त|consent) ~4 (वापस|wapas|vapas)
    out (mera|meri|mere|मेरा|मेरी) (number|data|details|नंबर|डेटा|जानकारी) ~5 (delete|hata|hatao|हटा|डिलीट|khatam|mita)
    outneg (dubara|dobara|phir se|दोबारा) ~2 (contact|message|msg|sms|संपर्क) (mat|na|मत)
    outneg (koi|कोई) ?(bhi|भी) (marketing|मार्केटिंग|promotion|offers) ~1 (nahi|नहीं) (chahiye|चाहिए)
    help (ye|yeh|यह|ये) (kaun si|konsi|kaunsi|kon si|कौन सी|कौनसी) (dukaan|dukan|company|shop|दुकान|कंपनी)
    help (aap|ap) (kaun|kon) (ho|hain|he)
    help (insaan|insan|person|agent|आदमी|इंसान) ~2 (baat|बात)
    in (offers|offer|ऑफर) (phir se|dobara|फिर से|दोबारा) ~1 (bhejna|bhejo|bhejiye|भेजिए|भेजो)
    in (haan|हाँ|हां) ~4 (bhejiye|bhejo|भेजिए|भेजो|भेजें)
  `,
  ur: `
    in (نئی|نئے|nayi|naye|new) ~4 (بھیجیں|bhejein|bhejiye|بھیجو)
    polite (رضامندی|اجازت|ijazat|razamandi|sahmati|مرضی) ~4 (واپس|wapas|vapas)
    out (mera|meri|میرا|میری) (number|data|details|نمبر|ڈیٹا|معلومات) ~5 (delete|ڈیلیٹ|hata|ہٹا|khatam|ختم|مٹا)
    out (بھیجنا|bhejna) (بند|band) (کر|kar)
    help (ye|yeh|یہ) (konsi|kaunsi|kon si|کون سی|کونسی) (dukaan|dukan|company|shop|دکان|کمپنی)
    help (ye|yeh|یہ) (kaun|kon|کون) (hai|ہے)
    help (kis|کس) (company|کمپنی) ~1 (ka|کا)
    in (offers|آفرز) (dobara|phir se|دوبارہ) ~1 (bhejna|bhejein|بھیجیں|بھیجنا)
    in (جی ہاں|ہاں|ji haan|haan) ~4 (بھیجیں|bhejein|bhejiye)
    in (سبسکرائب|subscribe) (کر دیں|kar dein|karein)
  `,
  bn: `
    in (নতুন|notun|new) ~4 (পাঠান|pathan|পাঠাবেন|pathaben)
    maybe (ar na|r na|আর না) ?(please|plz) @eoc
    maybe (onek hoyeche|onek hoise|অনেক হয়েছে|anek hoyeche) @eoc
    help (kon|কোন) (company|shop|dokan|কোম্পানি|দোকান) (theke|থেকে)
    in (abar|আবার) ~5 (rakhun|রাখুন|add koren|add korun|jog korun|যোগ করুন)
    polite (সম্মতি|sommoti|shommoti|onumoti|অনুমতি) ~3 (প্রত্যাহার|prottahar|prottyahar|ফিরিয়ে|firiye)
    out (amar|আমার) (number|data|details|নম্বর|নম্বরটা|নাম্বার|ডেটা|তথ্য|nombor) ?(ta|টা) ~6 (delete|muche|মুছে|ডিলিট|soriye|সরিয়ে)
    out (pathano|pathan|msg|message|মেসেজ|পাঠানো) bondho (korte parben|korben|korte paren|korun)
    outneg (আর|ar|r) (কিছু|kichu) ~1 (পেতে|pete|nite|নিতে) (চাই|chai) (না|na)
    maybeneg (ar na|r na) ~2 (onek hoyeche|onek hoise|onek holo|যথেষ্ট|অনেক হয়েছে)
    out (list|লিস্ট) (theke|থেকে) (soriye|bad|সরিয়ে|বাদ|remove|kete) (din|den|দিন|দেন|diben|koren)
    help (eta|এটা|ei ta) (kon|কোন) (dokan|shop|company|দোকান|কোম্পানি)
    help (eta|এটা) (ke|কে)
    in (abar|আবার) ~2 (pathan|pathaben|পাঠান|পাঠাবেন|pathano shuru)
    in (abar|আবার) ~2 (list|লিস্টে|list e) ~1 (add|যোগ)
    in (হ্যাঁ|ha|hya) ~4 (পাঠান|pathan|পাঠাবেন)
  `,
  ar: `
    out (تحذفون|تحذفوا|تمسحون|تمسحوا|تشيلون|تشيلوا|تحذف) ~2 (رقمي|بياناتي|رقمى)
    polite (أسحب|اسحب|سحب|ألغي|الغي|أتراجع|اتراجع) ~3 (موافقتي|الموافقة|موافقة|موافقتى|إذني|اذني)
    out (احذفوا|احذف|امسحوا|امسح|شيلوا|حذف|مسح) ~2 (رقمي|بياناتي|معلوماتي|رقمى)
    out (ems7o|shelo|e7zefo|i7zifo|em7o) ~2 (raqmi|rakami|ra2mi|nemrti|nemroti)
    outneg (ma|mesh|mish|msh|mosh|mush) (baddi|badi|bade|3ayez|3ayz|abi|abgha|abga) ~2 (rasayel|rasa2el|3orood|3orod|3rood|messages|msgs|resayel|shay|shi|7aga)
    out (matb3atoolish|matb3atlish|matb3tlish|matb3atolish|matba3tolish|matba3atoolish|mattb3atoolish)
    out (wa2fo|wa2afo|wa2fu|ba2a wa2fo)
    out (توقفوا|وقفوا|بطلوا) (تبعتولي|تبعتوا|ترسلوا|ارسال|تبعتو|ترسلولي)
    out ارحموني
    help (هذا|ده|هاد|هذه) (أي|اي|انهي|أنهي|اني|ايش) (محل|شركة|متجر)
    help (مين|من) (معايا|معي|انتم|أنتم|حضرتك|انت)
    help (min|meen|meen) (enta|ento|inta|intu|ma3aya|ma3aia)
    help (eh|ay) el (sherka|ma7al|mahal)
    in (رجعوا|ارجعوا) ~2 (ابعتولي|ارسلوا|ابعتوا|ارسلولي)
    in (ab3atoli|ab3atouli|eb3atoli|eb3atuli|ab3atuli) ~3 (tani|tany|kaman|again)
    in (عايز|عاوز|أبغى|ابغى|ابي) (تبعتولي|ترسلولي|ترسلون) ~2 (العروض|عروض) ~2 (تاني|تانى|مرة تانية|مرة ثانية|ثاني)
  `,
  tr: `
    help (kimle|kiminle) (gorusuyorum|konusuyorum|yazisiyorum)
    polite (izni|iznimi|onayimi|onayi|rizami|muvafakatimi|onay|iznim) ~3 (geri aliyorum|geri cekiyorum|iptal ediyorum|geri al*|geri cek*)
    out (numarami|verilerimi|bilgilerimi|kaydimi) ~3 (silin|silebilir|silinsin|kaldirin|sil|silermisiniz)
    out (rahat birakin|rahat birak)
    outneg benimle ~2 (iletisime gecmeyin|iletisim kurmayin|iletisime gecmeyiniz)
    help hangi (magaza|firma|sirket|dukkan) ~1 (bu|burasi)
    help (kimsiniz|siz kimsiniz)
    help (musteri temsilcisi*|temsilci*|yetkili*|insanla|biriyle) ~2 (gorusmek|konusmak)
    in (tekrar|yeniden|yine) (kaydolmak|abone olmak)
    in (beni de|beni) (ekleyin|ekle) 
    in (yine|tekrar) gonderin
  `,
  ru: `
    help с кем я (говорю|разговариваю|переписываюсь)
    help кто (мне пишет|это пишет)
    polite (отзываю|отозвать|отзываем) ~3 (согласие|согласия)
    out (удалите|удали|сотрите|уберите) ~2 (мой номер|мои данные|мой телефон|мой контакт)
    out (отстаньте|отвалите|отстань)
    outneg не хочу ничего ~3 (получать)
    polite (прошу|просим) (больше|более) ~3 не (связываться|писать|беспокоить)
    help (какой|что за) (магазин|компания|фирма)
    help (кто это|вы кто|кто вы)
    help (с живым человеком|с оператором|с менеджером|с человеком)
    in (пришлите|присылайте|шлите) ~2 (снова|опять|новинки)
    in хочу получать
  `,
  nl: `
    in (stuur|stuurt) (me|mij) ~2 (updates|nieuws|info|berichten|aanbiedingen) ~4 (nieuwe|nieuw)
    polite (herroep|herroepen|intrekken) ~3 (toestemming|akkoord)
    out (verwijder|verwijderen|wis|schrap) ~2 (mijn nummer|mijn gegevens|mijn telefoonnummer|mijn data)
    outneg (neem|neemt) ~3 geen contact meer
    outneg (wil|willen) (niks|niets) meer ~3 (ontvangen|krijgen|horen)
    out laat (me|mij) (met rust|los)
    help (van welk|welk|welke) (bedrijf|winkel|zaak)
    help (wie is dit|wie zijn jullie|met wie)
    in (stuur|stuurt) (me|mij) ~3 weer
    in (ja graag) ~1 (stuur|stuurt)
    in ik doe mee
  `,
  pl: `
    in (wysylajcie|przysylajcie|wyslijcie) ~2 (info|informacje|nowosci) ~4
    polite (cofam|wycofuje|odwoluje|cofniecie|wycofanie|odwolanie) ~2 (zgode|zgody)
    out (usuncie|usun|usunac|wykasujcie|skasujcie) ~2 (moj numer|moje dane|numer)
    outneg nie (kontaktujcie|kontaktuj|piszcie|dzwoncie) ~3 (wiecej|juz)
    out (odczepcie|odczep|dajcie mi spokoj|dajcie spokoj)
    help (co to za|jaka|jaki) (firma|sklep|apteka)
    help kto (to pisze|pisze|to)
    in (wysylajcie|przysylajcie) ?(mi) ~2 (znowu|ponownie|znow)
    in zapiszcie mnie
    in chce dostawac ~2 (info|informacje|nowosci|promocje)
  `,
  vi: `
    polite (rut lai|thu hoi|huy bo) ~3 (su dong y|dong y)
    out (xoa|bo) ~2 (so|so dien thoai|thong tin|du lieu) ~2 (cua toi|cua minh|cua em|toi)
    out (de|để) (toi|tui|minh|em) yen
    help (shop|cua hang|cong ty) (gi|nao) ?(vay|day|the)
    help (day la|ai day|ai vay|ban la ai)
    in gui lai ~3 (khuyen mai|uu dai|km|sale|tin khuyen mai|thong tin khuyen mai)
  `,
  tl: `
    outneg (huwag|wag) ~4 (kontakin|i contact|contact|kontakin) ~2 (ulit|na)
    polite (binabawi|babawiin|bawiin|binawi) ~5 (pahintulot|consent|permiso)
    in (pakibalik|ibalik|ibalik nyo) ?po ~1 ako ~4
    polite (binabawi|babawiin|bawiin|binawi) ~3 (pahintulot|consent|permiso)
    out (pakibura|burahin|i delete|idelete|pakidelete|delete|tanggalin|alisin) ~3 (number ko|data ko|details ko|numero ko|info ko|impormasyon ko)
    maybeneg (ads|promo|promos|mga ads) ~1 (wag na|huwag na) ?po @eoc
    outneg (huwag|wag) ~3 (kontakin|i contact|contact) ~2 (ulit|na)
    help (anong|ano pong) (shop|company|tindahan|store)
    help sino (po ito|ito|kayo|po kayo)
    in (pasali|isali|isama) po ulit
    in (pasend|pa send|padala) po ~3 (updates|promo|promos)
  `,
  sw: `
    in (nitumieni|nitumie) ~3 (habari|taarifa|ofa) ~3 mpya
    polite (naondoa|ninaondoa|ondoa|nafuta|ninafuta|nabatilisha|ninabatilisha) ~3 (idhini|ridhaa|ruhusa|kibali)
    out (futeni|futa|ondoeni|ondoa) ~2 (namba yangu|details zangu|taarifa zangu|data yangu|nambari yangu|maelezo yangu)
    outneg (msiwasiliane|usiwasiliane) ~2 tena
    out niacheni
    out (acheni|acha) (bana|jamani|basi)
    help (hii ni|ni) (duka|kampuni) gani
    help (nani huyu|ni nani|nyinyi ni nani|wewe ni nani)
    in (nitumieni|nitumie) ~3 tena
    in ndiyo ~1 (nitumieni|nitumie)
  `,
  th: `
    help ร้าน ~1 (ไหน)
    outneg อย่า ~2 กวน
    in กลับเข้า ~4 (รายชื่อ|ลิสต์|กลุ่ม)
    polite (ถอน|เพิกถอน) ~4 (ความยินยอม|การยินยอม|ยินยอม)
    out ลบ ~3 (เบอร์|ข้อมูล) ~10 ออก
    out ขอ ~2 ออกจาก ~2 (ลิสต์|รายชื่อ|กลุ่ม|list)
    help (ร้าน|บริษัท) ~1 อะไร
    help ใคร ~2 (ส่ง)
    in ส่ง (โปร|โปรโมชั่น) ~4 อีก
    in อยาก ~2 (ให้ส่ง|ได้รับ) (โปร)
  `,
  zh: `
    out (号码|手机号|电话|信息|资料|数据) ~12 (删除|删掉|移除|清除)
    help (这是哪里|这是哪|你们是哪|这是什么店|你们是什么公司)
    polite (撤回|撤销) ~12 (同意|授权)
    out (删除|删掉|移除|清除) ~4 (号码|手机号|电话|资料|信息|数据)
    outneg (不用|不要|别) 再 (联系|聯繫|打扰|騷擾|骚扰)
    outneg 不 (想|要) 再 收到 ~10
    help (你们是谁|你是谁|哪家店|哪个公司|哪家公司|哪家)
    help (人工|真人) (客服|服务)
    in 再 ~2 (给我发|发给我|发) ~4 (优惠|活动|促销)
    in (请通知我|通知我)
  `,
  ja: `
    help (どちらの|どこの) (会社|お店|店)
    polite 同意 ~4 (撤回|取り消し|取消|取り下げ)
    out (番号|電話番号|個人情報|データ|連絡先) ~3 (削除|消して|消去)
    outneg もう ~2 (送らなくて|連絡しないで|いらない)
    out (止めて|やめて|とめて|停止して) (もらえ|いただけ|ください|くれ)
    out (haishin teishi|teishi) ?(onegaishimasu|shite kudasai|kudasai)
    out 勘弁して
    help (どちら様|どなた|何のお店|どこのお店|どこの会社)
    help 何の (お店|会社)
    in (ぜひ|是非|また) ~1 送って
  `,
};

/** The round-5 rules of one language; trailing gaps dropped as in rounds 3 and 4. */
export function round5Rules(lang: Lang): ReturnType<typeof rules> {
  return rules(RULES[lang] ?? '').map((r) => ({ ...r, p: r.p.replace(/(\s+~\d+)+$/, '') }));
}

/**
 * One product declined while another is asked for ("not interested in the blender, but do
 * you have the air fryer?", "ye kurta nahi chahiye, par dupatta milega?"): a `decline`
 * signal, so a maybe-stop is no stop (an explicit stop still counts).
 */
const DECLINE_ASK: Partial<Record<Lang, string>> = {
  en: `but (do you have|have you got|you got|do u have|do you guys have|do you sell) ~6`,
  es: `pero (tienen|tienes|tiene|hay|venden) ~6`,
  pt: `mas (tem|vcs tem|voces tem|voce tem|vendem) ~6`,
  fr: `mais (vous avez|avez vous|auriez vous|vous vendez) ~6`,
  de: `aber (habt ihr|haben sie|gibt es|gibts|verkauft ihr) ~6`,
  it: `ma (avete|c e|vendete) ~6`,
  id: `tapi ~4 (ada|ready) ~3 (ga|gak|nggak|kah|ya|kak)`,
  ms: `tapi ~4 ada ~3 (tak|x|ke)`,
  hi: `(par|lekin|magar|पर|लेकिन) ~6 (milega|milegi|mil jayega|mil sakta|available|मिलेगा|मिलेगी)`,
  ur: `(par|lekin|magar|پر|لیکن|مگر) ~6 (milega|milegi|mil jayega|mil sakta|available|ملے گا|ملے گی)`,
  bn: `(kintu|tobe|কিন্তু) ~6 (pabo|paowa jabe|ache|পাব|পাওয়া যাবে|আছে)`,
  nl: `maar (hebben jullie|heb je|verkopen jullie) ~6`,
  pl: `ale (macie|czy macie|jest) ~6`,
  tr: `ama ~5 (var mi|varmi|bulunur mu)`,
  ru: `(но|а) (есть|у вас есть|у вас) ~6`,
  tl: `pero (may|meron) ~6`,
  vi: `nhung ~6 (co khong|con khong|co ko|con ko)`,
  sw: `lakini ~3 (mna|mnayo|kuna) ~4`,
};

/**
 * Someone else's words reported ("my sister keeps telling me 'unsubscribe from all those
 * shops'", "امی کہتی ہیں 'یہ خریداری بند کرو'"): a `past` signal, the stop in that clause is
 * only told. Third persons only: "I told you to stop" is a stop.
 */
const REPORTED: Partial<Record<Lang, string>> = {
  en: `(my|mom|mum|dad|wife|husband|sister|brother|friend|bf|gf|boyfriend|girlfriend|mother|father) ~2 (keeps telling me|keeps saying|always says|tells me|told me to|says to)`,
  es: `(mi mama|mi madre|mi esposo|mi esposa|mi hermana|mi hermano|mi novio|mi novia) ~1 (dice|me dice|siempre dice)`,
  pt: `(minha mae|minha esposa|meu marido|minha irma|meu irmao|minha namorada|meu namorado) ~1 (diz|fala|vive dizendo)`,
  hi: `(mummy|mummi|maa|ammi|papa|biwi|wife|behen|bhai|मम्मी|माँ|पापा) ~1 (kehti hai|kehte hain|kehti hain|bolti hai|bolte hain|कहती हैं|कहती है|कहते हैं)`,
  ur: `(امی|ابو|بیوی|امی جان|ammi|abbu|behen|bhai|میری بہن|میرا بھائی) ~1 (کہتی ہیں|کہتے ہیں|کہتی ہے|کہتا ہے|kehti hain|kehte hain|kehti hai)`,
};

/** Still receiving them after the stop was told ("mi arrivano ancora"): a `still` signal. */
const STILL: Partial<Record<Lang, string>> = {
  it: `(mi arrivano|arrivano|ricevo|mi arriva|continuano ad arrivare|continuo a ricevere) ~1 (ancora|sempre)`,
};

/** "I love your drops": the customer keeps ours, whatever else is said. */
const LOVE_YOURS: Partial<Record<Lang, string>> = {
  en: `(i love|love|i like|i m loving|im loving|i really like) your (drops|deals|stuff|messages|offers|promos|texts|products|newsletter|emails|updates)`,
};

/** "Pause my snack box for July": a delivery paused, not marketing. */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `pause my ~2 (box|order|orders|delivery|deliveries|plan|membership|shipment|shipments) ~3`,
  ja: `これからも ~12`,
};

const list = (table: Partial<Record<Lang, string>>, lang: Lang): string[] => {
  const p = table[lang];
  return p ? words(p) : [];
};

/** The round-5 signals of one language, by kind. */
export function round5Signals(lang: Lang): {
  decline: string[];
  past: string[];
  others: string[];
  still: string[];
} {
  return {
    still: list(STILL, lang),
    decline: list(DECLINE_ASK, lang),
    past: list(REPORTED, lang),
    others: list(LOVE_YOURS, lang),
  };
}

/** The round-5 traps of one language. */
export function round5Traps(lang: Lang): string[] {
  return list(TRAPS, lang);
}
