/** Polish consent texts. "{days} dni" is right for the page's 30 days (and any number but 1). */
import type { ConsentTexts } from './types';

export const pl: ConsentTexts = {
  replies: {
    consentAsk: 'Czy chcesz otrzymywać oferty i promocje od {brand} na WhatsAppie?',
    btnConsentYes: 'Tak, chętnie',
    btnConsentNo: 'Nie, dziękuję',
    consentGranted:
      'Dziękujemy! {brand} będzie wysyłać Ci oferty na WhatsAppie. Odpowiedz {stop} w dowolnej chwili, aby je wyłączyć.',
    consentDeclined: 'Rozumiemy: {brand} nie będzie wysyłać Ci promocji.',
  },
  page: {
    title: 'Twoje wiadomości od {brand}',
    intro: 'Wybierz, jakie promocje od {brand} chcesz otrzymywać na WhatsAppie.',
    stopAll: 'Wyłącz wszystkie promocje',
    stopCategory: 'Wyłącz tylko promocje „{category}”',
    pause: 'Wstrzymaj promocje na {days} dni',
    resubscribe: 'Otrzymuj promocje ponownie',
    save: 'Zapisz mój wybór',
    doneStopAll: 'Gotowe: {brand} nie będzie już wysyłać Ci promocji.',
    doneStopCategory: 'Gotowe: {brand} nie będzie już wysyłać Ci promocji „{category}”.',
    donePause: 'Gotowe: przez {days} dni nie otrzymasz promocji od {brand}.',
    doneResubscribe: 'Gotowe: znów będziesz otrzymywać promocje od {brand}.',
    expired:
      'Ten link wygasł. Odpowiedz {stop} na WhatsAppie w dowolnej chwili, aby wyłączyć promocje.',
    invalid: 'Ten link jest nieprawidłowy.',
  },
};
