/**
 * Dutch replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const nl: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'U ontvangt geen aanbiedingen meer van {brand}. Antwoord START om ze weer te ontvangen.',
    optOutConfirmCategory:
      'U ontvangt tot {until} geen {category}-aanbiedingen van {brand}. Antwoord START om dit ongedaan te maken.',
    optOutConfirmUntil:
      'U ontvangt tot {until} geen aanbiedingen van {brand}. Antwoord START om ze weer te ontvangen.',
    optInConfirm:
      'U ontvangt weer aanbiedingen van {brand}. Antwoord op elk moment STOP om ze te stoppen.',
    optInBlocked:
      'Genoteerd. Aanbiedingen van {brand} blijven voorlopig gestopt voor dit nummer, dus u ontvangt ze nog niet.',
    help: 'Dit is {brand}. Antwoord STOP om geen aanbiedingen meer te ontvangen, START om ze weer te ontvangen, of STATUS om uw keuzes te zien.',
    statusNone: 'U ontvangt aanbiedingen van {brand}. Antwoord STOP om ze te stoppen.',
    statusList:
      'U heeft deze aanbiedingen van {brand} gestopt: {list}. Antwoord START om ze weer te ontvangen.',
    statusListAdmin:
      '{brand} heeft deze aanbiedingen voor dit nummer gestopt: {list}. Neem contact op met {brand} om ze weer te ontvangen.',
    statusListMeta:
      'U heeft deze aanbiedingen van {brand} in WhatsApp gestopt: {list}. Zet ze in WhatsApp weer aan om ze weer te ontvangen.',
    noEndDate: 'zonder einddatum',
    askConfirm: 'Wilt u geen aanbiedingen meer ontvangen van {brand}?',
    btnStopAll: 'Alles stoppen',
    btnUndo: 'Ongedaan maken',
    btnStopYes: 'Aanbiedingen stoppen',
    btnKeep: 'Blijven ontvangen',
    untilRevoked: 'u zich weer aanmeldt',
    allMarketing: 'alle aanbiedingen',
    keepConfirm:
      'Prima, u blijft aanbiedingen van {brand} ontvangen. Antwoord op elk moment STOP om ze te stoppen.',
  },
};
