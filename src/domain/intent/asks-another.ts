/**
 * One product declined, another asked about in a question of its own (round 7): "not
 * interested in the 2 bed, anything with 3 bedrooms?", "No me interesa el de dos ambientes,
 * ¿tienen de tres?", "1+1 istemiyorum, 3+1 var mı?", "Kawalerka mnie nie interesuje, macie 3
 * pokoje?". The round-5 `decline` signal needed a "but" ("but do you have..."); customers
 * often write none. A question clause that asks whether something is available (or for
 * another one), after something else was said, and names no unsubscription, is a `decline`
 * signal: a maybe-stop in the message is no stop (an explicit stop still counts), and the
 * learned model raises none. General language knowledge, to be reviewed by native speakers.
 */
import { has, hasStem, runs } from './asking';
import { isBoundary } from './normalize';
import type { Signal } from './signals';

const AVAILABLE = runs(`
  do you have, have you got, you got, got any, do u have, do you guys have, do you sell, anything,
  is there, are there, any in, tienen, tienes, tiene, hay, lo tienen, la tienen, venden, tem, tens,
  vcs tem, voces tem, teria, vendem, vous avez, avez vous, y a t il, il y a, auriez vous,
  habt ihr, haben sie, gibt es, gibts, hattet ihr, avete, c e, ci sono, avreste, ada, ready,
  ada gak, ada ga, hai kya, he kya, milega, milegi, wala hai, wali hai, dikhao, dikhaiye, ہے کیا,
  ملے گا, ملے گی, والا ہے, ache, ase, আছে, pabo, পাবো, في, فيه, عندكم, عندك, var mi, varmi,
  yok mu, есть, у вас есть, будет, hebben jullie, heb je, is er, zijn er, verkopen jullie, macie,
  czy macie, co mau, co loai, co size, con hang, co hang, may ba, meron, mayroon,
  meron ba, may ba, mna, kuna, mnayo, มี, 有没有, 有吗, 还有, ありますか, あります
`);

const OTHER = runs(`
  another, other, others, different, something else, anything else, otro, otra, otros, otras,
  outro, outra, outros, outras, autre, autres, andere, anderen, anderes, altro, altra, altri,
  altre, lain, yang lain, dusra, dusri, doosra, doosri, دوسرا, دوسری, অন্য, اخر, أخرى, اخري,
  baska, başka, другой, другая, другое, другие, ander, inny, inna, inne, innego, khac, khác, iba,
  ibang, nyingine, ingine, อื่น, 别的, 其他, 其它, 他の, 別の
`);

/** `decline` signals for the question clauses that ask for something else, as above. */
export function asksForAnother(tokens: readonly string[], questions: readonly number[]): Signal[] {
  if (questions.length === 0 || hasStem(tokens, 0, tokens.length) >= 0) return [];
  const out: Signal[] = [];
  for (const end of questions) {
    let start = end;
    while (start > 0 && !isBoundary(tokens[start - 1])) start--;
    // Something said before the question (the decline it follows), and nothing after it.
    if (start === 0 || tokens.slice(end).some((t) => !isBoundary(t))) continue;
    if (has(AVAILABLE, tokens, start, end) || has(OTHER, tokens, start, end))
      out.push({ kind: 'decline', span: { start, end } });
  }
  return out;
}
