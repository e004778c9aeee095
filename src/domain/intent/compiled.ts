/**
 * The lexicons compiled once into lookup tables: a phrase dictionary for whole-message
 * keywords, regexes for phrase rules and traps, the vocabulary normalisation consults, and
 * word weights for language detection. Built at module load from constant data (pure).
 */
import {
  compilePattern,
  patternAnchors,
  patternRequirements,
  patternWords,
  type ClassLookup,
  type Requirement,
} from './grammar';
import { LEXICONS } from './lexicon';
import { isUnspaced, phraseTokens } from './normalize';
import type { Lang, Lexicon, Rule, SignalKind } from './types';

export type KeywordKind =
  'stop' | 'stopWeak' | 'stopSolo' | 'stopLikely' | 'start' | 'help' | 'status';
export type WordRole = KeywordKind | 'filler' | 'all' | 'object' | 'pronoun' | 'connector';

/** Roles that only accompany a keyword (a phrase with any other role is a keyword). */
export const NON_KEYWORD_ROLES: ReadonlySet<WordRole> = new Set([
  'filler',
  'all',
  'object',
  'pronoun',
  'connector',
]);

export interface PhraseRole {
  role: WordRole;
  lang: Lang;
}

export interface CompiledRule {
  rule: Rule;
  re: RegExp;
  lang: Lang;
  /** The message must contain one of these words for the rule to match (null: unknown). */
  anchors: ReadonlySet<string> | null;
  /** ... and meets each of these (one per element it cannot skip): anchor-index.ts. */
  required: readonly Requirement[];
  /**
   * The words the pattern names itself (not through a word class, a prefix or a gap). A word a
   * trap set aside that the pattern names is read in the pattern's sense (phrases.ts
   * `readPhrases`: "no son para mí", "para" = for).
   */
  written: ReadonlySet<string>;
  /**
   * The written words that are stop verbs in another language only: the author's word in this
   * one, no stop inside the phrase (phrases.ts `hasInnerStop`: Tagalog "hindi para sa akin").
   */
  homographs: ReadonlySet<string>;
}

export interface CompiledTrap {
  re: RegExp;
  anchors: ReadonlySet<string> | null;
  required: readonly Requirement[];
}

/** The anchors of a pattern and the requirements of each element (grammar.ts). */
function anchorsOf(
  pattern: string,
  classes: ClassLookup,
): { anchors: ReadonlySet<string> | null; required: readonly Requirement[] } {
  return {
    anchors: patternAnchors(pattern, classes),
    required: patternRequirements(pattern, classes),
  };
}

export interface CompiledLexicon {
  lang: Lang;
  rules: CompiledRule[];
  traps: CompiledTrap[];
  negators: ReadonlySet<string>;
  negatorsAfter: ReadonlySet<string>;
  signals: [SignalKind, CompiledTrap][];
}

const KEYWORD_KINDS: readonly KeywordKind[] = [
  'stop',
  'stopWeak',
  'stopSolo',
  'stopLikely',
  'start',
  'help',
  'status',
];

function lexiconPhrases(lex: Lexicon): [WordRole, string[]][] {
  return [
    ...KEYWORD_KINDS.map((k): [WordRole, string[]] => [k, lex.keywords[k]]),
    ['filler', lex.filler],
    ['all', lex.all],
    ['object', lex.objects],
    ['pronoun', lex.pronouns],
    ['connector', lex.connectors],
  ];
}

function buildDictionary(): Map<string, PhraseRole[]> {
  const dict = new Map<string, PhraseRole[]>();
  for (const lex of LEXICONS) {
    for (const [role, phrases] of lexiconPhrases(lex)) {
      for (const phrase of phrases) {
        const key = phraseTokens(phrase).join(' ');
        if (!key) continue;
        const roles = dict.get(key) ?? [];
        if (!roles.some((r) => r.role === role && r.lang === lex.lang))
          roles.push({ role, lang: lex.lang });
        dict.set(key, roles);
      }
    }
  }
  return dict;
}

function classLookup(lex: Lexicon): ClassLookup {
  const builtin: Record<string, string[]> = {
    obj: lex.objects,
    all: lex.all,
    pron: lex.pronouns,
    filler: lex.filler,
  };
  return (name) => lex.classes[name] ?? builtin[name];
}

/**
 * The tokens of a word list item that count one by one ("do not" → "do", "not"). A word of
 * an unspaced script is read letter by letter, and its letters mean nothing alone: it
 * counts only when it is one letter ("不"), never as its letters ("ไม่" is not "ไ" + "ม่").
 */
function wordTokens(word: string): string[] {
  const tokens = phraseTokens(word);
  return isUnspaced(word) && tokens.length > 1 ? [] : tokens;
}

/** The words a pattern spells out (grammar.ts): no `~n` gap, `@class` or `prefix*`. */
function writtenWords(pattern: string): ReadonlySet<string> {
  return new Set(
    pattern
      .replace(/[()|?]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 0 && !/^[~@]/.test(w) && !w.endsWith('*'))
      .flatMap(phraseTokens),
  );
}

/** The written words of a rule that are no stop verb of its own lexicon. */
function homographsOf(written: ReadonlySet<string>, lex: Lexicon): ReadonlySet<string> {
  const own = new Set((lex.classes.stopV ?? []).flatMap(phraseTokens));
  return new Set([...written].filter((w) => !own.has(w)));
}

function compileLexicon(lex: Lexicon): CompiledLexicon {
  const classes = classLookup(lex);
  const compile = (p: string): RegExp => {
    try {
      return compilePattern(p, classes);
    } catch (err) {
      throw new Error(`Lexicon "${lex.lang}", pattern "${p}": ${(err as Error).message}`);
    }
  };
  return {
    lang: lex.lang,
    rules: lex.rules.map((rule) => {
      const written = writtenWords(rule.p);
      return {
        rule,
        re: compile(rule.p),
        lang: lex.lang,
        ...anchorsOf(rule.p, classes),
        written,
        homographs: homographsOf(written, lex),
      };
    }),
    traps: lex.traps.map((p) => ({ re: compile(p), ...anchorsOf(p, classes) })),
    negators: new Set(lex.negators.flatMap(wordTokens)),
    negatorsAfter: new Set((lex.negatorsAfter ?? []).flatMap(wordTokens)),
    signals: Object.entries(lex.signals ?? {}).flatMap(([kind, patterns]) =>
      patterns.map((p): [SignalKind, CompiledTrap] => [
        kind as SignalKind,
        { re: compile(p), ...anchorsOf(p, classes) },
      ]),
    ),
  };
}

function buildVocabulary(dict: ReadonlyMap<string, PhraseRole[]>): Set<string> {
  const vocab = new Set<string>();
  for (const key of dict.keys()) for (const w of key.split(' ')) vocab.add(w);
  for (const lex of LEXICONS) {
    const patterns = [
      ...lex.rules.map((r) => r.p),
      ...lex.traps,
      ...Object.values(lex.classes).flat(),
      ...lex.common,
      ...lex.negators,
      ...Object.values(lex.signals ?? {}).flat(),
    ];
    for (const p of patterns) for (const w of patternWords(p)) vocab.add(w);
  }
  return vocab;
}

/** word → language → weight (1 / number of languages that use the word). */
function buildLanguageWeights(): Map<string, Map<Lang, number>> {
  const owners = new Map<string, Set<Lang>>();
  for (const lex of LEXICONS) {
    const lists = [lex.common, lex.filler, lex.negators, lex.objects, lex.connectors, lex.all];
    const kw = KEYWORD_KINDS.flatMap((k) => lex.keywords[k]);
    const patterns = [...lex.rules.map((r) => r.p), ...Object.values(lex.classes).flat()];
    const tokens = [
      ...[...lists.flat(), ...kw].flatMap(phraseTokens),
      ...patterns.flatMap(patternWords),
    ];
    for (const w of tokens) {
      const set = owners.get(w) ?? new Set<Lang>();
      set.add(lex.lang);
      owners.set(w, set);
    }
  }
  // English words borrowed by other lexicons ("ok", "thanks", "message", "please" in Taglish,
  // Roman Urdu, Malay) still say English first: the borrowers get a quarter of a share.
  const weights = new Map<string, Map<Lang, number>>();
  for (const [w, langs] of owners) {
    const english = langs.has('en') && langs.size > 1;
    const share = (l: Lang): number =>
      english ? (l === 'en' ? 1 : 0.25) / langs.size : 1 / langs.size;
    weights.set(w, new Map([...langs].map((l) => [l, share(l)])));
  }
  return weights;
}

export const DICTIONARY: ReadonlyMap<string, PhraseRole[]> = buildDictionary();

/**
 * The lengths (in tokens, longest first) of the dictionary phrases that start with a word:
 * reading a message tries only those, not every length up to the longest phrase (16 letters
 * of Japanese).
 */
export const PHRASE_LENGTHS: ReadonlyMap<string, readonly number[]> = (() => {
  const lengths = new Map<string, Set<number>>();
  for (const key of DICTIONARY.keys()) {
    const tokens = key.split(' ');
    const set = lengths.get(tokens[0] ?? '') ?? new Set<number>();
    set.add(tokens.length);
    lengths.set(tokens[0] ?? '', set);
  }
  return new Map([...lengths].map(([w, set]) => [w, [...set].sort((a, b) => b - a)]));
})();
export const COMPILED: readonly CompiledLexicon[] = LEXICONS.map(compileLexicon);
export const VOCABULARY: ReadonlySet<string> = buildVocabulary(DICTIONARY);
export const LANGUAGE_WEIGHTS: ReadonlyMap<
  string,
  ReadonlyMap<Lang, number>
> = buildLanguageWeights();
export const LEXICON_ORDER: readonly Lang[] = LEXICONS.map((l) => l.lang);

/**
 * Objects of one lexicon that are a common little word of another: Indonesian and Malay "wa"
 * (WhatsApp) is Swahili "of" ("Mtaa wa Uhuru", "mke wa jirani", round 17e). Alone, they do not
 * name the marketing for the errand checks (errand.ts, business-sense.ts); the rules of their own
 * language still read them as objects. To be reviewed by native speakers.
 */
const OBJECT_HOMOGRAPHS: ReadonlySet<string> = new Set(['wa']);

/** Whether a word names the marketing as an object of some lexicon ("promos", "sms", "ofa"). */
export function isObjectWord(word: string): boolean {
  return (
    !OBJECT_HOMOGRAPHS.has(word) &&
    (DICTIONARY.get(word)?.some((r) => r.role === 'object') ?? false)
  );
}

/** A single word that means "everything" in some language ("all", "todas", "alle"). */
export function isAllWord(word: string): boolean {
  return DICTIONARY.get(word)?.some((r) => r.role === 'all') ?? false;
}

/** Single-word stop verbs of every language ("stop", "parar", "berhenti"): see phrases.ts. */
export const STOP_VERBS: ReadonlySet<string> = new Set(
  LEXICONS.flatMap((l) => l.classes.stopV ?? [])
    .filter((w) => /^[\p{L}\p{M}]+$/u.test(w))
    .map(phraseTokens)
    .filter((t) => t.length === 1)
    .flat(),
);

/**
 * Stop verbs of every language as token runs, longer ones included ("hou op", "停止"), with
 * the forms a stop is reported in (`stopSaid`: "ihr sollt aufhören", "przestali"): signals.ts.
 */
export const STOP_VERB_RUNS: readonly (readonly string[])[] = LEXICONS.flatMap((l) => [
  ...(l.classes.stopV ?? []),
  ...(l.classes.stopVerb ?? []),
  ...(l.classes.stopSaid ?? []),
])
  .filter((w) => !/[()@?~*|]/.test(w))
  .map(phraseTokens)
  .filter((t) => t.length > 0);

/**
 * What a stop asks of the business, as token runs, from every lexicon: the sending (its `send…`
 * classes: "hantar", "kunitumia", "шліть"), the customer as its object (`me`, `meObj`: "me",
 * "saya") and a removal (`remove`, `remV`: "nitoe", "borrame"). A laughing stop that names one
 * is a request, not an exclamation (signals.ts, round 14e).
 */
export const REQUEST_RUNS: readonly (readonly string[])[] = LEXICONS.flatMap((l) =>
  Object.entries(l.classes)
    .filter(([name]) => /^(send|me$|meObj$|remove$|remV$)/.test(name))
    .flatMap(([, words]) => words),
)
  .filter((w) => !/[()@?~*|]/.test(w))
  .map(phraseTokens)
  .filter((t) => t.length > 0);

/** Chat spellings of every language, folded: "jgn" → ["jangan"], "jveux" → ["je", "veux"]. */
export const SLANG: ReadonlyMap<string, string[]> = new Map(
  LEXICONS.flatMap((l) => Object.entries(l.slang ?? {})).map(([k, v]) => [
    phraseTokens(k).join(' '),
    phraseTokens(v),
  ]),
);

/** "Who" in every language, as token runs ("who", "quién", "谁", "どちら様"): see context.ts. */
export const WHO_WORDS: readonly { tokens: readonly string[]; lang: Lang }[] = LEXICONS.flatMap(
  (l) => (l.classes.who ?? []).map((w) => ({ tokens: phraseTokens(w), lang: l.lang })),
).filter((w) => w.tokens.length > 0);

/** Each language's negators ("não", "nicht", "لا"), folded. */
export const NEGATORS: ReadonlyMap<Lang, ReadonlySet<string>> = new Map(
  COMPILED.map((c) => [c.lang, c.negators]),
);

/** Every language's negators at once: a word negated in any of them ("if I don't", "nếu không"). */
export const ANY_NEGATOR: ReadonlySet<string> = new Set(COMPILED.flatMap((c) => [...c.negators]));
