/**
 * Italian. No source lists Italian keywords; these are general language knowledge
 * (opt-out-prior-art.md §7 "suggested"): STOP, BASTA, "disiscrivimi", "cancellami",
 * "non scrivetemi più"; re-subscribe START, "riattiva". Needs a native speaker's review.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const it: Lexicon = {
  lang: 'it',
  keywords: {
    stop: words(`
      stop, basta, disiscrivimi, disiscrivermi, disiscrivere, disiscrizione, disiscriviti,
      cancellami, cancellatemi, annulla iscrizione, annullare iscrizione, rimuovimi,
      rimuovetemi, toglimi, toglietemi, smettetela, smettila, basta messaggi,
      non scrivetemi piu, non mandatemi piu, lasciatemi in pace, lasciami in pace, smettete, smetti,
      disattiva, disattivare, fermatevi, fermati, adesso basta, ora basta, basta cosi,
      andate a quel paese, andate a cagare, sparite, smammate, smammatela`),
    stopWeak: words(
      'annulla, cancella, cancellare, rimuovi, rimuovere, elimina, eliminami, togli, esci, uscire',
    ),
    stopSolo: [],
    stopLikely: words(`
      no, no grazie, spam, non mi interessa, non interessato, non interessata, troppi messaggi,
      che palle, che noia, bloccare`),
    start: words(`
      start, riattiva, riattivare, iscrivimi, iscrivimi di nuovo, riprendi, riprendere,
      ricomincia, ricominciare, reiscrivimi, voglio ricevere di nuovo, riattivami, iscrivermi`),
    help: words('aiuto, informazioni, aiutami, ho bisogno di aiuto'),
    status: words('stato, il mio stato, le mie iscrizioni, la mia iscrizione'),
  },
  filler: words(`
    per favore, per piacere, perfavore, pf, grazie, grazie mille, ciao, buongiorno, buonasera,
    salve, ok, va bene, si, ora, adesso, subito, gentilmente, cortesemente, immediatamente,
    arrivederci, cordiali saluti, saluti, grazie in anticipo, definitivamente, per sempre`),
  all: words('tutto, tutti, tutte, tutto quanto, qualsiasi cosa, ogni'),
  objects: words(`
    messaggi, messaggio, sms, promozioni, promozione, promo, offerte, offerta, pubblicita,
    annunci, marketing, newsletter, notifiche, spam, email, mail, novita, comunicazioni,
    campagne, sconti, coupon, avvisi, whatsapp, messaggini, chiamate, cose, promemoria,
    messaggi promozionali, messaggi pubblicitari`),
  pronouns: words('questo, questi, queste, quello, quelli, cio'),
  connectors: words(`
    i, gli, le, il, lo, la, l, di, dei, delle, della, del, questi, queste, vostri, vostre,
    vostro, mi, me, mio, mia, numero, il mio numero, lista, piu, da, dalla, dalle, dal, e,
    anche, a, ai, alla, voi, contatto`),
  negators: words('non, mai, neanche, nemmeno, senza'),
  classes: {
    who: words('chi'),
    stopSaid: words(
      'smettere, smetteste, smettete, basta, disiscrivermi, cancellarmi, non scrivermi, non mandarmi, non scrivere',
    ),
    stopV: words(`
      smettete, smetti, smettetela, smettila, smettere, basta, finitela, finiscila,
      piantatela, piantala, fermatevi, fermate, interrompete, interrompi, cessate, smetta`),
    sendUnamb: words(`
      scrivermi, scrivere, scriverci, contattarmi, contattare, chiamarmi, chiamare,
      disturbarmi, disturbare, spammare, spammarmi, importunarmi, tartassarmi, molestarmi,
      rompere, rompermi, mandare messaggi, inviare messaggi, mandarmi messaggi,
      inviarmi messaggi, mandarmi offerte, inviarmi offerte, mandarmi pubblicita`),
    sendAmb: words('mandarmi, inviarmi, mandare, inviare, mandarci, inviarci, spedirmi'),
    sendImp: words(`
      scrivete, scrivetemi, mandate, mandatemi, inviate, inviatemi, contattate, contattatemi,
      chiamate, chiamatemi, disturbate, disturbatemi, scriva, mandi, invii, scrivere, mandare,
      inviare, contattare, chiamare, disturbare, scrivi, manda, invia, contatti, chiami, inviarmi, mandarmi, scrivermi,
      contattarmi, chiamarmi, disturbarmi`),
    det: words('i, gli, le, questi, queste, vostri, vostre, piu, altri, altre, tanti, tante'),
    tail: words('@eoc, ?@det @obj, piu, @pron, @filler, niente, nulla'),
    meObj: words('mi, me, il mio numero, mio numero, il mio contatto, i miei dati, il mio nome'),
    list: words(
      'lista, liste, elenco, database, gruppo, lista di distribuzione, mailing list, rubrica, contatti',
    ),
    // Round 14e: a removal asked with the customer joined to the verb ("cancellatemi 😂" is a
    // request, not an exclamation: signals.ts, compiled.ts REQUEST_RUNS).
    remV: words(`
      cancellami, cancellatemi, rimuovimi, rimuovetemi, toglimi, toglietemi, eliminami, eliminatemi,
      disiscrivimi, disiscrivetemi`),
    kw: words(`
      disiscrivermi, disiscrivo, disiscrivere, cancellarmi, annullare, smettere, togliermi,
      disattivare, rimuovermi, non ricevere, uscire, iscrivermi, riattivare`),
  },
  traps: words(`
    mi (sono|ero) (disiscritto|disiscritta|cancellato|cancellata|iscritto|iscritta)
    (annulla|annullare|cancella|cancellare|annullate|cancellate) ?(il|l|la|mio|mia|il mio|la mia|questo|questa) (ordine|prenotazione|appuntamento|pagamento|consegna|carta|volo|biglietto|account|abbonamento a)
    (fermata|ferma) ?(del|dell|della) (autobus|bus|tram|metro|treno)
    senza (sosta|fermarsi|stop|sosta)
    (non riesco|non posso) (a smettere|smettere)
    basta (che|poco|cosi poco)
  `),
  rules: rules(`
    out (rimozione|cancellazione|eliminazione) ~3 (del|dal|mio|dei miei) ~2 (numero|contatto|dati) ~5 (@list|lista|elenco|database)
    help chi (e|sei|siete|parla|scrive|mi scrive) ?@filler @eoc
    help (che|cos e|cosa e|che cos e) ~2 (questo|sto) ~1 numero
    help (perche|xke|xche) (ricevo|mi arrivano|mi arriva|sto ricevendo) ?@det (@obj|@pron|questi|queste|@eoc)
    in @bos ?(si|certo|ok|va bene) (mandatemi|inviatemi|mandami|inviami|continuate a mandarmi) ~3 (@obj|promo)
    in (riaggiungermi|riaggiungetemi|reiscrivermi|reiscrivetemi|riattivare|riattivate|riscrivermi|rimettermi|rimettetemi) ~3
    in (aggiungermi|iscrivermi|aggiungetemi|iscrivetemi) ~2 (di nuovo|ancora|nuovamente)
    out @stopV ?(di|con) @sendUnamb
    out @stopV (di|con) @sendAmb @tail
    out (@stopV|basta) ?(con) ?(i|gli|le|questi|queste|tutti|tutte) ?(i|gli|le|questi|queste|vostri|vostre) @obj
    outneg (non|mai) ?(mi|ci) (@sendImp|mandatemi|scrivetemi|inviatemi|contattatemi|chiamatemi|disturbatemi) ?(piu|mai piu) ~1 (@obj|piu|niente|nulla|@eoc)
    outneg non (voglio|desidero|vorrei|intendo) ?piu (ricevere|avere|vedere) ?piu ~2 (@obj|nulla|niente|@pron|@eoc)
    outneg non (voglio|desidero|vorrei) piu ?(i|gli|le|questi|queste|vostri|vostre) @obj
    outneg non (voglio|desidero|vorrei) ?piu essere (contattato|contattata|disturbato|disturbata|chiamato|chiamata)
    out (disiscriv*|disiscrizione|cancellami|cancellatemi|rimuovimi|rimuovetemi|toglimi|toglietemi|eliminatemi|eliminami|disattivatemi)
    out (annulla|annullare|cancellare|disdire|disdici|disattivare|disattiva) ?(la|l|mia|la mia) (iscrizione|sottoscrizione|registrazione) ~2
    out (toglietemi|toglimi|togliete|rimuovete|rimuovetemi|cancellate|eliminate|togliere|rimuovere|cancellare|eliminare) ~2 (il mio numero|mio numero|dalla lista|dalla vostra lista|dall elenco|dal database|dai contatti|i miei dati|dalla mailing list)
    out (voglio|vorrei|desidero) (disiscrivermi|cancellarmi|essere rimosso|essere rimossa|essere cancellato|essere cancellata|uscire dalla lista|non ricevere piu|smettere di ricevere) ~2
    out (smettere|smettete) di ricevere
    out (lasciatemi|lasciami|mi lasci|mi lasciate) in pace
    out non ricevere piu
    maybe (troppi|troppe|tanti|tante|un sacco di) @obj
    maybe (quanti|quante) ~1 @obj ~1 (mandate|inviate|scrivete|mi mandate|mi inviate|ancora|al giorno)
    maybe (scrivete|mandate|inviate|scrivi|mandi|invii|chiamate) ~1 (troppo|troppi|sempre|continuamente|ogni giorno|di continuo)
    maybe (perche|xche|perché) ~3 (scrivete|mandate|inviate|continuate|ricevo|mi arrivano|arrivano|mi scrivete|mi mandate)
    maybe (e|questo e|solo) spam
    maybe spam
    maybe (che noia|che palle|che fastidio|fastidioso|fastidiosi|siete pesanti|mi avete stufato|stufo|stufa|rompete|scocciatura|che rottura)
    maybeneg non (mi interessa|mi interessano|sono interessato|sono interessata|interessato|interessata)
    maybe (vi|ti) (blocco|segnalo|denuncio)
    maybeneg (mai|non) (iscritto|iscritta|autorizzato|chiesto|dato il consenso|acconsentito)
    maybe (chi|dove|come) ~4 (dato|preso|trovato|avuto) ~1 (il mio numero|mio numero)
    maybe numero sbagliato
    maybeneg non (voglio|desidero) @eoc
    help come ~4 @kw
    help (cosa|che cosa) ~4 (scrivere|mandare|inviare|rispondere) ~2 per ~1 @kw
    help (posso|e possibile|si puo) ~2 @kw
    status (sono|risulto) ?(ancora|gia|già|ora|adesso|davvero|io) (iscritto|iscritta|disiscritto|disiscritta|registrato|registrata|cancellato|cancellata|nella lista|ancora iscritto|ancora iscritta)
    status a (cosa|che cosa) sono (iscritto|iscritta)
    status (qual e|quale) ~2 (il mio stato|la mia iscrizione)
  `),
  common: words(`
    non, il, la, di, che, e, per, un, una, sono, mi, ho, ma, piu, grazie, ciao, voglio,
    vorrei, questo, questi, messaggi, perche, come, cosa, anche, gia, ancora, mio, mia, sto,
    voi, vostro, ricevere, ora, adesso, bene, buongiorno, gli, lo, del, della, con`),
  signals: {
    laugh: words(`(sto morendo|muoio|morto|morta) ~2 ?(dal ridere|dalle risate), che ridere`),
    past: words(
      `(per sbaglio|per errore|involontariamente|senza volere|accidentalmente), (l anno|il mese|la settimana) scors*, (tempo|un anno|mesi) fa`,
    ),
    still: words(
      `(due|tre|mille|tante) volte, (vi ho|ho) gia (chiesto|detto), (ancora|continuo a|continuate a) ~2 (ricev*|arriv*|mand*|promo|messaggi), (gia|piu volte) ~3 (chiesto|detto|scritto) ~3 (smettere|basta|disiscri*|cancell*), quante volte`,
    ),
    decline: words(
      `adesso no, ora no, per ora no, per adesso no, (stavolta|questa volta) (no|passo), non (stavolta|questa volta), (la prossima|un altra) volta, (ma|pero) ~3 (continuate|mandate|mandatemi) ~3 (altre|altri)`,
    ),
  },
};
