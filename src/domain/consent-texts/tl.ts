/** Filipino (Tagalog) consent texts, in the everyday Taglish of the replies. */
import type { ConsentTexts } from './types';

export const tl: ConsentTexts = {
  replies: {
    consentAsk: 'Gusto mo bang makatanggap ng mga alok at promo mula sa {brand} sa WhatsApp?',
    btnConsentYes: 'Oo, gusto ko',
    btnConsentNo: 'Hindi, salamat',
    consentGranted:
      'Salamat! Padadalhan ka ng {brand} ng mga alok sa WhatsApp. Mag-reply ng {stop} anumang oras para itigil ito.',
    consentDeclined: 'Sige, hindi ka padadalhan ng promo ng {brand}.',
  },
  page: {
    title: 'Mga mensahe mo mula sa {brand}',
    intro: 'Piliin kung aling promo mula sa {brand} ang gusto mong matanggap sa WhatsApp.',
    stopAll: 'Itigil lahat ng promo',
    stopCategory: 'Itigil lang ang promo na “{category}”',
    pause: 'I-pause ang promo nang {days} araw',
    resubscribe: 'Tumanggap ulit ng promo',
    save: 'I-save ang pinili ko',
    doneStopAll: 'Tapos na: hindi ka na padadalhan ng promo ng {brand}.',
    doneStopCategory: 'Tapos na: hindi ka na padadalhan ng {brand} ng promo na “{category}”.',
    donePause: 'Tapos na: walang promo mula sa {brand} sa loob ng {days} araw.',
    doneResubscribe: 'Tapos na: makakatanggap ka ulit ng promo mula sa {brand}.',
    expired:
      'Expired na ang link na ito. Mag-reply ng {stop} sa WhatsApp anumang oras para itigil ang promo.',
    invalid: 'Hindi valid ang link na ito.',
  },
};
