/** Russian replies. */
import type { LanguageReplies } from './types';

export const ru: LanguageReplies = {
  keywords: { stop: 'СТОП', start: 'СТАРТ', status: 'СТАТУС' },
  texts: {
    optOutConfirmAll:
      'Вы больше не будете получать рекламу от {brand}. Ответьте СТАРТ, чтобы снова её получать.',
    optOutConfirmCategory:
      'Вы не будете получать рекламу {category} от {brand} до {until}. Ответьте СТАРТ, чтобы отменить.',
    optOutConfirmUntil:
      'Вы не будете получать рекламу от {brand} до {until}. Ответьте СТАРТ, чтобы снова её получать.',
    optInConfirm:
      'Вы снова будете получать рекламу от {brand}. Ответьте СТОП в любой момент, чтобы отписаться.',
    optInBlocked:
      'Принято. Реклама от {brand} для этого номера пока остаётся отключённой, поэтому вы её пока не будете получать.',
    help: 'Это {brand}. Ответьте СТОП, чтобы отписаться от рекламы, СТАРТ, чтобы снова её получать, или СТАТУС, чтобы увидеть ваши настройки.',
    statusNone: 'Вы получаете рекламу от {brand}. Ответьте СТОП, чтобы отписаться.',
    statusList:
      'Вы отписались от этой рекламы {brand}: {list}. Ответьте СТАРТ, чтобы снова её получать.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} отключил эту рекламу для этого номера: {list}. Чтобы снова её получать, обратитесь в {brand}.',
    statusListMeta:
      'Вы отключили эту рекламу {brand} в WhatsApp: {list}. Чтобы снова её получать, включите её в WhatsApp.',
    noEndDate: 'без даты окончания',
    askConfirm: 'Вы хотите отписаться от рекламы {brand}?',
    btnStopAll: 'Отписаться от всего',
    btnUndo: 'Отменить',
    btnStopYes: 'Отписаться',
    btnKeep: 'Продолжить получать',
    untilRevoked: 'повторной подписки',
    allMarketing: 'все рекламные сообщения',
    keepConfirm:
      'Хорошо, вы продолжите получать рекламу от {brand}. Ответьте СТОП в любой момент, чтобы отписаться.',
  },
};
