/**
 * "これ何？", "这是啥", "q isso?", "wat is dit?" (round 8b): a message that is nothing but
 * "what is this?", however short it is written, asks what the message is: help (the answer
 * names the brand and the way out). Whole messages only: "what is this price?" asks about a
 * product. Every language at once; general chat knowledge, to be reviewed by native speakers.
 */
import { guessLanguage } from './language';
import { isBoundary, phraseTokens } from './normalize';
import type { Finding } from './finding';

const FORMS = `
  what is this, whats this, what s this, wat is this, wats this, wot is this, what is that, wtf is this,
  what are these, what is dis, wut is this,
  que es esto, q es esto, ke es esto, que es eso, q es eso, k es esto, que es, qué es esto,
  o que e isso, o que é isso, q isso, q e isso, q é isso, oq e isso, oq é isso, que isso, oq isso,
  c est quoi, c quoi, c koi, c quoi ca, c quoi ça, c koi ca, c koi ça, cest quoi, c est koi, cest koi, c est quoi ca, c est quoi ça, cest quoi ca, quest ce que c est,
  was ist das, was isn das, was is das, wat is dit, wat is dat, wat is dis, wattis dit,
  cos e, cos è, cosa e, che cos e, che e, cose sto, ke è,
  ini apa, apa ini, apaan nih, apaan ini, ini apaan, apa ni, ni apa, ape ni, ni ape, bende ni, benda apa ni,
  ye kya hai, yeh kya hai, ye kia hai, kya hai ye, kya hai yeh, ये क्या है, یہ کیا ہے, یہ کیا ہے بھائی,
  eta ki, eta ki bhai, এটা কি, এটা কী, এইটা কি, ei ta ki,
  ايه ده, ايه دا, ايش هذا, ايش ذا, شو هاد, شو هذا, ما هذا, شنو هذا, شنو هادا,
  bu ne, bu nedir, bu ne ya, ne bu, nedir bu,
  что это, это что, че это, чё это, что это такое, это что такое,
  co to, co to jest, co to ma byc, co to ma być,
  cai gi day, cái gì đây, gi day, gì đây, cai gi vay, cái gì vậy, j day, cai j day, la gi day,
  ano to, ano ito, ano po ito, ano po to, ano ba to, ano ba ito,
  nini hii, hii ni nini, hii nini, ni nini hii,
  นี่อะไร, นี่อะไรคะ, นี่อะไรครับ, อะไรเนี่ย, อะไรเนี่ยะ, อันนี้อะไร, นี่คืออะไร,
  这是啥, 这啥, 这是什么, 这是什么东西, 什么东西, 啥玩意, 这是啥玩意, 這是什麼, 這是啥, 这什么,
  これ何, これなに, なにこれ, 何これ, これは何, なんこれ, これなんですか, これは何ですか
`;

/** Words that may close the question without changing it ("q isso mano?", "ini apa ya kak"). */
const FILLERS: ReadonlySet<string> = new Set(
  `ya, kak, gan, sis, bro, bhai, mano, man, lol, pls, please, plz, ạ, a, vay, vậy, nhi, nhỉ, po,
  ba, jamani, kaka, bhaiya, ji, na, ne, wa, 啊, 呀, 呢, 吗, 嘛, 了, ？, か, の, よ, ね, คะ, ครับ,
  ค่ะ, นะ, يا, ده, нах, ну, hm, hmm, huh, eh, ah, ??`
    .split(',')
    .flatMap((w) => phraseTokens(w.trim())),
);

/** Every form, its folded tokens joined (letters of unspaced scripts are tokens too). */
const FORM_KEYS: ReadonlySet<string> = new Set(
  FORMS.split(',')
    .map((f) => phraseTokens(f.trim()).join(' '))
    .filter((f) => f.length > 0),
);

/** A help finding when the whole message is "what is this?" (fillers aside). */
export function asksWhatThisIs(tokens: readonly string[]): Finding | null {
  const words = tokens.filter((t) => !isBoundary(t));
  let end = words.length;
  while (end > 0 && FILLERS.has(words[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end && FILLERS.has(words[start] ?? '')) start++;
  if (end - start > 8 || !FORM_KEYS.has(words.slice(start, end).join(' '))) return null;
  const lang = guessLanguage(words);
  return {
    intent: 'help',
    certainty: 'explicit',
    matched: words.slice(start, end).join(' '),
    langs: lang ? [lang] : [],
    start: 0,
    end: tokens.length,
    source: 'message',
    all: false,
  };
}
