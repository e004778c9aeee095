/**
 * Rules written by CLASS across every language at once (issue 18, third round), added to
 * each lexicon's own rules and to the second round's (class-rules.ts). The same classes in
 * each language, in formal and chat register, with and without diacritics:
 * - threat: "I'll block you", "I'll report this number", "拉黑", "nitawablock": the customer
 *   is fed up. Only `maybe` (one question first): a threat alone is not yet the request.
 * - never: "never again send ...", "don't ever write to this number", "ห้ามส่ง...อีก",
 *   "再也不要...发", "msiwahi kutuma": explicit, its own negation included.
 * - ask: a request phrased as a question ("can you stop sending me these?", "bırakır
 *   mısınız?", "やめてもらえますか？"): a request, not a question about the way out.
 * - no more: "no more promos", "niente più offerte", "広告はいりません" (no need of ads):
 *   the marketing named, with "no more" or "not needed".
 * - again: "send me the offers again", "put me back on the list", "can you subscribe me
 *   again?": opt-in, also as a question (asking to be added is the request itself).
 * Verbs use stems (`word*`) where the language inflects them (Turkish, Polish, Swahili).
 * General language knowledge, not any batch's sentences; to be reviewed by native speakers.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

const BROAD: Partial<Record<Lang, string>> = {
  en: `
    maybe (ill|i ll|i will|im gonna|i am gonna|im going to|i am going to|gonna|about to) ~1 (block|report|blacklist) (you|u|ya|this number|this|your number|the number|it|y all|as spam|to)
    maybe (blocking|reporting) (you|this number|u) ~3
    outneg (never|dont ever|do not ever) ~1 (send|text|message|contact|whatsapp|msg|write to) ~3 (again|ever again|anymore)
    out no more ~1 (@obj|promos|promotions|ads|offers|deals|spam|texts|msgs)
    out (can|could|would|will) (you|u|ya) ~2 (stop|quit) (sending|texting|messaging|msging|spamming|contacting|writing|it) ?(me|us) ?(these|this|those|them|all|@obj|messages|promos|ads|stuff) ?(please|pls|plz|already|now) @eoc
    out (take|get|remove|delete|drop) me (off|out of) ~3
    out (unsubcribe|unsubsribe|unsuscribe|unsubscibe|unscribe|unsubscrbe) ~3
    in (get|put|add|sign) me back (on|in|into|to|up) ~3
    in (can|could) i (get|be|go) back on ~3
    in (start|resume|restart) (sending|texting|messaging) ~3 (again|back)
    in (resubscribe|re subscribe|resub|re add|readd) ~3
  `,
  es: `
    maybe (voy a|los voy a|las voy a|te voy a|les voy a) (bloquear|denunciar|reportar)
    maybe (los|las|te|les|lo) (bloqueo|bloqueare|denuncio|denunciare|reporto|reportare)
    maybe (bloqueare|denunciare|reportare) ~2 (este numero|el numero)
    outneg (nunca|jamas) ~2 (me|nos) ~1 (escriban|manden|envien|contacten|vuelvan|escribas|mandes) ~4
    outneg no (me|nos) (escriban|manden|envien|contacten|molesten) (mas|nunca)
    outneg ya no ?(me|nos) (escriban|manden|envien|contacten|molesten|escribas|mandes)
    out (no|nada) mas (@obj|mensajes|promociones|promos|publicidad|ofertas|spam|whatsapps)
    out (pueden|podrian|puedes|podrias|podes) ~2 (dejar de|parar de) ~4
    out (que|quiero que) ~2 (dejen|deje|paren|pare) de (llegar|llegarme|escribir|escribirme|mandar|mandarme|enviar|enviarme) ~3
    out (darme|dame|denme|deme) de baja ~3
    in (me|nos) (pueden|podrian|puedes) ~1 (suscribir|agregar|anadir|sumar|inscribir|volver a agregar|volver a suscribir) ~3 (otra vez|de nuevo|nuevamente)
    in (me|nos) (vuelven|vuelvan|vuelves) a (agregar|suscribir|anadir|sumar|incluir)
    out (dejen|deje|paren|pare) de (llegar|llegarme|llegarles)
    status (sigo|sigue|todavia estoy|aun estoy|sigo estando) ~1 en ~2 (lista|listas|base|difusion|newsletter|boletin)
    out (quiten|quitar|saquen|eliminen|borren) ~2 (las promos|las promociones|la publicidad|los anuncios|@obj)
    in (mandenme|envienme) ~2 (@obj|las ofertas|las promos|las promociones|ofertas|promos) ~2 (otra vez|de nuevo|nuevamente)
  `,
  pt: `
    maybe (vou|eu vou|vo) ~1 (bloquear|denunciar|reportar|dar block)
    maybe (bloqueio|denuncio) (voces|vcs|esse numero|este numero)
    outneg (nunca mais|jamais) ~2 (mandem|mande|enviem|envie|escrevam|contatem|me mandem|me enviem|me escrevam|me mande)
    out chega de (@obj|mensagem|mensagens|spam|promocao|promocoes|propaganda)
    out nada de (@obj|promocoes|propaganda|publicidade|ofertas)
    maybe sem ?mais (promocoes|propaganda|publicidade|ofertas) @eoc
    out (nada mais de|sem mais) (@obj|mensagens|promocoes|propaganda)
    out (podem|poderiam|pode|poderia|da pra|tem como) ~2 (parar de|deixar de) ~4
    out (para|parem|pare|parar) de ?me ~1 (mandar|enviar|mandarem|encher|mandando|enviando) ~3
    out (me|nos) (tira|tirem|tire|remova|removam|exclua|excluam) ~2 (da|dessa|desta|de) ~2 (lista|listas|grupo|transmissao)
    in (me|nos) (cadastra|cadastrem|inscreve|inscrevam|adiciona|adicionem|coloca|coloquem|bota|botem) ~2 (de novo|novamente|outra vez|de volta)
    in (voltar a|volta a|voltem a) receber ~3
    polite (gostaria|peco|solicito|pediria|quero) ~2 que ~1 nao ~2 ?(me|nos) ~1 (enviassem|mandassem|enviem|mandem|contatassem|enviasse|mandasse|contatem)
  `,
  fr: `
    maybe (je vais|j vais|jvais) ?(vous|te) (bloquer|signaler|denoncer) (vous|ce numero|votre numero|comme spam|a la cnil)
    maybe (je vais|j vais|jvais) (vous|te) (bloquer|signaler|denoncer)
    maybe je (vous|te) (bloque|signale|denonce)
    maybe (je bloque|je signale) ~2 (ce numero|votre numero)
    outneg @bos ?(svp|stp|merci) (ne|n) (m|me) (ecrivez|envoyez|contactez|appelez|ecris|envoie) (plus|jamais)
    out (plus de|assez de|marre de|y en a marre de) (@obj|vos messages|vos pubs|vos sms|vos promos|spam|pub|pubs|messages|sms)
    out (pouvez vous|vous pouvez|pourriez vous|tu peux|peux tu|vous pourriez) ~2 (arreter|cesser|stopper) ~4
    out (desabonnez|desinscrivez|retirez|supprimez|enlevez) moi ~3
    in (reabonnez|reinscrivez) moi ~3
    polite (merci de|priere de|veuillez|je vous prie de|je vous demande de) ~2 ne plus ~2 ?(m|me|nous) (envoyer|adresser|contacter|ecrire|appeler|solliciter|transmettre)
    in (envoyez|renvoyez) moi ~2 (@obj|vos offres|les offres|les promos|vos promos|la newsletter) ~2 (a nouveau|de nouveau)
    in (remettez|remets|reinscrivez) moi ~2 (sur|dans) ~3
  `,
  de: `
    maybe (ich|werde|ich werde|sonst) ~2 (blockiere|blockier|blocke|melde) ~2 (euch|sie|dich|die nummer|diese nummer) ~3
    maybe (werde|sonst|ich) ~3 (blockieren|anzeigen) ~1
    outneg (schreibt|schreiben sie|schick|schickt|schicken sie|sendet|senden sie) ~2 (mir|mich|uns) ~2 (nichts|keine|nicht) ~3 mehr
    out (konnt|konnen|koennt|koennen|konntet|konnten|wurdet|wurden|wuerdet) (ihr|sie) ~3 (aufhoren|aufhoeren)
    out (schluss|ende) (mit|jetzt mit) ~3 (@obj|nachrichten|werbung|spam|sms|den nachrichten|der werbung|dem spam)
    out (austragen|abbestellen|abmelden) @eoc
    out (nehmt|nehmen sie|streicht|streichen sie|tragt|tragen sie) (mich|meine nummer) ~3 (aus|von) ~3
    in (schickt|schicken sie|sendet|senden sie) (mir|uns) ~2 (angebote|aktionen|newsletter|werbung|rabatte|deals|gutscheine|@obj) ~1 wieder
    in (tragt|tragen sie|nehmt|nehmen sie|meldet|melden sie) mich ~2 wieder ~3
    in (mochte|moechte|will|wurde gerne|wuerde gerne|wurde gern|hatte gerne|hatte gern) ~3 (@obj|angebote|aktionen|newsletter|rabatte|deals|gutscheine|infos|werbung) ~3 (bekommen|erhalten|haben)
  `,
  it: `
    maybe (vi|ti|lo) (blocco|blocchero|segnalo|segnalero|denuncio|denuncero)
    maybe (blocco|segnalo|denuncio) ~2 (questo numero|il numero|il vostro numero)
    outneg non (scrivetemi|mandatemi|contattatemi|chiamatemi|scrivermi|mandarmi|inviatemi) ~2 piu
    outneg (niente|nessun|nessuna|basta) piu ~2 (@obj|messaggi|promozioni|pubblicita|sms|offerte|notifiche|spam|promo)
    out basta (con|coi|con i|con le|con questi|con queste) ~2 (@obj|messaggi|promozioni|pubblicita|sms|spam|promo)
    out (potete|potreste|puoi|potresti) ~2 (smettere|smetterla|finirla|togliermi|rimuovermi) ~4
    out (toglietemi|rimuovetemi|disiscrivetemi|disiscrivimi) ~3
    out cancellatemi (da|dalla|dalle|dai) ~3
    status (sono|risulto) ancora ~1 (in|nella|nelle|sulla) ~2 (lista|liste|newsletter|mailing list)
    in (riattivate|riattiva) ~2 (@obj|le notifiche|le promo|le offerte|la newsletter|l iscrizione|iscrizione)
    in (riaggiung*|reiscriv*|reinserit*) ~3
    in (mandatemi|inviatemi|rimandatemi) ~2 (@obj|le offerte|le promo|offerte|promo) ~2 (di nuovo|ancora|nuovamente)
  `,
  id: `
    maybe (aku|saya|gue|gw|gua|nanti) ~2 (blokir|block|blok|laporin|lapor|laporkan|report) ~3
    maybe (blokir|laporin|laporkan) ~1 (nomor|nmr|kalian|nih)
    out (gak|ga|nggak|gk|tidak|ndak) (mau|pengen|ingin) ~2 (terima|dapet|dapat|menerima|nerima) ~3 (@obj|broadcast|promo|pesan|chat)
    out (bisa|tolong|bisakah) ~2 (berhenti|stop|setop|udahan) ~3 (kirim|ngirim|chat|sms|wa|broadcast|promo|pesan)
    in (masukin|masukkan|tambahin|tambahkan|aktifin|aktifkan|daftarin|daftarkan) ~3 lagi ~3
    in (langganan|berlangganan|daftar|gabung) ~2 lagi
    in (mau|pengen|ingin|pingin) ikut (dapet|dapat|terima|langganan|daftar) ~2 (@obj|promo|info|diskon)
  `,
  hi: `
    maybe (block|report|ब्लॉक|रिपोर्ट|शिकायत|complaint|shikayat) ~1 (kar|kr|कर) ~1 (dunga|dungi|doonga|doongi|denge|dungaa|दूंगा|दूंगी|दूँगा|दूँगी|देंगे|दूँ|दूं|dalunga|डालूंगा)
    outneg (kabhi|kbhi|कभी) ~1 (bhi|भी) ~3 (msg|message|sms|call|contact|मैसेज|कॉल|संपर्क) ~2 (mat|na|मत|ना)
    outneg (mat|मत) (bhejo|bhejna|bhejiye|bhejein|bhejen|भेजो|भेजना|भेजिए|भेजें)
    out (@obj|ye|yeh|sab|messages|msg|msgs|ये|यह|सब) ~2 (band|bnd|बंद) (karo|kro|kar do|kardo|kr do|karein|karen|kijiye|kariye|करो|कर दो|करें|कीजिए|करिए)
    out (unsubscribe|unsub|remove) ~1 (kar|kr|कर) ~1 (do|dijiye|dein|den|दो|दीजिए|दें)
    in (phir se|fir se|dobara|dubara|फिर से|दोबारा) ~3 (jod|jodo|add|shamil|जोड़|जोड़ो|शामिल) ~3
  `,
  ar: `
    maybe (هعمل|بعمل|راح اعمل|ساعمل|حعمل) ~1 (بلوك|بلك|حظر|ريبورت)
    maybe (هبلغ|ببلغ|سابلغ|راح ابلغ|حبلغ|هشتكي|بشتكي|ساشتكي|هحظر|ساحظر|هبلك|ببلك) ~3
    outneg (بلاش|ما|لا) ~1 (تبعتولي|تبعتلي|تراسلوني|تراسلني|تكلموني|تكلمني|ترسلولي|ترسلي|ترسلوا لي) ~3
    out (كفايه|يكفي|بكفي) ~1 (رسايل|رسايل|رسالة|رساله|عروض|اعلانات|سبام|ازعاج)
    out (ممكن|ياريت|لو سمحت|لو سمحتم) ~2 (توقفوا|توقف|تبطلوا|تبطل|توقفو|وقفوا) ~2 (@obj|الرسايل|الرسايل|العروض|الاعلانات|ارسال)
    out (توقفوا|توقفو|وقفوا|بطلوا|بطلو) ~2 (الرسايل|الرسايل|ارسال|العروض|الاعلانات|تبعتوا|ترسلوا) ~3
    in (رجعوني|ارجعوني) ~2 (للقايمه|القايمه|للقائمه|القائمه|للليسته|للعروض|للاشتراك)
    in (اشتركوني|تشتركوني|تسجلوني|تضيفوني) ~4
    in (ارغب|اود|نرغب|نود|حابب|حابه) ~2 (الاشتراك|اشترك|في الاشتراك|الانضمام)
    out (اطلعوني|طلعوني|اخرجوني|شيلوني|احذفوني|امسحوني|شطبوني) ~3
    status (هل|انا|لسه) ~1 (ما زلت|مازلت|لازلت|لا زلت|لسه) ~1 (مشترك|مشتركا|مشتركه|مسجل|مسجلا)
    in (الاشتراك|اشترك|اسجل) ~3 (مره اخري|مره تانيه|مره ثانيه|من جديد|تاني|ثاني)
    # Arabizi (Arabic in Latin letters and digits: 3 = ع, 7 = ح, 2 = ء, 8/4 = غ/ش), chat Egyptian,
    # Levantine and Gulf forms.
    outneg (mesh|mish|msh|mush|mosh|ma|mo) ~1 (3ayez|3ayz|3awez|3awz|3aiz|3ayza|3awza|badi|bade|bdi|abi|abgha|ab8a|abga|ab2a|biddi|beddi) ~2 (rasayel|rasa2el|resayel|rsayel|rasayl|masajat|messages|msgs|message|3orood|3orod|3rood|e3lanat|i3lanat|offers|spam|promo|promos)
    outneg (mabi|mabgha|mab8a|mabda|mabadi|mabde|mabdi|mabiddi) ~2 (rasayel|rasa2el|resayel|rsayel|rasayl|masajat|messages|msgs|message|3orood|3orod|e3lanat|offers|spam|promo|promos)
    outneg (bala4|balash|balaash|blash|bla4) ~1 (teb3at|teb3atoly|tb3toly|tb3tly|teb3atly|tib3atli|tb3atoly|teb3atoli|tersel|tersilo|terslo|tersly|terseloly|rasayel|rasa2el|msgs|messages|3orood)
    outneg (matb3tly|matb3atly|matb3atlish|matb3tlesh|matb3atolish|matb3toly|matb3tolish|matb3atoulish|mat2ba3toulish|matersloly|matersly|matersil|matb3tlish)
    outneg (la|ma) (teb3at|tb3at|teb3ato|tersel|tersilo|terslo|tersly|tarasilni|trasilni|tkalemni) ~2 (tany|tani|mara tanya|abadan|khales|ba3d kda|ba3d keda|ly|li|lia)
    out (wa2af|wa2afo|wa2afoo|wa2afu|wa22afo|wa22af|waqfo|ba6lo|battalo|batalo|bateloo|battal|ba6al|bttlo|btlo) ~2 (rasayel|rasa2el|resayel|rsayel|3orood|e3lanat|masajat|messages|msgs|spam|ersal)
    out (kfaya|kefaya|kifaya|bikaffi|bekafi|yekfi|ykfi) ~1 (rasayel|rasa2el|resayel|rsayel|3orood|e3lanat|masajat|messages|msgs|spam|iz3ag|ez3ag)
    out (shelo|sheelo|shilo|sheel|e7zefo|ehzefo|e7zef|imsa7o|emsa7o|imsa7|sheloni|sheeloni|e7zefoni|ehzefoni|tala3oni|tal3oni) ~2 (rakamy|rakami|raqmi|ra2my|ra2mi|nemrety|nemrti|esmi|ismi|list|el list|2ayma|el 2ayma)
    in (3ayez|3ayz|3awez|badi|abi|abgha|ab8a) ~1 (a4tarek|ashtrek|ashtarek|eshtarek|a4trk|ashtrk|ashtirek) ~2
    in (raga3ony|rag3ony|rage3ony|rg3ony|rga3ony|dafoni|defoni|daifoni|da5loni|sajloni|sagloni) ~3
    help (gebto|gbto|jebto|jabto|gibto) ~1 (rakamy|raqmi|ra2my|nemrety|rakami) ~1 (mnen|mn fen|mnein|men wein|mn wen|mnin)
    help (meen|min|mean) (ma3aya|m3aya|inta|enta|into|entu|hadol|hada|da|ma3ak)
    status (lessa|lesa|lsa|mazelt|ma zelt|mazilt|ma zilt) ~2 (moshtarek|mo4tarek|mushtarik|mshtrk|moshtarka)
  `,
  tr: `
    maybe (engelleyecegim|engelliycem|engellicem|engelliyorum|engellerim|sikayet edecegim|sikayet ederim|sikayet edicem|bildirecegim)
    outneg (bir daha|sakin|asla) ~3 (yazmayin|atmayin|gondermeyin|aramayin|yollamayin|mesaj atmayin)
    out (gondermeyi|atmayi|yollamayi|yazmayi|mesajlari|mesaj atmayi) ~2 (birak*|durdur*|kesin|keser|kesermisiniz|kesebilir*)
    out (silin|cikarin|kaldirin) (beni|numarami)
    outneg (gonderilmemesini|atilmamasini|yollanmamasini|gonderilmemesi|gondermemenizi|atmamanizi|yazmamanizi)
    outneg (gondermeyiniz|atmayiniz|yazmayiniz|aramayiniz|yollamayiniz)
    out (beni|bizi) rahat (birakin|birak|birakir misiniz|birakabilir misiniz)
    out (beni|numarami) (silin|cikarin|kaldirin)
    out artik ~2 (mesaj|mesajlar|kampanya|reklam|sms) ~2 (istemiyorum|gelmesin|atmayin|gondermeyin)
    out (abonelikten|listeden|listenizden) ~2 (cik*|cikar*|sil*)
    in (tekrar|yeniden|geri) ~2 (abone|ekle*|kayit) ~3
  `,
  ru: `
    maybe (заблокирую|забаню|пожалуюсь|в черный список|кину в спам|отмечу как спам|блокирую)
    outneg (никогда|больше) ~2 не (пишите|пиши|присылайте|присылай|отправляйте|звоните|шлите|беспокойте) ~3
    out (можете|могли бы|можно) ~2 (перестать|прекратить|не присылать|не писать|отписать) ~4
    outneg не (надо|нужно|стоит) ~3 (присылать|писать|слать|отправлять|звонить|беспокоить)
    out (хватит|достаточно|довольно|прекратите|перестаньте) ~3 (писать|присылать|слать|спамить|рассылки|рекламы|сообщений|спама)
    out (otpishite|otpishi|otpisat|otpisatsya|hvatit pisat|ne pishite|udalite menya)
    in (подпишите|верните|добавьте) ~2 (обратно|снова|заново|опять)
  `,
  nl: `
    maybe (ik|anders) ~2 (blokkeer|rapporteer) ~2 (jullie|je|u|dit nummer|het nummer) ~2
    maybe (ga|ik ga) ~3 (blokkeren|rapporteren)
    outneg (nooit|niet) meer ~2 (appen|sturen|bellen|mailen|smsen) ~2
    out (kunnen jullie|kan je|kun je|kunt u) ~2 (stoppen|ophouden) (met|ermee) ~2 (appen|sturen|berichten|spam|sms|smsen|mailen|@obj|reclame)
    out (kunnen jullie|kan je|kun je|kunt u) ~2 (stoppen|ophouden|ermee stoppen|mij afmelden|me afmelden|mij uitschrijven|me uitschrijven) @eoc
    out (hou|houd|houden) (op|nou op|eens op) ~3
    out (geen|niet meer) (@obj|berichten|reclame|spam|appjes|sms) ~1 meer
    out (schrijf|meld) (me|mij) ~2 (uit|af) ~3
    out (wil|moet|wil graag) ~1 van ~2 (lijst|verzendlijst|mailinglijst|nieuwsbrief) af
    in (zet|doe|plaats) (me|mij) ~2 (weer|terug|opnieuw) ~3
    status (sta ik|ben ik|zit ik) ~1 (nog|nog steeds|nog altijd) ~1 (op|in) ~2 (lijst|verzendlijst|mailinglijst|nieuwsbrief|bestand|lijstje)
    in (stuur|stuurt) (me|mij) ~2 (aanbiedingen|acties|nieuwsbrief|@obj|kortingen|deals) ~1 (weer|opnieuw)
  `,
  pl: `
    maybe (zablokuje|zablokuje was|zablokowac)
    maybe zglosze ~1 (was|ten numer|to|jako spam|do uokik)
    outneg (nigdy|juz nigdy) ~2 ?wiecej ~3 nie ~2 (piszcie|wysylajcie|dzwoncie|przysylajcie)
    outneg nie (piszcie|wysylajcie|przysylajcie|dzwoncie) ~3 (wiecej|juz)
    out (dosyc|dosc|wystarczy|koniec) ~2 (tego|z) ~2 (spamu|reklam|wiadomosci|smsow|promocji|@obj)
    out (mozecie|moglibyscie|czy mozecie) ~2 (przestac|przestac wysylac|mnie wypisac|usunac) ~4
    out (rezygnuje|rezygnuj*) z ~2 (powiadomien|newslettera|subskrypcji|wiadomosci|sms|smsow|reklam|promocji|@obj|otrzymywania|mailingu|listy)
    in mnie ~1 (dopis*|zapis*|doda*) ~2 (z powrotem|ponownie|znowu|jeszcze raz)
    in (dopisz*|zapisz*|dodaj*) ~2 mnie ~2 (z powrotem|ponownie|znowu|jeszcze raz) ~3
  `,
  ms: `
    maybe (nanti|aku|saya) ~2 (block|blok|report|laporkan|lapor) ~3
    outneg (jangan|jgn|tak payah|tak perlu|x payah|xpayah) ~3 (hantar|kirim) ~2 (mesej|msg|whatsapp|wasap|sms|promosi|iklan|broadcast)
    outneg (jangan|jgn) ~2 (kacau|ganggu|spam|mesej|whatsapp|wasap)
    out (tak|tidak|x|tk) (nak|mahu|mau|ingin) ~2 ?(dah|lagi|terima|dapat) ~2 (@obj|mesej|msg|promosi|iklan|sms|broadcast)
    out (boleh|tolong|bolehkah) ~2 (berhenti|stop|henti|hentikan) ~3
    out (nyahlanggan|nyah langgan|berhenti langgan|hentikan langganan)
    in (masukkan|tambah|tambahkan|daftarkan) ~2 (saya|aku) ~2 (balik|semula|lagi) ~3
    in (nak|mahu|ingin) (terima|dapat) ~2 (@obj|promosi|tawaran|iklan)
  `,
  vi: `
    maybe (se|toi se|minh se) ~2 (chan|block|bao cao|to cao|report) ~3
    maybe (chan|block) so nay
    outneg (dung|khong duoc|cam) ~3 (nhan tin|tin nhan|quang cao|khuyen mai|spam|lam phien|goi dien) ~4
    outneg (dung|khong duoc) ~3 (nhan|goi|lien he|lam phien|gui) ~3 (nua|lai nua)
    out (co the|lam on|vui long|xin) ~2 (ngung|dung|thoi|huy) ~4
    out (ngung|dung|thoi) (gui|nhan|spam) ~4
    in (dang ky|dang ki) ~2 lai
    out (ra khoi|xoa khoi|bo khoi|loai khoi) ~2 (danh sach|nhom)
    in nhan ~1 lai ~2 (@obj|khuyen mai|tin|uu dai|thong bao)
  `,
  tl: `
    maybe (i|iba|ire|ibla) ~1 (block|report|blok) ~3
    maybe (ibablock|iblock|ireport|irereport) ~3
    outneg (wag|huwag|wg|hwag) ~3 (na|nang) ~3 (message|mag message|text|mag text|i text|itext|mag send|send|padala|magpadala|padalhan|tumawag|chat|mag chat)
    outneg (wag|huwag|wg|hwag) (nyo|niyo|ninyo|kayo|mo) ~2 ?(na|nang) ~2 (ako|akong|kami|akin|sakin) ~2 (padalhan|i text|itext|i message|imessage|tawagan|i chat|ichat|itext)
    outneg never (na|nang) ~3 (mag message|message|mag text|text|send|mag send|padala|i text|i message)
    out (pwede|puwede|pede) ~2 (bang|ba|po|po bang) ~2 (tigilan|itigil|ihinto|tumigil|stop) ~4
    maybe @bos (tama na|tama na po|sobra na|tigil na) ~2 (tama na|tigil na|sobra na|kayo|nyo)
    in (pa|paki|i) subscribe ~2 (ulit|uli|muli) ~2
    out (paki|pa|i) ~1 (delete|remove|tanggal|alis|burahin|bura) ~3 (number|numero|number ko|numero ko|contact)
    out (tanggalin|alisin|burahin|iremove|idelete) ~2 (nyo|niyo|mo|po) ~2 (ako|kami|number ko|numero ko) @eoc
    outneg (hindi|di) ~2 na ~1 (kailangan|need) ~2 (@obj|promo|promos|text|texts|message|messages)
    in (pa|paki|i) add ~1 (ako|ako ulit) ~1 (ulit|uli|muli)
    in (pa|paki|i) (add|sali|subscribe) ~2 (sa|po sa) ~2 (list|promo list|listahan|group|promos)
  `,
  ur: `
    maybe (block|report|بلاک|رپورٹ|شکایت|shikayat|complaint) ~1 (kar|kr|کر) ~1 (doonga|dunga|dungi|doongi|denge|dun|doon|دوں|دونگا|دوں گا|دوں گی|دیں گے)
    outneg (aainda|aaynda|ainda|آئندہ) ~3 (message|msg|sms|میسج|پیغام|call|کال|rabta|رابطہ) ~2 (na|mat|نہ|مت)
    outneg (mat|na|مت|نہ) (bhejein|bhejen|bhejain|bhejo|بھیجیں|بھیجو|بھیجے)
    out (@obj|ye|yeh|یہ|sab|messages|msg) ~2 (band|بند) (karein|karen|kijiye|kar dein|kar den|karo|کریں|کیجیے|کر دیں|کرو)
    out (list|لسٹ|فہرست) ~2 (se|سے) ~1 (nikal|hata|نکال|ہٹا|نکالیں|ہٹائیں) ~2
    in (dobara|دوبارہ|phir se|پھر سے) ~3 (shamil|add|شامل) ~3
    outneg (@obj|پیغامات|پیغام|میسج|میسجز|میسیجز|آفرز|messages|msgs|offers) ~1 (نہیں|nahi|nahin) (چاہئیں|چاہیے|چاہئے|چاہیئں|chahiye|chahiyen|chahiyein)
  `,
  bn: `
    maybe (ব্লক|রিপোর্ট|block|report|অভিযোগ) ~1 (করে|kore|করব|korbo|করবো) ~1 ?(দেব|দিব|debo|dibo|দেবো)
    outneg (আর|ar|aar) ~3 (পাঠাবেন|পাঠাবে|পাঠিও|পাঠাও|পাঠিয়েন|দিবেন|দেবেন|pathaben|pathabe|pathio|pathao|diben) (না|na)
    outneg (pathaben|pathaio|pathiyo|pathaben) na
    out (@obj|message|মেসেজ|promo|sms|এসএমএস|pathano|পাঠানো|offer|অফার) ~2 (বন্ধ|bondho|bondo|bnd) (করুন|করেন|করো|কর|করে দিন|করে দেন|koren|korun|koro|kore din|kore den)
    outneg (@obj|offer|অফার|message|মেসেজ|এসএমএস|sms|promo) ~3 (চাই|chai|lagbe|লাগবে|dorkar|দরকার) (না|na|nai|নাই|nei|নেই)
    out (লিস্ট|list|তালিকা) ~2 (থেকে|theke) ~2 (সরিয়ে|বাদ|কেটে|sorie|sorye|bad|remove|রিমুভ) ~2
  `,
  th: `
    maybe (บล็อก|บล็อค|บล๊อก|บล๊อค|รีพอร์ต|ร้องเรียน|แจ้งความ|สคบ|ฟ้อง)
    maybe (ส่ง|ทัก) ~3 (ทุกวัน|บ่อย|เยอะ|ทั้งวัน)
    outneg ห้าม ~4 (ส่ง|ทัก|โทร|แชท|ไลน์|ติดต่อ)
    outneg งด ~2 (ส่ง|ติดต่อ|โทร|ทัก|แชท)
    out (เอา|ลบ|นำ|ถอด) ~6 ออก ~2 จาก ~4 (รายชื่อ|รายการ|ลิสต์|ลิส|กลุ่ม|ระบบ|ฐานข้อมูล|บรอดแคสต์)
    out (เลิก|หยุด) ~4 (ส่ง|ทัก|แชท|โทร|ยิง) ~8 (ซะที|สักที|เถอะ|ได้แล้ว|เลย|ได้ไหม|ได้มั้ย|หน่อย)
    in สมัคร ~10 (ใหม่|อีกครั้ง)
    out (ไม่|ไม่อยาก|ไม่ต้องการ) ~2 (รับ|ได้รับ|อยากได้|อยากรับ) ~8 (@obj) ~12 (แล้ว|อีก|อีกต่อไป)
  `,
  sw: `
    maybe (nitawablock|nitablock|nitawablocki|nitakublock|nitawaripoti|nitaripoti|nitakuripoti|nitawashtaki|nitawazuia|nitazuia|nitawaripot|nitawareport|nitareport)
    outneg (msiwahi|usiwahi|msithubutu|usithubutu) ~2 (kutuma|kunitumia|kuniandikia|kunipigia|kunitext|kuwasiliana|kunisumbua)
    out (kuacha|acheni|acha|mwache|mwacheni|wacha|wacheni|komesheni|komesha|sitisheni|sitisha) ~2 (kunitumia|kutuma|kunitext|kunipigia|kuniandikia|kunisumbua|ujumbe|jumbe|matangazo|meseji|sms)
    out (mnaweza|unaweza|naomba|tafadhali) ~2 (kuacha|kusitisha|kunitoa|kuniondoa) ~4
    out (sitaki|sihitaji) ~2 (@obj|ujumbe|jumbe|meseji|matangazo|ofa|sms)
    out (nitoeni|niondoeni|nitoe|niondoe) ~3
    out (ondoeni|ondoa|toeni|muondoe|mniondoe|mnitoe|mfute|mfuteni|futeni|futa) ~3 (namba|nambari|jina|mimi)
    in (kujiunga|nijiunge|niunge|niungeni|nisajili|nisajilini|kujisajili|niandikishe|niandikisheni|mniunge|mniongeze|mnisajili|mniandikishe) ~4
    in (niongeze|niongezeni|nirudishe|nirudisheni|nirejeshe) ~3 (orodha|orodhani|list|kundi|ofa|matangazo)
  `,
  zh: `
    maybe (拉黑|屏蔽|投诉|举报|黑名单|报警)
    outneg (再也|永远) ~3 (不要|别|不准|不许) ~12 (发|联系|骚扰|推送|打)
    outneg (以后|今后) ~3 (不要|别|不准|不许|不用) ~10 (发消息|发信息|发短信|发广告|发了|给我发|联系|骚扰|推送|打电话)
    outneg (不要|别|不准|不许) ~2 再 ~10 (发|传|联系|骚扰|推送)
    out (能不能|可不可以|可以|能否|麻烦|请) ~2 (不要|别|停止|取消|不再) ~8 (发消息|发信息|发短信|发广告|发了|推送|订阅|消息|信息|短信|广告)
    out (停止|别再|不要再) ~3 (发消息|发信息|发短信|发广告|推送|发送|传送|发了) ~6
    in (加回|重新加入|重新订阅|恢复订阅|再订阅|重新关注)
    in (想|要|希望) ~2 (收到|接收|订阅) ~6 (优惠|信息|活动|推送|消息|折扣)
    out (移出|删除|删掉|去掉|踢出|移除|拿掉) ~4 (名单|列表|群发|群)
    out 把我 ~4 (移出|删了|删掉|删除|踢出|去掉|移除|拿掉)
  `,
  ja: `
    maybe (ブロック|通報|消費者センター)
    outneg (二度と|今後|もう) ~10 (送ら|連絡し|メールし|配信し|電話し|送信し|ラインし) ~2 (ないで|ないでください|ないでほしい|ないでくれ)
    out (送る|送信|配信|連絡|メッセージ|メール|ライン|line|dm|案内|通知|宣伝|広告) ~4 (やめて|止めて|やめろ|止めろ|停止して|やめてもらえ|やめてくれ|やめてほしい|止めてほしい|やめていただけ|止めていただけ|停止してほしい|停止していただけ)
    out (広告|宣伝|メッセージ|メール|案内|通知|メルマガ|dm|セール情報|お知らせ|クーポン|配信) ~3 (いりません|いらない|要りません|要らない|不要です|不要|結構です|けっこうです)
    in (また|再び|もう一度|再度) ~6 (受け取り|受取|登録|購読|受信)
    in (リスト|配信リスト|メルマガ|配信) ~3 (入れて|追加して|登録して|加えて)
  `,
};

/**
 * An unsubscription told from another channel ("hab mich bei euren E-Mails abgemeldet, aber
 * WhatsApp passt"): a `past` signal, so the stop in its clause is told, not asked for (a
 * "still" in the message keeps it a stop: signals.ts).
 */
const OTHER_CHANNEL: Partial<Record<Lang, string>> = {
  en: `(unsubscribed|opted out) from ~2 (email|emails|e mails|newsletter|mailing list|sms|texts)`,
  es: `(me di de baja|me desuscribi|me desinscribi) ~2 (del|de los|de su|de sus) ~1 (correo|correos|mails|emails|newsletter|boletin|sms)`,
  pt: `(me descadastrei|cancelei) ~2 (do|dos|da|de) ~1 (email|emails|e mail|newsletter|sms)`,
  fr: `(desabonne|desinscrit|desinscrite|desabonnee) ~2 (des|de la|du|de vos) ~1 (mails|emails|e mails|newsletter|sms)`,
  de: `(bei|von|vom|beim|fur|aus) ~2 (e mails|emails|mails|newsletter|sms|mail|e mail) ~3 (abgemeldet|ausgetragen)`,
  it: `(disiscritto|disiscritta|cancellato|cancellata) ~2 (dalle|dalla|dalle vostre|dai) ~1 (email|mail|newsletter|sms)`,
  nl: `(afgemeld|uitgeschreven) ~2 (voor|van|bij) ~2 (e mails|emails|mails|nieuwsbrief|sms)`,
};

/** The "told from another channel" past signals of one language. */
export function otherChannelSignals(lang: Lang): string[] {
  const p = OTHER_CHANNEL[lang];
  return p ? [p] : [];
}

/**
 * Phrases that look like a stop and are not ("mai più senza i vostri sconti", "wag
 * kalimutan"): masked before the rules run, like each lexicon's own traps.
 */
const TRAPS: Partial<Record<Lang, string>> = {
  en: `never again without ~3, report back, (report|reporting) (the|a|an|this) (problem|issue|bug|delay|damage|defect), (dont|do not) (ship|deliver) ~4, (dont|do not) send (it|the parcel|the package|the order) ~4`,
  es: `nunca mas sin ~3, no (envien|manden|envies|mandes) (el pedido|el paquete|a la direccion|a mi casa) ~3`,
  pt: `nunca mais sem ~3, nao (enviem|mandem|envie|mande) (o pedido|o pacote|a encomenda|para o endereco) ~3`,
  fr: `plus jamais sans ~3, signaler (le|un|la|une|ce) (probleme|souci|retard|colis|livraison|defaut|erreur)`,
  de: `nie (wieder|mehr) ohne ~3`,
  it: `mai piu senza ~3`,
  id: `(jangan|jgn|gak usah|ga usah|nggak usah) (kirim|dikirim|antar|diantar) ~1 (ke|kesini|hari|tgl|tanggal|sebelum) ~3`,
  hi: `(otp|code|bill|invoice|receipt|link|pin) ~2 (phir se|dobara|fir se) ~1 (bhejo|bhejiye|bhej do|bhejna), (phir se|dobara|fir se) (otp|code|bill|invoice|receipt|link|pin) ~1 (bhejo|bhejiye|bhej do)`,
  ar: `(لا|ما|بلاش) (ترسل|ترسلوا|تبعت|تبعتوا|تشحن|تشحنوا) (الطلب|الاوردر|الطلبيه|الشحنه|البضاعه|المنتج) ~3`,
  tr: `(kodu|kod|sifre|fatura|faturayi|linki|link) ~2 (tekrar|yeniden) ~1 gonder*`,
  pl: `rezygnuj* z (zamowienia|zamowienie|zakupu|rezerwacji|produktu|towaru)`,
  ms: `(jangan|jgn|tak payah) (hantar|kirim|pos) ~1 (ke|hari|sebelum|pada) ~3`,
  vi: `(dung|khong) ~1 (gui|giao|ship) (hang|don|buu kien|do) ~4`,
  tl: `(wag|huwag) (kalimutan|kalimutang|mag alala|mahiya|kayong mag alala), add ~1 (ulit|uli) ~2 ?(yung|ang) (item|items|cart|order|product)`,
  th: `(ไม่ต้อง|อย่า) ~2 ส่ง (ของ|พัสดุ|สินค้า) ~12`,
  sw: `(sitaki|sihitaji) ~1 (oda|order|bidhaa|hii|hiyo|rangi|saizi|kiatu|nguo) ~3`,
  ja: `(請求書|領収書|コード|パスワード|リンク|明細) ~4 (もう一度|再度|また) ~2 送`,
};

/** The round-3 traps of one language. */
export function broadTraps(lang: Lang): string[] {
  const p = TRAPS[lang];
  return p ? words(p) : [];
}

/** "Keep the other deals coming", "其他的继续发吧": the rest still wanted (signals.ts `others`). */
const OTHERS: Partial<Record<Lang, string>> = {
  en: `(keep|send) ~3 (other|others|rest) ~2 (coming|deals|offers|ones|promos), (but|though) ~3 (the other|the others|the rest|other) ~3 (fine|ok|okay|welcome|coming|good)`,
  zh: `(其他|别的|其它) ~4 (继续|照常|可以|还是) ~3 (发|推送|送)`,
  // Round 14: "sigan con los cupones" after a joke ("'ya no me escribas' le dije a mi ex, no a
  // ustedes 😂"): the marketing still wanted.
  es: `@bos (sigan|sigue|siga|seguid) ~1 con ~2 (cupones|ofertas|promos|promociones|descuentos), (ustedes|pero|mejor) (sigan|sigue|siga|seguid) ~1 con ~2 (cupones|ofertas|promos|promociones|descuentos)`,
};

/**
 * Another shop or company named (signals.ts `elsewhere`, round 7b; `others` until then, which
 * set aside every stop of the message: "başka mağazadan alıyorum, mesaj göndermeyi bırakın").
 */
const ELSEWHERE: Partial<Record<Lang, string>> = {
  tr: `(baska|diger) ~2 (magaza*|firma*|marka*|dukkan*|sirket*)`,
  hi: `(doosri|dusri|doosre|dusre|kisi aur|दूसरी|दूसरे) ~1 (dukan|shop|store|company|brand|दुकान|कंपनी)`,
  ur: `(doosri|dusri|doosre|dusre|kisi aur|دوسری|دوسرے) ~1 (dukan|shop|store|company|brand|دکان|کمپنی)`,
};

/** The round-3 "another shop" signals of one language. */
export function moreElsewhereSignals(lang: Lang): string[] {
  const p = ELSEWHERE[lang];
  return p ? words(p) : [];
}

/** The round-3 "the rest still wanted" signals of one language. */
export function moreOthersSignals(lang: Lang): string[] {
  const p = OTHERS[lang];
  return p ? words(p) : [];
}

/**
 * The round-3 class rules of one language. A trailing gap would only lengthen the span a
 * rule covers (and a short "hou op" must stay short for the laughter signal): dropped.
 */
export function broadRules(lang: Lang): ReturnType<typeof rules> {
  return rules(BROAD[lang] ?? '').map((r) => ({ ...r, p: r.p.replace(/(\s+~\d+)+$/, '') }));
}
