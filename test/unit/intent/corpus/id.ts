/** Indonesian: corpus lines (format in ./table.ts). */
import { table } from './table';

export const ID = table(`
  out id | BERHENTI
  out id | berhenti
  out id | UNREG
  out - | UNSUB
  out id | berhenti berlangganan
  out id | jangan kirim lagi
  out id | Jangan kirim pesan lagi ya
  out id | tolong berhenti kirim pesan
  out id | stop kirim promo
  out id | saya tidak mau menerima pesan lagi
  out id | Saya ga mau terima promo lagi
  out id | hapus nomor saya dari daftar
  out id | Hapus saya dari list
  out id | jangan hubungi saya lagi
  out id | batalkan langganan
  out id all | stop semua
  out id cat:offers | berhenti kirim penawaran
  out id | Tolong jangan kirim pesan lagi
  out id | Saya mau berhenti berlangganan
  out id | Stop kirim sms
  out id | Jangan spam saya
  out id | Hapus nomor saya
  out id | Saya tidak ingin menerima promosi lagi
  out id | Berhenti
  out id | Stop ya kak
  out id | Jangan chat saya lagi
  out id | Tolong hapus nomor saya dari daftar kalian
  out id | Gak usah kirim pesan lagi
  out id | Saya gak mau dapat promo lagi
  out id | Tolong stop kirim pesan promosi ke nomor saya
  out id | Saya tidak mau dapat pesan lagi
  out id | Berhenti kirim pesan
  out id | Jangan kirimi saya promo lagi
  out id | Mohon untuk tidak mengirim pesan lagi
  out id | Gak usah kirim-kirim lagi
  out id | Min, stop kirim promo ya
  out id | Udah jangan kirim lagi
  out id | Tolong unsub nomor saya
  out id | Saya gak minat, jangan dikirim lagi
  out id | Nggak usah kirim promo lagi
  likely id | terlalu banyak pesan
  likely id | kenapa kirim pesan terus?
  likely id | ini spam
  likely id | tidak
  likely id | ga tertarik
  likely id | Pesannya kebanyakan
  likely id | Ganggu banget
  likely id | Kok ngirim terus sih
  likely id | Kok spam terus sih
  none id | batal pesanan
  none id | Saya mau batal pesanan kemarin
  none id | terima kasih
  in id | jangan berhenti kirim promo
  none id | kapan buka?
  none id | saya tidak bisa berhenti belanja
  none - | Saya mau batalkan pesanan saya
  none - | Terima kasih promonya
  none - | Stop kontak rusak
  none - | Berhenti di halte depan
  none - | Pesanan saya belum sampai
  none - | Berapa ongkirnya?
  none - | Bisa kirim invoice?
  none - | Saya tidak terima paketnya
  help id | BANTUAN
  help id | gimana cara berhenti berlangganan?
  help id | Bagaimana cara berhenti?
  status id | apakah saya masih berlangganan?
  in id | DAFTAR LAGI
  in id | REG
  in id | MULAI
  in id | Saya mau berlangganan lagi
  none - | Berhenti di sini saja pak
  none - | Saya keluar sebentar
  out id | Gak usah kirim2 lagi
  out id | Jgn kirim lg
  out id | Stop ya, ga minat
  out id | Mohon berhenti mengirim pesan ke saya
  none id | kirim ulang struk belanja saya ya
  none id | kodenya kirim lagi kak, belum masuk
  none id | mau berhenti langganan wifi bulan depan
  none id | jangan kirim kurirnya hari minggu ya
`);
