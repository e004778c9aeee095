/**
 * "This number is not mine any more, please delete it", "I moved abroad, remove my number",
 * "Este número ya no es de Juan, bórrenlo" (round 9a): the number changed hands or the customer
 * left, and they ask for it to be taken off. A stop, explicit when a removal is asked for in
 * the message (the pronoun "it" is the number: no phrase rule reads it across the comma), and
 * the number named as no longer theirs (or someone else's) or a move abroad told.
 * "I moved, change my address" asks for no removal; "my new number is …" names no removal.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import type { Finding } from './finding';

/** The number no longer theirs, or the customer gone abroad. */
const GONE = runs(`
  not mine anymore, not mine any more, no longer mine, isnt mine, is not mine, not my number,
  no longer my number, belongs to someone else, no longer belongs, was reassigned, reassigned,
  moved abroad, moved overseas, moved to another country, dont live in, don t live in,
  no longer live, ya no es mio, ya no es mío, ya no es de, no es mi numero, no es mi número,
  me mude al extranjero, me mudé al extranjero, nao e mais meu, não é mais meu, nao e mais de,
  não é mais de, nao moro mais, não moro mais, mudei para o exterior, n est plus a moi,
  n est plus à moi, n appartient plus, demenage a l etranger, déménagé à l étranger,
  gehort nicht mehr, gehört nicht mehr, nicht mehr meine nummer, wohne nicht mehr,
  ins ausland gezogen, non e piu mio, non è più mio, non e piu di, non è più di,
  trasferito all estero, trasferita all estero, niet meer van mij, niet meer mijn nummer,
  woon niet meer, naar het buitenland, juz nie jest moj, już nie jest mój, nie jest juz moj,
  nie jest już mój, za granice, za granicę, больше не мой, уже не мой, больше не принадлежит,
  не мой номер, за границу, artik benim degil, artık benim değil, bana ait degil, bana ait değil,
  yurt disina, yurt dışına, bukan punya saya lagi, bukan milik saya lagi, bukan nomor saya,
  sudah pindah ke luar negeri, pindah ke luar negeri, bukan nombor saya, pindah ke luar negara,
  khong con la cua, không còn là của, khong phai so cua, không phải số của, ra nuoc ngoai,
  ra nước ngoài, hindi ko na number, hindi na sa akin, hindi na akin, lumipat na ako abroad,
  ab mera nahi, mera nahi hai, videsh shift, videsh chala, اب میرا نہیں, میرا نہیں, بیرون ملک,
  আর আমার না, আমার নয়, বিদেশে চলে, ما عاد لي, مو رقمي, ليس رقمي, لم يعد لي, للخارج,
  ไม่ใช่เบอร์, ต่างประเทศ, si yangu tena, sio yangu, nje ya nchi, 不是我的, 已经不是我的, 搬到国外,
  出国了, 私のものではありません, 私の番号ではありません, 海外に引っ越
`);

/** A removal asked for. */
const REMOVE = runs(`
  remove, delete, take it off, take off, take me off, erase, borren, borrenlo, bórrenlo, eliminen,
  quiten, saquen, borrar, apaguem, apagar, tirem, tire, remova, removam, excluam, supprimez,
  retirez, effacez, loschen, löschen, entfernen, austragen, nehmen, cancellate, togliete,
  eliminate, rimuovete, verwijder, verwijderen, haal, weg, usuncie, usuńcie, usunac, usunąć,
  удалите, уберите, удалить, исключите, silin, cikarin, çıkarın, kaldirin, kaldırın, hapus,
  dihapus, hapuskan, buang, padam, xoa, xoá, xóa, bo, bỏ, tanggal, tanggalin, pakitanggal,
  alisin, hata do, hata dijiye, hataiye, delete karo, ہٹا دیں, ہٹائیں, نکال دیں, মুছে, বাদ দিন,
  সরিয়ে, احذف, احذفوا, احذفوه, امسحوا, شيلوا, ลบ, เอาออก, futa, futeni, ondoa, ondoeni, 删, 删除,
  删掉, 移除, 削除, 外して
`);

/** What is to be removed: the number, the customer, the list ("remove the delivery charge" is not). */
const WHAT = runs(`
  number, my number, this number, the number, it, me, list, lists, contact, numero, número,
  contacto, contato, lista, listas, numéro, listes, liste, nummer, verteiler, numer, номер,
  списка, список, numara, numaramı, numarami, listeden, nomor, nombor, senarai, so, số,
  danh sach, danh sách, number ko, नंबर, نمبر, لسٹ, নম্বর, নম্বরটা, رقم, رقمي, الرقم, القائمه,
  เบอร์, รายชื่อ, namba, orodha, 号码, 號碼, 名单, 番号, リスト, lo, lá, le, la, lo de, it off
`);

/** The stop of a message whose number is no longer the customer's, with a removal asked. */
export function notMyNumber(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  const n = tokens.length;
  if (!has(GONE, tokens, 0, n) || !has(REMOVE, tokens, 0, n) || !has(WHAT, tokens, 0, n))
    return null;
  return {
    intent: 'opt_out',
    certainty: questions.length > 0 ? 'likely' : 'explicit',
    matched: 'not my number',
    langs: [],
    start: 0,
    end: n,
    source: 'phrase',
    all: false,
  };
}
