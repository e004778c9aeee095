/** Turkish consent texts (formal "siz", as the replies). */
import type { ConsentTexts } from './types';

export const tr: ConsentTexts = {
  replies: {
    consentAsk: '{brand} kampanya ve fırsatlarını WhatsApp üzerinden almak ister misiniz?',
    btnConsentYes: 'Evet, isterim',
    btnConsentNo: 'Hayır, teşekkürler',
    consentGranted:
      'Teşekkürler! {brand} size WhatsApp üzerinden fırsatlar gönderecek. Durdurmak için istediğiniz zaman {stop} yazın.',
    consentDeclined: 'Anlaşıldı: {brand} size kampanya mesajı göndermeyecek.',
  },
  page: {
    title: '{brand} mesajlarınız',
    intro: 'WhatsApp üzerinden hangi {brand} kampanyalarını almak istediğinizi seçin.',
    stopAll: 'Tüm kampanyaları durdur',
    stopCategory: 'Yalnızca “{category}” kampanyalarını durdur',
    pause: 'Kampanyaları {days} gün duraklat',
    resubscribe: 'Kampanyaları yeniden al',
    save: 'Seçimimi kaydet',
    doneStopAll: 'Tamam: {brand} size artık kampanya mesajı göndermeyecek.',
    doneStopCategory: 'Tamam: {brand} size artık “{category}” kampanyaları göndermeyecek.',
    donePause: 'Tamam: {days} gün boyunca {brand} kampanyası almayacaksınız.',
    doneResubscribe: 'Tamam: {brand} kampanyalarını yeniden alacaksınız.',
    expired:
      'Bu bağlantının süresi doldu. Kampanyaları durdurmak için WhatsApp’ta istediğiniz zaman {stop} yazın.',
    invalid: 'Bu bağlantı geçerli değil.',
  },
};
