/** Italian consent texts. */
import type { ConsentTexts } from './types';

export const it: ConsentTexts = {
  replies: {
    consentAsk: 'Vuoi ricevere offerte e promozioni di {brand} su WhatsApp?',
    btnConsentYes: 'Sì, volentieri',
    btnConsentNo: 'No, grazie',
    consentGranted:
      'Grazie! {brand} ti invierà offerte su WhatsApp. Rispondi {stop} in qualsiasi momento per non riceverle più.',
    consentDeclined: 'Capito: {brand} non ti invierà promozioni.',
  },
  page: {
    title: 'I tuoi messaggi da {brand}',
    intro: 'Scegli quali promozioni di {brand} vuoi ricevere su WhatsApp.',
    stopAll: 'Interrompi tutte le promozioni',
    stopCategory: 'Interrompi solo le promozioni «{category}»',
    pause: 'Sospendi le promozioni per {days} giorni',
    resubscribe: 'Ricevi di nuovo le promozioni',
    save: 'Salva la mia scelta',
    doneStopAll: 'Fatto: {brand} non ti invierà più promozioni.',
    doneStopCategory: 'Fatto: {brand} non ti invierà più promozioni «{category}».',
    donePause: 'Fatto: nessuna promozione da {brand} per {days} giorni.',
    doneResubscribe: 'Fatto: riceverai di nuovo le promozioni di {brand}.',
    expired:
      'Questo link è scaduto. Rispondi {stop} su WhatsApp in qualsiasi momento per interrompere le promozioni.',
    invalid: 'Questo link non è valido.',
  },
};
