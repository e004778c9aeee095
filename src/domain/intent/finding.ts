/** What one reading of a message found, before the best finding is chosen. */
import type { Lang, RuleIntent } from './types';

export interface Finding {
  intent: RuleIntent;
  certainty: 'explicit' | 'likely';
  /** The normalised keyword or phrase that decided. */
  matched: string;
  /** Languages whose lexicon holds the phrase ([] = a tenant keyword, language unknown). */
  langs: Lang[];
  /** Token range (in the token list, boundaries included) the finding covers. */
  start: number;
  end: number;
  /** A whole-message keyword, a whole-sentence keyword, or a phrase inside the text. */
  source: 'message' | 'sentence' | 'phrase';
  /** The phrase itself means "everything" (STOPALL). */
  all: boolean;
  /** The words around the keyword are in a language we have no lexicon for. */
  foreign?: boolean;
  /** An earlier unsubscription told, then a wish to come back (come-back.ts). */
  comeBack?: boolean;
  /** The marketing asked to keep coming in negative words (a `keep` rule, round 8). */
  keeps?: boolean;
  /** An opt-in asked as the question itself (an `inasked` rule, round 13a). */
  asks?: boolean;
  /**
   * Said of the messages or offers themselves: laughter or a past moment beside it leaves it a
   * stop (a `wry` or `outwry` rule, a curt close after a complaint: round 13b).
   */
  wry?: boolean;
  /** A stop of one named automated stream (a round-13c rule naming `@stream`). */
  stream?: boolean;
}

/**
 * A rule's reading of a whole span of the tokens (a clause or a sentence), the span's words as
 * what matched: the shape of every finding a structural rule makes (no lexicon phrase, so no
 * language).
 */
export function spanFinding(
  tokens: readonly string[],
  from: number,
  to: number,
  intent: RuleIntent,
  certainty: Finding['certainty'],
): Finding {
  return {
    intent,
    certainty,
    matched: tokens.slice(from, to).join(' '),
    langs: [],
    start: from,
    end: to,
    source: 'phrase',
    all: false,
  };
}

const RANK: Record<string, number> = {
  'opt_out/explicit': 6,
  'opt_in/explicit': 5,
  'status/explicit': 4,
  'status/likely': 4,
  'help/explicit': 3,
  'help/likely': 3,
  'opt_out/likely': 2,
  'opt_in/likely': 1,
};

/**
 * How strongly a finding decides. An explicit opt-out beats everything (when in doubt, a
 * customer's stop is honoured); a question about stopping beats a vague complaint.
 */
export function findingRank(f: Finding): number {
  return (RANK[`${f.intent}/${f.certainty}`] ?? 0) * 10 + (f.source === 'phrase' ? 0 : 1);
}

export function bestFinding(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) {
    const rank = findingRank(f);
    const bestRank = best ? findingRank(best) : -1;
    // On a tie the longer phrase is the more specific reading ("bu spam" over "spam").
    if (rank > bestRank || (best && rank === bestRank && f.end - f.start > best.end - best.start))
      best = f;
  }
  return best;
}
