/** Portuguese (Brazilian) consent texts. */
import type { ConsentTexts } from './types';

export const pt: ConsentTexts = {
  replies: {
    consentAsk: 'Você quer receber ofertas e promoções de {brand} pelo WhatsApp?',
    btnConsentYes: 'Sim, quero ofertas',
    btnConsentNo: 'Não, obrigado',
    consentGranted:
      'Obrigado! {brand} vai enviar ofertas para você pelo WhatsApp. Responda {stop} a qualquer momento para parar.',
    consentDeclined: 'Entendido: {brand} não enviará promoções para você.',
  },
  page: {
    title: 'Suas mensagens de {brand}',
    intro: 'Escolha quais promoções de {brand} você quer receber no WhatsApp.',
    stopAll: 'Parar todas as promoções',
    stopCategory: 'Parar só as promoções “{category}”',
    pause: 'Pausar as promoções por {days} dias',
    resubscribe: 'Voltar a receber promoções',
    save: 'Salvar minha escolha',
    doneStopAll: 'Pronto: {brand} não enviará promoções para você.',
    doneStopCategory: 'Pronto: {brand} não enviará promoções “{category}” para você.',
    donePause: 'Pronto: nenhuma promoção de {brand} por {days} dias.',
    doneResubscribe: 'Pronto: você voltará a receber promoções de {brand}.',
    expired:
      'Este link expirou. Responda {stop} no WhatsApp a qualquer momento para parar as promoções.',
    invalid: 'Este link não é válido.',
  },
};
