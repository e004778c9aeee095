/**
 * French consent texts. A no-break space (\u00a0) goes before ? ! : and inside « », as French
 * typography wants, so the punctuation never wraps onto a line of its own.
 */
import type { ConsentTexts } from './types';

export const fr: ConsentTexts = {
  replies: {
    consentAsk: 'Voulez-vous recevoir les offres et promotions de {brand} sur WhatsApp\u00a0?',
    btnConsentYes: 'Oui, volontiers',
    btnConsentNo: 'Non, merci',
    consentGranted:
      'Merci\u00a0! {brand} vous enverra ses offres sur WhatsApp. Répondez {stop} à tout moment pour les arrêter.',
    consentDeclined: 'Compris\u00a0: {brand} ne vous enverra pas de promotions.',
  },
  page: {
    title: 'Vos messages de {brand}',
    intro: 'Choisissez les promotions de {brand} que vous souhaitez recevoir sur WhatsApp.',
    stopAll: 'Arrêter toutes les promotions',
    stopCategory: 'Arrêter seulement les promotions «\u00a0{category}\u00a0»',
    pause: 'Suspendre les promotions pendant {days} jours',
    resubscribe: 'Recevoir à nouveau les promotions',
    save: 'Enregistrer mon choix',
    doneStopAll: 'C’est fait\u00a0: {brand} ne vous enverra plus de promotions.',
    doneStopCategory:
      'C’est fait\u00a0: {brand} ne vous enverra plus de promotions «\u00a0{category}\u00a0».',
    donePause: 'C’est fait\u00a0: aucune promotion de {brand} pendant {days} jours.',
    doneResubscribe: 'C’est fait\u00a0: vous recevrez à nouveau les promotions de {brand}.',
    expired:
      'Ce lien a expiré. Répondez {stop} sur WhatsApp à tout moment pour arrêter les promotions.',
    invalid: 'Ce lien n’est pas valide.',
  },
};
