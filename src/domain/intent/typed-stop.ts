/**
 * "How do I get off this list? I typed STOP and still get them" (round 8b): the keyword was
 * typed before, and is told now; the customer asks how to get out. Help (whose answer gives
 * the way out), not an explicit stop of its own: "pano umalis sa list na to? nag-stop na ko
 * wala pa rin", "cómo me salgo de esta lista? ya puse STOP y siguen llegando". Without a
 * question about the way out ("I typed STOP and you still send them!") the stop stands.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs, startsAt } from './asking';
import { asksHowToLeave } from './way-out';
import { clauseOf } from './bounds';
import type { Finding } from './finding';

/**
 * A typing verb in the past, as it follows the keyword in languages that put the verb last
 * ("STOP bheja tha", "STOP likhechilam", "STOP yazdım", "STOP 发了") or in a clipped English
 * note ("STOP sent last week, am I off?"): the keyword is told, not typed now. Only past forms:
 * "STOP kirim promo" and "STOP send nothing more" are stops.
 */
const TOLD_TEXT = `
  sent, typed, texted, wrote, replied, bheja, bheji, bhej diya, bhej di, likha, likhi, likh diya,
  likh di, type kiya, reply kiya, likhechilam, likhsilam, likhchilam, likhechi, likhsi,
  pathiyechilam, pathiyechi, pathaisi, pathaisilam, লিখেছি, লিখেছিলাম, পাঠিয়েছি, পাঠিয়েছিলাম,
  দিছি, দিয়েছি, لکھا, بھیجا, yazdim, yazdım, gonderdim, gönderdim, attim, attım, yolladim,
  yolladım, geschickt, getippt, geschrieben, gesendet, gestuurd, getypt, enviei, mandei, escrevi,
  envie, envié, mande, mandé, escribi, escribí, inviato, mandato, scritto, envoye, envoyé, ecrit,
  écrit, написал, написала, отправил, отправила, написав, надіслав, надіслала, wyslalem,
  wysłałem, wyslalam, wysłałam, napisalem, napisałem, napisalam, napisałam, nimetuma, nilituma,
  niliandika, nimeandika, 发了, 回复了, 回了, 打了, 送った, 送りました, 返信した, 返信しました,
  yazmistim, yazmıştım, gondermistim, göndermiştim, atmistim, atmıştım, cevap verdim, cevap vermistim,
  cevap vermiştim
`;

export const TOLD_AFTER_KEYWORD = runs(TOLD_TEXT);

/** Typing, sending or replying a word: the keyword after it was said before, not now. */
const TYPED = runs(`
  ${TOLD_TEXT},
  type, send, reply, put, puse, respondi, respondí, digitei, digito, coloquei, tape, tapé,
  repondu, répondu, mis, geantwortet, risposto, messo, ketik, ngetik, kirim, balas, bales, taip,
  hantar, كتبت, بعت, ارسلت, أرسلت, رديت, ответил, ответила, geantwoord, odpisalem, odpisałem,
  nhan, nhắn, go, gõ, gui, gửi, soan, soạn, nag, nagtype, nag type, nireply, nag reply, tinype,
  nilagay, nimejibu, লিখছি, พิมพ์, ส่ง, ตอบ, 输入了, 回复, 打った, 入力した
`);

/** Keywords a customer types to leave (the international ones and the commonest others). */
const KEYWORD = runs(`
  stop, stopp, unsubscribe, unsub, cancel, baja, sair, parar, salir, arret, arreter, stopall, стоп,
  berhenti, td, 退订, 停止, 解除, 配信停止, หยุด, ยกเลิก, ret, dur, ايقاف, بايقاف, إيقاف, بإيقاف, الغاء, بالغاء
`);

/** Where, in tokens[from, to), a keyword follows a typing verb within its clause; -1 if nowhere. */
function typedAt(tokens: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (!startsAt(KEYWORD, tokens, k, to)) continue;
    const [start] = clauseOf(tokens, { start: k, end: k + 1 });
    if (has(TYPED, tokens, Math.max(start, k - 3), k)) return k;
  }
  return -1;
}

/**
 * Whether the message tells a keyword as sent before: a typing verb just before it ("I replied
 * STOP on Friday", "رديت بإيقاف") or a past one just after it ("Cuma RET yazmıştım"). Round 16e
 * (batch 47): told beside a question about the list ("am I off the list now?"), it makes the
 * question a status one (told.ts), as a told unsubscription does.
 */
export function keywordTold(tokens: readonly string[]): boolean {
  const n = tokens.length;
  if (typedAt(tokens, 0, n) >= 0) return true;
  for (let k = 0; k < n; k++) {
    if (!startsAt(KEYWORD, tokens, k, n)) continue;
    const [, end] = clauseOf(tokens, { start: k, end: k + 1 });
    if (has(TOLD_AFTER_KEYWORD, tokens, k + 1, Math.min(end, k + 4))) return true;
  }
  return false;
}

/**
 * The findings with a typed keyword told beside a way-out question: when help was read (or
 * the message asks how to leave the list), a short stop after a typing verb is set aside, and
 * "did it work?" about the typed keyword ("nhắn stop rồi mà không được") is the same help.
 */
export function typedThenAsked(findings: Finding[], tokens: readonly string[]): Finding[] {
  const how = asksHowToLeave(tokens);
  if (!how && !findings.some((f) => f.intent === 'help')) return findings;
  // A keyword typed anywhere: a short stop inside the help question itself ("how do I
  // unsubscribe?? already sent stop") is the question's topic, read again as "still" told.
  const typed = typedAt(tokens, 0, tokens.length) >= 0;
  const helps = findings.filter((f) => f.intent === 'help');
  const inHelp = (f: Finding): boolean => helps.some((h) => h.start <= f.start && h.end >= f.end);
  const out = findings.flatMap((f): Finding[] => {
    if (f.intent === 'opt_out' && f.source !== 'message' && f.end - f.start <= 2)
      return typedAt(tokens, f.start, f.end) >= 0 || (typed && inHelp(f)) ? [] : [f];
    if (f.intent === 'status' && how && typedAt(tokens, f.start, f.end) >= 0)
      return [{ ...f, intent: 'help' }];
    return [f];
  });
  return out;
}
