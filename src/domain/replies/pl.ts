/**
 * Polish replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const pl: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'Nie będziesz już otrzymywać promocji od {brand}. Odpowiedz START, aby znów je otrzymywać.',
    optOutConfirmCategory:
      'Nie będziesz otrzymywać promocji {category} od {brand} do {until}. Odpowiedz START, aby to cofnąć.',
    optOutConfirmUntil:
      'Nie będziesz otrzymywać promocji od {brand} do {until}. Odpowiedz START, aby znów je otrzymywać.',
    optInConfirm:
      'Znów będziesz otrzymywać promocje od {brand}. Odpowiedz STOP w dowolnej chwili, aby je wyłączyć.',
    optInBlocked:
      'Przyjęliśmy. Promocje od {brand} pozostają na razie wyłączone dla tego numeru, więc jeszcze ich nie otrzymasz.',
    help: 'Tu {brand}. Odpowiedz STOP, aby nie otrzymywać promocji, START, aby znów je otrzymywać, lub STATUS, aby zobaczyć swoje ustawienia.',
    statusNone: 'Otrzymujesz promocje od {brand}. Odpowiedz STOP, aby je wyłączyć.',
    statusList:
      'Wyłączono te promocje od {brand}: {list}. Odpowiedz START, aby znów je otrzymywać.',
    statusListAdmin:
      '{brand} wyłączył te promocje dla tego numeru: {list}. Aby znów je otrzymywać, skontaktuj się z {brand}.',
    statusListMeta:
      'Wyłączono te promocje od {brand} w WhatsApp: {list}. Aby znów je otrzymywać, włącz je ponownie w WhatsApp.',
    noEndDate: 'bez daty końcowej',
    askConfirm: 'Czy chcesz przestać otrzymywać promocje od {brand}?',
    btnStopAll: 'Wyłącz wszystkie',
    btnUndo: 'Cofnij',
    btnStopYes: 'Wyłącz promocje',
    btnKeep: 'Chcę otrzymywać',
    untilRevoked: 'ponownego zapisu',
    allMarketing: 'wszystkie promocje',
    keepConfirm:
      'Dobrze, nadal będziesz otrzymywać promocje od {brand}. Odpowiedz STOP w dowolnej chwili, aby je wyłączyć.',
  },
};
