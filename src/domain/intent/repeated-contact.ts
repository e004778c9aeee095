/**
 * Frustration that refers back in time (round 8b): "that message yesterday and another
 * today... enough", "vcs de novo?? para pelo amor de deus", "ta wiadomosc z wczoraj i znowu
 * dzis... dosc", "เมื่อวานก็ส่ง วันนี้ก็ส่ง พอได้แล้ว", "every day a message, enough". A complaint
 * that we write again and again, closed by a short "enough" or "stop" of its own, is a stop:
 * `likely` with "enough" (one question first), explicit with a stop verb. Laughter, another
 * company, one offer declined or an errand (a delivery, a price, a call) keep it no stop.
 * Every language at once; general language knowledge, to be reviewed by native speakers.
 */
import { has, runs, startsAt, type RunList } from './asking';
import { clauseOf } from './bounds';
import type { Finding } from './finding';
import { guessLanguage } from './language';
import { isPaymentOrAddressErrand } from './errand';
import { isBoundary, isUnspaced } from './normalize';
import type { Signal } from './signals';

/** Again, every day, yesterday and today, you again. */
const AGAIN = runs(`
  again, yesterday, every day, everyday, every single day, every hour, daily, another one, another,
  you again, all the time, nonstop, non stop, twice, 3 times, three times,
  otra vez, de nuevo, ayer, todos los dias, todo el dia, cada dia, cada hora, otro mas,
  de novo, outra vez, ontem, todo dia, todos os dias, toda hora, mais uma, outra,
  encore, hier, tous les jours, chaque jour, toute la journee, encore un,
  wieder, schon wieder, gestern, jeden tag, taglich, täglich, staendig, ständig, noch eine,
  ancora, di nuovo, ieri, ogni giorno, tutti i giorni, un altro, un altra, altro,
  lagi, kemarin, tiap hari, setiap hari, hari hari, terus terusan, tiap jam, semalam, hari2,
  phir se, phir, kal bhi, roz, har roz, har din, rozana, roj, আবার, গতকাল, প্রতিদিন, roj roj, abar,
  تاني, تانى, كمان, امبارح, مبارح, البارح, أمس, امس, كل يوم, كل ساعه, كل شوي, kol yom, kol sa3a,
  phir, kal, har roz, پھر, کل, روز, ہر روز,
  yine, tekrar, dun, dün, her gun, her gün, her saat, surekli, sürekli,
  опять, снова, вчера, каждый день, каждый час, постоянно, еще одно, ещё одно,
  weer, alweer, gisteren, elke dag, iedere dag, elk uur, nog een,
  znowu, znow, wczoraj, codziennie, kazdego dnia, co godzine, ciagle, ciągle,
  lai, lại, nua, nữa, hom qua, hôm qua, ngay nao cung, ngày nào cũng, moi ngay, mỗi ngày, suot, suốt,
  ulit, na naman, kahapon, araw araw, araw-araw, kada araw, oras oras,
  tena, jana, kila siku, kila saa, kila mara,
  อีก, อีกแล้ว, เมื่อวาน, ทุกวัน, ทุกชั่วโมง, ส่งมาทุกวัน,
  又, 又来, 昨天, 每天, 天天, 每小时, 一直,
  また, 昨日, 毎日, 毎時間, 何度も, 今日も
`);

/** Stop words that end such a complaint: an explicit stop. */
const STOP = runs(`
  stop, stop it, stop pls, stop please, basta, ya basta, paren ya, parem com isso,
  arretez, arrête, arrete, stop svp, hort auf, hört auf, aufhoren, aufhören, smettetela, smettila,
  berhenti, stop lah, bas karo, band karo, stop karo, يكفي, وقفوا, بطلوا, stop edin, durdurun,
  прекратите, хватит уже, przestancie, przestańcie, dung lai, dừng lại, ngung, ngừng, tigil,
  itigil, tigilan nyo, acheni, wacha, สต็อป, หยุด, หยุดส่ง, 别发了, 停, 停止, やめて, やめてください,
  hou op, hou nou op, stoppen, stopt
`);

/** "Enough": the complaint closed without a stop verb, a likely stop. */
const ENOUGH = runs(`
  enough, enough already, thats enough, that s enough, chega, ja chega, já chega, chega ne, chega né,
  pare, parem, paren, parad, para pelo amor de deus, para com isso, para por favor, para ja, para já,
  suficiente, ca suffit, ça suffit, suffit, assez, c est bon, genug, es reicht, reicht, reicht jetzt,
  reicht langsam, bastaaa, cukup, udah cukup, sudah cukup, cukuplah, dah cukup, sudah lah, udahlah,
  bas, bus, kafi, bahut ho gaya, যথেষ্ট, আর না, kafa, كفايه, كفاية, كفى, خلاص, بس, خلاص بقى,
  yeter, yeter artik, yeter artık, yeterli, хватит, достаточно, dosc, dość, wystarczy, starczy,
  genoeg, het is genoeg, zo is het genoeg, thoi, thôi, thoi di, thôi đi, thoi nha, thôi nha,
  du roi, đủ rồi, tama na, tama na po, sobra na, inatosha, imetosha, basi, พอ, พอแล้ว, พอได้แล้ว,
  พอเถอะ, พอที, 够了, 够了够了, 受够了, もういい, もう十分, いい加減にして, いい加減
`);

/** Signals that keep it no stop: laughter, another company, the others wanted, one declined. */
const CALM: ReadonlySet<string> = new Set(['laugh', 'elsewhere', 'others', 'decline', 'another']);

/**
 * A stop finding over the last clause when it is a short "enough" or "stop" and an earlier
 * clause (or, in a script without spaces, the words before it) complains that we write again.
 */
function repeatedContact(tokens: readonly string[], signals: readonly Signal[]): Finding | null {
  if (signals.some((s) => CALM.has(s.kind))) return null;
  const n = tokens.length;
  let last = n;
  while (last > 0 && isBoundary(tokens[last - 1])) last--;
  const [from] = clauseOf(tokens, { start: last - 1, end: last });
  const words = tokens.slice(from, last);
  const unspaced = isUnspaced(words.join(''));
  // The closing clause: a few words in a spaced script; the last letters in one without.
  const found = (list: RunList): number => {
    // ("para pelo amor de deus": the stop opens it, the rest only presses.)
    if (!unspaced) {
      if (words.length > 6) return -1;
      for (let i = from; i < Math.min(last, from + 2); i++)
        if (startsAt(list, tokens, i, last)) return i;
      return -1;
    }
    for (let i = Math.max(from, last - 10); i < last; i++)
      if (startsAt(list, tokens, i, last)) return i;
    return -1;
  };
  const stopAt = found(STOP);
  const at = stopAt >= 0 ? stopAt : found(ENOUGH);
  if (at < 0 || at === 0 || !has(AGAIN, tokens, 0, at) || isPaymentOrAddressErrand(tokens))
    return null;
  const lang = guessLanguage(tokens.filter((t) => !isBoundary(t)));
  return {
    intent: 'opt_out',
    certainty: stopAt >= 0 ? 'explicit' : 'likely',
    matched: tokens.slice(at, last).join(' '),
    langs: lang ? [lang] : [],
    start: at,
    end: last,
    source: 'phrase',
    all: false,
  };
}

/**
 * The findings with such a complaint read: its stop added, and no opt-in that reads the
 * repetition itself ("kemarin kirim, hari ini kirim lagi... udah cukup": "kirim lagi" is
 * what annoys, not a request).
 */
export function closedComplaint(
  findings: Finding[],
  tokens: readonly string[],
  signals: readonly Signal[],
): Finding[] {
  // An explicit stop needs nothing more; a question asked (status, help) is answered first
  // ("kal STOP bheja tha, unsubscribe ho gaya kya?" tells the stop it asks about).
  if (
    findings.some(
      (f) =>
        (f.intent === 'opt_out' && f.certainty === 'explicit') ||
        f.intent === 'status' ||
        f.intent === 'help',
    )
  )
    return findings;
  const stop = repeatedContact(tokens, signals);
  if (!stop) return findings;
  return [
    ...findings.filter((f) => f.intent !== 'opt_in' || !has(AGAIN, tokens, f.start, f.end)),
    stop,
  ];
}
