/** English replies. */
import type { LanguageReplies } from './types';

export const en: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      "You won't receive promotions from {brand} anymore. Reply START to receive them again.",
    optOutConfirmCategory:
      "You won't receive {category} promotions from {brand} until {until}. Reply START to undo this.",
    optOutConfirmUntil:
      "You won't receive promotions from {brand} until {until}. Reply START to receive them again.",
    optInConfirm:
      "You'll receive promotions from {brand} again. Reply STOP at any time to stop them.",
    optInBlocked:
      "Noted. Promotions from {brand} stay stopped for this number for now, so you won't receive them yet.",
    help: 'This is {brand}. Reply STOP to stop promotions, START to receive them again, or STATUS to see your choices.',
    statusNone: "You're receiving promotions from {brand}. Reply STOP to stop them.",
    statusList:
      "You've stopped these promotions from {brand}: {list}. Reply START to receive them again.",
    statusListAdmin:
      '{brand} has stopped these promotions for this number: {list}. To receive them again, ask {brand}.',
    statusListMeta:
      "You've stopped these promotions from {brand} in WhatsApp: {list}. To receive them again, turn them back on in WhatsApp.",
    noEndDate: 'no end date',
    askConfirm: 'Do you want to stop receiving promotions from {brand}?',
    btnStopAll: 'Stop all promotions',
    btnUndo: 'Undo',
    btnStopYes: 'Stop promotions',
    btnKeep: 'Keep receiving',
    untilRevoked: 'you opt back in',
    allMarketing: 'all promotions',
    keepConfirm:
      "OK, you'll keep receiving promotions from {brand}. Reply STOP at any time to stop them.",
  },
};
