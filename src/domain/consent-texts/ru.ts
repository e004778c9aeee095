/**
 * Russian consent texts. "{days} дней" is right for the page's 30 days; another pause length
 * would need the plural chosen by number (1 день, 2 дня, 5 дней).
 */
import type { ConsentTexts } from './types';

export const ru: ConsentTexts = {
  replies: {
    consentAsk: 'Хотите получать предложения и акции от {brand} в WhatsApp?',
    btnConsentYes: 'Да, хочу',
    btnConsentNo: 'Нет, спасибо',
    consentGranted:
      'Спасибо! {brand} будет присылать вам предложения в WhatsApp. Ответьте {stop} в любой момент, чтобы отписаться.',
    consentDeclined: 'Понятно: {brand} не будет присылать вам рекламу.',
  },
  page: {
    title: 'Ваши сообщения от {brand}',
    intro: 'Выберите, какую рекламу от {brand} вы хотите получать в WhatsApp.',
    stopAll: 'Отписаться от всей рекламы',
    stopCategory: 'Отписаться только от рассылки «{category}»',
    pause: 'Приостановить рекламу на {days} дней',
    resubscribe: 'Снова получать рекламу',
    save: 'Сохранить выбор',
    doneStopAll: 'Готово: {brand} больше не будет присылать вам рекламу.',
    doneStopCategory: 'Готово: {brand} больше не будет присылать вам рассылку «{category}».',
    donePause: 'Готово: {days} дней без рекламы от {brand}.',
    doneResubscribe: 'Готово: вы снова будете получать рекламу от {brand}.',
    expired:
      'Срок действия ссылки истёк. Ответьте {stop} в WhatsApp в любой момент, чтобы отписаться от рекламы.',
    invalid: 'Эта ссылка недействительна.',
  },
};
