/** Turkish replies. */
import type { LanguageReplies } from './types';

export const tr: LanguageReplies = {
  keywords: { stop: 'İPTAL', start: 'BAŞLA', status: 'DURUM' },
  texts: {
    optOutConfirmAll:
      'Artık {brand} kampanya mesajlarını almayacaksınız. Tekrar almak için BAŞLA yazın.',
    optOutConfirmCategory:
      '{until} tarihine kadar {brand} {category} kampanyalarını almayacaksınız. Geri almak için BAŞLA yazın.',
    optOutConfirmUntil:
      '{until} tarihine kadar {brand} kampanya mesajlarını almayacaksınız. Tekrar almak için BAŞLA yazın.',
    optInConfirm:
      '{brand} kampanya mesajlarını yeniden alacaksınız. Durdurmak için istediğiniz zaman İPTAL yazın.',
    optInBlocked:
      'Not edildi. {brand} kampanya mesajları bu numara için şimdilik durdurulmuş durumda, bu yüzden henüz almayacaksınız.',
    help: 'Burası {brand}. Kampanyaları durdurmak için İPTAL, tekrar almak için BAŞLA, tercihlerinizi görmek için DURUM yazın.',
    statusNone: '{brand} kampanya mesajlarını alıyorsunuz. Durdurmak için İPTAL yazın.',
    statusList: '{brand} için durdurduğunuz kampanyalar: {list}. Tekrar almak için BAŞLA yazın.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} bu numara için şu kampanyaları durdurdu: {list}. Tekrar almak için {brand} ile iletişime geçin.',
    statusListMeta:
      "WhatsApp'ta durdurduğunuz {brand} kampanyaları: {list}. Tekrar almak için bunları WhatsApp'ta yeniden açın.",
    noEndDate: 'bitiş tarihi yok',
    askConfirm: '{brand} kampanya mesajlarını almayı durdurmak istiyor musunuz?',
    btnStopAll: 'Hepsini durdur',
    btnUndo: 'Geri al',
    btnStopYes: 'Kampanyaları durdur',
    btnKeep: 'Almaya devam et',
    untilRevoked: 'yeniden abone olana kadar',
    allMarketing: 'tüm kampanyalar',
    keepConfirm:
      'Tamam, {brand} kampanyalarını almaya devam edeceksiniz. Durdurmak için istediğiniz zaman İPTAL yazın.',
  },
};
