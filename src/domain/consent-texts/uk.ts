/**
 * Ukrainian consent texts (round 9b). Written without a native speaker: to be reviewed. "{days}
 * днів" is right for the page's 30 days; another pause length would need the plural chosen by
 * number (1 день, 2 дні, 5 днів).
 */
import type { ConsentTexts } from './types';

export const uk: ConsentTexts = {
  replies: {
    consentAsk: 'Бажаєте отримувати пропозиції та акції від {brand} у WhatsApp?',
    btnConsentYes: 'Так, хочу',
    btnConsentNo: 'Ні, дякую',
    consentGranted:
      'Дякуємо! {brand} надсилатиме вам пропозиції у WhatsApp. Надішліть {stop} будь-коли, щоб відписатися.',
    consentDeclined: 'Зрозуміло: {brand} не надсилатиме вам рекламу.',
  },
  page: {
    title: 'Ваші повідомлення від {brand}',
    intro: 'Оберіть, яку рекламу від {brand} ви хочете отримувати у WhatsApp.',
    stopAll: 'Відписатися від усієї реклами',
    stopCategory: 'Відписатися лише від розсилки «{category}»',
    pause: 'Призупинити рекламу на {days} днів',
    resubscribe: 'Знову отримувати рекламу',
    save: 'Зберегти вибір',
    doneStopAll: 'Готово: {brand} більше не надсилатиме вам рекламу.',
    doneStopCategory: 'Готово: {brand} більше не надсилатиме вам розсилку «{category}».',
    donePause: 'Готово: {days} днів без реклами від {brand}.',
    doneResubscribe: 'Готово: ви знову отримуватимете рекламу від {brand}.',
    expired:
      'Термін дії посилання минув. Надішліть {stop} у WhatsApp будь-коли, щоб відписатися від реклами.',
    invalid: 'Це посилання недійсне.',
  },
};
