/** Italian replies. */
import type { LanguageReplies } from './types';

export const it: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATO' },
  texts: {
    optOutConfirmAll:
      'Non riceverai più promozioni da {brand}. Rispondi START per riceverle di nuovo.',
    optOutConfirmCategory:
      'Non riceverai promozioni {category} da {brand} fino al {until}. Rispondi START per annullare.',
    optOutConfirmUntil:
      'Non riceverai promozioni da {brand} fino al {until}. Rispondi START per riceverle di nuovo.',
    optInConfirm:
      'Riceverai di nuovo le promozioni di {brand}. Rispondi STOP in qualsiasi momento per interromperle.',
    optInBlocked:
      'Ricevuto. Le promozioni di {brand} restano sospese per questo numero per ora, quindi non le riceverai ancora.',
    help: 'Qui è {brand}. Rispondi STOP per non ricevere promozioni, START per riceverle di nuovo o STATO per vedere le tue scelte.',
    statusNone: 'Stai ricevendo le promozioni di {brand}. Rispondi STOP per interromperle.',
    statusList:
      'Hai interrotto queste promozioni di {brand}: {list}. Rispondi START per riceverle di nuovo.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} ha sospeso queste promozioni per questo numero: {list}. Per riceverle di nuovo, rivolgiti a {brand}.',
    statusListMeta:
      'Hai interrotto queste promozioni di {brand} su WhatsApp: {list}. Per riceverle di nuovo, riattivale su WhatsApp.',
    noEndDate: 'senza data di fine',
    askConfirm: 'Vuoi smettere di ricevere promozioni da {brand}?',
    btnStopAll: 'Stop a tutte',
    btnUndo: 'Annulla',
    btnStopYes: 'Stop promozioni',
    btnKeep: 'Continua a ricevere',
    untilRevoked: 'una tua nuova iscrizione',
    allMarketing: 'tutte le promozioni',
    keepConfirm:
      'Va bene, continuerai a ricevere le promozioni di {brand}. Rispondi STOP in qualsiasi momento per interromperle.',
  },
};
