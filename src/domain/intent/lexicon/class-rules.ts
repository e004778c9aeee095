/**
 * Rules written by CLASS across every language at once (issue 18, second round), added to
 * each lexicon's own rules. One block per language, the same classes in each:
 * - subscribe: a plain request to join ("abonnieren", "daftar", "join karni", "订阅");
 * - formal: a polite or formal request to cease sending or to remove a number from a list
 *   ("je vous prie de cesser tout envoi", "прошу прекратить отправку", "keluarin saya");
 * - never: "never again" and "don't contact me again" in colloquial forms;
 * - number: "whose number is this / where did you get my number": help;
 * - listed: "am I still on your list?": status;
 * - others (an `others` signal): "keep sending the others", "from every shop except you":
 *   declining one offer, or leaving other senders, is no stop here;
 * - for now (a `decline` signal): "enough for today", "not for now": one moment declined.
 * General language knowledge, not the fresh batches' sentences; to be reviewed by natives.
 */
import type { Lang } from '../types';
import { rules, words } from './rules';

export interface ClassRules {
  rules: string;
  /** "Send me the others", "except you": nothing changes (signals.ts `others`). */
  others?: string;
  /** "For today", "for now": this moment declined, not the messages (signals.ts `decline`). */
  forNow?: string;
  /**
   * "Another shop", "otra tienda", "einem anderen Laden": another company named (signals.ts
   * `elsewhere`). Until round 7b these were `others` signals, which set aside every stop of
   * the message: "I buy from another shop now, stop sending me offers" read as no stop.
   */
  elsewhere?: string;
}

export const CLASS_RULES: Partial<Record<Lang, ClassRules>> = {
  en: {
    rules: `
      in count me in (for|on) ~3 (@obj|promos|deals|offers|list|newsletter|updates)
      in (can|could|may) i (join|subscribe|sign up|get on) ~4
      in (add|put) me ~2 (to|on|in) ~3 (list|group|newsletter|mailing list|broadcast)
      in (want|like|love) to (receive|get) ~3 (@obj|promos|deals|offers|updates|newsletter)
      in (want|like|would like|wanna|love) to (subscribe|sign up|join|register|opt in) ~4
      in (subscribe|sign) ?me ?up ~2 (to|for) ~3 (@obj|list|newsletter|deals|offers|updates)
      in (turn|switch|put) (them|it|me) back on
      in (can|could) (you|i) (add|put) me (back|on) ~3
      outneg (never|dont|do not) (contact|message|text|write to|bother) me (again|anymore|ever again)
      polite (kindly|please) ~2 (cease|discontinue|stop) ~3 (sending|messages|communications|all)
      out (remove|delete|erase|take) ~2 (my number|me|my contact|my details) ~3 (from|off) ~4
      outneg never ~2 (message|text|contact|send) ~2 me ~1 again
      help (whose|what) number is this
      help where ~3 (get|got|find|found) ~1 my (number|contact|details)
      status am i still (on|in|subscribed|registered) ~3
      status (is|was) my (unsubscription|opt out|optout|unsubscribe|request) ~3 (done|processed|working|through|confirmed)
    `,
    others: `(send|keep sending|keep) ~2 (the others|the rest|other offers|other ones), except (you|yours|your shop|this one) ~2`,
    elsewhere: `(another|other|a different) (store|shop|brand|company|app|newsletter)`,
    forNow: `for (today|now|the moment) @eoc`,
  },
  es: {
    rules: `
      in (me quiero|quiero|quisiera) (unir|unirme|suscribir|inscribir|apuntar|apuntarme|sumarme|sumar)
      in (agregame|agreguenme|añadanme|anadanme|sumame|sumenme|súmenme|meteme|metanme|incluyanme|inclúyanme) ~4
      in (quiero|quisiera) recibir ~3 (@obj|ofertas|promociones|novedades)
      in (quiero|quisiera|me gustaria|deseo) ?(volver a) (suscribirme|inscribirme|registrarme|unirme|apuntarme)
      in (suscribanme|inscribanme|agreguenme|anotenme|apuntenme) ~4
      polite (les|le|te) (solicito|pido|ruego) ~3 (retiren|retire|eliminen|borren|quiten|dejen de|cesen|suspendan) ~5
      out (retiren|eliminen|borren|quiten|saquen) ~2 (mi numero|mi contacto|mis datos|me) ~4
      out (sacame|sacadme|saquenme|quitame|quitenme|borrame|borrenme) ~4
      outneg nunca mas ~3 (@obj|me escriban|me manden|me contacten|mensajes)
      outneg no (me|nos) (vuelvan|vuelvas) a (escribir|mandar|enviar|contactar|molestar) ~3
      out (ya|se) lo (he pedido|pedi|dije) ~4
      help (de quien|que numero) es (este|esto|ese) ~1 numero
      help de donde ~3 (sacaron|tienen|obtuvieron) ~2 mi (numero|contacto)
      status (todavia|aun|sigo) ~2 (estoy|sigo|figuro) ~3 (lista|suscrito|suscrita|inscrito|inscrita)
    `,
    others: `(pero|y) ~3 (las demas|los demas|las otras|los otros|el resto) ~3 (si|mandenme|envienme|sigan), (excepto|menos|salvo) (ustedes|los suyos|esta tienda|vos)`,
    elsewhere: `(otra|otras) (tienda|tiendas|marca|marcas|empresa|empresas)`,
    forNow: `(por hoy|por ahora|por el momento) @eoc`,
  },
  pt: {
    rules: `
      in (quero|gostaria de) receber ~3 (@obj|ofertas|promoções|promocoes|novidades)
      in (quero|queria|gostaria de|desejo) ?(me) (cadastrar|inscrever|assinar|registrar)
      in (me cadastra|me cadastrem|me inscreve|me inscrevam|me adiciona|me adicionem|me coloca|me coloquem) ~4
      polite (solicito|peco|peço) ~3 (que parem|que retirem|que removam|a remocao|a exclusao|que excluam|o cancelamento) ~5
      out (remova|removam|retire|retirem|exclua|excluam|tira|tirem) ~2 (meu numero|meu contato|meus dados|me) ~4
      outneg nunca mais ~3 (@obj|me mandem|me mande|mensagem|mensagens|me contatem)
      outneg (nao|não) me (mandem|mande|envie|enviem|contatem|procurem|incomodem) mais
      out (ja|já) (pedi|falei|disse) ~4 (parar|pra parar|para parar|vezes)
      help (de quem|que numero) (e|é) (esse|este) ~1 numero
      help de onde ~2 (e|é) (esse|este) numero
      help (onde|como) ~3 (conseguiram|pegaram|arrumaram) ~2 meu (numero|contato)
      status (ainda|continuo) ~2 (estou|to|tô|sigo|continuo) ~3 (lista|cadastrado|cadastrada|inscrito|inscrita)
    `,
    others: `(mas|e) ~3 (as outras|os outros|o resto|as demais) ~3 (pode|podem|manda|mandem|sim|continuem), (exceto|menos|fora) (voces|vocês|a de voces|esta loja)`,
    elsewhere: `(outra|outras|outro|outros) (loja|lojas|marca|marcas|empresa|empresas)`,
    forNow: `(por hoje|por enquanto|por agora) @eoc`,
  },
  fr: {
    rules: `
      in (veux|voudrais|souhaite|souhaiterais|aimerais) recevoir ~3 (@obj|vos offres|vos promos|les promos|vos bons plans)
      in (veux|voudrais|souhaite|souhaiterais|aimerais) (m inscrire|m abonner|m enregistrer|me reabonner)
      in (inscrivez|abonnez|ajoutez) moi ~4
      polite (prie|demande|saurais gre|serais reconnaissant) ~6 (cesser|arreter|supprimer|retirer|ne plus) ~5
      out (cesser|cessez) ~2 (tout envoi|tous envois|les envois|d envoyer|vos envois|vos messages)
      out (supprimez|retirez|enlevez|effacez) ~2 (mon numero|mes coordonnees|moi|mon contact) ~4
      outneg plus jamais ~3 (@obj|de messages|de sms|me contacter|m ecrire|m envoyer|ca)
      outneg (ne|n) (me|m) (contactez|ecrivez|envoyez|recontactez) plus
      out (deja|combien de fois) ~4 (dit|demande|demander) ~4
      help (a qui|c est quoi) ~1 (est|appartient) ~1 ce numero
      help (ou|comment) ~4 (eu|trouve|obtenu|recupere) ~2 mon (numero|contact)
      help (qui|c est qui) ~3 (vous etes|etes vous|est ce)
      status (suis je|je suis) ~1 toujours ~2 (sur|dans|inscrit|inscrite|abonne|abonnee) ~3
    `,
    others: `(mais|par contre) ~4 (les autres|le reste|d autres) ~3 (oui|ok|volontiers|continuez|envoyez), (sauf|a part|à part|excepte) (vous|la votre|votre boutique)`,
    elsewhere: `(autre|autres) (boutique|boutiques|magasin|magasins|marque|marques|enseigne|enseignes)`,
    forNow: `(pour aujourd hui|pour l instant|pour le moment) @eoc`,
  },
  de: {
    rules: `
      polite (meine nummer|meine handynummer|meine daten|meinen kontakt|mich) ~6 (zu entfernen|zu loschen|zu löschen|zu streichen|auszutragen)
      in (mochte|moechte|will|wurde gerne|wuerde gerne|wurde|mochten) ~5 (abonnieren|anmelden|eintragen|registrieren|dabei sein)
      in (meldet|melden sie|tragt|tragen sie) mich ~4 (an|ein)
      in (abonnieren|anmelden|eintragen) bitte
      polite (bitte|ersuche|bitten) ~6 (keine) ~2 (@obj|nachrichten|werbung|sms|mails) ~4
      polite (bitte|ersuche|bitten) ~6 (einzustellen|zu unterlassen|unterlassen|zu loschen|zu entfernen|loschen|entfernen|streichen) ~4
      polite (bitte|ersuche|bitten) ~6 nicht mehr ~3 (schicken|senden|zusenden|zuschicken|schreiben|kontaktieren|anschreiben)
      out (loschen|loescht|loscht|entfernen|entfernt|streichen|streicht) ~2 (meine nummer|mich|meine daten|meinen kontakt) ~4
      outneg nie (mehr|wieder) ~3 (@obj|nachrichten|schreiben|kontaktieren|werbung)
      out (aufhoren|aufhören) ~3 (zu schreiben|zu schicken|zu senden|zu nerven|zu kontaktieren|mir zu schreiben)
      outneg (schreibt|schreiben sie|kontaktiert|kontaktieren sie|meldet euch|belästigt|belastigt) mich ~2 nie (mehr|wieder)
      out wie oft ~4 (noch|denn) ~6
      help (wem gehort|wessen|was ist das fur eine) ~1 nummer
      help woher ~4 (meine nummer|meinen kontakt|meine daten)
      status (bin ich|stehe ich) ~1 (noch|immer noch) ~3 (angemeldet|abonniert|eingetragen|auf der liste|im verteiler|drin)
    `,
    others: `(aber|doch) ~3 (die anderen|den rest|andere) ~3 (gerne|schon|weiter|ja), (ausser|außer|bis auf) (euch|ihnen|eurem|ihrem)`,
    elsewhere: `(anderen|andere|anderer|einem anderen|einer anderen) (shop|laden|geschaft|händler|handler|marke|firma|shops|laden)`,
    forNow: `(fur heute|für heute|fur jetzt|für jetzt|vorerst) @eoc`,
  },
  it: {
    rules: `
      in (voglio|vorrei) ricevere ~3 (@obj|offerte|promozioni|novita)
      in (voglio|vorrei|desidero) ?(di nuovo|nuovamente) (iscrivermi|abbonarmi|registrarmi|unirmi|reiscrivermi)
      in (iscrivetemi|aggiungetemi|registratemi|inseritemi) ~4
      polite (chiedo|prego|richiedo|vi invito) ~4 (di cessare|di smettere|di rimuovere|di cancellare|di non|la rimozione|la cancellazione) ~5
      out (rimuovete|cancellate|togliete|eliminate) ~2 (il mio numero|i miei dati|il mio contatto|mi) ~4
      outneg mai piu ~3 (@obj|messaggi|scrivermi|contattarmi|sms)
      outneg non (mi|ci) (scrivete|contattate|mandate|disturbate) piu
      out (gia|l ho) ~3 (chiesto|detto) ~4
      out (la volete|volete) finire
      help (di chi|che numero) e ~1 (questo|sto) ~1 numero
      help (dove|come) ~3 (preso|avuto|trovato) ~2 (il mio numero|il mio contatto)
      status (sono|risulto) ancora ~3 (iscritto|iscritta|in lista|nella lista|abbonato|abbonata)
    `,
    others: `(ma|pero) ~3 (gli altri|le altre|il resto) ~3 (si|mandate|continuate|ok), (tranne|eccetto|a parte) (voi|il vostro|la vostra)`,
    elsewhere: `(altro|altri|altra|altre) (negozio|negozi|marca|marche|azienda|aziende)`,
    forNow: `(per oggi|per ora|per il momento) @eoc`,
  },
  id: {
    rules: `
      in (mau|pengen|ingin) (dapet|dapat|terima|menerima) ~2 (@obj|info promo|info|promo|diskon)
      in (mau|ingin|pengen|pingin) ?(ikut) (daftar|langganan|berlangganan|gabung|join)
      in (daftarin|daftarkan|masukin|masukkan|tambahin|tambahkan) ~1 (saya|aku|gue|gw) ~4
      in (pengen|mau|ingin) (dapet|dapat|terima|menerima) ~2 (@obj) ~1 lagi
      out (keluarin|keluarkan|hapus|hapusin|apus|coret) ~2 (saya|aku|gue|gw|nomor saya|nomor aku|nomorku) ~3 (dari|di) ~3
      polite (mohon|saya mohon|dimohon) ~3 (berhenti|hentikan|stop|tidak lagi|jangan lagi|hapus) ~5
      outneg (jangan|gak usah|ga usah|nggak usah) ~2 (hubungi|chat|kirim|sms|wa|ganggu) ~2 (saya|aku|lagi) ~2 lagi
      out (udah|sudah) ~2 (bilang|minta) ~4 (kali|stop|berhenti)
      help (nomor|no) (siapa|apa) ~2 (ini|nih)
      help (ini|itu) (nomor|no) (siapa|apa)
      help (dapet|dapat|tau) ~2 (nomor|no) ~2 (saya|aku|gue|gw) ~2 (dari mana|darimana)
      status (saya|aku|gue|gw) ~1 (masih|udah|sudah) ~2 (terdaftar|langganan|berlangganan|di list|di daftar) ~2
    `,
    others: `(tapi|tp) ~3 (yang lain|lainnya|promo lain) ~3 (boleh|kirim|tetap|terus|lanjut), (kecuali|selain) (kalian|kamu|toko ini|toko kalian|sini)`,
    elsewhere: `(toko|olshop|brand) (lain|sebelah)`,
    forNow: `(untuk hari ini|buat hari ini|buat sekarang|hari ini aja|untuk sementara), (yang ini|yg ini) ~1 (skip|pass|lewat)`,
  },
  hi: {
    rules: `
      in (list|लिस्ट|group|ग्रुप) ~1 (mein|me|में) ~1 (add|jod|जोड़) ~2
      in (mujhe|मुझे) ~3 (bhejna|bhejte|भेजना) (shuru|शुरू) ~2
      in (join|subscribe|register) ~1 (karna|karni|karnaa|karunga|karungi|karni hai|karna hai|करना|करनी)
      in (mujhe|muje|मुझे) ~2 (join|subscribe|jod do|jodo|add karo|add kar do|जोड़ दो|जोड़ो)
      in (dobara|phir se|fir se|फिर से|दोबारा) ?(@obj|deals|offers|ऑफर) (chahiye|chahiyen|चाहिए)
      outneg (dobara|phir se|fir se|kabhi|दोबारा|कभी) ~3 (contact|message|call|msg|संपर्क|मैसेज) ~1 (mat|na|मत|ना) ~2
      polite (kripya|krupya|कृपया|anurodh|अनुरोध|निवेदन) ~6 (band|बंद|hata|हटा|हटाएं|remove) ~3
      polite (band|बंद|hata|हटा|remove) ~3 (anurodh|अनुरोध|निवेदन|guzarish) ~2
      out (list|number|नंबर|लिस्ट|सूची) ~2 (se|से) ~1 (hata|hatao|nikal|nikalo|remove|हटा|हटाओ|हटाएं|निकाल|निकालो) ~2
      out (kitni baar|kitni bar|कितनी बार) ~4
      help (ye|yeh|यह|ये) ~1 (kiska|kis ka|किसका|किस का) ~1 (number|no|नंबर) ~1 (hai|है)
      help (mera|मेरा) (number|नंबर) ~2 (kahan se|kaha se|कहाँ से|कहां से)
      status (kya|क्या) ~1 (main|mai|मैं) ~2 (abhi bhi|ab bhi|अभी भी) ~4 (list|subscribed|लिस्ट) ~3
    `,
    others: `(lekin|magar|par|لیکن|مگر|लेकिन|मगर) ~3 (aur|baaki|dusre|dusri|doosre|doosri|wali|wala|wale|اور|والی|والے|और|वाली|वाले) ~3 (bhejte|rahen|rahein|rehna|بھیجتے|رہیں|भेजते|रहें), (baaki|baki|baqi|bakee|बाकी|दूसरे|doosre|dusre) ~3 (bhejte|bhejo|bhejna|भेजते|भेजो|chalega|chalenge|rehna|रहना), (aapke|tumhare|आपके) (alawa|siwa|सिवा|अलावा)`,
    elsewhere: `(dusre|doosre|दूसरे|dusri) (shop|store|dukan|दुकान|company|brand)`,
    forNow: `(aaj ke liye|abhi ke liye|आज के लिए|अभी के लिए)`,
  },
  ar: {
    rules: `
      in (ضيفوني|ضيفني|اضفني|أضفني|سجلني|ضموني) ~4
      in (عايز|عاوز|اريد|أريد|ابغى|ابي|حابب|بدي) (اشترك|أشترك|انضم|اسجل|أسجل)
      in (اشتركوني|سجلوني|ضيفوني|اضيفوني|ضموني)
      in (عايز|عاوز|اريد|أريد|ابغى|بدي) ~3 (ترجع|يرجع|ترجعوا|ترجعو) ~2 (تاني|مرة تانية|من جديد|مجددا)
      polite (ارجو|أرجو|نرجو|الرجاء|يرجى) ~4 (التوقف|توقف|ايقاف|إيقاف|عدم|حذف|شطب|ازالة|إزالة) ~5
      out (شطب|حذف|ازالة|إزالة|امسح|شيل|شيلوا|امسحوا) ~3 (رقمي|الرقم|اسمي|رقم) ~4
      out (متبعتوليش|متبعتليش|ماتبعتوليش|متبعتوش|ماتبعتليش|متكلمونيش|متكلمنيش) ~2
      outneg (ما|مـا) (تبعتوش|تبعتليش|تبعتوليش|تبعتلناش|ترسلوش|ترسليش|تكلمونيش|تبعتش) ~3
      outneg (لا|ما) (ترسلوا|ترسل|تبعتوا|تتواصلوا|تكلموني) ~3 (تاني|مرة ثانية|مرة تانية|ابدا|أبدا|مجددا)
      out (قلتلكم|قلت لكم|قولتلكم) ~4
      help (رقم|الرقم) (مين|من) (ده|دا|هذا)
      help (هذا|ده) ~1 (رقم|الرقم) (مين|من)
      help (منين|من اين|من وين|من فين) ~3 (رقمي|نمرتي)
      status (لسه|لا زلت|مازلت|ما زلت) ~3 (مشترك|مشتركة|في القائمة|في الليستة)
    `,
    others: `(بس|لكن) ~3 (الباقي|الباقيين|التانية|الأخرى|الاخرى|غيره) ~3 (ابعتوا|ابعتو|ارسلوا|تمام|عادي), (ما عدا|ماعدا|الا|غير) (انتم|أنتم|انتو|حضرتكم|كم)`,
    elsewhere: `(محل|محلات|شركة|شركات|متجر|متاجر) (تاني|تانية|ثاني|ثانية|اخرى|أخرى|اخر|آخر)`,
    forNow: `(النهارده|اليوم|لحد كده|حاليا) @eoc`,
  },
  tr: {
    rules: `
      in (abone|uye|üye|kayit|kayıt) (olmak|olmak istiyorum|olayim|olayım|olabilir miyim) ~3
      in (beni|bizi) ~2 (ekleyin|ekler misiniz|kaydedin|kaydeder misiniz|abone yapin|abone yapın) ~3
      polite (rica ederim|rica ediyorum|talep ediyorum|lutfen|lütfen) ~6 (durdurun|durdurulmasini|durdurulmasını|kaldirin|kaldırın|silin|cikarin|çıkarın) ~3
      out (numarami|numaramı|beni) ~3 (listeden|listenizden|listenden) ~2 (cikarin|çıkarın|silin|kaldirin|kaldırın|cikar|çıkar)
      outneg bir daha ~3 (yazmayin|yazmayın|aramayin|aramayın|mesaj atmayin|mesaj atmayın|rahatsiz etmeyin|rahatsız etmeyin|gondermeyin|göndermeyin)
      out (kac kere|kaç kere|kac defa|kaç defa) ~4
      help bu numara (kime|kimin)
      help (numarami|numaramı) (nereden|nerden) ~2
      status (hala|hâlâ|halen) ~3 (listede|abone|kayitli|kayıtlı)
    `,
    others: `(diger|diğer) ~2 (gonderin|gönderin|gelsin|atin|atın|yollayin|yollayın), (ama|ancak) ~3 (digerleri|diğerleri|digerlerini|diğerlerini|geri kalan) ~3 (gelsin|gonderin|gönderin|devam), (sizin|sizi|siz) (haric|hariç|disinda|dışında)`,
    elsewhere: `(baska|başka|diger|diğer) (magaza|mağaza|magazalar|mağazalar|firma|firmalar|marka)`,
    forNow: `(bugunluk|bugünlük|simdilik|şimdilik|bu seferlik)`,
  },
  ru: {
    rules: `
      in (хочу|хотел бы|хотела бы|хочется) ?(снова|опять|заново) (подписаться|оформить подписку|получать|вступить)
      in (подпишите|добавьте|включите) ~1 меня ~4
      in (подпишите|верните|добавьте|включите) ~1 (обратно|снова|заново)
      polite (прошу|просим|просил бы) ~3 (прекратить|остановить|удалить|исключить|не присылать|не отправлять|больше не) ~5
      out (удалите|исключите|уберите|вычеркните) ~2 (мой номер|меня|мои данные|мой контакт) ~4
      outneg больше никогда ~3
      outneg (никогда|больше) не (пишите|звоните|присылайте|беспокойте|отправляйте)
      out (сколько можно|сколько раз) ~4
      help (чей|чей это|что за) ~1 номер
      help (откуда|где) ~3 (мой номер|мой контакт|номер)
      status (я|меня) ~1 (всё ещё|все еще|до сих пор|ещё|еще) ~3 (списке|подписан|подписана|рассылке)
    `,
    others: `(а|но) ~3 (про другие|другие|остальные|об остальных) ~3 (пишите|присылайте|можно|давайте|шлите), (кроме) (вас|вашего|вашей|вашего магазина)`,
    elsewhere: `(другого|других|другой|другом|другие) (магазина|магазинов|магазин|бренда|компании)`,
    forNow: `(на сегодня|пока что|на сейчас) @eoc`,
  },
  nl: {
    rules: `
      in (zet|plaats) (me|mij) op ~2 (lijst|verzendlijst|nieuwsbrief|mailinglijst)
      in (voeg) (me|mij) ~3 toe
      outneg (wil|wens) (niets|geen) ~3 meer ~2 (ontvangen|krijgen)
      in (wil|zou graag|wil graag) ?(me|mij) ?(graag) (aanmelden|inschrijven|abonneren)
      in (meld|schrijf) me ~2 (aan|in) ~3
      polite (verzoek|vraag|wil vragen) ~6 (geen|niet meer|te stoppen|te verwijderen|te stoppen met) ~5
      out (verwijder|haal) ~2 (mijn nummer|me|mij|mijn gegevens) ~3 (uit|van) ~3
      outneg nooit meer ~3
      outneg (stuur|stuurt|bel|app) me (nooit|niet) meer
      out hoe vaak (nog|moet|moeten|heb ik|hebben we|ga ik) ~5
      help (van wie|wiens|wat voor) ~1 (is dit|dit) ~1 nummer
      help (hoe|waar) ~3 (komen|kom|hebben|heb) ~3 (mijn nummer|aan mijn nummer)
      status (sta ik|ben ik) ~1 (nog|nog steeds) ~3 (op de lijst|ingeschreven|aangemeld|geabonneerd)
    `,
    others: `(maar|wel) ~3 (de andere|de rest|andere) ~3 (graag|wel|sturen|prima), (behalve|buiten) (jullie|u|die van jullie)`,
    elsewhere: `(andere|een andere) (winkel|winkels|webshop|merk|bedrijf)`,
    forNow: `(voor vandaag|voor nu|voorlopig) @eoc`,
  },
  pl: {
    rules: `
      in (dopiszcie|dodajcie|zapiszcie) (mnie) ~4
      polite (prosze|proszę|prosimy) ~3 o (niewysy*|nieprzesy*|zaprzesta*|usuni*|wypisani*|nie wysy*|nie przesy*)
      in (chce|chcę|chcialbym|chciałbym|chcialabym|chciałabym) ?(znowu|ponownie) (sie zapisac|się zapisać|zapisac sie|zapisać się|zapisac|zapisać|subskrybowac|subskrybować|dolaczyc|dołączyć|otrzymywac|otrzymywać) ~4
      in (zapiszcie|dopiszcie|dodajcie) mnie ~4
      polite (prosze|proszę|prosimy|uprzejmie prosze) ~3 (o zaprzestanie|o usuniecie|o usunięcie|o wypisanie|o niewysylanie|o niewysyłanie|nie wysylac|nie wysyłać|usunac|usunąć) ~5
      out (usuncie|usuńcie|wypiszcie|wykreslcie|wykreślcie) ~2 (moj numer|mój numer|mnie|moje dane) ~4
      out (wypisuje sie|wypisuję się|rezygnuje|rezygnuję) ~3
      outneg (nie zawracajcie|nie zawracaj) ~3 glowy
      outneg (nigdy wiecej|nigdy więcej|wiecej nie|więcej nie) ~3 (piszcie|wysylajcie|wysyłajcie|dzwoncie|dzwońcie|zawracajcie)
      out (ile razy|ile jeszcze) ~4
      help (czyj|czyj to|co to za) ~1 numer
      help skad ~3 (macie|maja|mają) ~2 (moj numer|mój numer)
      help skąd ~3 (macie|mają) ~2 (mój numer|moj numer)
      status (czy|nadal|wciaz|wciąż) ~2 (jestem|jestem nadal|jestem wciaz) ~3 (na liscie|na liście|zapisany|zapisana)
    `,
    others: `(ale|a) ~3 (inne|pozostale|pozostałe|reszte|resztę) ~3 (tak|piszcie|wysylajcie|wysyłajcie|prosze|proszę), (oprocz|oprócz|poza) (was|wami|waszego|waszym)`,
    elsewhere: `(innego|innych|inny|innym) (sklepu|sklepow|sklepów|sklep|firmy|marki)`,
    forNow: `(na dzis|na dziś|na teraz|na razie) @eoc`,
  },
  ms: {
    rules: `
      in (masukkan|tambah|tambahkan) (saya|aku) ~4
      in (nak|mahu|ingin|teringin) (langgan|melanggan|daftar|mendaftar|sertai|join)
      in (daftarkan|masukkan|tambahkan) ~1 (saya|aku) ~4
      polite (memohon|mohon|saya mohon|minta) ~5 (tidak lagi|jangan lagi|berhenti|hentikan|dikeluarkan|keluarkan|buang) ~5
      out (keluarkan|buang|padam) ~2 (saya|nombor saya|aku) ~3 (dari|daripada) ~3
      out (dah|sudah) ~2 (kali|berapa kali) ~4 (minta|cakap|suruh) ~3
      outneg (jangan|usah) ~2 (ganggu|hubungi|mesej|hantar) ~2 (saya|aku) ~1 lagi
      help (nombor|no) (apa|siapa) ~2 (ni|ini)
      help (ni|ini) (nombor|no) (apa|siapa)
      help (dapat|ambil) ~2 (nombor|no) ~2 (saya|aku) ~2 (dari mana|mana)
      status (saya|aku) ~1 (masih|dah|sudah) ~3 (dalam senarai|melanggan|berdaftar|langgan)
    `,
    others: `(tapi|tetapi) ~3 (yang lain|lain lain|promosi lain) ~3 (boleh|hantar|teruskan), (kecuali|selain) (korang|kamu|anda|kedai ni)`,
    elsewhere: `(kedai|syarikat|jenama) (lain)`,
    forNow: `(untuk hari ini|buat masa ni|buat masa sekarang)`,
  },
  vi: {
    rules: `
      in (cho) (minh|toi|tôi|em) (tham gia|vao|vào|nhan|nhận) ~4
      in (muon|muốn) (nhan|nhận) ~3 (@obj|khuyen mai|khuyến mãi|uu dai|ưu đãi|tin)
      in (muon|muốn|cho minh|cho em|cho toi|cho tôi) (dang ky|đăng ký|dang ki|đăng kí|theo doi|theo dõi)
      polite (vui long|vui lòng|xin|de nghi|đề nghị|kinh de nghi) ~4 (ngung|ngừng|dung|dừng|huy|hủy|xoa|xóa|khong gui|không gửi) ~5
      out (xoa|xóa|loai|loại|bo|bỏ) ~3 (so|số|so dien thoai|số điện thoại|toi|tôi|minh|mình|em) ~3 (khoi|khỏi|ra khoi|ra khỏi) ~3
      outneg (dung|đừng|khong duoc|không được) ~2 (lam phien|làm phiền|nhan tin|nhắn tin|goi|gọi|gui|gửi) ~3 (nua|nữa)
      out (bao nhieu lan|bao nhiêu lần|noi roi|nói rồi|bao lan|bảo lần) ~4
      help (so|số) (nay|này) (cua ai|của ai|la ai|là ai)
      help (lay|lấy|co|có) ~2 (so|số) ~2 (cua|của) ~1 (toi|tôi|minh|mình|em) ~2 (o dau|ở đâu|tu dau|từ đâu)
      status (toi|tôi|minh|mình|em) ~1 (van|vẫn|con|còn) ~3 (trong danh sach|trong danh sách|dang ky|đăng ký|nhan tin|nhận tin)
    `,
    others: `(nhung|nhưng) ~3 (cai khac|cái khác|khac|khác|con lai|còn lại) ~3 (van|vẫn|cu|cứ|gui|gửi), (tru|trừ|ngoai|ngoài) (shop|ban|bạn|cac ban|các bạn|ben minh|bên mình)`,
    elsewhere: `(shop|cua hang|cửa hàng|hang|hãng) (khac|khác)`,
    forNow: `(hom nay|hôm nay|luc nay|lúc này) (thoi|thôi)`,
  },
  tl: {
    rules: `
      in (pasali|isali|isama|pasama|ipasok|pa subscribe|pasubscribe) ~2 (ako|ko|po ako|ako po) ~4
      polite (pakitigil|pakihinto|pakistop|paki stop|pakialis|pakitanggal) ~5
      in (gusto|gusto ko|gusto kong|nais ko) ?(po|ulit) (mag subscribe|mag-subscribe|magsubscribe|sumali|mag join|magjoin|mag register|magpa register)
      in (isali|isama|idagdag|i add) ~2 (nyo|ninyo) ~2 ako ~4
      out (paalis|pakialis|tanggalin|alisin|burahin|i remove) ~3 (ako|number ko|numero ko|ko) ~3 (sa|mula sa) ~3
      outneg (wag|huwag) ~1 (nyo|ninyo|mo) ~1 (na|nang) ~2 (ako|akong) ~1 (guluhin|gambalain|i text|itext|padalhan|kontakin|istorbohin|abalahin)
      outneg (wag|huwag) ~2 (guluhin|istorbohin|abalahin) ~2
      out (ilang beses|ilang ulit) ~4
      polite (hinihiling|nakikiusap|pakiusap) ~5 (itigil|tigilan|alisin|tanggalin|huwag na) ~5
      help (kanino|kanino po|kanino ba) ~2 (itong|ito|ang|yung) ~1 (number|numero)
      help (saan|paano) ~3 (nakuha|kinuha|nakuha nyo|nakuha ninyo) ~2 (number ko|numero ko|ang number ko|ang aking number)
      status (kasama|nasa|naka subscribe|subscribed) ~2 (pa|pa rin|parin) ~2 (ba|po ba) ~3
    `,
    others: `(pero|tapos) ~3 (yung iba|ang iba|iba|ibang promo) ~3 (sige|pwede|padala|ituloy|okay), (maliban|bukod) (sa inyo|sa inyong|sa shop nyo|sa inyo po)`,
    elsewhere: `(ibang|sa ibang) (shop|tindahan|brand|kompanya)`,
    forNow: `(para ngayon|ngayong araw|muna) @eoc`,
  },
  ur: {
    rules: `
      in (list|لسٹ|group|گروپ) ~1 (mein|میں) ~1 (add|shamil|شامل) ~2
      in (mujhe|مجھے) ~2 (add|shamil|شامل) (kar|karo|karein|kar dein|kar do|کریں|کر دیں)
      in (join|subscribe|register) ~1 (karna|karni|karna hai|karni hai|karunga|کرنا|کرنی)
      in (mujhe|mujhay|مجھے) ~4 (join|subscribe|add|shamil|شامل) ~2 (karo|karein|kar do|کریں|کر دیں)
      in (dobara|phir se|دوبارہ|پھر سے) ?(@obj|deals|offers) (chahiye|chahiyen|چاہیے)
      outneg (dobara|phir se|kabhi|دوبارہ|کبھی) ~3 (rabta|contact|message|call|msg|رابطہ|میسج) ~2 (na|mat|نہ|مت) ~2
      out (list|number|لسٹ|نمبر) ~2 (se|سے) ~1 (nikal|nikalo|nikal do|hata|hatao|hata do|remove|نکال|ہٹا) ~2
      polite (guzarish|گزارش|darkhwast|درخواست|iltamas|التماس) ~8 (band|بند|hata|ہٹا|nikal|نکال) ~3
      out (kitni baar|kitni dafa|کتنی بار|کتنی دفعہ) ~4
      help (yeh|ye|یہ) ~1 (kis ka|kiska|کس کا|کسکا) ~1 (number|نمبر) ~1 (hai|ہے)
      help (mera|میرا) (number|نمبر) ~2 (kahan se|kaha se|کہاں سے)
      status (kya|کیا) ~1 (main|mein|میں) ~2 (abhi bhi|ab bhi|ابھی بھی) ~4 (list|subscribed|لسٹ) ~3
    `,
    others: `(lekin|magar|par|لیکن|مگر|लेकिन|मगर) ~3 (aur|baaki|dusre|dusri|doosre|doosri|wali|wala|wale|اور|والی|والے|और|वाली|वाले) ~3 (bhejte|rahen|rahein|rehna|بھیجتے|رہیں|भेजते|रहें), (baaki|baqi|baki|باقی|doosre|dusre|دوسرے) ~3 (bhejte|bhejo|bhejna|بھیجتے|بھیجو|rahein|rehna|رہیں), (aapke|آپ کے|tumhare) (alawa|siwa|علاوہ|سوا)`,
    elsewhere: `(doosre|dusre|دوسرے|dusri) (shop|store|dukan|دکان|company)`,
    forNow: `(aaj ke liye|abhi ke liye|آج کے لیے|ابھی کے لیے)`,
  },
  bn: {
    rules: `
      in (আমাকে) ~4 (যোগ|যুক্ত|অ্যাড|এড) ~1 (করুন|করে দিন|করেন|করো)
      in (সাবস্ক্রাইব|যুক্ত|জয়েন|নিবন্ধন|রেজিস্টার) ~2 (করতে চাই|করতে|করুন|করে দিন|হতে চাই)
      in (আমাকে) ~2 (যুক্ত|যোগ|অ্যাড|এড) ~2 (করুন|করে দিন|করেন)
      in (আবার|পুনরায়) ~2 (পেতে চাই)
      polite (অনুরোধ|দয়া করে|অনুগ্রহ করে) ~8 (বন্ধ|সরিয়ে|মুছে|বাদ) ~3
      polite (বন্ধ|সরিয়ে|মুছে|বাদ) ~3 (অনুরোধ করছি|অনুরোধ করি|অনুরোধ রইল)
      outneg (আর|কখনো|আর কখনো) ~2 (বিরক্ত|মেসেজ|যোগাযোগ|ফোন) ~2 (করবেন না|করবে না|দিবেন না|দেবেন না|করো না|না)
      out (লিস্ট|তালিকা|নম্বর) ~2 (থেকে) ~2 (বাদ|সরিয়ে|মুছে|বের) ~3
      out (কতবার|কত বার) ~4
      help (এটা|এই) ~1 (কার|কাদের|কিসের) ~1 (নম্বর|নাম্বার)
      help (আমার) (নম্বর|নাম্বার) ~3 (কোথা থেকে|কোথায়)
      status (আমি) ~1 (এখনো|এখনও) ~3 (লিস্টে|তালিকায়|সাবস্ক্রাইব)
    `,
    others: `(তবে|কিন্তু) ~3 (অন্য|অন্যান্য|বাকি) ~3 (পাঠাবেন|পাঠান|পাঠাতে|চলবে), (porer|pore|onno|baki|অন্য|পরের|বাকি) ~3 (janaben|jaanaben|pathaben|pathiyen|জানাবেন|পাঠাবেন|পাঠিয়েন), (আপনাদের|তোমাদের) (ছাড়া|বাদে)`,
    elsewhere: `(অন্য|অন্যান্য) (দোকান|শপ|কোম্পানি|ব্র্যান্ড)`,
    forNow: `(আজকের জন্য|আপাতত|এখনকার জন্য)`,
  },
  th: {
    rules: `
      in (ขอ) (สมัคร|ลงทะเบียน|รับโปร|รับข่าว)
      in (อยาก|ต้องการ) ?(จะ) (สมัคร|ลงทะเบียน|ติดตาม|รับข่าว|รับโปร)
      outneg (อย่า) ~6 (กวน|ส่ง|โทร|ทัก) ~8 (อีก)
      polite (ขอ|กรุณา|รบกวน) ~12 (หยุด|ยกเลิก|ลบ|เอาออก|นำออก) ~20
      out (ลบ|เอา|นำ) ~6 (เบอร์|ชื่อ|ฉัน|ผม) ~6 (ออก) ~8
      out (บอก|บอกไป) ~6 (กี่ครั้ง|กี่รอบ|หลายครั้ง|หลายรอบ) ~8
      help (เบอร์|หมายเลข) ~4 (ใคร|อะไร)
      help (เอา|ได้) ~4 (เบอร์) ~8 (มาจากไหน|จากไหน|ที่ไหน)
      # Round 17d: still in a list or the system, not "still under warranty" (ยังอยู่ในประกัน).
      status (ยัง|ยังคง) ~2 (อยู่ในรายชื่อ|อยู่ในลิสต์|อยู่ในรายการ|อยู่ในระบบ|อยู่ในกลุ่ม|รับข่าว|รับโปร|รับข้อความ|เป็นสมาชิก) ~12
    `,
    others: `(แต่) ~8 (อันอื่น|โปรอื่น|ตัวอื่น|อื่นๆ) ~8 (ส่ง|ได้|โอเค), (ยกเว้น|นอกจาก) ~2 (คุณ|ร้านนี้|ที่นี่)`,
    elsewhere: `(ร้านอื่น|แบรนด์อื่น|บริษัทอื่น)`,
    forNow: `(วันนี้พอ|พอแค่นี้ก่อน|ไว้ก่อน)`,
  },
  sw: {
    rules: `
      in (niongezeni|niongeze|mniongeze|niweke|niwekeni) ~4
      in (nataka|napenda|ningependa) (kujiunga|kujisajili|kusajiliwa)
      in (nataka|napenda) ?(kupata|kupokea) (ofa|@obj) ~1 tena
      in (niunganisheni|nisajilini|niandikisheni|niongezeni) ~4
      polite (naomba|tafadhali|ningependa) ~3 (msitishe|msimamishe|mniondoe|kusitisha|kuondolewa|muache) ~5
      out (nitoeni|nitoe|niondoeni|niondoe|mnitoe) ~4
      outneg (msinisumbue|usinisumbue|msinipigie|msiniandikie) ~3
      out (nimesema|nimewaambia|nishasema|nimeshasema|mara ngapi) ~4
      out (mmenichosha|mnanichosha|nimechoka) ~4
      help (namba|nambari) ~1 (hii|hii ni) ~1 (ya nani|ni ya nani)
      help (mlipata|mmepata|mlipataje|mmepataje) ~2 (namba|nambari) ~2 (yangu) ~2
      status (bado|je) ~2 (nimo|niko|nipo|nimeshaondolewa|nimeondolewa|nimejiondoa) ~3
      status (nimeshaondolewa|nimeondolewa) ~4
    `,
    others: `(lakini|ila) ~3 (nyingine|zingine|zilizobaki) ~3 (tumeni|endeleeni|sawa|nitumieni), (isipokuwa|ila) (ninyi|nyinyi|nyie|ninyi tu|duka hili)`,
    elsewhere: `(duka|maduka|kampuni) (lingine|mengine|nyingine)`,
    forNow: `(kwa leo|kwa sasa) @eoc`,
  },
  zh: {
    rules: `
      in (把我|将我) ~2 (加入|加到|拉进|拉入|加进)
      in (拉我) ~1 (进|入)
      in (我想|想要|我要|我希望|请帮我) ?(要) (订阅|订购|加入|注册|报名|关注)
      in (重新|再次) ~4 (订阅|接收|收到|加入)
      polite (请|烦请|恳请|麻烦) ~6 (停止|不要再|别再|取消|删除|移除) ~12
      outneg (不要|别|不许) ~2 (再) ~8 (发|打|联系|骚扰)
      out (说了|讲了|说过) ~3 (遍|次)
      out (烦不烦|有完没完|烦死了)
      help (这是|这个是) ~2 (谁的|哪里的|什么) ~2 (号码|电话)
      help (哪里|哪儿|从哪) ~6 (我的号码|我的电话|号码)
      status (我|我还) ~2 (还在|仍在|还是) ~6 (名单|订阅|列表)
    `,
    others: `(但|不过|但是) ~6 (其他|别的|其它) ~8 (发|可以|继续|要), (除了) ~2 (你们|你家|贵店|这家)`,
    elsewhere: `(别的|其他|其它) ~1 (店|商家|公司|品牌)`,
    forNow: `(今天就这样|今天先这样|暂时不用|先不用)`,
  },
  ja: {
    rules: `
      in (受け取りたい|受信したい|配信してほしい|配信希望|登録希望|送ってほしい|欲しいです)
      in (登録|購読|配信希望|申し込み) ?(を) (したい|します|お願い|希望)
      in (また|再び|もう一度) ~8 (受け取りたい|受け取り|欲しい|ほしい|配信して|送って)
      polite (停止|中止|削除) ~10 (いただきますよう|お願い申し上げ|お願いいたし|お願いします|してください|して下さい)
      outneg (もう|二度と) ~4 (送らないで|連絡しないで|送ってこないで|来ないで|送るな)
      out (何度も|何回も|何度) ~6 (言って|言った|お願い)
      help (この|これ) ~2 (番号) ~4 (誰|だれ|どこ|何)
      help (番号) ~6 (どこで|どこから|どうやって) ~8 (知った|手に入れ|入手|取得)
      status (まだ) ~8 (登録|配信|リスト) ~8
    `,
    others: `(他の|ほかの|別の) ~8 (送って|ください|欲しい|大丈夫), (でも|けど|ただ) ~8 (他の|ほかの|別の) ~8 (送って|ください|大丈夫|欲しい), (以外|除いて|除き)`,
    elsewhere: `(他の|ほかの|別の) ~1 (店|お店|ショップ|会社)`,
    forNow: `(今日は|今回は) ~4 (いい|結構|大丈夫)`,
  },
};

/** The class rules of one language, compiled to lexicon rules. */
export function classRules(lang: Lang): ReturnType<typeof rules> {
  return rules(CLASS_RULES[lang]?.rules ?? '');
}

/** The "send me the others" signals of one language. */
export function othersSignals(lang: Lang): string[] {
  const others = CLASS_RULES[lang]?.others;
  return others ? words(others) : [];
}

/** The "another shop / company" signals of one language. */
export function elsewhereSignals(lang: Lang): string[] {
  const elsewhere = CLASS_RULES[lang]?.elsewhere;
  return elsewhere ? words(elsewhere) : [];
}

/** The "for now" signals of one language. */
export function forNowSignals(lang: Lang): string[] {
  const forNow = CLASS_RULES[lang]?.forNow;
  return forNow ? words(forNow) : [];
}
