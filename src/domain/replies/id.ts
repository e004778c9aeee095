/** Indonesian replies. */
import type { LanguageReplies } from './types';

export const id: LanguageReplies = {
  keywords: { stop: 'BERHENTI', start: 'MULAI', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'Anda tidak akan menerima promo dari {brand} lagi. Balas MULAI untuk menerimanya kembali.',
    optOutConfirmCategory:
      'Anda tidak akan menerima promo {category} dari {brand} sampai {until}. Balas MULAI untuk membatalkan.',
    optOutConfirmUntil:
      'Anda tidak akan menerima promo dari {brand} sampai {until}. Balas MULAI untuk menerimanya kembali.',
    optInConfirm:
      'Anda akan menerima promo dari {brand} lagi. Balas BERHENTI kapan saja untuk menghentikannya.',
    optInBlocked:
      'Dicatat. Promo dari {brand} masih dihentikan untuk nomor ini untuk sementara, jadi Anda belum akan menerimanya.',
    help: 'Ini {brand}. Balas BERHENTI untuk berhenti menerima promo, MULAI untuk menerimanya lagi, atau STATUS untuk melihat pilihan Anda.',
    statusNone: 'Anda menerima promo dari {brand}. Balas BERHENTI untuk menghentikannya.',
    statusList:
      'Anda telah menghentikan promo ini dari {brand}: {list}. Balas MULAI untuk menerimanya kembali.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} telah menghentikan promo ini untuk nomor ini: {list}. Untuk menerimanya kembali, hubungi {brand}.',
    statusListMeta:
      'Anda telah menghentikan promo ini dari {brand} di WhatsApp: {list}. Untuk menerimanya kembali, aktifkan lagi di WhatsApp.',
    noEndDate: 'tanpa tanggal berakhir',
    askConfirm: 'Apakah Anda ingin berhenti menerima promo dari {brand}?',
    btnStopAll: 'Stop semua promo',
    btnUndo: 'Batalkan',
    btnStopYes: 'Stop promo',
    btnKeep: 'Tetap terima',
    untilRevoked: 'Anda berlangganan lagi',
    allMarketing: 'semua promosi',
    keepConfirm:
      'Baik, Anda akan tetap menerima promosi dari {brand}. Balas BERHENTI kapan saja untuk menghentikannya.',
  },
};
