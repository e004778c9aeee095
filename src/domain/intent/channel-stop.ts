/**
 * "Not on WhatsApp please, e-mail is fine", "por WhatsApp no, mándenme las promos al correo",
 * "whatsapp jangan, email boleh", "WhatsApp就不要发了，发邮件就行" (round 11): stopline's opt-out
 * list is per channel, and WhatsApp is the channel it writes on, so a customer who refuses our
 * marketing on WhatsApp and names another channel for it wants the WhatsApp marketing to end: a
 * stop. (Until round 11 the other channel asked for made it a channel preference and no stop.)
 * An errand moved to another channel stays none: "send the invoice by e-mail, not on WhatsApp",
 * "can you e-mail me the booking confirmation instead of WhatsApp?" name something that is not
 * marketing (an invoice, a receipt, a code, a ticket), and "WhatsApp doesn't work, e-mail me" is
 * a broken app, not a refusal. The refusal must sit right beside the name of WhatsApp (a negator
 * at most three words before or after it, in its own clause, which asks no question).
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { findRuns, has, isQuestionSpan, runs, startsAt } from './asking';
import { clauseOf } from './bounds';
import { spanFinding, type Finding } from './finding';
import { MARKETING } from './not-marketing';
import { isBoundary, isUnspaced } from './normalize';
import { ELSEWHERE, HERE, movesErrand } from './other-channel';

/** "Here", "this number": WhatsApp without its name, counted only beside the marketing named. */
const HERE_PLAIN = runs(`
  here, this number, on this number, to this number, aqui, aquí, por aqui, por aquí, aca, acá,
  ici, hier, qui, di sini, sini, dito, hapa, yahan, yahaan, یہاں, এখানে, هنا, ที่นี่, 这里,
  這裡, 此号码, 这个号码, ここ, здесь, сюда, сюди, тут, tutaj, burada, buraya, o day, ở đây
`);

/** Words that refuse the channel beside its name: "not on", "no", "jangan", "别", "ではなく". */
const REFUSE = runs(`
  not, no, dont, do not, never, nicht, nicht uber, nicht über, kein, keine, non, pas, ne, nie,
  не, ні, нет, nein, nope, jangan, jgn, gak, ga, nggak, tidak, tak payah, tak perlu, tak nak, tak mahu,
  usah, mat, na, nahi, nahin, नहीं, मत, نہیں, مت, না, ไม่, ไม่ต้อง, อย่า, si kwa, sio, msitume, usitume, wag,
  huwag, hindi, degil, değil, مو, مش, لا, ما, بلاش, 别, 不要, 不用, 勿, 请勿, 不, ではなく,
  じゃなく, じゃなくて, ではなくて, khong, không, dung, đừng, niet, geen, nee, nao, não, ni
`);

/** A broken app or a missing account is no refusal ("WhatsApp doesn't work, e-mail me"). */
const BROKEN = runs(`
  broken, doesnt work, does not work, not working, dont have, do not have, dont use, no funciona,
  no tengo, nao funciona, não funciona, nao tenho, não tenho, ne marche pas, ne fonctionne pas,
  je n ai pas, funktioniert nicht, habe kein, non funziona, non ho, werkt niet, heb geen,
  nie dziala, nie działa, nie mam, не работает, нет ватсапа, не працює, calismiyor, çalışmıyor,
  yok, tidak berfungsi, gak bisa, ga bisa, tidak bisa, tidak punya, gak punya, tak boleh,
  tiada, khong hoat dong, không hoạt động, khong co, không có, hindi gumagana, wala akong,
  haifanyi kazi, sina, kaam nahi, کام نہیں, কাজ করে না, لا يعمل, ما يشتغل, ما عندي,
  ใช้ไม่ได้, ไม่มี, 用不了, 打不开, 没有, 没装, 使えない, 持っていない, 持ってない
`);

/** Refusals said after the word they refuse (Turkish, Hindi and Urdu, Japanese). */
const POSTPOSED = runs(`
  degil, değil, nahi, nahin, nahi balki, ではなく, じゃなく, じゃなくて, ではなくて
`);

/** Where the name of WhatsApp (or "here" beside the marketing) is refused in its clause, or -1. */
function refusedAt(tokens: readonly string[], questions: readonly number[]): number {
  const plain = findRuns(HERE_PLAIN, tokens, 0, tokens.length);
  const places = [
    ...findRuns(HERE, tokens, 0, tokens.length),
    // (The marketing list is long: looked up only when "here" is said.)
    ...(plain.length > 0 && has(MARKETING, tokens, 0, tokens.length) ? plain : []),
  ];
  if (places.length === 0) return -1;
  for (const at of places) {
    const [from, to] = clauseOf(tokens, { start: at, end: at + 1 });
    if (isQuestionSpan(tokens, questions, from, to)) continue;
    const reach = isUnspaced(tokens.slice(from, to).join('')) ? 8 : 4;
    const lo = Math.max(from, at - reach);
    const hi = Math.min(to, at + 1 + reach);
    for (let i = lo; i < hi; i++) {
      if (i === at || isBoundary(tokens[i] ?? '')) continue;
      if (!startsAt(REFUSE, tokens, i, to)) continue;
      // A negator that follows its noun ("whatsapptan değil mailden atın", "WhatsApp pe nahi,
      // email pe bhejo") refuses the word just before it: WhatsApp when that is its name, the
      // other channel when that is ("e-posta değil, WhatsApp'tan atın").
      if (startsAt(POSTPOSED, tokens, i, to)) {
        if (i > at && i - at <= 2 && !has(ELSEWHERE, tokens, at + 1, i)) return at;
        continue;
      }
      // "not email but WhatsApp", "WhatsApp is fine, not email": the refusal governs the other
      // channel when one stands between it and WhatsApp, or right after it.
      const after = Math.min(to, i + 4);
      const between = i < at ? has(ELSEWHERE, tokens, i, at) : has(ELSEWHERE, tokens, i, after);
      if (!between) return at;
    }
  }
  return -1;
}

/** Whether the message refuses WhatsApp and names another channel for our messages. */
export function refusesWhatsAppForOther(
  tokens: readonly string[],
  questions: readonly number[] = [],
): boolean {
  const n = tokens.length;
  const at = refusedAt(tokens, questions);
  if (at < 0 || !findRuns(ELSEWHERE, tokens, 0, n).some((e) => e !== at)) return false;
  return !has(BROKEN, tokens, 0, n) && !movesErrand(tokens);
}

/** The channel stop found in the message, or null. */
export function channelStop(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  if (!refusesWhatsAppForOther(tokens, questions)) return null;
  const at = refusedAt(tokens, questions);
  const [from, to] = clauseOf(tokens, { start: at, end: at + 1 });
  return spanFinding(tokens, from, to, 'opt_out', 'explicit');
}

/** Whether the opt-in `f` names another channel in its clause ("mandatemi le offerte via mail"). */
export function asksElsewhere(tokens: readonly string[], f: Finding): boolean {
  const [from, to] = clauseOf(tokens, f);
  return has(ELSEWHERE, tokens, Math.min(from, f.start), Math.max(to, f.end));
}

/**
 * "I prefer WhatsApp, not email", "WhatsApp ok, e-mail nein": the other channel refused, WhatsApp
 * kept. No stop, and the learned model (whose n-grams of "not" and a channel name are those of
 * a channel stop) must not raise one either (errand.ts `isPaymentOrAddressErrand`).
 */
export function prefersWhatsApp(tokens: readonly string[]): boolean {
  const n = tokens.length;
  if (!has(HERE, tokens, 0, n) || refusedAt(tokens, []) >= 0) return false;
  return findRuns(ELSEWHERE, tokens, 0, n).some((e) => {
    const [from, to] = clauseOf(tokens, { start: e, end: e + 1 });
    for (let i = Math.max(from, e - 2); i < Math.min(to, e + 3); i++) {
      if (i !== e && startsAt(REFUSE, tokens, i, to)) return true;
    }
    return false;
  });
}
