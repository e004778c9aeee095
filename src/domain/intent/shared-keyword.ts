/**
 * A whole message that is one keyword two languages share (round 9b): "Pare" is a stop in
 * Spanish and in Portuguese, "СТОП" in Russian and in Ukrainian, "para" in Spanish and
 * Portuguese. The classifier has to name one language (the first lexicon in tie-break order:
 * Portuguese for "Pare"), but the message says nothing about which one the customer speaks: the
 * reply should take the customer's earlier language, then the tenant's, when either is one of
 * the languages the keyword belongs to (services/conversation). Pure.
 */
import { LEXICONS } from './lexicon';
import { isBoundary, normalizeText, phraseTokens } from './normalize';
import type { Lang } from './types';

/** Each whole-message keyword (folded) and the languages whose keyword lists hold it. */
const OWNERS: ReadonlyMap<string, readonly Lang[]> = (() => {
  const owners = new Map<string, Lang[]>();
  for (const lex of LEXICONS) {
    const k = lex.keywords;
    const all = [...k.stop, ...k.stopWeak, ...k.stopSolo, ...k.start, ...k.help, ...k.status];
    for (const keyword of new Set(all.map((w) => phraseTokens(w).join(' ')))) {
      if (keyword.length === 0) continue;
      const langs = owners.get(keyword) ?? [];
      if (!langs.includes(lex.lang)) langs.push(lex.lang);
      owners.set(keyword, langs);
    }
  }
  return owners;
})();

/**
 * The languages a message that is only a keyword may be in, when there are two or more ("Pare"
 * → es, pt); [] when the message is more than a keyword or the keyword has one language.
 */
export function sharedKeywordLanguages(text: string): Lang[] {
  if (typeof text !== 'string' || text.length > 40) return [];
  const words = normalizeText(text).tokens.filter((t) => !isBoundary(t));
  const langs = OWNERS.get(words.join(' ')) ?? [];
  return langs.length > 1 ? [...langs] : [];
}
