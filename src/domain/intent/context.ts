/**
 * Second thoughts on findings, using the sentence around them:
 * - an opt-in phrase inside a question ("Subscribe to what?") is not an opt-in, unless
 *   the question is a request ("Could you start sending me offers again?"): re-subscribing
 *   someone by mistake is the costlier error;
 * - a sentence that is only an interjection ("Stop! That's amazing news") is an explicit
 *   opt-out only when the rest of the message also complains; otherwise we ask.
 */
import type { Finding } from './finding';
import { phraseTokens } from './normalize';

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
  ].flatMap(phraseTokens),
);

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

function sentenceBounds(tokens: readonly string[], f: Finding): [number, number] {
  let from = f.start;
  while (from > 0 && tokens[from - 1] !== '||') from--;
  let to = f.end;
  while (to < tokens.length && tokens[to] !== '||') to++;
  return [from, to];
}

/**
 * A question that is not a request. Request words are looked for anywhere in the sentence:
 * some languages ask after the verb ("ekler misiniz?", "してもらえますか").
 */
function isQuestion(tokens: readonly string[], questions: readonly number[], f: Finding): boolean {
  const [from, to] = sentenceBounds(tokens, f);
  if (!questions.includes(to)) return false;
  return !tokens.slice(from, to).some((t) => REQUEST_WORDS.has(t));
}

/**
 * `comeBack`: the customer mentions an earlier (or mistaken) unsubscription, so an opt-in
 * phrase in their question is a request to come back ("I unsubscribed by mistake, could I
 * get the offers again?").
 */
export function reconsider(
  findings: readonly Finding[],
  tokens: readonly string[],
  questions: readonly number[],
  comeBack = false,
): Finding[] {
  const complaint = (f: Finding): boolean =>
    f.intent === 'opt_out' && !INTERJECTIONS.has(f.matched);
  // "Why am I (still) receiving these?": a status phrase inside a help question is the question.
  const inHelp = (f: Finding): boolean =>
    findings.some((h) => h.intent === 'help' && h.start <= f.start && h.end >= f.end && h !== f);
  return findings.flatMap((f): Finding[] => {
    if (f.intent === 'status' && inHelp(f)) return [];
    if (
      f.intent === 'opt_in' &&
      f.source === 'phrase' &&
      !comeBack &&
      isQuestion(tokens, questions, f)
    )
      return [];
    if (f.source === 'sentence' && f.intent === 'opt_out' && INTERJECTIONS.has(f.matched)) {
      const others = findings.some(
        (o) => o !== f && complaint(o) && (o.end <= f.start || o.start >= f.end),
      );
      return [others ? f : { ...f, certainty: 'likely' }];
    }
    return [f];
  });
}
