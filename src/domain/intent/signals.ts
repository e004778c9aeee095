/**
 * What the rest of a message says about the keywords in it. The phrase rules find what a
 * customer asks; these signals catch the messages where the same words mean something else,
 * in every language at once (each lexicon lists its own, `Lexicon.signals`):
 * - laughter ("stop it 😂 I'm dying", "arrête mdrrr", "bas karo yaar hasa hasa"): a short
 *   stop or "enough" is a joke, not a request; a full phrase ("stop sending me promos lol")
 *   still counts;
 * - a past moment or a mistake ("I unsubscribed by mistake, add me back"; "I unsubscribed
 *   last year, but where are my points?"): with a request to come back the customer opts in;
 *   otherwise the unsubscription is told, not asked for, in that clause;
 * - a stop already asked for ("I already told you to stop, why do I still get promos??"):
 *   the stop verb, even in reported speech, is an explicit opt-out ("still" without a stop
 *   verb is a complaint, left to the rules);
 * - one offer declined ("not this time", "not this one, but keep me posted"): a maybe-stop
 *   is no stop at all, and "keep sending the others" no opt-in (nothing changes).
 */
import { clauseOf, sentenceOf } from './bounds';
import { anchorIndex } from './anchor-index';
import { stemSpan } from './asking';
import { ANY_NEGATOR, COMPILED, REQUEST_RUNS, STOP_VERB_RUNS } from './compiled';
import { isPaymentOrAddressErrand } from './errand';
import type { Finding } from './finding';
import { pleaseBeside } from './polite-aside';
import { findSpans, renderTokens, type TokenSpan } from './grammar';
import { guessLanguage } from './language';
import { maskTraps } from './phrases';
import { withReasonBreaks } from './reason-breaks';
import { threatensComplaint } from './lexicon/round16e-rules';
import { saysRestToo } from './rest-too';
import { toldThenAsked, toldThenOther } from './told';
import type { SignalKind } from './types';

/** 😂 🤣 😆 😹 😅 😜 😝 💀 ☠ 🙈: laughter, teasing; 😍 🤩 delight; 🎵 🎶 🎤: singing. */
const LAUGH_EMOJI: ReadonlySet<string> = new Set([
  '\u{1F602}',
  '\u{1F923}',
  '\u{1F606}',
  '\u{1F639}',
  '\u{1F605}',
  '\u{1F61C}',
  '\u{1F61D}',
  '\u{1F480}',
  '\u2620',
  '\u{1F648}',
  // 😍 🤩: delight ("stop, this deal is insane 😍"); 🎵 🎶 🎤: a song, not a request.
  '\u{1F60D}',
  '\u{1F929}',
  '\u{1F3B5}',
  '\u{1F3B6}',
  '\u{1F3A4}',
]);

/**
 * Written laughter: a word of only these letters, all of them, four or more long ("haha",
 * "ahahah", "jajaja", "kkkk" excepted: three), and a few fixed forms (mdr, lol, xD).
 */
const LAUGH_LETTERS: readonly string[] = [
  'ha',
  'ja',
  'je',
  'he',
  'hi',
  'rs',
  'wk',
  'ха',
  'sj',
  'hua',
];
const LAUGH_FIXED = /^(?:k{3,}|\u0647{3,}|mdr+|ptdr+|xptdr+|lo+l+|lmf?a+o+|rofl|x+d+|(?:ک+ھ+)+)$/u;

function isLaughWord(token: string): boolean {
  if (LAUGH_FIXED.test(token)) return true;
  if (token.length < 4) return false;
  const letters = new Set(token);
  return LAUGH_LETTERS.some(
    (set) => letters.size === set.length && [...set].every((ch) => letters.has(ch)),
  );
}

export interface Signal {
  kind: SignalKind;
  span: TokenSpan;
}

const SIGNALS = anchorIndex(
  COMPILED.flatMap((c) => c.signals.map(([kind, p]) => ({ kind, lang: c.lang, ...p }))),
);

/** The signals of a message (tokens as normalised; emoji found in the text). */
export function readSignals(tokens: readonly string[], emoji: readonly string[]): Signal[] {
  const rendered = renderTokens(tokens);
  const found: Signal[] = [];
  // A one-word signal of another language is a coincidence ("lo": Spanish "it", Vietnamese
  // "lỡ", by mistake, once folded); longer ones are specific enough to count anywhere.
  let context: ReturnType<typeof guessLanguage> | undefined;
  const ownLanguage = (lang: string): boolean => {
    context ??= guessLanguage(tokens);
    return !context || context === lang;
  };
  for (const { kind, re, lang } of SIGNALS(new Set(tokens))) {
    for (const span of findSpans(re, rendered)) {
      if (span.end - span.start > 1 || ownLanguage(lang)) found.push({ kind, span });
    }
  }
  const numeric = (t: string | undefined): boolean => t !== undefined && /^\d+$/.test(t);
  tokens.forEach((t, i) => {
    // Thai "555" (ha ha ha), but not in a phone number ("555 123 4567").
    const thai = /^5{3,}$/.test(t) && !numeric(tokens[i - 1]) && !numeric(tokens[i + 1]);
    if (thai || isLaughWord(t)) found.push({ kind: 'laugh', span: { start: i, end: i + 1 } });
  });
  if (emoji.some((e) => LAUGH_EMOJI.has(e)))
    found.push({ kind: 'laugh', span: { start: tokens.length, end: tokens.length } });
  return found;
}

/** Whether `b` lies within the clause of `a`'s first token. */
const sameClause = (tokens: readonly string[], a: TokenSpan, b: TokenSpan): boolean => {
  const [from, to] = clauseOf(tokens, { start: a.start, end: a.start });
  return b.start >= from && b.end <= to;
};

/**
 * Whether a past moment is near enough to a stop to date it (round 9a): "I unsubscribed two
 * years ago" tells an old stop, but in a long clause with no commas (Thai writes none: "เคยซื้อ
 * รองเท้าเมื่อสองปีก่อน ตั้งแต่นั้นได้โปรทุกอาทิตย์ … ไม่ต้องส่งอะไรมาแล้วนะคะ") the purchase two
 * years ago is the story and the stop at its end is today's request. At most 8 words apart, or
 * 24 letters of a script written without spaces.
 */
function toldNear(tokens: readonly string[], past: TokenSpan, f: TokenSpan): boolean {
  const gap = past.start >= f.end ? past.start - f.end : f.start - past.end;
  if (gap <= 8) return true;
  const between = tokens.slice(Math.min(past.end, f.end), Math.max(past.start, f.start));
  return gap <= 24 && between.some((t) => UNSPACED_LETTER.test(t));
}
const UNSPACED_LETTER = /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether `b` lies within the sentence (between "||" marks) of `a`'s first token. */
const sameSentence = (tokens: readonly string[], a: TokenSpan, b: TokenSpan): boolean => {
  const [from, to] = sentenceOf(tokens, { start: a.start, end: a.start });
  return b.start >= from && b.end <= to;
};

/**
 * "stop it", "hör auf", "bas karo": a keyword short enough to be an exclamation. A stop said
 * of the messages themselves ("I'm drowning in your messages 😅", "the nappy offers are
 * superfluous now 😂", round 13b) is none. A stop that names the sending, the customer as its
 * object or a removal, in it or beside it, is a request, laughter or not ("Me descadastra
 * que é melhor pra nós dois 😂", "acheni kunitumia", "jangan hantar dah", "unsubscribe me",
 * round 14e).
 */
const isShort = (f: Finding, tokens: readonly string[]): boolean =>
  f.wry !== true &&
  (f.source !== 'phrase' || f.certainty === 'likely' || f.matched.split(' ').length <= 2) &&
  !namesRequest(f, tokens) &&
  !pleaded(f, tokens);

/**
 * Round 18d: a stop with a please-word right beside it is asked ("bro sneakers ka drop dekha.
 * but paise hi nahi hai 💀 unsubscribe kardo pls", "niko broke sana 😂 niunsubscribe
 * tafadhali"): the laugh was the prelude's, and a past moment after it is the reason ("please
 * stop the tyre offers, I changed them last week"), no stop told. Not a bare one-word "stop"
 * or "enough" ("stop pls 😂😂" may still tease); an unsubscription, in any language's borrowing
 * of "unsub…", is never an exclamation.
 */
function pleaded(f: Finding, tokens: readonly string[]): boolean {
  return (
    pleaseBeside(tokens, f.start, f.end) &&
    (f.end - f.start > 1 ||
      stemSpan(tokens, f.start, f.end) !== null ||
      f.matched.includes('unsub'))
  );
}

/**
 * Round 18d: a stop said as a prohibition of the sending ("jangan hantar lagi promo tayar tu
 * saya dah tukar minggu lepas", "不用再发给我了我上个月已经续保了"): a request however a past
 * moment follows it (the reason, not a stop told): a negator and a sending word both inside it.
 */
function prohibits(f: Finding, tokens: readonly string[]): boolean {
  return tokens.slice(f.start, f.end).some((t) => ANY_NEGATOR.has(t)) && namesRequest(f, tokens);
}

/**
 * Whether a word of REQUEST_RUNS starts within a finding or right after it ("unsubscribe me");
 * not before it, where a pronoun is the subject of a stop told ("aku unsubscribe Vidio wkwk").
 */
function namesRequest(f: Finding, tokens: readonly string[]): boolean {
  for (let at = f.start; at <= Math.min(tokens.length - 1, f.end); at++) {
    if (REQUEST_RUNS.some((r) => r.every((w, k) => tokens[at + k] === w))) return true;
  }
  return false;
}

/**
 * The first stop verb of the message, as a finding ("ihr sollt aufhören" → "aufhoren"), or
 * else the unsubscription named in any form ("já pedi pra me tirarem", "我已经说过退订了",
 * "już prosiłem o wypisanie": asking.ts `hasStem`).
 */
function stopVerb(tokens: readonly string[]): Finding | null {
  const found = (at: number, end: number): Finding => ({
    intent: 'opt_out',
    certainty: 'explicit',
    matched: tokens.slice(at, end).join(' '),
    langs: [],
    start: at,
    end,
    source: 'phrase',
    all: false,
  });
  for (let at = 0; at < tokens.length; at++) {
    const run = STOP_VERB_RUNS.find((r) => r.every((w, k) => tokens[at + k] === w));
    if (run) return found(at, at + run.length);
  }
  const stem = stemSpan(tokens, 0, tokens.length);
  return stem ? found(...stem) : null;
}

/** Whether a finding's sentence is closed by a question mark. */
function asked(tokens: readonly string[], questions: readonly number[], f: Finding): boolean {
  let to = f.end;
  while (to < tokens.length && tokens[to] !== '||') to++;
  return questions.includes(to);
}

/** Findings reconsidered in the light of the message's signals. */
export function weighSignals(
  findings: readonly Finding[],
  tokens: readonly string[],
  signals: readonly Signal[],
  questions: readonly number[] = [],
): Finding[] {
  const has = (kind: SignalKind): boolean => signals.some((s) => s.kind === kind);
  const past = signals.filter((s) => s.kind === 'past');
  // Round 5: "I already unsubscribed, am I still on the list?" asks (status); "I unsubscribed
  // from X's newsletter, do you have this in blue?" only tells (told.ts).
  const asked5 = toldThenAsked(findings, tokens, questions, signals);
  // Round 17b: "mudei pra Curitiba mês passado então não faz mais sentido né me tira dessa
  // lista": a reason run on between them closes the past moment's clause (reason-breaks.ts).
  const clauses = withReasonBreaks(tokens);
  const told = (f: Finding): boolean =>
    past.some((s) => sameClause(clauses, s.span, f) && toldNear(tokens, s.span, f));
  // Round 17j: "yaad bhi nahi maine subscribe kiya tha, please unsubscribe kar do": when every
  // opt-in is a subscription told in the past and a stop is asked outside it, the opt-in is
  // the story and the stop the request ("I unsubscribed once, subscribe me again" is the other
  // way round: its stop is the one told).
  const optIns = findings.filter((f) => f.intent === 'opt_in' && f.certainty === 'explicit');
  const toldOptIns =
    optIns.length > 0 &&
    optIns.every(told) &&
    findings.some((f) => f.intent === 'opt_out' && f.certainty === 'explicit' && !told(f));
  const optIn = optIns.length > 0 && !toldOptIns;
  let out = asked5 ?? toldThenOther(findings, tokens, questions, signals);
  if (toldOptIns) out = out.filter((f) => !optIns.includes(f));
  if (has('laugh')) out = out.filter((f) => f.intent !== 'opt_out' || !isShort(f, tokens));
  if (past.length > 0 && optIn) out = out.filter((f) => f.intent !== 'opt_out');
  else if (past.length > 0 && !has('still')) {
    // "Moved to Glasgow last year so the store offers are wasted on me" (round 13b): a stop
    // said of the offers themselves, now; the past moment dates the move, no stop told.
    out = out.filter(
      (f) =>
        f.intent !== 'opt_out' ||
        f.wry === true ||
        !told(f) ||
        pleaded(f, tokens) ||
        prohibits(f, tokens),
    );
  }
  // "Not this one, but keep sending the others": nothing changes, neither way. A stop said of
  // the messages themselves is no offer declined ("the third today 🙄 no thanks", round 13b).
  // Round 16e: a complaint to an authority threatened makes "next time", "another promo" its
  // condition ("agli baar promo aaya to consumer forum mein complaint karunga"), no offer
  // declined or asked about.
  const threat = threatensComplaint(tokens);
  if (has('decline') && !threat)
    out = out.filter(
      (f) =>
        !(f.intent === 'opt_out' && f.certainty === 'likely' && f.wry !== true) &&
        f.intent !== 'opt_in',
    );
  // "This one no, the rest yes", "from every shop except you": no stop of ours at all, and
  // nothing to opt into either. A stop of everything ("stop all") still counts.
  // "Not interested in this sale, and don't send the others either" (round 9a, rest-too.ts):
  // a stop said of the others too is a stop of everything.
  const restToo = out.filter((f) => f.intent === 'opt_out' && saysRestToo(tokens, f, signals));
  if (restToo.length > 0) out = out.map((f) => (restToo.includes(f) ? { ...f, all: true } : f));
  // A stop of one named stream stays (round 13c: "turn off the surveys, keep the rest").
  else if (has('others'))
    out = out.filter(
      (f) => (f.intent !== 'opt_out' || f.all || f.stream === true) && f.intent !== 'opt_in',
    );
  // "Unsubscribe me from the other shop's list" (round 7b): another company named sets aside
  // the stop of its own clause only; "I buy from another shop now, stop sending me offers"
  // stops us ("others" sets aside every stop: "keep the others" is said of this one).
  // No opt-in anywhere beside it ("belanja di toko sebelah, ga usah kirim info lagi").
  const elsewhere = signals.filter((s) => s.kind === 'elsewhere');
  if (elsewhere.length > 0) {
    out = out.filter(
      (f) =>
        f.intent !== 'opt_in' &&
        (f.intent !== 'opt_out' || f.all || !elsewhere.some((s) => sameClause(tokens, s.span, f))),
    );
  }
  // "Shoes wala offer nahi chahiye, bags pe kuch hai kya?": one offer declined while another
  // product is asked about; in that sentence only ("unsubscribe me. anything on sale?" stops).
  // An opt-in asked as the question ("my officemate has a discount from you, I don't. Why?",
  // round 13a) names the offers it asks for; so does a come-back ("…ab phir se offers bhejna
  // shuru kar do, Diwali pe kuch lena hai", round 16f).
  const another = signals.filter((s) => s.kind === 'another');
  if (another.length > 0 && !threat) {
    out = out.filter(
      (f) =>
        !(
          (f.intent === 'opt_out' && !f.all) ||
          (f.intent === 'opt_in' && f.asks !== true && f.comeBack !== true)
        ) || !another.some((s) => sameSentence(tokens, s.span, f)),
    );
  }
  // "Still" alone is a complaint (asked about first); with a stop asked for, it is a stop.
  // ("…but keep sending the others": "keep sending" there is no complaint.)
  // Traps masked first: "shop cứ gửi tiếp nha, đừng ngừng!" keeps sending, its "stop" negated.
  // A come-back ("asked you to stop before but changed my mind, send them again") wins.
  const back = out.some((f) => f.comeBack === true);
  // "basta addebitarmi due volte" (round 7): a stop verb about money taken is an errand.
  const verb =
    has('still') && !has('laugh') && !has('others') && !back && !isPaymentOrAddressErrand(tokens)
      ? stopVerb(maskTraps(tokens))
      : null;
  // ("Am I still on the list? I told you to stop" asks; "sigo recibiendo" only complains.)
  const status = out.some((f) => f.intent === 'status' && asked(tokens, questions, f));
  if (verb && !status) out = [...out, verb];
  return out;
}
