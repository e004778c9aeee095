/** Every supported language's lexicon, in tie-break order (first wins a tie). */
import type { Lexicon } from '../types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { ja } from './ja';
import { ms } from './ms';
import { pl } from './pl';
import { sw } from './sw';
import { th } from './th';
import { tl } from './tl';
import { ur } from './ur';
import { vi } from './vi';
import { zh } from './zh';
import { bn } from './bn';
import {
  broadRules,
  broadTraps,
  moreElsewhereSignals,
  moreOthersSignals,
  otherChannelSignals,
} from './broad-rules';
import { classRules, elsewhereSignals, forNowSignals, othersSignals } from './class-rules';
import { it } from './it';
import { round4Another, round4Others, round4Past, round4Rules, round4Traps } from './round4-rules';
import { round5Rules, round5Signals, round5Traps } from './round5-rules';
import { round6Rules } from './round6-rules';
import { round7bRules } from './round7b-rules';
import { round8Others, round8Past, round8Rules, round8Traps } from './round8-rules';
import { round8bRules } from './round8b-rules';
import { round8cRules, round8cTraps } from './round8c-rules';
import { round8dRules } from './round8d-rules';
import { round9aPast, round9aRules, round9aTraps } from './round9a-rules';
import { round9bRules, round9bTraps } from './round9b-rules';
import { round11cDecline, round11cRules, round11cTraps } from './round11c-rules';
import { round12Rules } from './round12-rules';
import { round12cRules, round12cTraps } from './round12c-rules';
import { round12dRules, round12dTraps } from './round12d-rules';
import { round12eRules, round12eTraps } from './round12e-rules';
import { round13aRules } from './round13a-rules';
import { round13dRules } from './round13d-rules';
import { round14cRules } from './round14c-rules';
import { round14fRules } from './round14f-rules';
import { round15aRules } from './round15a-rules';
import { round15eRules, round15eTraps } from './round15e-rules';
import { round15fRules, round15fTraps } from './round15f-rules';
import { round16cClasses, round16cRules } from './round16c-rules';
import { round16eRules, round16eTraps } from './round16e-rules';
import { round17dRules, round17dTraps } from './round17d-rules';
import { round17fRules, round17fTraps } from './round17f-rules';
import { round18aRules } from './round18a-rules';
import { round16fRules } from './round16f-rules';
import { round17aRules } from './round17a-rules';
import { round17bRules } from './round17b-rules';
import { round17eTraps } from './round17e-rules';
import { round17hRules } from './round17h-rules';
import { round17cClasses, round17cRules } from './round17c-rules';
import { round17kRules } from './round17k-rules';
import { round18dRules } from './round18d-rules';
import { round17jRules } from './round17j-rules';
import { round18bRules } from './round18b-rules';
import { round18gRules } from './round18g-rules';
import { round18cRules, round18cTraps } from './round18c-rules';
import { round18fRules } from './round18f-rules';
import { round16bRules } from './round16b-rules';
import { round16dRules } from './round16d-rules';
import { round15bRules, round15bTraps } from './round15b-rules';
import { round15dClasses, round15dRules, round15dTraps } from './round15d-rules';
import { round14eRules, round14eTraps } from './round14e-rules';
import { round15cDecline } from './round15c-rules';
import { round13bObjects, round13bRules, round13bTraps } from './round13b-rules';
import { round14bObjects, round14bRules } from './round14b-rules';
import { round13cClasses, round13cRules, round13cTraps } from './round13c-rules';
import { round11bRules } from './round11b-rules';
import { round11aRules, round11aTraps } from './round11a-rules';
import { nl } from './nl';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';

const BASE: readonly Lexicon[] = [
  en,
  es,
  pt,
  fr,
  de,
  it,
  id,
  hi,
  ar,
  tr,
  ru,
  nl,
  pl,
  ms,
  vi,
  tl,
  ur,
  bn,
  th,
  sw,
  zh,
  ja,
  uk,
];

/** Round 5's signals and traps (round5-rules.ts) added to a lexicon. */
function withRound5(lex: Lexicon): Lexicon {
  const more = round5Signals(lex.lang);
  return {
    ...lex,
    traps: [...lex.traps, ...round5Traps(lex.lang)],
    signals: {
      ...lex.signals,
      past: [...(lex.signals?.past ?? []), ...more.past],
      decline: [...(lex.signals?.decline ?? []), ...more.decline],
      still: [...(lex.signals?.still ?? []), ...more.still],
    },
  };
}

/** Each lexicon with the rules written by class across all languages (class-rules.ts, broad-rules.ts). */
export const LEXICONS: readonly Lexicon[] = BASE.map((lex) => withRound5(lex)).map((lex) => ({
  ...lex,
  // Round 13b: donation requests, a promotional flyer, "comunicações publicitárias".
  // Round 14b: a newsletter, a weekly catalogue, coupons, a charity's appeals.
  objects: [...lex.objects, ...round13bObjects(lex.lang), ...round14bObjects(lex.lang)],
  // Round 13c: the marketing streams and switch-off verbs its rules name (round13c-rules.ts).
  // Round 15d: the pause verbs and until-words of the marketing paused until a time.
  // Round 16c: the relatives whose numbers are taken off too.
  classes: {
    ...lex.classes,
    ...round13cClasses(lex.lang),
    ...round15dClasses(lex.lang),
    ...round16cClasses(lex.lang),
    // Round 17c: the marketing's own nouns and the words between them and a switch-off verb.
    ...round17cClasses(lex.lang),
  },
  rules: [
    ...lex.rules,
    ...classRules(lex.lang),
    ...broadRules(lex.lang),
    ...round4Rules(lex.lang),
    ...round5Rules(lex.lang),
    ...round6Rules(lex.lang),
    ...round7bRules(lex.lang),
    ...round8Rules(lex.lang),
    ...round8bRules(lex.lang),
    ...round8cRules(lex.lang),
    ...round8dRules(lex.lang),
    ...round9bRules(lex.lang),
    ...round9aRules(lex.lang),
    ...round11cRules(lex.lang),
    ...round11bRules(lex.lang),
    ...round11aRules(lex.lang),
    ...round12Rules(lex.lang),
    ...round12cRules(lex.lang),
    ...round12dRules(lex.lang),
    ...round12eRules(lex.lang),
    ...round13aRules(lex.lang),
    ...round13bRules(lex.lang),
    ...round13cRules(lex.lang),
    ...round13dRules(lex.lang),
    ...round14bRules(lex.lang),
    ...round14cRules(lex.lang),
    ...round14fRules(lex.lang),
    ...round14eRules(lex.lang),
    ...round15aRules(lex.lang),
    ...round15eRules(lex.lang),
    ...round15bRules(lex.lang),
    ...round15dRules(lex.lang),
    ...round15fRules(lex.lang),
    ...round16cRules(lex.lang),
    ...round16bRules(lex.lang),
    ...round16dRules(lex.lang),
    // Round 16e: a complaint to a consumer authority threatened; who is this (th), where my number came from (vi).
    ...round16eRules(lex.lang),
    ...round16fRules(lex.lang),
    // Round 17d: German separable "wie melde ich mich … ab?" (help).
    ...round17dRules(lex.lang),
    // Round 17a: joining through someone on the list ("can you add my number too?"), registered again.
    ...round17aRules(lex.lang),
    // Round 17h: the same joins after a long story, the list only pointed at ("put my number on it").
    ...round17hRules(lex.lang),
    // Round 17b: stops at the end of a long casual message (the customer removed, curtly).
    ...round17bRules(lex.lang),
    // Round 17k: a limit on how often, then the rest stopped ("two a week is plenty, stop the rest").
    ...round17kRules(lex.lang),
    // Round 17c: partial stops of the marketing beside service messages kept, formal removals.
    ...round17cRules(lex.lang),
    // Round 17j: preferences for no more, the number removed from the marketing messages.
    ...round17jRules(lex.lang),
    // Round 17f: help asked in long messages (how my number got on the list, what replying costs).
    ...round17fRules(lex.lang),
    // Round 18a: help asked about what the list does (how often the messages come).
    ...round18aRules(lex.lang),
    // Round 18b: who is writing, where the number came from, who else sees it (help).
    ...round18bRules(lex.lang),
    // Round 18g: short help questions (fewer messages, an automated or official number, what
    // the club or the messages are).
    ...round18gRules(lex.lang),
    // Round 18c: subscribed back in Latin-letter Russian and Ukrainian, Swahili "start again".
    ...round18cRules(lex.lang),
    // Round 18d: stops missed in long or casual messages (off the list, vosotros, a threat).
    ...round18dRules(lex.lang),
    // Round 18f: told of the next sale asked for, added again asked, "newsletter subscribe karna hai".
    // Last, so the rules before keep their places (the model weighs rules by their index).
    ...round18fRules(lex.lang),
  ],
  traps: [
    ...lex.traps,
    ...broadTraps(lex.lang),
    ...round4Traps(lex.lang),
    ...round8Traps(lex.lang),
    ...round8cTraps(lex.lang),
    ...round9bTraps(lex.lang),
    ...round9aTraps(lex.lang),
    ...round11cTraps(lex.lang),
    ...round11aTraps(lex.lang),
    ...round12cTraps(lex.lang),
    ...round12dTraps(lex.lang),
    ...round12eTraps(lex.lang),
    ...round15bTraps(lex.lang),
    ...round13bTraps(lex.lang),
    ...round13cTraps(lex.lang),
    ...round14eTraps(lex.lang),
    ...round15eTraps(lex.lang),
    ...round15dTraps(lex.lang),
    ...round15fTraps(lex.lang),
    ...round16eTraps(lex.lang),
    // Round 17d: French "on me renvoie …" (what comes in, no request).
    ...round17dTraps(lex.lang),
    ...round17eTraps(lex.lang),
    // Round 17f: a stop weighed, not asked for ("I'm thinking about unsubscribing, but…").
    ...round17fTraps(lex.lang),
    // Round 18c: French "je renvoie le décodeur" (the customer sends it back, no request).
    ...round18cTraps(lex.lang),
  ],
  signals: {
    ...lex.signals,
    past: [
      ...(lex.signals?.past ?? []),
      ...otherChannelSignals(lex.lang),
      ...round4Past(lex.lang),
      ...round8Past(lex.lang),
      ...round9aPast(lex.lang),
    ],
    decline: [
      ...(lex.signals?.decline ?? []),
      ...forNowSignals(lex.lang),
      ...round11cDecline(lex.lang),
      ...round15cDecline(lex.lang),
    ],
    others: [
      ...othersSignals(lex.lang),
      ...moreOthersSignals(lex.lang),
      ...round4Others(lex.lang),
      ...round5Signals(lex.lang).others,
      ...round8Others(lex.lang),
    ],
    another: round4Another(lex.lang),
    elsewhere: [...elsewhereSignals(lex.lang), ...moreElsewhereSignals(lex.lang)],
  },
}));
