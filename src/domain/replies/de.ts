/** German replies. */
import type { LanguageReplies } from './types';

export const de: LanguageReplies = {
  keywords: { stop: 'STOPP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'Sie erhalten keine Werbung mehr von {brand}. Antworten Sie START, um sie wieder zu erhalten.',
    optOutConfirmCategory:
      'Sie erhalten bis {until} keine Werbung zu {category} von {brand}. Antworten Sie START, um das rückgängig zu machen.',
    optOutConfirmUntil:
      'Sie erhalten bis {until} keine Werbung von {brand}. Antworten Sie START, um sie wieder zu erhalten.',
    optInConfirm:
      'Sie erhalten wieder Werbung von {brand}. Antworten Sie jederzeit STOPP, um sie zu beenden.',
    optInBlocked:
      'Notiert. Werbung von {brand} bleibt für diese Nummer vorerst gestoppt, Sie erhalten sie also noch nicht.',
    help: 'Hier ist {brand}. Antworten Sie STOPP, um keine Werbung mehr zu erhalten, START, um sie wieder zu erhalten, oder STATUS für Ihre Auswahl.',
    statusNone: 'Sie erhalten Werbung von {brand}. Antworten Sie STOPP, um sie zu beenden.',
    statusList:
      'Sie haben diese Werbung von {brand} abbestellt: {list}. Antworten Sie START, um sie wieder zu erhalten.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} hat diese Werbung für diese Nummer gestoppt: {list}. Wenn Sie sie wieder erhalten möchten, wenden Sie sich an {brand}.',
    statusListMeta:
      'Sie haben diese Werbung von {brand} in WhatsApp abbestellt: {list}. Um sie wieder zu erhalten, aktivieren Sie sie in WhatsApp wieder.',
    noEndDate: 'ohne Enddatum',
    askConfirm: 'Möchten Sie keine Werbung mehr von {brand} erhalten?',
    btnStopAll: 'Alle Werbung stoppen',
    btnUndo: 'Rückgängig',
    btnStopYes: 'Werbung stoppen',
    btnKeep: 'Weiter erhalten',
    untilRevoked: 'zu Ihrer erneuten Anmeldung',
    allMarketing: 'alle Angebote',
    keepConfirm:
      'Alles klar, Sie erhalten weiterhin Werbung von {brand}. Antworten Sie jederzeit STOPP, um sie abzubestellen.',
  },
};
