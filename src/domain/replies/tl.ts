/**
 * Filipino (Tagalog) replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const tl: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'Hindi ka na makakatanggap ng promo mula sa {brand}. Mag-reply ng START para makatanggap ulit.',
    optOutConfirmCategory:
      'Hindi ka makakatanggap ng {category} promo mula sa {brand} hanggang {until}. Mag-reply ng START para bawiin ito.',
    optOutConfirmUntil:
      'Hindi ka makakatanggap ng promo mula sa {brand} hanggang {until}. Mag-reply ng START para makatanggap ulit.',
    optInConfirm:
      'Makakatanggap ka ulit ng promo mula sa {brand}. Mag-reply ng STOP anumang oras para itigil ito.',
    optInBlocked:
      'Naitala na. Nananatiling nakahinto ang promo mula sa {brand} para sa numerong ito sa ngayon, kaya hindi mo pa ito matatanggap.',
    help: 'Ito ang {brand}. Mag-reply ng STOP para itigil ang promo, START para makatanggap ulit, o STATUS para makita ang iyong mga pinili.',
    statusNone: 'Nakakatanggap ka ng promo mula sa {brand}. Mag-reply ng STOP para itigil ito.',
    statusList:
      'Itinigil mo ang mga promo na ito mula sa {brand}: {list}. Mag-reply ng START para makatanggap ulit.',
    statusListAdmin:
      'Itinigil ng {brand} ang mga promo na ito para sa numerong ito: {list}. Para makatanggap ulit, makipag-ugnayan sa {brand}.',
    statusListMeta:
      'Itinigil mo ang mga promo na ito mula sa {brand} sa WhatsApp: {list}. Para makatanggap ulit, i-on ulit ang mga ito sa WhatsApp.',
    noEndDate: 'walang petsa ng pagtatapos',
    askConfirm: 'Gusto mo bang itigil ang pagtanggap ng promo mula sa {brand}?',
    btnStopAll: 'Itigil lahat',
    btnUndo: 'Bawiin',
    btnStopYes: 'Itigil ang promo',
    btnKeep: 'Patuloy na tumanggap',
    untilRevoked: 'mag-subscribe ka ulit',
    allMarketing: 'lahat ng promo',
    keepConfirm:
      'Sige, patuloy kang makakatanggap ng promo mula sa {brand}. Mag-reply ng STOP anumang oras para itigil ito.',
  },
};
