/** Malay consent texts. */
import type { ConsentTexts } from './types';

export const ms: ConsentTexts = {
  replies: {
    consentAsk: 'Adakah anda mahu menerima tawaran dan promosi daripada {brand} di WhatsApp?',
    btnConsentYes: 'Ya, saya mahu',
    btnConsentNo: 'Tidak, terima kasih',
    consentGranted:
      'Terima kasih! {brand} akan menghantar tawaran kepada anda di WhatsApp. Balas {stop} pada bila-bila masa untuk menghentikannya.',
    consentDeclined: 'Baik, {brand} tidak akan menghantar promosi kepada anda.',
  },
  page: {
    title: 'Mesej anda daripada {brand}',
    intro: 'Pilih promosi daripada {brand} yang anda mahu terima di WhatsApp.',
    stopAll: 'Hentikan semua promosi',
    stopCategory: 'Hentikan promosi “{category}” sahaja',
    pause: 'Jeda promosi selama {days} hari',
    resubscribe: 'Terima promosi semula',
    save: 'Simpan pilihan saya',
    doneStopAll: 'Selesai: {brand} tidak akan menghantar promosi kepada anda lagi.',
    doneStopCategory:
      'Selesai: {brand} tidak akan menghantar promosi “{category}” kepada anda lagi.',
    donePause: 'Selesai: tiada promosi daripada {brand} selama {days} hari.',
    doneResubscribe: 'Selesai: anda akan menerima promosi daripada {brand} semula.',
    expired:
      'Pautan ini telah tamat tempoh. Balas {stop} di WhatsApp pada bila-bila masa untuk menghentikan promosi.',
    invalid: 'Pautan ini tidak sah.',
  },
};
