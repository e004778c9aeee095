/**
 * Second thoughts on findings, using the sentence around them:
 * - an opt-in phrase inside a question ("Subscribe to what?") is not an opt-in, unless
 *   the question is a request ("Could you start sending me offers again?"): re-subscribing
 *   someone by mistake is the costlier error;
 * - a sentence that is only an interjection ("Stop! That's amazing news") is an explicit
 *   opt-out only when the rest of the message also complains; otherwise we ask.
 */
import { has, runs } from './asking';
import { sentenceOf } from './bounds';
import { saysAgain } from './come-back';
import { WHO_WORDS } from './compiled';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isBoundary, isUnspaced, phraseTokens } from './normalize';
import type { Lang } from './types';
import { asksWhoServes } from './who-serves';

const REQUEST_WORDS: ReadonlySet<string> = new Set(
  [
    'can',
    'could',
    'would',
    'please',
    'pls',
    'plz',
    'pode',
    'podem',
    'poderia',
    'puede',
    'pueden',
    'podria',
    // Round 13a: Spain's vosotros ("¿me podéis añadir?") and the conditional.
    'podeis',
    'podriais',
    'podrian',
    'pouvez',
    'pourriez',
    'peux',
    'können',
    'könnten',
    'kannst',
    'potete',
    'potreste',
    'puoi',
    'bisa',
    'tolong',
    'mohon',
    'kya',
    'kripya',
    'ممكن',
    'lütfen',
    'можете',
    'можно',
    'пожалуйста',
    'könnt',
    'kann',
    'darf',
    'würde',
    'würden',
    'hätte',
    'möglich',
    'kunnen',
    'kunt',
    'kun',
    'wilt',
    'możecie',
    'możesz',
    'proszę',
    'boleh',
    'sila',
    'pwede',
    'puwede',
    'paki',
    'naomba',
    'mnaweza',
    'misiniz',
    'musunuz',
    '能',
    'কি',
    // Round 17a: "Czy mogę też zostać dopisana do tej listy?", "क्या मेरा नंबर भी… जोड़ सकते हैं?",
    // "کیا میرا نمبر بھی… شامل کر سکتے ہیں؟", "আমাকেও যুক্ত করতে পারবেন?", "Mag ik ook op die
    // lijst?": can I, could you.
    'kan',
    'mag',
    'mogę',
    'mógłbym',
    'mogłabym',
    'można',
    'możliwe',
    'можна',
    'можете',
    'сможете',
    'सकते',
    'सकती',
    'sakte',
    'سکتے',
    'سکتی',
    'পারবেন',
    'পারেন',
    // Round 17h: Polish asks a favour in the future tense, "Zapiszecie mnie? To mój numer." (will
    // you sign me up?).
    'zapiszecie',
    'dopiszecie',
    'dodacie',
  ].flatMap(phraseTokens),
);

/**
 * Requests closing a question in the unspaced scripts, whose letters are tokens of their own
 * (round 17a): "私の番号も追加していただけますか？", "เพิ่มเบอร์ผมด้วยได้ไหมคะ?", "可以把我也加进去吗？".
 */
const REQUEST_RUNS = runs(`
  いただけ, いただきたい, もらえ, ください, 下さい, お願い, ได้ไหม, ได้มั้ย, ได้มั๊ย, หน่อย, ช่วย,
  可以, 麻烦, 请, 能不能
`);

/** Single-word keywords that double as interjections ("Stop!", "Basta!", "Стоп!"). */
const INTERJECTIONS: ReadonlySet<string> = new Set(
  [
    'stop',
    'stopp',
    'stahp',
    'halt',
    'arret',
    'arrete',
    'стоп',
    'basta',
    'ستوب',
    'توقف',
    'dur',
    'para',
    'pare',
    'alto',
  ].flatMap(phraseTokens),
);

/**
 * A question that is not a request. Request words are looked for anywhere in the sentence:
 * some languages ask after the verb ("ekler misiniz?", "してもらえますか").
 */
/**
 * An opt-in phrase inside a question ("subscribe to what?") is no request, unless the
 * question asks for it ("can you add me?") or to come back ("mi riaggiungete?", "me
 * vuelven a agregar?"): "again" makes it the request.
 */
function isQuestion(tokens: readonly string[], questions: readonly number[], f: Finding): boolean {
  const [from, to] = sentenceOf(tokens, f);
  if (!questions.includes(to)) return false;
  if (saysAgain(tokens, from, to)) return false;
  return (
    !tokens.slice(from, to).some((t) => REQUEST_WORDS.has(t)) &&
    !has(REQUEST_RUNS, tokens, from, to)
  );
}

const MAX_WHO_QUESTION_WORDS = 7;
const WHO_FIRST: ReadonlySet<string> = new Set(WHO_WORDS.map((w) => w.tokens[0] ?? ''));

/** The language of a "who" word opening at `k` ("wie": Dutch who, German how), if one does. */
function whoAt(words: readonly string[], k: number, context: Lang | null): Lang | null {
  const found = WHO_WORDS.filter(
    (w) =>
      w.tokens.every((x, j) => words[k + j] === x) &&
      (w.tokens.length > 1 || !context || context === w.lang || isUnspaced(w.tokens[0] ?? '')),
  );
  // "kim": Turkish "who", Polish "whom": the message's own language first.
  return (found.find((w) => w.lang === context) ?? found[0])?.lang ?? null;
}

function firstWho(words: readonly string[], context: Lang | null): Lang | null {
  for (let k = 0; k < words.length; k++) {
    const lang = whoAt(words, k, context);
    if (lang) return lang;
  }
  return null;
}

/**
 * "Who is this?", "con quién hablo?", "kim jesteście?", "请问是哪位？": a short question
 * asking who writes is answered with help (it names the brand and the way out). Any short
 * question with "who" in it qualifies, in any language; a message of a few words without
 * a question mark too ("sino to").
 */
export function whoQuestion(
  tokens: readonly string[],
  questions: readonly number[],
): Finding | null {
  if (!tokens.some((t) => WHO_FIRST.has(t))) return null;
  const context = guessLanguage(tokens.filter((t) => !isBoundary(t)));
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== '||') continue;
    const words = tokens.slice(from, i).filter((t) => !isBoundary(t));
    const asked = questions.includes(i) || (from === 0 && i === tokens.length && words.length <= 4);
    // Letters of an unspaced script count as words: allow them three times the room.
    const limit = isUnspaced(words.join('')) ? MAX_WHO_QUESTION_WORDS * 3 : MAX_WHO_QUESTION_WORDS;
    // "Who is the courier?", "who won the raffle?": asked of the business, no help (who-serves.ts).
    const lang =
      asked && words.length <= limit && !asksWhoServes(words) ? firstWho(words, context) : null;
    if (lang) {
      return {
        intent: 'help',
        certainty: 'explicit',
        matched: words.join(' '),
        langs: [lang],
        start: from,
        end: i,
        source: 'sentence',
        all: false,
      };
    }
    from = i + 1;
  }
  return null;
}

/**
 * Whether a help finding is a "who" in a sentence about a person of the service or a draw
 * ("chi è il farmacista di turno?", "今晚谁值班？"): the language's own "who" rules read it as
 * "who is this?"; it asks the business something (who-serves.ts).
 */
function asksWhoServesAround(tokens: readonly string[], f: Finding): boolean {
  const [from, to] = sentenceOf(tokens, f);
  const words = tokens.slice(from, to).filter((t) => !isBoundary(t));
  return words.some((t) => WHO_FIRST.has(t)) && asksWhoServes(words);
}

/**
 * `comeBack`: the customer mentions an earlier (or mistaken) unsubscription, so an opt-in
 * phrase in their question is a request to come back ("I unsubscribed by mistake, could I
 * get the offers again?"). `answered`: the keywords an instruction quoted in the message names
 * (quoted.ts `quotedKeywords`); one said alone in its own sentence answers it, explicitly: no
 * exclamation, no weak keyword ("Your message says “Reply STOP to unsubscribe.” STOP. Thanks.",
 * "Na mensagem diz: “Responda SAIR para cancelar.” SAIR.", round 17b).
 */
export function reconsider(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
  comeBack = false,
  answered: ReadonlySet<string> = new Set(),
): Finding[] {
  const complaint = (f: Finding): boolean =>
    f.intent === 'opt_out' && !INTERJECTIONS.has(f.matched);
  // "Why am I (still) receiving these?": a status phrase inside a help question is the question.
  const inHelp = (f: Finding): boolean =>
    findings.some((h) => h.intent === 'help' && h.start <= f.start && h.end >= f.end && h !== f);
  return findings.flatMap((f): Finding[] => {
    if (f.intent === 'status' && inHelp(f)) return [];
    if (f.intent === 'help' && asksWhoServesAround(tokens, f)) return [];
    if (
      f.intent === 'opt_in' &&
      f.source === 'phrase' &&
      !comeBack &&
      f.asks !== true &&
      isQuestion(tokens, questions, f)
    )
      return [];
    if (f.source === 'sentence' && f.intent === 'opt_out' && answered.has(f.matched))
      return [{ ...f, certainty: 'explicit' }];
    if (f.source === 'sentence' && f.intent === 'opt_out' && INTERJECTIONS.has(f.matched)) {
      const others = findings.some(
        (o) => o !== f && complaint(o) && (o.end <= f.start || o.start >= f.end),
      );
      return [others ? f : { ...f, certainty: 'likely' }];
    }
    return [f];
  });
}
