/**
 * "Basta, grazie", "ab bas", "もう十分です、ありがとうございました", "enough, thank you" (round 9a): a
 * bare "enough" said with thanks may close a conversation (enough information, enough help, a
 * full basket) as well as the marketing. It is asked about (`likely`), never acted on at once,
 * even where "enough" alone is a stop keyword (Italian "basta"). "Basta!" alone, or "basta con
 * i messaggi, grazie" (the marketing named: a phrase, not a bare keyword), stay explicit.
 * In every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs, startsAt } from './asking';
import { isBoundary } from './normalize';
import type { Finding } from './finding';

/** "Enough", the keyword that may close a conversation. */
const ENOUGH = runs(`
  enough, thats enough, that s enough, basta, ya basta, chega, ja chega, já chega, assez, ca suffit,
  ça suffit, suffit, genug, es reicht, reicht, genoeg, dosc, dość, wystarczy, хватит, достаточно,
  yeter, cukup, sudah cukup, dah cukup, bas, ab bas, bas karo, kafi, بس, كفايه, كفى, خلاص, যথেষ্ট,
  đủ rồi, du roi, tama na, sapat na, inatosha, basi, พอ, พอแล้ว, 够了, 夠了, 十分, もう十分, もういい
`);

/** Thanks. */
const THANKS = runs(`
  thanks, thank you, thx, ty, gracias, obrigado, obrigada, merci, danke, grazie, bedankt, dank je,
  dank u, dziekuje, dziękuję, спасибо, tesekkurler, teşekkürler, tesekkur, teşekkür, sagol, sağol,
  terima kasih, makasih, shukriya, shukria, dhanyavaad, dhanyawad, धन्यवाद, शुक्रिया, شکریہ, شكرا,
  ধন্যবাদ, cam on, cảm ơn, salamat, asante, ขอบคุณ, 谢谢, 謝謝, ありがとう, ありがとうございました,
  ありがとうございます
`);

/** Politeness around them: particles, "please", "now", "ok". */
const POLITE = runs(`
  please, pls, plz, now, ok, okay, really, po, ya, na, lah, kak, ji, bhai, sir, madam, ạ, a, nhé,
  nhe, nha, ka, kha, ค่ะ, คะ, ครับ, นะ, นะคะ, นะครับ, です, でした, ございました, ございます, もう,
  了, 啦, 吧, 哦, por favor, porfa, per favore, s il vous plait, bitte, alsjeblieft, aub,
  пожалуйста, prosze, proszę, lutfen, lütfen, tolong, so, very much, so much, muito, mucho,
  beaucoup, vielmals, mille, tanto, hai, na po, bahut, bohot, جزيلا, بہت, অনেক, sana, 非常, 多谢
`);

/** Whether the message is only "enough" and thanks, politely: no other word. */
function bareEnough(tokens: readonly string[]): boolean {
  let enough = false;
  let rest = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isBoundary(tokens[i])) continue;
    if (startsAt(ENOUGH, tokens, i, tokens.length)) enough = true;
    if ([ENOUGH, THANKS, POLITE].some((l) => startsAt(l, tokens, i, tokens.length))) {
      // Skip the whole run: its words are all covered by the lists (one at a time below).
      continue;
    }
    if (!covered(tokens, i)) rest++;
  }
  return enough && rest === 0;
}

/** Whether tokens[i] lies inside a run of one of the lists that starts at or before it. */
function covered(tokens: readonly string[], i: number): boolean {
  for (let from = Math.max(0, i - 12); from < i; from++) {
    for (const l of [ENOUGH, THANKS, POLITE]) {
      if (startsAt(l, tokens, from, i + 1) && !startsAt(l, tokens, from, i)) return true;
    }
  }
  return false;
}

/**
 * A bare "enough" keyword said with thanks (the whole message, or a sentence of it that is only
 * that) made `likely`.
 */
export function askPoliteEnough(findings: Finding[], tokens: readonly string[]): Finding[] {
  if (!has(THANKS, tokens, 0, tokens.length) || !bareEnough(tokens)) return findings;
  return findings.map((f) =>
    f.intent === 'opt_out' && f.certainty === 'explicit' ? { ...f, certainty: 'likely' } : f,
  );
}
