/** French: corpus lines (format in ./table.ts). */
import { table } from './table';

export const FR = table(`
  out fr | stop svp
  out fr | ARRET
  out fr | ARRÊT
  out fr | arrêt
  out fr | Arrêtez
  out fr | désabonner
  out fr | Désabonnez-moi
  out fr | je veux me désabonner
  out fr | ne plus recevoir
  out fr | Je ne veux plus recevoir de messages
  out fr | je ne veux plus recevoir vos promotions
  out fr | Arrêtez de m'envoyer des messages
  out fr | arrêtez de m'écrire
  out fr | Ne m'envoyez plus de SMS
  out fr | ne me contactez plus
  out fr | retirez-moi de votre liste
  out fr | Supprimez mon numéro de votre liste
  out fr | plus de messages svp
  out fr | STOP PUB
  out fr | désinscription
  out fr | Laissez-moi tranquille
  out fr all | Stop tout
  out fr cat:news | désabonnez-moi des actualités
  out fr | Merci de ne plus m'envoyer de messages
  out fr | Je souhaite me désabonner
  out fr | STOP SMS
  out fr | Arrêtez de m'envoyer vos pubs
  out fr | je ne veux plus de vos messages
  out fr | Désinscrivez-moi svp
  out fr | arrête
  out fr | Stop merci
  out fr | ne plus me contacter
  out fr | Supprimez-moi de votre liste
  out fr | Stop svp merci
  out fr | Arrêtez svp
  out fr | Je ne souhaite plus être contacté
  out fr | Merci de me retirer de votre liste
  out fr | Je me désabonne
  out fr | Pas de pub merci
  out fr | plus de sms svp
  out fr | Je ne veux plus recevoir de sms de votre part
  out fr | Arrêtez les messages svp
  out fr | Désinscrivez moi de la liste
  out fr | Merci de ne plus me contacter
  out fr | Stoppez les envois
  out fr | Je veux plus recevoir vos messages
  out fr | Arrête de m'envoyer des messages
  out fr | Je ne souhaite plus recevoir vos offres
  out fr | Merci d'arrêter de m'envoyer des SMS
  out fr | Veuillez me retirer de votre liste de diffusion
  likely fr | trop de messages
  likely fr | c'est du spam
  likely fr | ça suffit
  likely fr | non merci
  likely fr | pas intéressé
  likely fr | pourquoi vous m'envoyez ça ?
  likely fr | Vous m'envoyez trop de messages
  likely fr | Ça commence à bien faire
  likely fr | non
  likely fr | Encore un message ?!
  likely fr | C'est pénible
  likely fr | Vous envoyez beaucoup trop de messages
  notout fr | n'arrêtez pas de m'envoyer des offres
  none fr | l'arrêt de bus
  none fr | Je suis à l'arrêt de bus
  none fr | je reçois sans arrêt vos colis, merci
  none fr | je voudrais annuler ma commande
  none fr | merci beaucoup
  none fr | Bonjour, vous êtes ouverts dimanche ?
  none - | Je veux annuler ma réservation
  none - | Où est l'arrêt de bus ?
  none - | Merci pour l'offre
  none - | Je n'arrête pas de penser à vos produits
  none - | Le bus s'arrête ici
  none - | Merci, bonne journée
  none - | Bonjour, où en est ma commande ?
  none - | Pouvez-vous m'envoyer la facture ?
  none - | Je n'ai pas reçu mon colis
  none - | C'est quoi le prix ?
  none - | Arrêtez-vous à la station suivante
  none - | Je voudrais annuler ma réservation de ce soir
  help fr | AIDE
  help fr | comment me désabonner ?
  help fr | Comment faire pour ne plus recevoir de messages ?
  help fr | Comment arrêter les messages ?
  status fr | suis-je abonné ?
  status fr | Suis-je toujours inscrit ?
  in fr | me réabonner
  in fr | réabonner
  in fr | Je veux me réabonner
  none - | J'ai fait du stop jusqu'à Paris
  out fr | arretez svp
  out fr | Jveux plus de messages
  out fr | ne m'écrivez plus
  out fr | Merci de me désinscrire
  out fr | Je veux plus rien recevoir
  out fr | Veuillez cesser de m'envoyer des messages
  none fr | Pouvez-vous renvoyer mon billet ?
  none fr | envoyez-moi à nouveau le code de confirmation
  help fr | je ne trouve pas le lien de désinscription, il est où ?
  none fr | arrêtez de prélever deux fois par mois !
`);
