/** Spanish consent texts. */
import type { ConsentTexts } from './types';

export const es: ConsentTexts = {
  replies: {
    consentAsk: '¿Quieres recibir ofertas y promociones de {brand} por WhatsApp?',
    btnConsentYes: 'Sí, quiero ofertas',
    btnConsentNo: 'No, gracias',
    consentGranted:
      '¡Gracias! {brand} te enviará ofertas por WhatsApp. Responde {stop} en cualquier momento para dejar de recibirlas.',
    consentDeclined: 'Entendido: {brand} no te enviará promociones.',
  },
  page: {
    title: 'Tus mensajes de {brand}',
    intro: 'Elige qué promociones de {brand} quieres recibir por WhatsApp.',
    stopAll: 'Dejar todas las promociones',
    stopCategory: 'Dejar solo las promociones “{category}”',
    pause: 'Pausar las promociones {days} días',
    resubscribe: 'Volver a recibir promociones',
    save: 'Guardar mi elección',
    doneStopAll: 'Listo: {brand} no te enviará promociones.',
    doneStopCategory: 'Listo: {brand} no te enviará promociones “{category}”.',
    donePause: 'Listo: ninguna promoción de {brand} durante {days} días.',
    doneResubscribe: 'Listo: volverás a recibir promociones de {brand}.',
    expired:
      'Este enlace ha caducado. Responde {stop} en WhatsApp en cualquier momento para dejar las promociones.',
    invalid: 'Este enlace no es válido.',
  },
};
