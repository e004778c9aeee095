/** French replies. */
import type { LanguageReplies } from './types';

export const fr: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUT' },
  texts: {
    optOutConfirmAll:
      'Vous ne recevrez plus de promotions de {brand}. Répondez START pour les recevoir à nouveau.',
    optOutConfirmCategory:
      'Vous ne recevrez plus de promotions {category} de {brand} jusqu’au {until}. Répondez START pour annuler.',
    optOutConfirmUntil:
      'Vous ne recevrez plus de promotions de {brand} jusqu’au {until}. Répondez START pour les recevoir à nouveau.',
    optInConfirm:
      'Vous recevrez à nouveau les promotions de {brand}. Répondez STOP à tout moment pour les arrêter.',
    optInBlocked:
      "C'est noté. Les promotions de {brand} restent suspendues pour ce numéro pour le moment : vous ne les recevrez pas encore.",
    help: 'Ici {brand}. Répondez STOP pour arrêter les promotions, START pour les recevoir à nouveau ou STATUT pour voir vos choix.',
    statusNone: 'Vous recevez les promotions de {brand}. Répondez STOP pour les arrêter.',
    statusList:
      'Vous avez arrêté ces promotions de {brand} : {list}. Répondez START pour les recevoir à nouveau.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} a suspendu ces promotions pour ce numéro : {list}. Pour les recevoir à nouveau, contactez {brand}.',
    statusListMeta:
      'Vous avez arrêté ces promotions de {brand} dans WhatsApp : {list}. Pour les recevoir à nouveau, réactivez-les dans WhatsApp.',
    noEndDate: 'sans date de fin',
    askConfirm: 'Voulez-vous ne plus recevoir de promotions de {brand} ?',
    btnStopAll: 'Tout arrêter',
    btnUndo: 'Annuler',
    btnStopYes: 'Arrêter les promos',
    btnKeep: 'Continuer à recevoir',
    untilRevoked: 'votre réinscription',
    allMarketing: 'toutes les promotions',
    keepConfirm:
      "D'accord, vous continuerez à recevoir les promotions de {brand}. Répondez STOP à tout moment pour les arrêter.",
  },
};
