/** Spanish replies. */
import type { LanguageReplies } from './types';

export const es: LanguageReplies = {
  keywords: { stop: 'BAJA', start: 'ALTA', status: 'ESTADO' },
  texts: {
    optOutConfirmAll:
      'Ya no recibirás promociones de {brand}. Responde ALTA para volver a recibirlas.',
    optOutConfirmCategory:
      'No recibirás promociones de {category} de {brand} hasta el {until}. Responde ALTA para deshacerlo.',
    optOutConfirmUntil:
      'No recibirás promociones de {brand} hasta el {until}. Responde ALTA para volver a recibirlas.',
    optInConfirm:
      'Volverás a recibir promociones de {brand}. Responde BAJA en cualquier momento para dejar de recibirlas.',
    optInBlocked:
      'Anotado. Las promociones de {brand} siguen detenidas para este número por ahora, así que todavía no las recibirás.',
    help: 'Somos {brand}. Responde BAJA para dejar de recibir promociones, ALTA para volver a recibirlas o ESTADO para ver tus preferencias.',
    statusNone: 'Estás recibiendo promociones de {brand}. Responde BAJA para dejar de recibirlas.',
    statusList:
      'Dejaste de recibir estas promociones de {brand}: {list}. Responde ALTA para volver a recibirlas.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} detuvo estas promociones para este número: {list}. Para volver a recibirlas, pídeselo a {brand}.',
    statusListMeta:
      'Detuviste estas promociones de {brand} en WhatsApp: {list}. Para volver a recibirlas, vuelve a activarlas en WhatsApp.',
    noEndDate: 'sin fecha de fin',
    askConfirm: '¿Quieres dejar de recibir promociones de {brand}?',
    btnStopAll: 'Parar todas promos',
    btnUndo: 'Deshacer',
    btnStopYes: 'Parar promociones',
    btnKeep: 'Seguir recibiendo',
    untilRevoked: 'que vuelvas a suscribirte',
    allMarketing: 'todas las promociones',
    keepConfirm:
      'De acuerdo, seguirás recibiendo promociones de {brand}. Responde BAJA en cualquier momento para dejar de recibirlas.',
  },
};
