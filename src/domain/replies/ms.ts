/**
 * Malay replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const ms: LanguageReplies = {
  keywords: { stop: 'BERHENTI', start: 'MULA', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'Anda tidak akan menerima promosi daripada {brand} lagi. Balas MULA untuk menerimanya semula.',
    optOutConfirmCategory:
      'Anda tidak akan menerima promosi {category} daripada {brand} sehingga {until}. Balas MULA untuk membatalkannya.',
    optOutConfirmUntil:
      'Anda tidak akan menerima promosi daripada {brand} sehingga {until}. Balas MULA untuk menerimanya semula.',
    optInConfirm:
      'Anda akan menerima promosi daripada {brand} semula. Balas BERHENTI pada bila-bila masa untuk menghentikannya.',
    optInBlocked:
      'Dicatat. Promosi daripada {brand} masih dihentikan untuk nombor ini buat masa ini, jadi anda belum akan menerimanya.',
    help: 'Ini {brand}. Balas BERHENTI untuk menghentikan promosi, MULA untuk menerimanya semula, atau STATUS untuk melihat pilihan anda.',
    statusNone: 'Anda menerima promosi daripada {brand}. Balas BERHENTI untuk menghentikannya.',
    statusList:
      'Anda telah menghentikan promosi ini daripada {brand}: {list}. Balas MULA untuk menerimanya semula.',
    statusListAdmin:
      '{brand} telah menghentikan promosi ini untuk nombor ini: {list}. Untuk menerimanya semula, hubungi {brand}.',
    statusListMeta:
      'Anda telah menghentikan promosi ini daripada {brand} dalam WhatsApp: {list}. Untuk menerimanya semula, aktifkannya semula dalam WhatsApp.',
    noEndDate: 'tiada tarikh tamat',
    askConfirm: 'Adakah anda mahu berhenti menerima promosi daripada {brand}?',
    btnStopAll: 'Hentikan semua',
    btnUndo: 'Batal',
    btnStopYes: 'Hentikan promosi',
    btnKeep: 'Terus terima',
    untilRevoked: 'anda melanggan semula',
    allMarketing: 'semua promosi',
    keepConfirm:
      'Baik, anda akan terus menerima promosi daripada {brand}. Balas BERHENTI pada bila-bila masa untuk menghentikannya.',
  },
};
