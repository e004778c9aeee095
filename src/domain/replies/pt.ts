/** Portuguese replies. */
import type { LanguageReplies } from './types';

export const pt: LanguageReplies = {
  keywords: { stop: 'PARAR', start: 'VOLTAR', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'Você não receberá mais promoções de {brand}. Responda VOLTAR para recebê-las novamente.',
    optOutConfirmCategory:
      'Você não receberá promoções de {category} de {brand} até {until}. Responda VOLTAR para desfazer.',
    optOutConfirmUntil:
      'Você não receberá promoções de {brand} até {until}. Responda VOLTAR para recebê-las novamente.',
    optInConfirm:
      'Você voltará a receber promoções de {brand}. Responda PARAR a qualquer momento para interrompê-las.',
    optInBlocked:
      'Anotado. As promoções de {brand} continuam suspensas para este número por enquanto, então você ainda não vai recebê-las.',
    help: 'Aqui é {brand}. Responda PARAR para não receber promoções, VOLTAR para recebê-las de novo ou STATUS para ver suas escolhas.',
    statusNone: 'Você está recebendo promoções de {brand}. Responda PARAR para interrompê-las.',
    statusList:
      'Você parou estas promoções de {brand}: {list}. Responda VOLTAR para recebê-las novamente.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} suspendeu estas promoções para este número: {list}. Para voltar a recebê-las, fale com {brand}.',
    statusListMeta:
      'Você parou estas promoções de {brand} no WhatsApp: {list}. Para recebê-las novamente, reative-as no WhatsApp.',
    noEndDate: 'sem data de término',
    askConfirm: 'Você quer parar de receber promoções de {brand}?',
    btnStopAll: 'Parar todas promos',
    btnUndo: 'Desfazer',
    btnStopYes: 'Parar promoções',
    btnKeep: 'Continuar recebendo',
    untilRevoked: 'você voltar a aceitar',
    allMarketing: 'todas as promoções',
    keepConfirm:
      'Certo, você continuará recebendo promoções de {brand}. Responda PARAR a qualquer momento para interrompê-las.',
  },
};
