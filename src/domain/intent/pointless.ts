/**
 * "…I moved to Curitiba last month so it makes no sense any more take me off the list" (round
 * 17b, batch 48): a voice note runs on without commas, and the reason it gives before the
 * request ("no sense", "no point", "no use") carries a negator of its own. Read as one clause,
 * that negator governed the stop after it ("nie ma sensu wypiszcie mnie z tej listy": no sense,
 * sign me off), and the past moment before it dated the stop as told ("mudei … mês passado …
 * me tira dessa lista"). Said as a reason, the expression closes its clause: the stop after it is
 * a new one. Not when a link word follows ("no tiene sentido que me saquen", "no point to
 * remove me", "keinen Sinn, mich auszutragen" is said with a comma): there the stop is what has
 * no point.
 * Only expressions of "no sense / no point / of no use"; "no need" stays a negation ("no need to
 * remove me"). General language knowledge, to be reviewed by native speakers.
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

/** The runs by their first token, longest first. */
const BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, string[][]>();
  for (const phrase of POINTLESS.split(/[,\n]/)) {
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
 * The tokens with each "no sense / no point" expression, not followed by a link word, turned
 * into a clause break (same length: positions stay). For reading negation and told stops only.
 */
export function withPointlessBreaks(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const run = BY_FIRST.get(tokens[i] ?? '')?.find((r) => r.every((w, k) => tokens[i + k] === w));
    if (!run) continue;
    const next = tokens[i + run.length];
    if (next !== undefined && !isBoundary(next) && LINKS.has(next)) continue;
    out ??= [...tokens];
    out.fill(WEAK_BOUNDARY, i, i + run.length);
    i += run.length - 1;
  }
  return out ?? tokens;
}
