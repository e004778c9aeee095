/**
 * "Who added me to this group? I never joined, remove me" (round 11c): a removal from a group,
 * a broadcast or a list the customer was put on. The "who" question alone is answered with help
 * (context.ts: it names the brand and the way out); with a removal asked in the same message the
 * removal wins, in every language ("Beni bu gruba kim ekledi? Çıkarın", "Siapa yg masukin saya ke
 * grup ini? Keluarin dong", "谁把我拉进这个群的？麻烦踢我出去"), though the removal verb alone
 * ("keluarin", "çıkarın", "pa-remove po") reads as nothing elsewhere. Three things must meet:
 * being added, a group or list named, and a removal asked after the adding; a removal asked as a
 * question ("can you take me out?") is a stop asked about first. General language knowledge, to
 * be reviewed by native speakers.
 */
import { findRun, runs, startsAt } from './asking';
import { clauseOf } from './bounds';
import { spanFinding, type Finding } from './finding';

/** Being put on something: "added me", "me metió", "ekledi", "masukin", "拉进". */
const ADDED = runs(`
  added me, put me in, put me on, put me into, put me onto, signed me up, added my number,
  me agrego, me agregó, me agregaron, me anadio, me añadió, me anadieron, me añadieron, me metio,
  me metió, me metieron, me pusieron, me puso, me adicionou, me adicionaram, me colocou,
  me colocaram, me botou, me botaram, me pos, me pôs, m a ajoute, m a ajouté, m a ajoutee,
  m a ajoutée, m ont ajoute, m ont ajouté, m a mis, m a mise, m ont mis, m a inscrit, m a inscrite,
  mich hinzugefugt, mich hinzugefügt, hinzugefugt, hinzugefügt, mich eingetragen, mich aufgenommen,
  mi ha aggiunto, mi ha aggiunta, mi hanno aggiunto, mi hanno aggiunta, mi ha messo, mi hanno messo,
  mi ha inserito, mi hanno inserito, toegevoegd, mij toegevoegd, me toegevoegd, dodal mnie,
  dodał mnie, dodala mnie, dodała mnie, dodali mnie, mnie dodal, mnie dodał, mnie dodala, mnie dodała,
  mnie dodali, dodal, dodał, dodala, dodała, dodali, dopisal, dopisał, dopisali, меня добавил,
  меня добавила, меня добавили, добавил, добавила, добавили, мене додав, мене додала, мене додали,
  додав, додала, додали, ekledi, eklediniz, eklemis, eklemiş, eklemissiniz, eklemişsiniz, eklendim,
  masukin saya, masukin aku, masukin gue, masukkan saya, masukkan aku, memasukkan saya, nambahin saya,
  menambahkan saya, dimasukin, dimasukkan, add saya, add aku, ngeadd, masukin, masukkan,
  nag add, na add ako, naadd ako, na add, nag add sakin, nag add sa akin, nag add saken, inadd, in add, sinali ako, isinali ako,
  bi them, bị thêm, bi add, bị add, bi keo, bị kéo, add minh, add mình, add toi, add tôi, add em, them minh, thêm mình, them toi, thêm tôi, them em,
  thêm em, cho minh vao, cho mình vào, cho toi vao, cho tôi vào, keo minh vao, kéo mình vào,
  aliniongeza, ameniongeza, mmeniongeza, mliniongeza, kuniongeza, aliniweka, ameniweka, mmeniweka,
  ایڈ کر, ایڈ کیا, ایڈ کر دیا, شامل کر دیا, mujhe add, mujhe add kiya, add kiya, add kar diya, add kiya hai, add kia, dal diya, daal diya,
  amake add, add korlo, add korse, add korechen, add koreche, আমাকে কে, অ্যাড করলো, অ্যাড করেছে,
  অ্যাড করল, যোগ করলো, যোগ করেছে, যোগ করল, ضافني, ضافتني, اضافني, أضافني, ضفتوني, اضفتموني,
  أضفتموني, دخلني, دخلوني, حطني, حطوني, ใครเพิ่ม, เพิ่มเข้า, เพิ่มฉัน, เพิ่มเรา, เพิ่มผม, ดึงฉัน, ดึงเข้า, แอดเข้า,
  拉进, 拉入, 加进, 加到, 拉我, 把我加, 把我拉, 拉了我, 加了我, 追加した, 追加され, 入れた, 入れられ
`);

/** A group, a broadcast or a list. */
const GROUP = runs(`
  group, groups, broadcast, broadcast list, list, mailing list, gc, group chat, chat, grupo,
  lista, difusion, difusión, lista de difusion, lista de difusión, transmissao, transmissão,
  lista de transmissao, lista de transmissão, groupe, liste, liste de diffusion, diffusion,
  gruppe, verteiler, liste, gruppo, lista, groep, groepje, lijst, verzendlijst, grupy, grupie,
  grupa, grupę, liste, listy, liście, listę, группу, группа, группе, рассылку, рассылка,
  рассылке, список, чат, групу, група, групі, розсилку, розсилка, розсилки, список, grup, gruba,
  grubu, grupta, liste, listeye, listesine, yayın listesine, yayin listesine, grupnya, grup ini,
  senarai, kumpulan, nhom, nhóm, danh sach, danh sách, kikundi, kundi, gruop, গ্রুপ, গ্রুপে,
  গ্রুপটায়, گروپ, لسٹ, براڈکاسٹ, ব্রডকাস্ট, ব্রডকাস্টে, লিস্টে, قروب, جروب, مجموعة, المجموعة, القروب, الجروب, القائمة,
  กลุ่ม, ลิสต์, 群, 群里, 群组, 群發, 群发, 名单, グループ, リスト, 一斉送信
`);

/** A removal of the customer asked for. */
const REMOVE = runs(`
  remove me, take me out, take me off, get me out, kick me out, please remove, pls remove, delete me, let me out,
  sacame, sácame, saquenme, sáquenme, quitame, quítame, quitenme, quítenme, eliminame, elimíname,
  eliminenme, elimínenme, me saca, me saquen, me tira, me tirem, me tire, me remove, me removam,
  me remova, me exclui, me excluam, tira eu, retirez moi, enlevez moi, sortez moi, retire moi,
  enleve moi, enlève moi, supprimez moi, nehmt mich raus, nimm mich raus, nehmen sie mich raus,
  entfernt mich, entfernen sie mich, loscht mich, löscht mich, toglietemi, toglimi, rimuovetemi,
  rimuovimi, levatemi, haal me eruit, haal me eraf, haal mij eruit, verwijder me, verwijder mij,
  usuncie mnie, usuńcie mnie, usun mnie, usuń mnie, wypiszcie mnie, wyrzuccie mnie,
  wyrzućcie mnie, удалите, удалите меня, уберите меня, исключите, исключите меня, удали меня,
  видаліть, видаліть мене, приберіть мене, виключіть, cikarin, çıkarın, cikar beni, çıkar beni,
  cikarin beni, çıkarın beni, silin beni, sil beni, beni cikarin, beni çıkarın, keluarin,
  keluarkan, keluarin saya, keluarkan saya, tolong keluarkan, remove saya, pa remove, paki remove,
  paremove, i remove, alisin ako, tanggalin ako, pakitanggal, xoa minh, xóa mình, xoá mình,
  xoa toi, xóa tôi, xoá tôi, cho minh ra, cho mình ra, cho toi ra, cho tôi ra, kick minh, niondoeni,
  nitoeni, niondoe, nitoe, nikalo, nikal do, nikal dein, نکال دیں, نکالیں, ہٹا دیں, ہٹائیں, مجھے نکالو, nikal dijiye, nikaal do, remove kar do,
  remove karo, remove kar dein, hata do, hata dein, mujhe hatao, bad den, বাদ দেন, বের করে দেন, বের করে দিন,
  বের করেন, remove kore den, remove koren, শিলوني, شيلوني, طلعوني, اطلعني, طلعني, احذفوني,
  احذفني, امسحوني, เอาออก, เอาฉันออก, ลบออก, ลบฉันออก, 移出, 踢我出去, 踢出, 踢了我, 把我删了,
  把我移出, 退群, 外して, 抜いて, 削除して
`);

/** A stop when the customer, added to a group or a list, asks to be taken off it, or null. */
export function addedToGroup(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  const n = tokens.length;
  const added = findRun(ADDED, tokens, 0, n);
  if (added < 0 || findRun(GROUP, tokens, 0, n) < 0) return null;
  for (let i = added + 1; i < n; i++) {
    if (!startsAt(REMOVE, tokens, i, n)) continue;
    const [from, to] = clauseOf(tokens, { start: i, end: i + 1 });
    return spanFinding(tokens, from, to, 'opt_out', questions.includes(to) ? 'likely' : 'explicit');
  }
  return null;
}
