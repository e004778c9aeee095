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
  enough, thats enough, that s enough, that is enough, its enough, it s enough, basta, ya basta, chega, ja chega, já chega, assez, ca suffit,
  ça suffit, suffit, genug, es reicht, reicht, genoeg, genoeg zo, zo is het genoeg, het is genoeg, dosc, dość, wystarczy, хватит, достаточно,
  yeter, bu kadar yeter, cukup, sudah cukup, dah cukup, bas, ab bas, bas karo, kafi, بس, كفايه, كفى,
  যথেষ্ট, যথেষ্ট হয়েছে, অনেক হয়েছে, imetosha,
  đủ rồi, du roi, tama na, sapat na, inatosha, basi, พอ, พอแล้ว, 够了, 夠了, 十分, もう十分, もういい,
  もう結構
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
  beaucoup, vielmals, mille, tanto, hai, na po, bahut, bohot, جزيلا, بہت, অনেক, sana, 非常, 多谢,
  كده, بقى, خلاص, ya, ji, sagolun, sağolun, asanteni, zo, nu, hoyeche, হয়েছে, হয়ে গেছে, now, 了
`);

/** Whether the message is only "enough" and thanks, politely: no other word. */
function bareEnough(tokens: readonly string[]): boolean {
  const covered = tokens.map(isBoundary);
  let enough = false;
  for (let i = 0; i < tokens.length; i++) {
    for (const list of [ENOUGH, THANKS, POLITE]) {
      const end = runEnd(list, tokens, i);
      if (end < 0) continue;
      covered.fill(true, i, end);
      if (list === ENOUGH) enough = true;
    }
  }
  return enough && covered.every(Boolean);
}

/** Where the shortest run of `list` starting at tokens[i] ends, or -1. */
function runEnd(list: typeof ENOUGH, tokens: readonly string[], i: number): number {
  for (let end = i + 1; end <= Math.min(tokens.length, i + 12); end++) {
    if (startsAt(list, tokens, i, end)) return end;
  }
  return -1;
}

/**
 * A bare "enough" said with thanks: the stop keyword read in it made `likely`, or, where no
 * rule read one ("that's enough, thank you", "كفاية كده، شكرا"), a `likely` stop added.
 */
export function askPoliteEnough(findings: Finding[], tokens: readonly string[]): Finding[] {
  if (!has(THANKS, tokens, 0, tokens.length) || !bareEnough(tokens)) return findings;
  if (findings.length === 0) {
    return [
      {
        intent: 'opt_out',
        certainty: 'likely',
        matched: tokens.filter((t) => !isBoundary(t)).join(' '),
        langs: [],
        start: 0,
        end: tokens.length,
        source: 'message',
        all: false,
      },
    ];
  }
  return findings.map((f) =>
    f.intent === 'opt_out' && f.certainty === 'explicit' ? { ...f, certainty: 'likely' } : f,
  );
}
