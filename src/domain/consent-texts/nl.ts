/** Dutch consent texts (formal "u", as the replies). */
import type { ConsentTexts } from './types';

export const nl: ConsentTexts = {
  replies: {
    consentAsk: 'Wilt u aanbiedingen en acties van {brand} via WhatsApp ontvangen?',
    btnConsentYes: 'Ja, graag',
    btnConsentNo: 'Nee, bedankt',
    consentGranted:
      'Bedankt! {brand} stuurt u aanbiedingen via WhatsApp. Antwoord op elk moment {stop} om ze te stoppen.',
    consentDeclined: 'Begrepen: {brand} stuurt u geen aanbiedingen.',
  },
  page: {
    title: 'Uw berichten van {brand}',
    intro: 'Kies welke aanbiedingen van {brand} u via WhatsApp wilt ontvangen.',
    stopAll: 'Alle aanbiedingen stoppen',
    stopCategory: 'Alleen aanbiedingen uit ‘{category}’ stoppen',
    pause: 'Aanbiedingen {days} dagen pauzeren',
    resubscribe: 'Weer aanbiedingen ontvangen',
    save: 'Mijn keuze opslaan',
    doneStopAll: 'Klaar: {brand} stuurt u geen aanbiedingen meer.',
    doneStopCategory: 'Klaar: {brand} stuurt u geen aanbiedingen uit ‘{category}’ meer.',
    donePause: 'Klaar: {days} dagen geen aanbiedingen van {brand}.',
    doneResubscribe: 'Klaar: u ontvangt weer aanbiedingen van {brand}.',
    expired:
      'Deze link is verlopen. Antwoord op elk moment {stop} in WhatsApp om aanbiedingen te stoppen.',
    invalid: 'Deze link is ongeldig.',
  },
};
