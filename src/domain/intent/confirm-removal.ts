/**
 * A stop already made, and a confirmation asked for (round 8c): "Ich hatte mich am 12.03.
 * abgemeldet. Können Sie bestätigen, dass ich ausgetragen bin?", "Я отписался на прошлой
 * неделе, подтвердите, что меня удалили?", "I opted out on the 3rd of May. Could you confirm
 * my number has been removed?", "Tuần trước tôi đã nhắn STOP, giờ đã xóa số tôi chưa ạ?".
 * A verb of confirming or checking, beside an unsubscription told as done (a past or
 * perfective form: "opted out", "abgemeldet", "отписался", "đã hủy", "çıkarıldım"), is a
 * status question: the stop in it was made before, not asked for now. An imperative stop is
 * no told one ("remove me and confirm" stays a stop), and a stop still coming in ("I
 * unsubscribed, confirm it, I still get them") is left to the rules (`still` signal).
 * General language knowledge, to be reviewed by native speakers.
 */
import { has, runs, startsAt } from './asking';
import type { Finding } from './finding';
import { WAITLIST } from './other-stops';
import { isBoundary } from './normalize';
import type { Signal } from './signals';

/** Confirm, verify, check that it is done. */
const CONFIRM = runs(`
  confirm, confirmed, verify, double check, make sure,
  bestatigen, bestätigen, bestatigt, bestätigt, uberprufen, überprüfen,
  confirmer, confirmez, me confirmer, verifier, vérifier,
  confirmar, confirmarme, confirmen, confirmenme, me confirman, confirmam, confirmem, verificar,
  confermare, confermarmi, confermate, verificare,
  bevestigen, bevestig, controleren, nagaan,
  potwierdzic, potwierdzić, potwierdzcie, potwierdźcie, sprawdzic, sprawdzić,
  подтвердите, подтвердить, подтвердить ли, проверьте,
  teyit, onaylayabilir, onaylar misiniz, dogrular, doğrular,
  konfirmasi, dikonfirmasi, pastikan, mengkonfirmasi, sahkan, mengesahkan,
  xac nhan, xác nhận, kiem tra, kiểm tra, chua a, chưa ạ, chua vay, chưa vậy, chua shop, chưa shop,
  kumpirmahin, pakikumpirma, i confirm, paki confirm, pa confirm,
  thibitisha, hakikisha,
  confirm karein, confirm karo, पुष्टि, tasdeeq, تصدیق, নিশ্চিত, confirm korun,
  تأكيد, تاكيد, أكدوا, اكدوا, تأكدوا, ยืนยัน, ตรวจสอบ, 确认, 確認, 核实, 核實
`);

/**
 * An unsubscription the customer made before, told in the past (not the imperative, and not
 * the result asked about: "confirm that my number has been removed" follows a request too).
 */
const DONE = runs(`
  unsubscribed, opted out, i unsubscribed, replied stop, sent stop, texted stop,
  abgemeldet, ausgetragen, abbestellt,
  desinscrit, desinscrite, désinscrit, désinscrite, desabonne, désabonné, désabonnée, me suis desabonne,
  me di de baja, di de baja, me desinscribi, me desinscribí, me desuscribi, me desuscribí, solicite la baja, solicité la baja, pedi la baja, pedí la baja, dado de baja, dada de baja,
  me descadastrei, descadastrei, pedi o descadastramento, pedi pra sair, pedi para sair, sai da lista, saí da lista,
  mi sono disiscritto, mi sono disiscritta, disiscritto, disiscritta, cancellato, cancellata,
  afgemeld, uitgeschreven, heb me afgemeld,
  wypisalem, wypisałem, wypisalam, wypisałam, wypisany, wypisana,
  отписался, отписалась, отписан, отписана,
  cikarildim, çıkarıldım, ciktim, çıktım, yazmistim, yazmıştım, gondermistim, göndermiştim,
  sudah unsubscribe, udah unsubscribe, sudah unsub, udah unsub, sudah berhenti, dah unsubscribe,
  dah berhenti, sudah kirim stop, dah hantar stop,
  da huy, đã hủy, da nhan stop, đã nhắn stop, da nhan tin huy, đã nhắn tin hủy,
  nag unsubscribe, nag unsubscribe na, naka unsubscribe, nag stop na,
  nimejiondoa, nilijiondoa, nilituma stop,
  unsubscribe kiya, unsubscribe kar diya, band kar diya, बंद कर दिया, अनसब्सक्राइब किया,
  unsubscribe kar chuka, ان سبسکرائب کیا, بند کر دیا,
  unsubscribe korechi, আনসাবস্ক্রাইব করেছি, বন্ধ করেছি,
  ألغيت الاشتراك, لغيت الاشتراك, الغيت الاشتراك, لغيت, ألغيت,
  ยกเลิกไปแล้ว, ยกเลิกแล้ว, 已经退订, 已退订, 退订了, 取消订阅了,
  解除しました, 停止しました, 配信停止した, 配信停止しました
`);

/**
 * Round 8d: asking whether one is still on the list, or whether one was taken off ("Am I still
 * on your marketing list or did you take me off?", "Je suis toujours dans votre liste de
 * diffusion ?"), is a status question like a confirmation asked for.
 */
const STILL_ON = runs(`
  am i still on your list, am i still on the list, am i still on your mailing, am i still on your marketing, still on your list, still on the list, still subscribed, did you take me off,
  did you remove me, have you removed me, have you taken me off,
  bin ich noch auf, bin ich noch in, bin ich noch angemeldet, noch auf der liste, noch in eurem verteiler, noch im verteiler, noch angemeldet,
  habt ihr mich ausgetragen, haben sie mich ausgetragen,
  suis toujours dans, suis toujours sur, toujours dans votre liste, toujours inscrit, toujours inscrite, m avez vous retire,
  m avez vous retiree, sigo en su lista, sigo en la lista, sigo suscrito, sigo suscrita, 
  ainda estou na lista, ainda estou inscrito, ainda estou inscrita, ainda to na lista, ainda tô na lista,
  me tiraram da lista, sono ancora nella lista, sono ancora iscritto, sono ancora iscritta, mi avete tolto,
  sta ik nog op, nog op de lijst, nog ingeschreven, hebben jullie me verwijderd,
  czy nadal jestem na, nadal jestem na liscie, nadal jestem na liście, czy mnie wypisaliscie, czy mnie wypisaliście,
  я ещё в списке, я еще в списке, я все еще в списке, я всё ещё в списке, меня удалили, меня отписали,
  hala listede, hala kayitli, hala kayıtlı, beni cikardiniz mi, beni çıkardınız mı,
  masih terdaftar, masih di daftar, masih dalam senarai, sudah dihapus belum, udah dihapus belum,
  van con trong danh sach, vẫn còn trong danh sách, da xoa toi chua, đã xóa tôi chưa,
  nasa listahan pa ba, tinanggal nyo na ba, bado niko kwenye orodha, mmeniondoa,
  kya mera naam hat gaya, मेरा नाम हट गया, abhi bhi list mein, کیا میرا نام ہٹ گیا,
  এখনও তালিকায়, هل ما زلت في القائمة, هل حذفتموني, ยังอยู่ในรายชื่อ, ลบผมออกแล้วหรือยัง,
  我还在名单, 我還在名單, 已经把我删了吗, まだリストに, 解除されていますか
`);

/** "I thought I had unsubscribed": the stop told as done, in a question about the list. */
const THOUGHT = runs(`
  i thought i had, i thought i d, thought i had, ich dachte, dachte ich, je croyais, je pensais,
  pense que, pensé que, crei que, creí que, achei que, pensei que, pensavo di, credevo di,
  ik dacht, myslalem, myślałem, myslalam, myślałam, я думал, я думала, saniyordum, sanıyordum,
  kirain, saya fikir, tuong, tưởng, akala ko, nilidhani, socha tha, सोचा था, سوچا تھا, ভেবেছিলাম,
  ظننت, كنت فاكر, นึกว่า, คิดว่า, 我以为, 我以為, と思って
`);

/**
 * Whether every stop read lies in the sentence of a "still on the list?" or "I thought I had"
 * phrase: "Am I still on your list? Take me off now." asks for a stop in its own sentence.
 */
function stopsInListQuestion(findings: readonly Finding[], tokens: readonly string[]): boolean {
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (startsAt(STILL_ON, tokens, i, tokens.length) || startsAt(THOUGHT, tokens, i, tokens.length))
      starts.push(i);
  const sentenceOf = (at: number): number => {
    let n = 0;
    for (let i = 0; i < at; i++) if (isBoundary(tokens[i])) n++;
    return n;
  };
  const sentences = new Set(starts.map(sentenceOf));
  return findings
    .filter((f) => f.intent === 'opt_out')
    .every((f) => sentences.has(sentenceOf(f.start)));
}

/** Findings read again: a confirmation asked for a stop told as done is a status question. */
export function confirmsRemoval(
  findings: readonly Finding[],
  tokens: readonly string[],
  signals: readonly Signal[],
): Finding[] {
  // "Solicité la baja hace diez días. ¿Pueden confirmarme si ya se hizo efectiva?" names no
  // stop phrase at all; an opt-in or a help answer already read is left alone.
  if (findings.some((f) => f.intent === 'opt_in' || f.intent === 'help')) return [...findings];
  if (signals.some((s) => s.kind === 'still')) return [...findings];
  const all = tokens.length;
  const confirm = has(CONFIRM, tokens, 0, all) && has(DONE, tokens, 0, all);
  // A waiting list is no marketing list (round 7c: "am I still on the waitlist for tonight?").
  const onList =
    !has(WAITLIST, tokens, 0, all) &&
    (has(STILL_ON, tokens, 0, all) || (has(THOUGHT, tokens, 0, all) && has(DONE, tokens, 0, all)));
  if (!confirm && !(onList && stopsInListQuestion(findings, tokens))) return [...findings];
  const status: Finding = {
    intent: 'status',
    certainty: 'explicit',
    // Not the message's words: they tell its language (language.ts excludes the matched ones).
    matched: 'confirm removal',
    langs: [],
    start: 0,
    end: tokens.length,
    source: 'sentence',
    all: false,
  };
  return [...findings.filter((f) => f.intent !== 'opt_out'), status];
}
