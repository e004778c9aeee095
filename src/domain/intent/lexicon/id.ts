/**
 * Indonesian. UNREG, STOP, OFF, UNSUB are the SMS conventions (Telkomsel and others); the
 * phrases are general language knowledge (opt-out-prior-art.md §7). "batal pesanan" is an
 * order cancellation; "jangan" is both "don't" (a negator for "berhenti") and part of
 * "jangan kirim lagi" (an opt-out).
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const id: Lexicon = {
  lang: 'id',
  keywords: {
    stop: words(`
      berhenti, stop, unreg, unsub, berhenti berlangganan, stop berlangganan, batal langganan,
      batalkan langganan, hentikan, hentikan langganan, stop langganan, jangan kirim lagi,
      jangan kirim, stop kirim, berhenti kirim, jangan spam, hapus saya, keluarkan saya,
      setop, udahan, jangan hubungi saya, jangan ganggu, jangan ganggu saya`),
    stopWeak: words('batal, batalkan, keluar, hapus, hapuskan, unsubscribe'),
    stopSolo: words('off'),
    stopLikely: words(`
      tidak, ga, gak, nggak, enggak, engga, ngga, tidak usah, ga usah, gak usah, nggak usah,
      cukup, spam, ganggu, mengganggu, berisik, tidak tertarik, ga tertarik, gak tertarik,
      nggak tertarik, tidak minat, ga minat, gak minat, blokir`),
    start: words(`
      reg, daftar, daftar lagi, mulai, mulai lagi, langganan, berlangganan, berlangganan lagi,
      langganan lagi, aktifkan, aktifkan lagi, aktif, lanjutkan, on`),
    help: words('bantuan, bantu, tolong bantu, info, informasi, minta bantuan'),
    status: words('status, status langganan, cek status, status saya'),
  },
  filler: words(`
    tolong, mohon, please, ya, yah, yaa, dong, deh, aja, saja, sekarang, terima kasih,
    terimakasih, makasih, trims, thx, kak, kakak, min, mimin, admin, gan, sis, bro, pak, bu,
    halo, hai, ok, oke, sudah, udah, segera, secepatnya, selamat pagi, selamat siang,
    selamat sore, selamat malam, permisi, nih, sih, kok, lah, ah, ajah, mas, mbak`),
  all: words('semua, semuanya, seluruh, seluruhnya, semua nya, apapun'),
  objects: words(`
    pesan, pesannya, sms, promo, promonya, promosi, iklan, penawaran, tawaran, notifikasi,
    broadcast, bc, spam, chat, wa, whatsapp, newsletter, diskon, kabar, pemberitahuan,
    info promo, pesan promosi, pesan promo, email, telepon, telpon, pesan pesan`),
  pronouns: words('ini, itu, begini, begitu'),
  connectors: words(`
    dari, ke, saya, aku, gue, gw, kami, nomor, nomor saya, nomorku, lagi, yang, anda,
    kalian, dan, juga, di, untuk, ku, daftar, list`),
  negators: words(
    // "gausah" (no need, written as one word): "gausah kirim2 promo lagi" (round 12).
    'tidak, tak, ga, gak, nggak, enggak, engga, ngga, jangan, bukan, belum, ndak, tanpa, gausah, gusah',
  ),
  classes: {
    who: words('siapa'),
    stopSaid: words(
      'jangan kirim, jangan dikirim, jangan sms, stop, berhenti, jangan kirim, unsub',
    ),
    stopV: words(
      'berhenti, stop, setop, hentikan, henti, udahan, sudahi, stopin, stopkan, berhentiin',
    ),
    sendUnamb: words(`
      sms, chat, wa, hubungi, menghubungi, hubungin, telpon, telepon, nelpon, spam, spamming,
      ganggu, mengganggu, gangguin, broadcast, bc, kirim pesan, kirimi pesan, kirim promo,
      kirim iklan, mengirim pesan, ngirim pesan, kontak, mengontak, kirim kirim, ngirim ngirim`),
    sendAmb: words(`
      kirim, kirimi, kirimin, mengirim, mengirimkan, mengirimi, ngirim, ngirimin, kirimkan,
      dikirim, dikirimi, dikirimin, dikirimkan`),
    me: words('saya, aku, gue, gw, kami, ke saya, ke nomor saya, ke aku, ku'),
    tail: words('@eoc, lagi, @obj, @pron, @filler, apa apa, apapun'),
    want: words('mau, ingin, pengen, pingin, perlu, butuh, mau lagi, ingin lagi'),
    kw: words(`
      berhenti, unsub, unreg, keluar, batal, stop, berhenti berlangganan, berhentiin,
      menghentikan, daftar, berlangganan, mulai`),
  },
  traps: words(`
    (batal|batalkan|membatalkan|cancel) (pesanan|order|orderan|transaksi|pembelian|booking|pemesanan|tiket|janji|pembayaran|paket)
    (batal|batalkan) (pesanan|order|orderan|transaksi|pembelian|booking|pemesanan)
    berhenti (merokok|minum|makan|kerja|bekerja|sekolah)
    stop kontak
    (tidak bisa|ga bisa|gak bisa|nggak bisa|tak bisa) berhenti
    keluar (rumah|kota|negeri|kantor|sebentar|dulu)
    daftar (harga|menu|produk|isi|alamat)
  `),
  rules: rules(`
    out (nomor|data) ~2 (dikeluarkan|dihapus|diremove|dicoret|dikeluarin|dihapusin) ~3 (dari|dr) ~2 (daftar|list|broadcast|grup|database)
    out (penghapusan|pengeluaran) ~2 (nomor|data) ~3 (dari|dr) ~3 (daftar|list|grup|database|broadcast)
    help (ini|dengan) siapa ?(ya|sih|nih|kak|min)
    help siapa (ini|nih|ya|anda|kamu) ?(ya|sih|nih)
    help (kenapa|kok|mengapa|knp) ?(ya) (saya|aku|gue) ?(kok) (dapet|dapat|terima|menerima|nerima|dikirimi|dikirimin) ~1 (@obj|@pron|@eoc)
    in @bos ?(iya|ya|ok|oke|boleh|mau) (kirimin|kirimi|kirimkan) ~2 (@obj|promonya|promo)
    in (daftarin|daftarkan|masukin|masukkan|tambahin|tambahkan|aktifin|aktifkan) ~4 (lagi|kembali|ulang)
    outneg (jangan|ga usah|gak usah|nggak usah|tidak usah|tidak perlu|ga perlu|gak perlu|nggak perlu|tolong jangan) ?lagi @sendUnamb
    outneg (jangan|ga usah|gak usah|nggak usah|tidak usah|tidak perlu|ga perlu|gak perlu|tolong jangan) ?lagi @sendAmb ?@me @tail
    out (stop|berhenti|henti|hentikan|setop|udah|sudah|udahan) ?lagi @sendUnamb
    out (stop|berhenti|henti|hentikan|setop|udahan) ?lagi @sendAmb ?@me @tail
    out @stopV ?(kirim|mengirim|mengirimkan|ngirim) ?(semua|semua nya) @obj
    outneg ?(saya|aku|gue|gw|kami) ~1 (tidak|ga|gak|nggak|enggak|engga|ngga|tak) @want ~2 ?(terima|menerima|dapat|mendapat|dapet|dikirimi|dikirim|nerima) ~1 @obj
    outneg (tidak|ga|gak|nggak|enggak|tak) @want ?lagi (terima|menerima|dapat|mendapat|dikirimi|dihubungi|nerima) ~2 (lagi|@eoc|@pron)
    out (berhenti|stop|batal|batalkan|hentikan|putus|akhiri) (berlangganan|langganan)
    out (unsub*|unreg)
    out (hapus|keluarkan|hilangkan|coret|delete|remove|apus) ?(saya|aku|nomor saya|nomor ku|nomorku|nomor|gue|gw) ~2 (dari|dr) ~2 (daftar|list|grup|group|database|broadcast|kontak|langganan)
    out (hapus|keluarkan|hilangkan|coret|apus) (saya|aku|nomor saya|nomorku|nomor aku|gue|gw)
    outneg ?untuk (tidak|jangan) (mengirim|mengirimkan|mengirimi|kirim|kirimi|menghubungi|hubungi|sms|chat) ~2 (pesan|@obj|lagi|saya)
    outneg jangan (hubungi|ganggu|kontak|telpon|sms|chat|wa) ?(saya|aku|gue|kami) ?lagi
    outneg (tidak|ga|gak|nggak) (mau|ingin|pengen) (dihubungi|diganggu|dikirimi|dikirim) ~2
    out (berhenti|stop|stopin|hentikan) @obj
    maybe (terlalu banyak|kebanyakan|banyak banget|sering banget|terus terusan|melulu|mulu) ~1 @obj
    maybe @obj (terus|mulu|melulu|terus terusan|tiap hari|setiap hari|kebanyakan|terlalu banyak|banyak banget|kebanyakan banget)
    maybe (kenapa|kok|ngapain|napa) ~3 (kirim|ngirim|sms|chat|wa|spam|terus|mulu|hubungi)
    maybe (ini|dasar) spam
    maybe spam
    maybe (ganggu banget|mengganggu|menganggu|berisik|nyebelin|risih|annoying|ngeselin|bikin kesel)
    maybeneg (tidak|ga|gak|nggak|enggak) (tertarik|minat|berminat)
    maybe (saya|aku|gue|gw|mau|akan) ~1 (blokir|block|laporkan|report)
    maybeneg (tidak|ga|gak|nggak|enggak|belum pernah|gak pernah|tidak pernah|ga pernah) ?pernah (daftar|mendaftar|berlangganan|minta|setuju)
    maybe (siapa|dari mana|darimana) ~4 (nomor|nomer) ~1 (saya|aku|gue|gw|ku)
    maybe (salah nomor|salah orang)
    maybeneg (tidak|ga|gak|nggak|enggak) (mau|perlu|butuh) ?lagi @eoc
    in (mau|ingin|pengen) (terima|menerima|dapat|berlangganan|langganan|daftar) ~2 (lagi|kembali)
    in (kirim|kirimi|kirimin) ?(saya|aku) ~2 (lagi|kembali) @eoc
    in (daftar|langganan|berlangganan|aktifkan) (lagi|kembali|ulang)
    help (gimana|bagaimana|gmn|gmna|cara|caranya) ~4 @kw
    help (apa|apakah) ~3 (ketik|balas|kirim) ~2 (untuk|buat) ~1 @kw
    help (bisa|bisakah) ~2 (berhenti berlangganan|unsub|keluar dari)
    status (apakah|apa) ~2 (saya|aku|nomor saya) ~1 (masih|sudah|udah) ~1 (berlangganan|terdaftar|langganan|keluar|berhenti|dihapus)
    status (saya|aku|nomor saya) (masih|sudah|udah) (berlangganan|terdaftar|langganan|dihapus|keluar) ~2 (ga|gak|nggak|belum|ya|tidak)
    status (status|cek) (langganan|berlangganan) ~1 (saya|aku)
  `),
  common: words(`
    saya, aku, tidak, ga, gak, nggak, yang, ini, itu, dan, di, ke, dari, mau, tolong, terima,
    kasih, apa, kenapa, bagaimana, sudah, belum, lagi, ada, bisa, kak, min, dong, ya, nya,
    kok, sih, aja, juga, kami, anda, pesan, kirim, berhenti, jangan, mohon, terus, banget,
    kapan, buka, tutup, berapa, harga, ada, mana, gimana, boleh, sama, kalau, mau, beli`),
  slang: {
    jgn: 'jangan',
    jngn: 'jangan',
    lg: 'lagi',
    lgi: 'lagi',
    tdk: 'tidak',
    gk: 'gak',
    sy: 'saya',
    aq: 'aku',
    krm: 'kirim',
    udh: 'udah',
    sdh: 'sudah',
    blm: 'belum',
    knp: 'kenapa',
    trs: 'terus',
    bgt: 'banget',
    yg: 'yang',
    dr: 'dari',
    utk: 'untuk',
    tlg: 'tolong',
    mksh: 'makasih',
    msh: 'masih',
    gmn: 'gimana',
  },
  signals: {
    laugh: words(`(ngakak|ketawa|lucu banget|kocak), (mati|sakit perut) ketawa`),
    past: words(
      `(ga sengaja|gak sengaja|nggak sengaja|tidak sengaja|tak sengaja|kepencet|salah pencet|kemarin), (tahun|bulan|minggu) (lalu|kemarin|kemaren)`,
    ),
    still: words(
      `(berkali kali|berkali2|udah berkali), (masih|kok masih|tetep|tetap) ~2 (dikirim|dapet|dapat|ngirim|kirim|masuk|ada), (udah|sudah) ~2 (bilang|minta|ngomong) ~3 (stop|berhenti|jangan|unsub)`,
    ),
    decline: words(
      `nanti dulu, ga dulu, gak dulu, nggak dulu, tidak dulu, (ga|gak|nggak|tidak) dulu, (lain|next) kali, (tapi|tp) ~3 (kirim|kabari|info) ~3 (lagi|yang lain|lainnya)`,
    ),
  },
};
