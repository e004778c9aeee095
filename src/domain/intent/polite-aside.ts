/**
 * A politeness word set off by commas (round 8): "перестаньте, пожалуйста, присылать рекламу",
 * "przestańcie, proszę, wysyłać reklamy", "dejen, por favor, de mandarme ofertas". The commas
 * around "please" are no clause boundary: the phrase goes on across them, and a rule, which
 * never reaches over a boundary, could not read it (the learned model did, as `likely`). The
 * aside is taken out with its two commas, so the phrase reads as written without it. Only a
 * please-word alone between two commas: a clause with a new subject ("stop, please, my son
 * uses this phone") keeps its boundaries, and so does a "no" or "yes" before the aside ("no,
 * please, stop" must not become "no stop", a negated stop). General language knowledge, to be
 * reviewed by native speakers.
 */
import { LEXICONS } from './lexicon';
import { WEAK_BOUNDARY, phraseTokens, type NormalizedText } from './normalize';

/** "Please" (and its chat spellings) in the 22 languages, and Ukrainian. */
const PLEASE = `
  please, pls, plz, plis, pliss, plss, kindly,
  por favor, porfa, porfavor, x favor, porfis,
  por gentileza,
  s il vous plait, s il te plait, svp, stp,
  bitte, bitte schon, bitteschon, bitte sehr,
  per favore, per piacere, perfavore,
  tolong, tolonglah, mohon,
  kripya, kripaya, कृपया, please ji,
  من فضلك, من فضلكم, لو سمحت, لو سمحتوا, رجاء, رجاءا, الله يخليك, الله يخليكم,
  lutfen, rica ederim,
  пожалуйста, пожалуиста, плиз, пж, пжлст, будь ласка, будьте ласкаві,
  alsjeblieft, alstublieft, aub, asjeblieft, svp,
  prosze, bardzo prosze, prosze bardzo, uprzejmie prosze,
  sila, minta tolong,
  lam on, vui long, xin vui long,
  pakiusap, please po, pls po,
  meherbani, meharbani, meherbani kar ke, baraye meherbani, برائے مہربانی, مہربانی, براہ کرم, مہربانی کر کے,
  দয়া করে, দয়াকরে, doya kore, please dada,
  กรุณา, ได้โปรด,
  tafadhali, tafadhalini,
  请, 拜托, 麻烦, 拜托了,
  お願いですから, お願いだから, どうか
`;

const ASIDES: readonly (readonly string[])[] = PLEASE.split(/[,\n]/)
  .map((w) => w.trim())
  .filter((w) => w.length > 0)
  .map(phraseTokens)
  .filter((t) => t.length > 0);

/** Words that answer on their own ("no, please, …"): the comma after them stays. */
const ANSWERS: ReadonlySet<string> = new Set([
  ...LEXICONS.flatMap((l) => l.negators).flatMap(phraseTokens),
  ...phraseTokens(
    'yes, no, si, sim, nao, oui, non, ja, nein, jo, no, ya, tidak, nggak, gak, haan, nahi, evet, hayir, da, net, да, нет, так, ні, tak, nie, ok, okay, vang, khong, oo, hindi, ndiyo, hapana, نعم, لا, ہاں, نہیں, হ্যাঁ, না',
  ),
]);

/** The length of the aside that starts at i and ends just before a comma, else 0. */
function asideAt(tokens: readonly string[], i: number): number {
  for (const aside of ASIDES) {
    if (tokens[i + aside.length] !== WEAK_BOUNDARY) continue;
    if (aside.every((w, k) => tokens[i + k] === w)) return aside.length;
  }
  return 0;
}

/** The text with every "…, please, …" aside taken out with its commas. */
export function closePoliteAsides(norm: NormalizedText): NormalizedText {
  const { tokens } = norm;
  if (!tokens.includes(WEAK_BOUNDARY)) return norm;
  const out: string[] = [];
  // Where each old index lands: questions point at boundaries or at the end.
  const moved = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const before = tokens[i - 1];
    if (t === WEAK_BOUNDARY && i > 0 && before !== undefined && !ANSWERS.has(before)) {
      const n = asideAt(tokens, i + 1);
      if (n > 0 && i + n + 2 < tokens.length) {
        i += n + 1; // the aside and its closing comma
        continue;
      }
    }
    moved.set(i, out.length);
    out.push(t);
  }
  if (out.length === tokens.length) return norm;
  const questions = norm.questions.map((q) =>
    q >= tokens.length ? out.length : (moved.get(q) ?? q),
  );
  return { ...norm, tokens: out, questions };
}

/**
 * Whether a please-aside ("pls", "por favor", "s il vous plait") ends right before tokens[from] or
 * starts at tokens[to]: a request said beside it (signals.ts, round 18d).
 */
export function pleaseBeside(tokens: readonly string[], from: number, to: number): boolean {
  return ASIDES.some(
    (a) =>
      a.every((w, k) => tokens[from - a.length + k] === w) ||
      a.every((w, k) => tokens[to + k] === w),
  );
}

/** The one-word please-words ("please", "bitte", "lütfen"): no word of a sentence's own. */
export const PLEASE_WORDS: ReadonlySet<string> = new Set(
  ASIDES.filter((a) => a.length === 1).map((a) => a[0] ?? ''),
);
