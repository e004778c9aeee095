/** Indonesian consent texts. */
import type { ConsentTexts } from './types';

export const id: ConsentTexts = {
  replies: {
    consentAsk: 'Apakah Anda ingin menerima penawaran dan promo dari {brand} di WhatsApp?',
    btnConsentYes: 'Ya, saya mau',
    btnConsentNo: 'Tidak, terima kasih',
    consentGranted:
      'Terima kasih! {brand} akan mengirimkan penawaran kepada Anda di WhatsApp. Balas {stop} kapan saja untuk menghentikannya.',
    consentDeclined: 'Baik, {brand} tidak akan mengirimkan promo kepada Anda.',
  },
  page: {
    title: 'Pesan Anda dari {brand}',
    intro: 'Pilih promo dari {brand} yang ingin Anda terima di WhatsApp.',
    stopAll: 'Hentikan semua promo',
    stopCategory: 'Hentikan promo “{category}” saja',
    pause: 'Jeda promo selama {days} hari',
    resubscribe: 'Terima promo lagi',
    save: 'Simpan pilihan saya',
    doneStopAll: 'Selesai: {brand} tidak akan mengirimkan promo lagi kepada Anda.',
    doneStopCategory:
      'Selesai: {brand} tidak akan mengirimkan promo “{category}” lagi kepada Anda.',
    donePause: 'Selesai: tidak ada promo dari {brand} selama {days} hari.',
    doneResubscribe: 'Selesai: Anda akan menerima promo dari {brand} lagi.',
    expired:
      'Tautan ini sudah kedaluwarsa. Balas {stop} di WhatsApp kapan saja untuk menghentikan promo.',
    invalid: 'Tautan ini tidak valid.',
  },
};
