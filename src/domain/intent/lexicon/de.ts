/**
 * German. STOPP/STOP seen at Brevo DE; the rest is general language knowledge
 * (opt-out-prior-art.md §7). Decisions: "abmelden" alone or with "mich" is an opt-out (in
 * a reply to marketing it means unsubscribe), but not with Konto/App/Account (log out);
 * "anmelden" alone is an opt-in, "wie kann ich mich anmelden" is a question (help).
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const de: Lexicon = {
  lang: 'de',
  keywords: {
    stop: words(`
      stopp, stop, abbestellen, abbestellt, abmelden, abmeldung, mich abmelden, austragen,
      mich austragen, bitte austragen, keine werbung, keine nachrichten, keine sms,
      keine nachrichten mehr, keine werbung mehr, keine angebote, keine angebote mehr,
      nicht mehr schreiben, nicht mehr kontaktieren, lasst mich in ruhe, lassen sie mich in ruhe,
      lass mich in ruhe, abo beenden, newsletter abbestellen, entfernen sie mich, hort auf,
      horen sie auf, hor auf, aufhoren, abmelden bitte, werbung stoppen, nachrichten stoppen,
      verpiss dich, verpisst euch, haut ab, hau ab`),
    stopWeak: words('beenden, loschen, entfernen, kundigen, stoppen, widerrufen, widerspruch'),
    stopSolo: [],
    stopLikely: words(`
      nein, nein danke, genug, es reicht, reicht, spam, kein interesse, zu viele nachrichten,
      nicht mehr, bitte nicht mehr,
      nervig, blockieren, lass das`),
    start: words(`
      start, anmelden, wieder anmelden, erneut anmelden, abonnieren, wieder abonnieren,
      fortsetzen, reaktivieren, aktivieren, starten, wieder starten, anmeldung`),
    help: words('hilfe, infos, hilfe bitte, information, informationen'),
    status: words('status, mein status, meine abos, meine abonnements, mein abo'),
  },
  filler: words(`
    bitte, danke, dankeschon, vielen dank, danke schon, besten dank, hallo, hi, guten tag,
    guten morgen, guten abend, moin, servus, gruss gott, jetzt, sofort, ok, okay, ja, endlich,
    schnellstmoglich, umgehend, ab sofort, tschuss, mfg, lg, gruss, grusse, danke im voraus,
    ab jetzt, dauerhaft, endgultig, nun, doch, mal, sehr geehrte damen und herren`),
  all: words('alle, alles, samtliche, komplett, ganz, allen, gesamte, jegliche'),
  objects: words(`
    nachrichten, nachricht, sms, werbung, werbenachrichten, angebote, angebot, newsletter,
    mails, emails, e mails, benachrichtigungen, promotions, aktionen, marketing, spam, infos,
    whatsapps, kampagnen, rabatte, gutscheine, news, mitteilungen, erinnerungen, reklame,
    werbe sms, werbemails, anrufe, zeug, sachen, nachrichten von ihnen, werbebotschaften`),
  pronouns: words('das, dies, diese, dieses, sowas, so was, es, das hier'),
  connectors: words(`
    die, der, den, dem, diese, dieser, diesen, ihre, eure, ihr, mich, mir, uns, meine,
    meinen, meiner, nummer, meine nummer, liste, mehr, von, aus, vom, zu, zum, und, auch,
    sie, euch, weitere, weiteren`),
  // "kein(e)" negates a noun: "ich möchte keine Nachrichten mehr bekommen" is no opt-in (round 12).
  negators: words('nicht, nie, niemals, nimmer, ohne, kein, keine, keinen, keiner, keinem'),
  negatorsAfter: words('nicht, nie'),
  classes: {
    who: words('wer, wem'),
    stopSaid: words(
      'keine werbung, keine nachrichten, nicht mehr schreiben, aufhoren, aufhort, aufzuhoren, abmelden, austragen, stoppen',
    ),
    stopV: words(`
      stoppen, stoppt, stoppe, stopp, stop, beenden, beendet, beende, einstellen, stellen,
      stellt, unterlassen, unterlasst, abstellen, abbestellen, abschalten`),
    sendV: words(`
      schreiben, schreibt, schreib, schicken, schickt, schick, senden, sendet, send,
      kontaktieren, kontaktiert, anschreiben, anrufen, belastigen, belastigt, nerven, nervt,
      zuspammen, spammen, zumullen, zusenden, zuschicken, storen, stort, mailen, texten,
      anzuschreiben, zuzuschicken, zuzusenden, zu schreiben, zu schicken, zu senden,
      zu kontaktieren, zu belastigen, zu nerven`),
    meObj: words(
      'mich, meine nummer, meine handynummer, meine telefonnummer, meine daten, meinen kontakt, meine kontaktdaten',
    ),
    list: words(
      'liste, verteiler, verteilerliste, newsletter, datenbank, kartei, mailingliste, empfangerliste, gruppe',
    ),
    kw: words(`
      abmelden, abbestellen, austragen, aufhoren, kundigen, stoppen, abbestelle, abmelde,
      anmelden, abonnieren, keine nachrichten mehr, keine werbung`),
  },
  traps: words(`
    (konto|account|app|profil|kundenkonto|portal|website|webseite|shop|system|login) ~2 (abmelden|abmeldung|ausloggen)
    (abmelden|abmeldung) ~3 (konto|account|app|profil|kundenkonto|portal)
    (bestellung|auftrag|termin|abo fur|vertrag|reservierung|buchung|zahlung) ~2 (stornieren|kundigen|abbestellen|beenden|loschen)
    (nicht|kein|nie) ~1 (aufhoren|stoppen)
    (fur|zum|zu|beim) (kurs|termin|event|webinar|seminar|training|probetraining) ~2 anmelden
    bushaltestelle
    ohne (stopp|pause|ende)
  `),
  rules: rules(`
    outneg keine ~2 (@obj|werbung|nachrichten|sms|angebote) ~1 (will|wollen|mochte|haben will|mehr will|bekommen will|erhalten will)
    out (loschung|entfernung|austragung|streichung) ~3 (meiner|meine|der|von meiner) ~2 (nummer|telefonnummer|daten|kontaktdaten) ~5 (@list|liste|verteiler|datenbank)
    out schluss ~1 (jetzt|endlich|damit) ~1 mit ~3 (@obj|werbung|nachrichten|spam)
    out schluss mit ~3 (@obj|werbung|nachrichten|spam)
    help wer (ist|sind|bist) (das|da|dies|sie|ihr|du) ?@eoc
    help (was|welche) (ist|fur) ~2 (das|diese) ~1 (nummer|fur eine nummer)
    help (warum|wieso|weshalb) (bekomme|erhalte|kriege|krieg) ich ?(diese|die|solche|das) (@obj|nachrichten|sms|@pron|@eoc)
    help (warum|wieso|weshalb) (kommen|kommt) ?(bei mir|mir) ?(diese|die) (@obj|nachrichten|sms|mails)
    in @bos ?(ja|gern|gerne|ok) (schickt mir|schicken sie mir|sendet mir|senden sie mir|schick mir) ~3 (@obj|angebote|werbung)
    in (wieder|erneut) ~4 (anmelden|eintragen|aufnehmen|hinzufugen|anmeldet|eintragt|abonnieren)
    in (meldet|melden sie|tragt|tragen sie|nehmt|nehmen sie) ~2 (mich|uns) ~3 (wieder|erneut) ~3 (an|ein|auf)
    out (stopp|stop|hort auf|horen sie auf) ~2 (mit) ~3 (nachrichten|werbung|sms|mails|angeboten|spam|dem spam)
    out (@bos keine|keinerlei|keine weiteren) ?weiteren @obj
    out keine ?weiteren @obj ?bitte (mehr|@eoc)
    outneg ?bitte (nicht mehr|nie mehr|nie wieder|keinesfalls mehr) ?(mich|mir|uns) @sendV
    outneg @sendV ~2 (mir|mich|uns) ~1 (nicht mehr|nie mehr|nie wieder|keine nachrichten mehr)
    outneg @sendV ~2 (nicht mehr|nie mehr|nie wieder)
    out (hort|horen|hor|hoert|hoeren) ?sie ?bitte ?endlich auf ~3 (@sendV|damit|mit)
    out (hort|horen|hor|hoert|hoeren) ?sie ?bitte ?endlich auf @eoc
    out (aufhoren|schluss) (mit|damit) ?(den|diesen|der|dieser|ihren|euren) ~1 (@obj|@sendV|zu schreiben|zu schicken)
    out @stopV ?sie ?bitte ?(die|diese|ihre|eure|den|alle) @obj
    out @obj ?bitte (stoppen|beenden|einstellen|abbestellen|abstellen|abschalten|abmelden|entfernen|aufhoren)
    outneg (will|mochte|mochten|wunsche|wunschen|brauche|moechte) ~2 (keine|keinerlei) ?(weiteren) @obj
    outneg (will|mochte|mochten|brauche|moechte) (das|dies|diese|sowas|so was|diese nachrichten|das hier) (nicht mehr|nicht)
    outneg (will|mochte|mochten|moechte|brauche) nichts mehr ~3 (bekommen|erhalten|empfangen|horen|lesen|zugeschickt)
    outneg nichts mehr (schicken|senden|schreiben|zuschicken)
    outneg (will|mochte|mochten|moechte) ~2 nicht mehr (angeschrieben|kontaktiert|belastigt|gestort|benachrichtigt) ?werden
    out (abbestell*|abmeld*|austrag*|ausgetragen|abgemeldet|abbestellt|abonnement beenden|abo kundigen)
    out (tragen|trag|tragt) ?sie ~1 (mich|meine nummer) ~3 aus
    out (entfernen|entfernt|entferne|loschen|loscht|losche|streichen|streicht|nehmen|nehmt) ?sie ?bitte @meObj ~3 (aus|von) ?(der|dem|ihrer|ihrem|eurer) ?@list
    out (entfernen|entfernt|entferne|loschen|loscht|losche|streichen|streicht) ?sie ?bitte @meObj
    out @meObj ?bitte (entfernen|loschen|austragen|streichen|abmelden|sperren)
    out (lasst|lassen|lass) ?sie mich (in ruhe|zufrieden)
    out aus ~2 @list ?bitte (nehmen|streichen|entfernen|loschen|austragen)
    out (nehmen|nimm|nehmt) ?sie ~1 (mich|meine nummer) ~2 aus ~2 @list
    out (melde|melden|meldet|meld) (mich|uns) ~3 ab
    out (melden|meldet) sie (mich|uns) ~3 ab
    out (bestelle|bestellen|bestellt) ~2 (den|die|das|ihren|ihre|eure) ~1 (@obj|newsletter) ab
    out (ich|wir) (widerspreche|widersprechen) ~4 (werbung|nutzung|verarbeitung|kontakt)
    out (einwilligung|zustimmung) ~2 (widerrufen|widerrufe|zuruckziehen|zuruck)
    maybe (zu viele|so viele|zu viel|so viel|standig|dauernd|immer wieder|jeden tag) ?(diese|die|ihre|eure|solche) @obj
    maybe warum ~3 (schreiben|schicken|senden|kontaktieren|bekomme|erhalte|kriege|nervt|nerven)
    maybe (das ist|ist|nur|reiner|totaler) spam
    maybe spam
    maybe (nervig|nervt|nervtotend|ihr nervt|sie nerven|lastig|belastigung|es reicht|reicht jetzt|mir reichts)
    maybeneg kein interesse
    maybeneg (nicht|kein) interessiert
    maybe (ich werde|ich will) ?(sie|euch) ~1 (blockieren|melden|anzeigen)
    maybeneg (nie|nicht) (angemeldet|bestellt|eingewilligt|zugestimmt|registriert|abonniert)
    maybe (woher|wer) ~4 (nummer|kontakt|daten)
    maybe falsche nummer
    maybeneg (will|mochte) ?(das|dies|es) nicht @eoc
    help wie ~5 @kw
    help wie ~1 (melde|meld|bestelle|trage) ~3 (ab|aus)
    in (wieder|erneut) ~1 (anmelden|abonnieren|empfangen|erhalten|bekommen|zuschicken|senden|schicken)
    help (was|welches wort) ~4 (schreiben|schicken|senden|antworten|tippen) ~2 (um|zum) ~2 @kw
    help (kann ich|konnen sie|wo kann ich) ~3 (abmelden|abbestellen|austragen)
    status (bin ich|ist meine nummer|sind wir) ~2 (angemeldet|abgemeldet|abonniert|eingetragen|ausgetragen|registriert|auf der liste|noch drin|gesperrt)
    status was ~2 (habe ich|hab ich) ~2 (abonniert|bestellt)
    status (hat|ist) (meine|die) (abmeldung|austragung) ~2 (geklappt|funktioniert|durch)
  `),
  common: words(`
    ich, sie, nicht, und, der, die, das, ist, bitte, danke, mir, mich, mehr, keine, kein,
    nachrichten, ein, eine, haben, habe, sind, warum, wie, was, wer, hallo, ja, nein, auch,
    schon, noch, aber, oder, wenn, dass, mit, von, zu, fur, auf, uns, wir, euch, ihr`),
  signals: {
    laugh: words(
      `(ich lach mich|lach mich) ~2 (tot|schlapp|kaputt), (ich sterbe|ich lach mich weg), ich kann nicht mehr vor lachen`,
    ),
    past: words(
      `(aus versehen|versehentlich|ausversehen|irrtumlich|aus irrtum), (letztes|letzten|vorigen|vergangenes) (jahr|monat|woche), vor (einem jahr|einiger zeit|langerer zeit|monaten|jahren)`,
    ),
    still: words(
      `(zweimal|dreimal|mehrmals|tausendmal|x mal), (schon|bereits) ~2 gesagt, (immer noch|noch immer|trotzdem|weiterhin) ~2 (werbung|nachrichten|kommt|kommen|kam|kamen|bekomme|bekam|schickt|schicktet|sms|mails), (schon|bereits|mehrmals|oft) ~4 (gesagt|geschrieben|gebeten|mitgeteilt), wie oft ?(denn) ~2 ?(noch)`,
    ),
    decline: words(
      `jetzt nicht, gerade nicht, im moment nicht, momentan nicht, (diesmal|dieses mal) nicht, nicht (diesmal|dieses mal), (nachstes|ein andermal) ~1 ?(mal), (aber|jedoch) ~3 (weiter|gerne|schickt|sendet) ~4 (andere|anderen|weitere|auf dem laufenden)`,
    ),
  },
};
