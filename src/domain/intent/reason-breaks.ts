/**
 * "…I moved to Curitiba last month so it makes no sense any more take me off the list" (round
 * 17b, batch 48): a voice note runs on without commas, and what it says before the request
 * closes a clause all the same:
 * - a reason with a negator of its own ("no sense", "no point", "of no use"). Read as one
 *   clause, that negator governed the stop after it ("nie ma sensu wypiszcie mnie z tej listy":
 *   no sense, sign me off). Not when a link word follows ("no tiene sentido que me saquen", "no
 *   point to remove me"): there the stop is what has no point. Only "no sense / no point / of no
 *   use": "no need" stays a negation ("no need to remove me");
 * - a "so" that draws the consequence ("me mudé el mes pasado así que sacadme de la lista",
 *   "geçen ay taşındım o yüzden beni listeden çıkarın"): the past moment before it dated the
 *   stop after it as told, where it is today's request. English "so" not before "many", "much"
 *   or "that" (an adverb, a purpose).
 * Each closes its clause for reading negation and told stops only (the rules read the words as
 * written). General language knowledge, to be reviewed by native speakers.
 */
import { isBoundary, phraseTokens, WEAK_BOUNDARY } from './normalize';

const POINTLESS = `
  makes no sense, no sense, doesn't make sense, does not make sense, no point, pointless, no use,
  no tiene sentido, no tiene caso, no sirve de nada, no me sirve de nada,
  nao faz sentido, nao faz mais sentido, nao tem sentido, nao tem mais sentido, nao adianta,
  nao serve pra nada, nao serve para nada,
  n'a pas de sens, n'a plus de sens, n'a plus aucun sens, n'a aucun sens, ca sert a rien,
  ne sert a rien, ne sert plus a rien,
  keinen sinn, keinen sinn mehr, keinen zweck, keinen zweck mehr, bringt nichts, bringt mir nichts,
  non ha senso, non ha piu senso, non serve a niente, non serve a nulla, non mi serve a niente,
  geen zin, geen zin meer, heeft geen nut, slaat nergens op,
  nie ma sensu, nie ma juz sensu, bez sensu, nie ma po co,
  нет смысла, смысла нет, не имеет смысла, толку нет, нет толку,
  немає сенсу, сенсу немає, нема сенсу, не має сенсу,
  anlami yok, bir anlami yok, faydasi yok, bir faydasi yok,
  gak ada gunanya, ga ada gunanya, nggak ada gunanya, ngga ada gunanya, tidak ada gunanya,
  tak ada gunanya, tiada gunanya, takde guna, tak guna,
  walang saysay, wala nang saysay, walang silbi, wala nang silbi, walang kwenta, wala nang kwenta,
  hazina maana, haina maana, hakuna maana, hazina faida, haina faida, hakuna faida,
  koi matlab nahi, koi matlab nahi hai, koi fayda nahi, koi faida nahi, koi fayda nahi hai,
  koi faida nahi hai, kuch fayda nahi, कोई मतलब नहीं, कोई फ़ायदा नहीं, कोई फायदा नहीं,
  کوئی فائدہ نہیں, کوئی مطلب نہیں,
  kono mane nai, kono mane nei, kono labh nai, kono labh nei, কোনো মানে নেই, কোন মানে নেই,
  কোনো লাভ নেই,
  ما في فايدة, ما في فائدة, مافي فايدة, لا فائدة, ملوش لازمة, مالوش لازمة, ما له معنى, مالوش معنى,
  khong co y nghia, chang co y nghia gi, cha co y nghia gi, khong co tac dung,
  ไม่มีประโยชน์, ไม่มีความหมาย, 没什么意义, 没有意义, 没意义, 没什么用, 意味がない, 意味ない, 意味がありません
`;

/** The consequence drawn: "so", "então", "así que", "o yüzden", "所以". */
const SO = `
  so, so please, so just, entao, por isso, asi que, por eso, entonces, donc, du coup,
  deshalb, daher, darum, deswegen, quindi, percio, per questo, dus, daarom, wiec, dlatego, zatem,
  так что, поэтому, тож, тому, отже, o yuzden, bu yuzden, o yuzden de, jadi, makanya, oleh itu,
  sebab tu, kaya, kaya naman, kwa hiyo, hivyo, toh, isliye, is liye, इसलिए, اس لیے, لہذا, tai,
  তাই, nen, vi vay, cho nen, ก็เลย, ดังนั้น, 所以, 因此, だから, ので, عشان كده, علشان كده, لذلك
`;

/** "so many", "so much", "so that": no consequence drawn. */
const NOT_AFTER_SO: ReadonlySet<string> = new Set(['many', 'much', 'that', 'far', 'often', 'long']);

/** The runs by their first token, longest first. */
const BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, string[][]>();
  for (const phrase of `${POINTLESS},${SO}`.split(/[,\n]/)) {
    const run = phraseTokens(phrase.trim());
    const first = run[0];
    if (first !== undefined) index.set(first, [...(index.get(first) ?? []), run]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
})();

/** A word after the expression that makes the stop its subject ("no sense to…", "…que"). */
const LINKS: ReadonlySet<string> = new Set(
  phraseTokens('to in que de di da zu dass że che om что щоб чтобы ki ke kwa para pra of'),
);

/**
 * The tokens with each "no sense / no point" reason (not followed by a link word) and each "so"
 * turned into a clause break (same length: positions stay). For reading negation and told stops.
 */
export function withReasonBreaks(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const run = BY_FIRST.get(tokens[i] ?? '')?.find((r) => r.every((w, k) => tokens[i + k] === w));
    if (!run) continue;
    const next = tokens[i + run.length];
    if (next !== undefined && !isBoundary(next) && LINKS.has(next)) continue;
    if (run.length === 1 && run[0] === 'so' && NOT_AFTER_SO.has(next ?? '')) continue;
    out ??= [...tokens];
    out.fill(WEAK_BOUNDARY, i, i + run.length);
    i += run.length - 1;
  }
  return out ?? tokens;
}
