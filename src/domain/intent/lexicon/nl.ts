/**
 * Dutch. STOP is the SMS keyword in the Netherlands and Belgium (ACM, Telecommunicatiewet
 * art. 11.7); "afmelden" and "uitschrijven" are what unsubscribe links say. "appen" is the
 * verb for sending WhatsApp messages. General language knowledge otherwise; phrasings to be
 * reviewed by a native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const nl: Lexicon = {
  lang: 'nl',
  keywords: {
    stop: words(`
      uitschrijven, afmelden, afmelding, uitschrijving, schrijf me uit,
      meld me af, hou op, houd op, hou maar op, ophouden, stop ermee, stoppen ermee,
      geen berichten meer, geen reclame meer, geen spam meer, niet meer appen, app me niet meer,
      laat me met rust, uit de lijst, rot op, rot toch op, donder op, flikker op, sodemieter op`),
    stopWeak: words('stoppen, verwijderen, verwijder, annuleren, opzeggen, zeg op'),
    stopSolo: words('uit'),
    stopLikely: words(`
      nee, nee bedankt, nee dank je, genoeg, het is genoeg, irritant, vervelend, spam,
      niet geinteresseerd, geen interesse, blokkeren, ik blokkeer`),
    start: words(`
      start, aanmelden, opnieuw aanmelden, weer aanmelden, inschrijven, opnieuw inschrijven,
      meld me aan, schrijf me in, meld me weer aan`),
    help: words('help, hulp, info, informatie, wie is dit, wie ben jij, wie bent u'),
    status: words('status, mijn status, ben ik ingeschreven, sta ik ingeschreven'),
  },
  filler: words(`
    alstublieft, alsjeblieft, aub, graag, svp, dank, dank je, dank u, bedankt, alvast bedankt,
    hoi, hallo, goedemorgen, goedemiddag, goedenavond, beste, nu, meteen, direct, nou, gewoon,
    ok, oke, ja, sorry, met vriendelijke groet, groetjes, mvg, dank u wel, dankjewel`),
  all: words('alles, alle, allemaal, helemaal'),
  objects: words(`
    berichten, bericht, berichtjes, appjes, apps, sms, smsjes, reclame, aanbiedingen,
    aanbieding, acties, actie, promoties, promotie, nieuwsbrief, nieuwsbrieven, mails, mail,
    e-mails, meldingen, spam, whatsapps, whatsappjes, marketing, advertenties, kortingen`),
  pronouns: words('het, dit, dat, deze, die'),
  connectors: words(`
    me, mij, mijn, mijn nummer, nummer, van, uit, de, het, jullie, je, u, uw, met, meer,
    lijst, verzendlijst, mailinglijst, en, ook, voor, aan, op, ermee, daarmee, mee`),
  negators: words('niet, geen, nooit, niks, niets, zonder'),
  negatorsAfter: words('niet'),
  classes: {
    who: words('wie'),
    stopV: words('stop, stoppen, stopt, ophouden, hou op, houd op, houden op, hoort op, uitschei'),
    send: words(`
      appen, sturen, versturen, mailen, sms, smsen, bellen, berichten, spammen, lastigvallen,
      benaderen, contacteren, toesturen, opsturen, schrijven`),
    sendImp: words(`
      app, stuur, verstuur, mail, bel, spam, benader, contacteer, schrijf, stuurt, appt, belt,
      mailt`),
    me: words('me, mij, ons, mijn nummer, naar mij, naar me'),
    list: words(`
      lijst, verzendlijst, mailinglijst, bestand, database, broadcast, broadcastlijst,
      klantenbestand, nieuwsbrief, groep, adressenlijst, contactlijst`),
    kw: words('afmelden, uitschrijven, stoppen, aanmelden, inschrijven, stop, opzeggen'),
  },
  traps: words(`
    (bus|tram|trein) ?(stop|halte)
    (annuleer|annuleren|annuleert) ~2 (bestelling|order|reservering|afspraak|betaling|abonnement)
    (kan|kon) ~2 (niet|nooit) (stoppen|ophouden) ~4
    stop (niet|nooit) met (de|het|jullie) ~2 (uitverkoop|sale|actie|acties|korting|aanbieding)
    (stoppen|ophouden) met (roken|drinken|werken|eten)
    (weet|weten|wist) ~2 niet meer
  `),
  rules: rules(`
    out (hou|houd|houden|hoor|hoort) ~3 op met ~3 (@obj|@send|appen|sturen)
    outneg geen ~2 (@obj) ~1 meer ~1 (@send|sturen|appen|sms|mailen)
    out (verwijdering|uitschrijving) ~3 (van|uit) ~2 (mijn|het) ~1 (nummer|gegevens) ~4 (@list|lijst|bestand)
    outneg (@sendImp) ~2 (niks|niets) ~1 meer
    out @stopV ~1 (met|nu|toch|eens|alsjeblieft|aub) ~2 (@send|@obj|sturen|appen)
    out @stopV ~1 met ~3 (@obj|appen|sturen|mailen)
    outneg (niet|nooit) meer ~2 (@send|@sendImp) ~1 @eoc
    outneg ?(@sendImp) ?(@me) (niet|nooit) meer ~1 (@send|@sendImp|@obj|@eoc)
    outneg (@sendImp) ~2 (@me) (niet|nooit) meer
    outneg (wil|willen|hoef|hoeven) ~2 geen ~2 (@obj|@eoc) ~1 meer
    outneg (@sendImp) ~2 geen ~3 meer
    outneg (wil|willen|hoef|hoeven) ~2 geen ~3 (@obj) ~2 (ontvangen|krijgen|hebben)
    outneg (wil|willen) ~2 niet meer (ontvangen|krijgen|benaderd|gecontacteerd|lastiggevallen) ~1
    out (verwijder|verwijderen|haal|halen|schrap|schrappen) ~3 (@me|nummer|gegevens) ~4 (@list|bestand|systeem) ?(verwijderen|halen|schrappen)
    out (@me|nummer|gegevens) ~4 (uit|van) ~3 (@list) ~2 (verwijderen|halen|schrappen|verwijdert|haalt)
    out (@me|nummer|gegevens) ~2 (verwijderen|schrappen|halen) ~2 (uit|van) ~3 (@list)
    out (wil|willen|graag|moet) ~2 (afmelden|uitschrijven|afgemeld|uitgeschreven|eruit)
    out (meld|schrijf) ~1 (me|mij|ons) ~2 (af|uit)
    out laat (me|mij|ons) ?(nu|toch|gewoon) (met rust|alleen)
    out (afmelden|uitschrijven) ~2 @eoc
    maybe (te veel|teveel|zoveel|elke dag|steeds|constant) ~2 (@obj|appjes|berichten)
    maybe (irritant|vervelend|hinderlijk|storend|spam)
    maybeneg (niet|geen) (geinteresseerd|interesse)
    maybe (wie|hoe) ~4 (mijn nummer|mijn gegevens)
    in (meld|schrijf) ~1 (me|mij|ons) ~2 (weer|opnieuw|terug) ?(aan|in)
    in (weer|opnieuw|terug) ~3 (aanmelden|inschrijven|toevoegen|aanmeldt|inschrijft|ontvangen|krijgen)
    in (aanmelden|inschrijven|toevoegen) ~2 (weer|opnieuw|terug)
    in @bos ?(ja) ?(graag) (stuur|app|mail|stuurt) ~2 (@me) ~3 (@obj|maar|gerust|graag)
    in (wil|willen|graag) ~3 (@obj) ~2 (ontvangen|krijgen)
    help (hoe|wat) ~4 (@kw)
    help wie (is|ben|bent|zijn) (dit|dat|jij|u|jullie|je)
    help met wie (spreek|praat|chat) ik
    help (wat|welk) (is|voor) ~2 (dit|dat) ~1 (nummer|bericht|berichten)
    help (waarom|hoezo) ~3 (krijg|ontvang|krijgen|ontvangen|kreeg|stuurt|sturen|appen|app|stuur) ~3 (@obj|@pron|dit|ik|me|mij|deze)
    status (ben|sta) ik ~2 (nog|al) ~2 (ingeschreven|aangemeld|afgemeld|uitgeschreven|op de lijst|geabonneerd)
    status @bos (krijg|ontvang) ik ~1 nog ~3 @obj
  `),
  common: words(`
    de, het, een, ik, je, jij, u, jullie, wij, is, ben, niet, geen, wat, waarom, hoe, wie, en,
    van, met, voor, op, aan, dat, dit, deze, mijn, meer, nog, al, maar, ook, ja, nee, graag,
    bedankt, dank, wil, kunnen, kan, moet, hebben, heb, krijg, waar, zijn, wel, even, toch`),
  signals: {
    laugh: words('(ik lig|lig) ~1 dubbel, ik ga dood, grappig'),
    past: words(`
      per ongeluk, per vergissing, perongeluk, vorig (jaar|week|maand), vorige (week|maand),
      (een tijd|lang|jaren|weken|maanden) geleden, eerder ~2 (afgemeld|uitgeschreven)`),
    still: words(`hoe vaak moet ik, 
      nog steeds, nog altijd, (al|eerder|vaker) ~3 (gezegd|gevraagd|gemeld|gestuurd),
      hoe vaak ~3 (nog|moet)`),
    decline: words(`nu niet, even niet, voorlopig niet, 
      deze keer ~1 niet, (niet|geen) deze keer, volgende keer, (niet|geen) voor nu,
      maar ~3 (wel|andere|volgende) ~3 (sturen|ontvangen|houden|op de hoogte)`),
  },
};
