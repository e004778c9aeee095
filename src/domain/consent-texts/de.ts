/** German consent texts (formal "Sie", as the replies). */
import type { ConsentTexts } from './types';

export const de: ConsentTexts = {
  replies: {
    consentAsk: 'Möchten Sie Angebote und Aktionen von {brand} über WhatsApp erhalten?',
    btnConsentYes: 'Ja, gerne',
    btnConsentNo: 'Nein, danke',
    consentGranted:
      'Vielen Dank! {brand} schickt Ihnen Angebote über WhatsApp. Antworten Sie jederzeit mit {stop}, um sie abzubestellen.',
    consentDeclined: 'Verstanden: {brand} schickt Ihnen keine Werbung.',
  },
  page: {
    title: 'Ihre Nachrichten von {brand}',
    intro: 'Wählen Sie, welche Angebote von {brand} Sie über WhatsApp erhalten möchten.',
    stopAll: 'Alle Angebote abbestellen',
    stopCategory: 'Nur „{category}“-Angebote abbestellen',
    pause: 'Angebote {days} Tage lang pausieren',
    resubscribe: 'Wieder Angebote erhalten',
    save: 'Auswahl speichern',
    doneStopAll: 'Erledigt: {brand} schickt Ihnen keine Angebote mehr.',
    doneStopCategory: 'Erledigt: {brand} schickt Ihnen keine „{category}“-Angebote mehr.',
    donePause: 'Erledigt: {days} Tage lang keine Angebote von {brand}.',
    doneResubscribe: 'Erledigt: Sie erhalten wieder Angebote von {brand}.',
    expired:
      'Dieser Link ist abgelaufen. Antworten Sie in WhatsApp jederzeit mit {stop}, um keine Angebote mehr zu erhalten.',
    invalid: 'Dieser Link ist ungültig.',
  },
};
