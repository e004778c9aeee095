/**
 * Malay (Malaysia, Brunei, Singapore). Close to Indonesian, with its own everyday words:
 * "hantar" (send), "mesej", "tak nak" (don't want), "senarai" (list), "dah" (already),
 * "balik" (back). STOP and BERHENTI are the SMS keywords (MCMC). General language
 * knowledge otherwise; to be reviewed by a native speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const ms: Lexicon = {
  lang: 'ms',
  keywords: {
    stop: words(`
      berhenti, unsub, berhenti langganan, henti langganan, hentikan langganan,
      jangan hantar, jangan hantar lagi, jangan mesej, jangan mesej lagi, stop hantar,
      berhenti hantar, keluarkan saya, buang nombor saya, batal langganan, jangan kacau`),
    stopWeak: words('batal, batalkan, keluar, buang, padam'),
    stopSolo: words('henti, hentikan'),
    stopLikely: words(`
      tak, tidak, tak nak, tak mahu, taknak, tak payah, cukup, dah cukup, spam, menyampah,
      tak berminat, tidak berminat, rimas, serabut, sekat, blok`),
    start: words(`
      mula, mulakan, langgan, langgan semula, langgan balik, daftar semula, aktifkan semula,
      sambung, teruskan`),
    help: words('bantuan, tolong, info, maklumat, siapa ni, siapa ini'),
    status: words('status, status langganan, status saya'),
  },
  filler: words(`
    tolong, sila, mohon, minta, harap, terima kasih, tq, tqvm, thanks, la, lah, ye, ya, kan,
    ok, okay, hai, helo, salam, assalamualaikum, selamat pagi, selamat petang, encik, cik,
    tuan, puan, boss, bos, sekarang, segera, je, aje, saja, kot, kat, pun, eh, weh, ah, ni`),
  all: words('semua, semuanya, segala, apa apa'),
  objects: words(`
    mesej, mesej mesej, message, sms, promosi, promo, iklan, tawaran, notifikasi, broadcast,
    spam, wasap, whatsapp, newsletter, diskaun, email, emel, info promosi, mesej promosi`),
  pronouns: words('ni, ini, itu, tu'),
  connectors: words(`
    dari, daripada, ke, kepada, saya, aku, kami, nombor, nombor saya, no saya, lagi, yang,
    awak, korang, anda, dan, juga, dalam, untuk, senarai, kat, pada`),
  negators: words('tak, tidak, jangan, bukan, belum, tanpa, x, inda'),
  classes: {
    who: words('siapa'),
    stopV: words('berhenti, stop, hentikan, henti'),
    send: words(`
      hantar, hantarkan, menghantar, mesej, whatsapp, wasap, sms, call, telefon, kacau,
      ganggu, mengganggu, spam, kirim, contact, hubungi`),
    me: words('saya, aku, kami, nombor saya, no saya, kat saya, pada saya, kepada saya'),
    list: words(`
      senarai, list, senarai promosi, senarai penerima, senarai edaran, broadcast, group,
      kumpulan, database, pangkalan data, senarai mesej`),
    want: words('nak, mahu, hendak, ingin, perlu'),
    kw: words('berhenti, unsub, unsubscribe, keluar, langgan, daftar, mula'),
  },
  traps: words(`
    (batal|batalkan|cancel) ~2 (order|pesanan|tempahan|booking|pembelian|transaksi|bayaran)
    (tak|tidak|x) (boleh|dapat) (berhenti|stop) ~4
    berhenti (beli|membeli|merokok|makan|kerja)
    jangan (hentikan|berhentikan|stop) (sale|jualan|promosi|diskaun|promo)
  `),
  rules: rules(`
    outneg (jangan|tak payah|tak perlu|x payah) ?lagi @send ?(@me) ?lagi
    out (stop|berhenti|hentikan) ?lagi (hantar|mesej|menghantar|kacau|ganggu|spam|sms|call) ~2
    out @stopV ~1 @obj
    outneg (tak|tidak|x) @want ~2 (terima|menerima|dapat|dapatkan|dihantar) ~3 (@obj|lagi)
    outneg (tak|tidak|x) @want ~2 (@obj) ~1 (lagi|@eoc)
    out (buang|keluarkan|padam|hapuskan|remove|delete|keluar) ~3 (@me|nombor|no) ~4 (dari|daripada|dalam|drpd) ~3 (@list)
    out (buang|keluarkan|padam|remove) (saya|nombor saya|no saya)
    out (nak|mahu|ingin) ~2 (berhenti langganan|unsubscribe|unsub|keluar dari senarai|berhenti)
    out (unsub*)
    maybe (banyak sangat|terlalu banyak|selalu|hari hari|tiap hari|asyik) ~2 (@obj|hantar)
    maybe (menyampah|rimas|serabut|annoying|spam|kacau)
    maybeneg (tak|tidak|x) berminat
    in (masukkan|tambah|daftarkan|add|letak) ~3 (balik|semula|kembali) ~4
    in (langgan|daftar|melanggan|subscribe) ~1 (balik|semula|kembali)
    in (nak|mahu|ingin) ~2 (terima|dapat|langgan) ~3 (balik|semula|lagi|kembali)
    in @bos ?(ya|ye|ok) (hantar|hantarkan|send) ~2 (la|lah) ~2 (@obj) ~2 (kat saya|pada saya|kepada saya|saya)
    in @bos ?(ya|ye|ok) (hantar|hantarkan|send) ~3 (@obj) ~2
    help (macam mana|bagaimana|camne|cara|caranya) ~4 (@kw)
    help siapa ~1 (ni|ini|awak|anda|korang|tu) @eoc
    help (kenapa|mengapa|apasal|asal) ~3 (dapat|terima|menerima|hantar|mesej) ~3 (@obj|@pron|saya)
    status (saya|nombor saya) ~1 (masih|dah|sudah) ~2 (dalam|dlm|langgan|melanggan|berdaftar|keluar) ~3
    status (masih|dah) ~2 (dalam senarai|langgan|melanggan|berdaftar) ~3 (ke|tak|lagi)
  `),
  // Chat spelling: "x" for "tak" (not) before a verb.
  slang: { xnak: 'tak nak', xnk: 'tak nak', xmau: 'tak mau', xmahu: 'tak mahu', xyah: 'tak payah' },
  common: words(`
    saya, aku, tak, tidak, nak, yang, ni, tu, dan, di, ke, dari, mahu, tolong, terima, kasih,
    apa, kenapa, macam, mana, dah, belum, lagi, ada, boleh, lah, la, je, kot, kat, pun, awak,
    korang, mesej, hantar, berhenti, jangan, sila, asyik, sangat, bila, harga, beli, nombor`),
  signals: {
    laugh: words('gelak, ketawa, kelakar, lawak'),
    past: words(`
      (tersalah|tertekan|terpicit|tak sengaja|tidak sengaja|salah tekan), hari tu,
      (tahun|minggu|bulan) lepas, dulu ~2 (dah|sudah)`),
    still: words(`
      (masih|asyik) ~2 (hantar|dapat|terima|mesej|ada), (dah|sudah) (cakap|bagitahu|beritahu|minta|kata) ~3 (stop|berhenti|jangan)`),
    decline: words(`bukan sekarang, nanti dulu, 
      kali (ni|ini) ~2 (tak|tidak|x), lain kali, (tak pe|takpe|tak apa) ~2 (kali|dulu),
      tapi ~3 (lain|yang lain) ~3 (hantar|teruskan)`),
  },
};
