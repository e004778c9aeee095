/**
 * French. STOP is the mandatory keyword in French marketing SMS (CNIL); Twilio also drops
 * ARRET, ARRETE, ARRETT; AWS lists TD (opt-out-prior-art.md §3, §5, §7). "l'arrêt de bus"
 * and "sans arrêt" are traps; "n'arrêtez pas" is negated before and after the verb.
 * Round 16f: Quebec "les spéciaux" and "les circulaires" (the weekly specials, the flyers) name
 * the marketing ("Arrêtez de m'envoyer les spéciaux de la semaine"); to be reviewed by native
 * speakers.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const fr: Lexicon = {
  lang: 'fr',
  keywords: {
    stop: words(`
      stop, arret, arrete, arreter, arretez, arrett, td, desabonner, desabonnement,
      desabonnez moi, desabonne moi, me desabonner, se desabonner, desinscrire, desinscription,
      desinscrivez moi, desinscris moi, me desinscrire, stop sms, stop pub, stop pubs,
      plus de messages, plus de sms, plus de pub, pas de pub, stoppez, stoppe, ne plus recevoir,
      laissez moi tranquille, laisse moi tranquille, retirez moi, supprimez moi, radiez moi,
      degage, degagez, foutez moi la paix, fous moi la paix, casse toi, cassez vous`),
    stopWeak: words('annuler, annulez, supprimer, retirer, stopper, cessez, arretez tout'),
    stopSolo: [],
    stopLikely: words(`
      non, non merci, ca suffit, suffit, assez, spam, pas interesse, pas interessee,
      ca ne m interesse pas, trop de messages, bloquer`),
    start: words(`
      start, reabonner, me reabonner, se reabonner, reabonnement, reactiver, reprendre,
      abonner, m abonner, reinscrire, me reinscrire, recommencer, s abonner, reactivation, inscription, m inscrire`),
    help: words('aide, aidez moi, infos, renseignements, besoin d aide'),
    status: words('statut, etat, mon statut, mes abonnements, mon abonnement'),
  },
  filler: words(`
    svp, stp, s il vous plait, s il te plait, merci, merci beaucoup, bonjour, bonsoir, salut,
    ok, d accord, daccord, oui, maintenant, tout de suite, immediatement, deja, cordialement,
    pitie, madame, monsieur, merci d avance, au revoir, bien, desormais, definitivement, vite`),
  all: words('tout, tous, toutes, toute, tout ca, tout cela, l ensemble'),
  objects: words(`
    messages, message, sms, textos, texto, promotions, promotion, promos, promo, offres, offre,
    pubs, pub, publicites, publicite, marketing, newsletter, newsletters, notifications,
    annonces, spam, mails, courriels, emails, e mails, alertes, bons plans, relances, rappels,
    campagnes, reductions, envois, messages publicitaires, appels, sollicitations, whatsapp,
    speciaux, circulaires`),
  pronouns: words('ca, cela, ceci, ces trucs, ce truc'),
  connectors: words(`
    les, le, la, l, des, de, du, d, ces, cet, cette, ce, vos, votre, me, moi, m, mon, ma, mes,
    numero, mon numero, liste, plus, en, a, au, aux, et, aussi, vous, de votre, contact`),
  negators: words('ne, n, jamais, sans'),
  negatorsAfter: words('pas, jamais'),
  classes: {
    who: words('qui'),
    stopSaid: words(
      'arreter, arrêter, cesser, desabonner, désabonner, desinscrire, désinscrire, ne plus m envoyer, ne plus m ecrire',
    ),
    stopV: words(`
      arretez, arrete, arreter, arretes, cessez, cesse, cesser, stoppez, stopper, stop,
      merci d arreter, veuillez arreter, pouvez vous arreter, arretez vous`),
    sendUnamb: words(`
      ecrire, m ecrire, nous ecrire, contacter, me contacter, nous contacter, appeler,
      m appeler, harceler, me harceler, spammer, me spammer, deranger, me deranger, importuner,
      m importuner, solliciter, me solliciter, relancer, me relancer, envoyer des messages,
      m envoyer des messages, envoyer des sms, m envoyer des sms, envoyer de la pub,
      m envoyer de la pub, embeter, m embeter, texter, me texter`),
    sendAmb: words('envoyer, m envoyer, nous envoyer, expedier'),
    sendImp: words(`
      envoyez, ecrivez, contactez, appelez, derangez, sollicitez, relancez, harcelez, envoie,
      ecris, contacte, appelle, derange, spammez, embetez, textez, envoyer, ecrire, contacter`),
    det: words('les, des, ces, vos, tes, de, d, vos, plus de, aucun, aucune'),
    tail: words('@eoc, ?@det @obj, plus, @pron, @filler, rien, jamais'),
    meObj: words(
      'moi, mon numero, mon contact, mes coordonnees, mon nom, mes donnees, mon telephone',
    ),
    list: words(
      'liste, listes, fichier, base, base de donnees, groupe, liste de diffusion, diffusion, contacts',
    ),
    remV: words(`
      retirez, retire, retirer, supprimez, supprime, supprimer, enlevez, enleve, enlever,
      effacez, efface, effacer, rayez, radiez, desinscrivez, desabonnez, sortez, sortir`),
    kw: words(`
      desabonner, me desabonner, desinscrire, me desinscrire, arreter, arrete, annuler,
      ne plus recevoir, stopper, se desabonner, se desinscrire, sortir de la liste,
      reabonner, me reabonner`),
  },
  traps: words(`
    (l|un|d|cet|prochain|dernier|premier) arret ?(de|du|d) (bus|tram|tramway|metro|train|car)
    arret (de bus|du bus|de tram|maladie|de travail|cardiaque)
    (a l|en) arret
    sans arret
    (annuler|annulez|annule) ?(ma|mon|la|le|cette|ce|une|un) (commande|reservation|rendez vous|rdv|livraison|paiement|carte|vol|billet|abonnement au|compte)
    (je n|ne) arrete pas de
  `),
  rules: rules(`
    out (suppression|retrait|radiation|desinscription) ~3 (de|du) ~2 (mon|ma|mes) ~1 (numero|contact|coordonnees|adresse) ~5 (@list|liste|fichier|base)
    help (c est|c|cest|vous etes|t es|tes) qui @eoc
    help qui (est ce|etes vous|est ce qui|parle|ecrit|m ecrit|c est|est-ce) ?@filler @eoc
    help (c est|c|cest) quoi (ce|cette|ces) (numero|message|messages|truc|compte)
    help (pourquoi|pk|pq|pkoi) ?(est ce que) (je recois|j ai recu|je reçois|recois|on m envoie) ?@det (@obj|@pron|ca|ces|@eoc)
    in @bos ?(oui|ok|d accord|volontiers) (envoyez moi|envoie moi|envoyez nous|continuez a m envoyer|continuez a envoyer) ~2 (@obj|bons plans)
    in (me|nous) (reinscrire|réinscrire|rajouter|remettre|reabonner|réabonner|réinscrivez|reinscrivez|rajoutez|remettez) ~3
    out @stopV (de|d) ?(me|m|nous) @sendUnamb
    out @stopV (de|d) @sendAmb @tail
    out @stopV ?(les|vos|ces|tous|toutes|tout) ?(les|vos|ces) @obj
    out (@bos plus|@bos pas|assez|marre|fini|finis|finies) (de|d) ?@det @obj
    outneg (ne|n) ?(me|m|nous) (@sendImp|envoyez|ecrivez) plus
    outneg (me|m|nous) (envoyez|ecrivez|contactez|appelez|derangez|sollicitez|relancez|harcelez|envoie|ecris|contacte|spammez) plus
    outneg (ne|n) plus (recevoir|etre contacte|etre contactee|etre sollicite|etre sollicitee|etre derange|rien recevoir|me contacter|m envoyer|m ecrire)
    outneg (ne|n) (veux|voudrais|souhaite|desire|souhaitons|voulons) plus ?rien (recevoir|avoir|voir) ~3 (@obj|rien|@pron|@eoc)
    outneg (ne|n) (veux|voudrais|souhaite|desire) plus ~2 @obj
    outneg (je|j) (veux|voudrais|souhaite|desire) plus ~3 (@obj|rien)
    outneg (ne|n) (veux|voudrais|souhaite) (pas|plus|aucun|aucune) (recevoir|etre contacte|etre contactee) ~3 (@obj|@eoc)
    out (desabonn*|desinscri*|desinscription)
    out @remV @meObj ~3 (de|du|des) ?(la|votre|vos|cette|ce|tes|ta) @list
    out (retirez moi|supprimez moi|enlevez moi|effacez moi|rayez moi|radiez moi|sortez moi|retire moi|supprime moi|enleve moi)
    out (me|m) (retirer|supprimer|enlever|effacer|rayer|radier|desinscrire|desabonner|sortir) ~3 (de|du) ?(la|votre|vos|cette|ce) @list
    out (laissez|laisse|foutez|fichez|foutez moi|fichez moi) ?(moi|nous) (tranquille|tranquilles|la paix)
    out (je veux|je voudrais|je souhaite|je desire|veuillez|merci de) (me desabonner|me desinscrire|etre retire|etre retiree|etre supprime|etre supprimee|ne plus recevoir|arreter de recevoir|sortir de) ~3
    out (arreter|cesser) de recevoir
    out (je m oppose|opposition) ~3 (prospection|sollicitations|messages|envois)
    maybe (trop|tellement|beaucoup trop) (de|d) @obj
    maybe (pourquoi|pk|pq|pourquoi est ce que) ~3 (m envoyez|m ecrivez|me contactez|m envoie|m ecrit|recois|reçois|m appelez|me harcelez|envoyez|ecrivez)
    maybe (c est|cest|c est du|encore du|que du|du) spam
    maybe encore (un|une|des|ces|vos) (@obj|autre message|autre sms)
    maybe spam
    maybe (c est|cest) (penible|chiant|lourd|agacant|saoulant|relou|insupportable)
    maybe (ca|ça) (suffit|saoule|soule|m enerve|m agace)
    maybe (ca|ça) commence a (bien faire|me saouler|m enerver|suffire)
    maybe (vous|tu) (m enervez|m agacez|me saoulez|me soulez|me fatiguez|m enerves|me gonflez)
    maybeneg (ne|n) (m interesse|m interessent) (pas|plus)
    maybeneg pas (interesse|interessee|interesses)
    maybe (je vais|je vous) (vous bloquer|bloquer|signaler|vous signaler|porter plainte)
    maybeneg (jamais|pas) (demande|autorise|inscrit|inscrite|donne mon accord|accepte|consenti)
    maybe (qui|ou|comment) ~4 (donne|eu|trouve|obtenu|pris) ~1 mon (numero|contact)
    maybe (mauvais|faux) numero
    maybe (je veux|je voudrais) (arreter|annuler|partir) @eoc
    in (reabonn*|reinscri*|reactiv*)
    in (veux|voudrais|souhaite) ~1 (m abonner|recevoir a nouveau|recevoir de nouveau|de nouveau recevoir)
    help comment ~4 @kw
    help (que|quoi) ~4 (ecrire|envoyer|repondre|taper) ~2 pour ~1 @kw
    help (est il possible|y a t il un moyen|peut on|puis je) ~3 @kw
    status (suis je|je suis|est ce que je suis) ~1 (abonne|abonnee|inscrit|inscrite|desabonne|desabonnee|desinscrit|desinscrite|sur la liste|encore abonne|toujours abonne|toujours inscrit)
    status a quoi ~2 (suis je|je suis) (abonne|abonnee|inscrit|inscrite)
    status (quel|quels) ~2 (mon statut|mes abonnements|messages je recois)
    status (mon|ma) (desabonnement|desinscription) ~2 (marche|fonctionne|pris en compte|fait)
  `),
  common: words(`
    je, vous, tu, le, la, les, de, des, et, est, pas, ne, plus, merci, bonjour, oui, non,
    mais, pour, avec, suis, mon, ma, mes, votre, vos, ce, cette, ca, c, qui, que, quoi,
    pourquoi, comment, messages, recevoir, j, n, m, au, aux, tres, tout, rien, s il`),
  slang: {
    jveux: 'je veux',
    jvx: 'je veux',
    jve: 'je veux',
    chui: 'je suis',
    pk: 'pourquoi',
    mrc: 'merci',
    bcp: 'beaucoup',
    tjs: 'toujours',
  },
  signals: {
    laugh: words(
      `(mort de rire|morte de rire|je suis mort|je suis morte|jsuis mort|trop drole|je meurs)`,
    ),
    past: words(
      `(par erreur|par megarde|sans faire expres|par accident|accidentellement), (l an|l annee|le mois|la semaine) (dernier|derniere|passe|passee), il y a (longtemps|un an|des mois)`,
    ),
    still: words(
      `(deux|trois|quatre|dix|cent|mille|plusieurs) fois, j en ai marre, (toujours|encore) ~2 (des|recu|recois|reçois|envoy*|promos|messages), (deja|plusieurs fois) ~3 (demande|dit|ecrit|envoye|repondu) ~4 (arreter|stop|desabonn*|desinscri*), combien de fois`,
    ),
    decline: words(
      `pas maintenant, pas pour le moment, pas pour l instant, pas cette fois, (cette fois|pour cette fois) ~1 non, (une|la) prochaine fois, (mais|par contre) ~3 (continuez|envoyez|gardez) ~4 (autres|suivantes|au courant)`,
    ),
  },
};
