/**
 * Whether a phrase is nothing but a stop keyword, in one language: its words are stop keywords
 * ("STOP", "СТОП", "BAJA", "opt out") and words that cannot change a keyword's meaning
 * ("please", "now", "it", "all"). A tenant may not list such a phrase as never-opt-out: it
 * would silence the universal STOP for every customer. "Stop & Shop" is not one ("shop" is no
 * English word of the lexicon), so a brand that contains STOP may still be listed.
 */
import { DICTIONARY } from './compiled';
import { isBoundary, phraseTokens } from './normalize';

const STOP_ROLES: ReadonlySet<string> = new Set(['stop', 'stopWeak', 'stopSolo']);
const HARMLESS_ROLES: ReadonlySet<string> = new Set(['filler', 'all', 'pronoun']);

/** The languages in which `words` (one dictionary entry) has a role in `roles`. */
function langsWith(words: string, roles: ReadonlySet<string>): Set<string> {
  return new Set((DICTIONARY.get(words) ?? []).filter((r) => roles.has(r.role)).map((r) => r.lang));
}

export function isStopKeywordPhrase(phrase: string): boolean {
  const tokens = phraseTokens(phrase).filter((t) => !isBoundary(t));
  if (tokens.length === 0) return false;
  // reach[i]: language → whether tokens[0..i) are covered in it, and whether a stop word was.
  const reach: Map<string, boolean>[] = tokens.map(() => new Map());
  reach.push(new Map());
  const start = new Map<string, boolean>([['*', false]]);
  const at = (i: number) => (i === 0 ? start : (reach[i - 1] ?? new Map<string, boolean>()));
  for (let i = 0; i < tokens.length; i++) {
    const from = at(i);
    if (from.size === 0) continue;
    for (let j = i + 1; j <= tokens.length && j - i <= 4; j++) {
      const words = tokens.slice(i, j).join(' ');
      const stops = langsWith(words, STOP_ROLES);
      const harmless = langsWith(words, HARMLESS_ROLES);
      const to = reach[j - 1];
      if (to === undefined) continue;
      for (const [lang, sawStop] of from) {
        for (const l of new Set([...stops, ...harmless])) {
          if (lang !== '*' && lang !== l) continue;
          const seen = sawStop || stops.has(l);
          to.set(l, (to.get(l) ?? false) || seen);
        }
      }
    }
  }
  return [...at(tokens.length).values()].some((sawStop) => sawStop);
}
