/**
 * Swahili replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const sw: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'ANZA', status: 'HALI' },
  texts: {
    optOutConfirmAll: 'Hutapokea tena matangazo kutoka {brand}. Jibu ANZA ili kuyapokea tena.',
    optOutConfirmCategory:
      'Hutapokea matangazo ya {category} kutoka {brand} hadi {until}. Jibu ANZA ili kutengua.',
    optOutConfirmUntil:
      'Hutapokea matangazo kutoka {brand} hadi {until}. Jibu ANZA ili kuyapokea tena.',
    optInConfirm:
      'Utapokea tena matangazo kutoka {brand}. Jibu STOP wakati wowote ili kuyasitisha.',
    optInBlocked:
      'Tumepokea. Matangazo kutoka {brand} bado yamesitishwa kwa nambari hii kwa sasa, kwa hivyo hutayapokea bado.',
    help: 'Huyu ni {brand}. Jibu STOP kusitisha matangazo, ANZA kuyapokea tena, au HALI kuona machaguo yako.',
    statusNone: 'Unapokea matangazo kutoka {brand}. Jibu STOP ili kuyasitisha.',
    statusList: 'Umesitisha matangazo haya kutoka {brand}: {list}. Jibu ANZA ili kuyapokea tena.',
    statusListAdmin:
      '{brand} imesitisha matangazo haya kwa nambari hii: {list}. Ili kuyapokea tena, wasiliana na {brand}.',
    statusListMeta:
      'Umesitisha matangazo haya kutoka {brand} kwenye WhatsApp: {list}. Ili kuyapokea tena, yawashe tena kwenye WhatsApp.',
    noEndDate: 'bila tarehe ya mwisho',
    askConfirm: 'Je, unataka kuacha kupokea matangazo kutoka {brand}?',
    btnStopAll: 'Sitisha yote',
    btnUndo: 'Tengua',
    btnStopYes: 'Sitisha matangazo',
    btnKeep: 'Endelea kupokea',
    untilRevoked: 'utakapojiunga tena',
    allMarketing: 'matangazo yote',
    keepConfirm:
      'Sawa, utaendelea kupokea matangazo kutoka {brand}. Jibu STOP wakati wowote ili kuyasitisha.',
  },
};
