/**
 * Ukrainian replies (round 9b). Written without a native speaker: to be reviewed before
 * production use. The keywords are the ones Ukrainian and Russian share (СТОП, СТАРТ, СТАТУС).
 */
import type { LanguageReplies } from './types';

export const uk: LanguageReplies = {
  keywords: { stop: 'СТОП', start: 'СТАРТ', status: 'СТАТУС' },
  texts: {
    optOutConfirmAll:
      'Ви більше не отримуватимете рекламу від {brand}. Надішліть СТАРТ, щоб знову її отримувати.',
    optOutConfirmCategory:
      'Ви не отримуватимете рекламу {category} від {brand} до {until}. Надішліть СТАРТ, щоб скасувати.',
    optOutConfirmUntil:
      'Ви не отримуватимете рекламу від {brand} до {until}. Надішліть СТАРТ, щоб знову її отримувати.',
    optInConfirm:
      'Ви знову отримуватимете рекламу від {brand}. Надішліть СТОП будь-коли, щоб відписатися.',
    optInBlocked:
      'Прийнято. Реклама від {brand} для цього номера поки що залишається вимкненою, тож ви її поки не отримуватимете.',
    help: 'Це {brand}. Надішліть СТОП, щоб відписатися від реклами, СТАРТ, щоб знову її отримувати, або СТАТУС, щоб побачити ваші налаштування.',
    statusNone: 'Ви отримуєте рекламу від {brand}. Надішліть СТОП, щоб відписатися.',
    statusList:
      'Ви відписалися від цієї реклами {brand}: {list}. Надішліть СТАРТ, щоб знову її отримувати.',
    statusListAdmin:
      '{brand} вимкнув цю рекламу для цього номера: {list}. Щоб знову її отримувати, зверніться до {brand}.',
    statusListMeta:
      'Ви вимкнули цю рекламу {brand} у WhatsApp: {list}. Щоб знову її отримувати, увімкніть її у WhatsApp.',
    noEndDate: 'без дати завершення',
    askConfirm: 'Ви хочете відписатися від реклами {brand}?',
    btnStopAll: 'Відписатися від усіх',
    btnUndo: 'Скасувати',
    btnStopYes: 'Відписатися',
    btnKeep: 'Далі отримувати',
    untilRevoked: 'повторної підписки',
    allMarketing: 'усі рекламні повідомлення',
    keepConfirm:
      'Добре, ви й надалі отримуватимете рекламу від {brand}. Надішліть СТОП будь-коли, щоб відписатися.',
  },
};
