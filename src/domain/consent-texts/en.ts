/** English consent texts. */
import type { ConsentTexts } from './types';

export const en: ConsentTexts = {
  replies: {
    consentAsk: 'Do you want to receive offers and promotions from {brand} on WhatsApp?',
    btnConsentYes: 'Yes, send offers',
    btnConsentNo: 'No, thanks',
    consentGranted:
      'Thank you! {brand} will send you offers on WhatsApp. Reply {stop} at any time to stop them.',
    consentDeclined: 'Understood: {brand} will not send you promotions.',
  },
  page: {
    title: 'Your messages from {brand}',
    intro: 'Choose which WhatsApp promotions you want from {brand}.',
    stopAll: 'Stop all promotions',
    stopCategory: 'Stop “{category}” promotions only',
    pause: 'Pause all promotions for {days} days',
    resubscribe: 'Receive promotions again',
    save: 'Save my choice',
    doneStopAll: 'Done: {brand} will not send you promotions.',
    doneStopCategory: 'Done: {brand} will not send you “{category}” promotions.',
    donePause: 'Done: no promotions from {brand} for {days} days.',
    doneResubscribe: 'Done: you will receive promotions from {brand} again.',
    expired: 'This link has expired. Reply {stop} in WhatsApp at any time to stop promotions.',
    invalid: 'This link is not valid.',
  },
};
