/**
 * "Not interested in this sale, and don't send the others either" (round 9a): the others named
 * are refused too, not wanted. The `others` signal ("the others", "the rest", "baaki wale",
 * "他の") normally means the rest is still wanted ("not this one, but send me the others") and
 * sets every stop aside (signals.ts); when the stop itself is said of the others, in their
 * clause with no "but" between, it is a stop of everything.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { clauseOf } from './bounds';
import { has, runs } from './asking';
import type { Finding } from './finding';
import type { Signal } from './signals';

/** "But", "yet", "only": what is wanted after the decline. */
const CONTRAST = runs(`
  but, though, however, yet, only, pero, sino, mas, porem, porém, mais, aber, sondern, doch, ma,
  pero, però, tapi, tetapi, namun, lekin, magar, par, parantu, لیکن, مگر, پر, لكن, بس, ama, fakat,
  но, а, maar, ale, lecz, jednak, nhung, nhưng, ma, pero, subalit, ngunit, lakini, ila, কিন্তু,
  তবে, แต่, 但, 但是, 不过, 可是, でも, けど, けれど, が, ですが,
  except, apart from, other than, excepto, menos, salvo, exceto, sauf, sauf vous, ausser, außer,
  tranne, eccetto, kecuali, selain, siwa, sivay, سوى, عدا, ماعدا, ما عدا, علاوہ, ke alawa, hariç,
  haric, disinda, dışında, кроме, за исключением, behalve, oprocz, oprócz, poza, trừ, ngoại trừ,
  ngoai tru, maliban, maliban sa, isipokuwa, ila, ছাড়া, ยกเว้น, 除了, 以外, 除外, 以外は
`);

/**
 * Whether the stop `f` is said of the others named by an `others` signal: it stands in their
 * clause, with no "but" or "except" in or between them ("…nahi chahiye par baaki bhejte
 * rehna" wants the rest; "from every shop except you" keeps us).
 */
export function saysRestToo(
  tokens: readonly string[],
  f: Finding,
  signals: readonly Signal[],
): boolean {
  const others = signals.filter((s) => s.kind === 'others');
  const past = signals.filter((s) => s.kind === 'past');
  // "ยกเลิกรับข่าวสารร้านอื่นไปแล้ว ร้านนี้ยังรับอยู่": another shop's list; ours is kept.
  if (signals.some((s) => s.kind === 'elsewhere')) return false;
  return others.some(({ span }) => {
    const [from, to] = clauseOf(tokens, span);
    if (f.start < from || f.end > to) return false;
    // "ยกเลิกรับข่าวสารร้านอื่นไปแล้ว": an unsubscription from another shop, told.
    if (past.some((p) => p.span.start >= from && p.span.end <= to)) return false;
    // Said of them: touching them, or a word or two away ("don't send me the others").
    const gap = f.end <= span.start ? span.start - f.end : Math.max(0, f.start - span.end);
    if (gap > 3) return false;
    return !has(CONTRAST, tokens, Math.min(f.start, span.start), Math.max(f.end, span.end));
  });
}
