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
import { has, runs } from './asking';
import type { Finding } from './finding';
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
  if (!has(CONFIRM, tokens, 0, tokens.length) || !has(DONE, tokens, 0, tokens.length))
    return [...findings];
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
