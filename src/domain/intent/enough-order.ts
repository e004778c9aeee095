/**
 * "con 2 basta", "2 bastano", "2 tane yeter", "2個で十分です", "كفاية كذا، اثنين بس" (round 10):
 * "enough" beside a quantity says how many the customer wants, an order, not a stop. "Basta de
 * pensarlo, quiero dos", "Yeter düşündüğüm" ("enough thinking") is no stop either. Only when
 * "enough" is the message's only stop: "2 messages a day is enough, STOP" stays a stop. In
 * every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { runs, startsAt } from './asking';
import { isBoundary, phraseTokens } from './normalize';
import type { Finding } from './finding';

/** "Enough" and its verb forms ("they are enough"). */
const ENOUGH = runs(`
  enough, is enough, are enough, basta, bastan, bastano, bastam, ja basta, já basta, ya basta, chega, chegam,
  suffit, suffisent, ca suffit, ça suffit, genug, reicht, reichen, genoeg, wystarczy, wystarcza, wystarczą,
  хватит, хватит, хватает, достаточно, yeter, yeterli, cukup, kafi, kaafi, काफी, काफ़ी, بس, كفايه, كفاية, يكفي, كفى,
  যথেষ্ট, đủ, du, đủ rồi, tama na, sapat na, sapat, inatosha, zinatosha, yanatosha, พอ, พอแล้ว, 够, 够了, 夠, 夠了,
  十分, 足りる, 足ります, imetosha
`);

/** A quantity: a number word or a counter ("tane", "個", "штуки"). Digits are read apart. */
export const QUANTITY = runs(`
  one, two, three, four, five, six, a couple, uno, una, dos, tres, cuatro, cinco, due, tre, quattro,
  cinque, dois, duas, três, tres, quatro, deux, trois, quatre, cinq, zwei, drei, vier, fünf, funf, twee,
  drie, vijf, dwa, dwie, trzy, cztery, pięć, piec, два, две, три, четыре, пять, штуки, штук, штука, iki, üç, uc,
  dört, dort, beş, bes, tane, adet, dua, tiga, empat, lima, buah, biji, pcs, pc, do, teen, char, paanch, दो,
  तीन, चार, اثنين, اتنين, ثلاثة, تلاتة, اربعة, দুই, তিন, দুটো, hai, ba, bốn, bon, cái, dalawa, tatlo, apat,
  mbili, tatu, nne, สอง, สาม, ชิ้น, อัน, 两, 兩, 二, 三, 四, 个, 個, 件, つ, 本, 枚, 箱, 盒
`);

/** "Enough thinking / deciding": the customer has made up their mind. */
export const THINKING = runs(`
  thinking, of thinking, de pensarlo, de pensar, de pensarlo tanto, di pensarci, de pensar nisso, de réfléchir,
  de reflechir, nachdenken, mit nachdenken, düşündüğüm, dusundugum, düşünmek, dusunmek, mikir, mikirnya,
  mikirin, berpikir, sochna, sochte, suy nghĩ, suy nghi, mag isip, kufikiri, คิด, 考え, 想了, 想
`);

const DIGITS = /^\d{1,3}$/;

/** A time or a count of times after a number: "2 semanas", "3 times" say how long, not how many. */
export const TIME = runs(`
  times, time, days, day, weeks, week, months, month, hours, years, veces, vez, dias, días, semanas, meses,
  horas, anos, años, vezes, semanas, fois, jours, semaines, mois, heures, mal, tage, wochen, monate, stunden,
  volte, giorni, settimane, mesi, ore, keer, dagen, weken, maanden, razy, dni, tygodni, miesięcy, раз, дня,
  дней, недели, недель, месяца, kez, gün, gun, hafta, ay, kali, hari, minggu, bulan, din, hafte, mahine,
  baar, lần, lan, ngày, ngay, tuần, tuan, beses, araw, linggo, mara, siku, wiki, วัน, ครั้ง, 天, 次, 周, 日, 回, 週間
`);

/** Whether a quantity stands within `reach` words of tokens[from, to), in the same clause. */
function quantityNear(tokens: readonly string[], from: number, to: number, reach = 3): boolean {
  const near = (i: number): boolean =>
    (DIGITS.test(tokens[i] ?? '') || startsAt(QUANTITY, tokens, i, tokens.length)) &&
    !startsAt(TIME, tokens, i + 1, tokens.length);
  for (let i = from - 1, seen = 0; i >= 0 && seen < reach && !isBoundary(tokens[i] ?? ''); i--) {
    if (near(i)) return true;
    seen++;
  }
  for (
    let i = to, seen = 0;
    i < tokens.length && seen < reach && !isBoundary(tokens[i] ?? '');
    i++
  ) {
    if (near(i)) return true;
    seen++;
  }
  return false;
}

/**
 * Where the "enough" a finding matched stands, or -1 when the finding matched something else
 * (the finding may span the whole message: a bare keyword read with its neighbours).
 */
function enoughAt(f: Finding, tokens: readonly string[]): number {
  const said = phraseTokens(f.matched);
  if (said.length === 0 || said.length > 3 || !startsAt(ENOUGH, said, 0, said.length)) return -1;
  for (let i = f.start; i < f.end; i++) if (startsAt(ENOUGH, tokens, i, f.end)) return i;
  return -1;
}

/** Whether "enough" is followed by "thinking" ("basta de pensarlo"). */
function enoughThinking(at: number, tokens: readonly string[]): boolean {
  for (let i = at + 1; i < Math.min(tokens.length, at + 4); i++) {
    if (startsAt(THINKING, tokens, i, tokens.length)) return true;
  }
  return false;
}

/** Findings read again: an "enough" that counts or ends the thinking is no stop. */
export function setEnoughOrdersAside(findings: Finding[], tokens: readonly string[]): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out');
  if (stops.length === 0) return findings;
  const order = (f: Finding): boolean => {
    const at = enoughAt(f, tokens);
    return at >= 0 && (quantityNear(tokens, at, at + 1) || enoughThinking(at, tokens));
  };
  if (!stops.every(order)) return findings;
  return findings.filter((f) => f.intent !== 'opt_out');
}
