/** Swahili consent texts. */
import type { ConsentTexts } from './types';

export const sw: ConsentTexts = {
  replies: {
    consentAsk: 'Je, ungependa kupokea ofa na matangazo kutoka {brand} kupitia WhatsApp?',
    btnConsentYes: 'Ndiyo, tafadhali',
    btnConsentNo: 'Hapana, asante',
    consentGranted:
      'Asante! {brand} itakutumia ofa kupitia WhatsApp. Jibu {stop} wakati wowote ili kuzisitisha.',
    consentDeclined: 'Sawa: {brand} haitakutumia matangazo.',
  },
  page: {
    title: 'Ujumbe wako kutoka {brand}',
    intro: 'Chagua matangazo ya {brand} unayotaka kupokea kupitia WhatsApp.',
    stopAll: 'Sitisha matangazo yote',
    stopCategory: 'Sitisha matangazo ya “{category}” pekee',
    pause: 'Sitisha matangazo kwa muda wa siku {days}',
    resubscribe: 'Pokea matangazo tena',
    save: 'Hifadhi chaguo langu',
    doneStopAll: 'Imekamilika: {brand} haitakutumia matangazo tena.',
    doneStopCategory: 'Imekamilika: {brand} haitakutumia matangazo ya “{category}” tena.',
    donePause: 'Imekamilika: hakuna matangazo kutoka {brand} kwa siku {days}.',
    doneResubscribe: 'Imekamilika: utapokea matangazo kutoka {brand} tena.',
    expired:
      'Kiungo hiki kimeisha muda wake. Jibu {stop} kwenye WhatsApp wakati wowote ili kusitisha matangazo.',
    invalid: 'Kiungo hiki si sahihi.',
  },
};
