/**
 * Types of the message classifier: what a customer's WhatsApp text means for their
 * marketing consent, and the shape of the per-language lexicons that decide it.
 */
import { LANGUAGES } from '../languages';

export const INTENTS = ['opt_out', 'opt_in', 'help', 'status', 'none'] as const;
export type Intent = (typeof INTENTS)[number];

/** `explicit`: act at once. `likely`: ask one question first. `none`: no consent intent. */
export type Certainty = 'explicit' | 'likely' | 'none';

/**
 * `all`: the customer means every kind of marketing. `category`: they named one of the
 * tenant's categories. `default`: nothing said; the service decides from context (the task
 * the message answers, the tenant's keyword scope).
 */
export type Scope = 'all' | 'category' | 'default';

export const LANGS = LANGUAGES;
export type Lang = (typeof LANGS)[number];

export interface Classification {
  intent: Intent;
  certainty: Certainty;
  /** ISO 639-1 code of one of LANGS, or `und` when the language is not recognised. */
  language: Lang | 'und';
  scope: Scope;
  categoryId: string | null;
  /** The keyword or phrase that decided, as normalised (lower case, no accents). */
  matched: string | null;
}

export interface CategoryRef {
  id: string;
  name: string;
  keywords: string[];
}

export interface ClassifyOptions {
  /** Tenant words or phrases that mean opt-out, matched like the built-in keywords. */
  extraOptOut?: string[];
  /** Tenant words or phrases that mean opt-in, matched like the built-in keywords. */
  extraOptIn?: string[];
  /**
   * Tenant phrases that are never an opt-out (a brand slogan such as "Never stop
   * exploring"): their words are set aside before anything is read, wherever they appear.
   */
  neverOptOut?: string[];
  /** The tenant's marketing categories; naming one scopes the intent to it. */
  categories?: CategoryRef[];
}

/** The intents a lexicon rule can conclude. */
export type RuleIntent = Exclude<Intent, 'none'>;

/**
 * One phrase rule. `p` is a small token grammar (see grammar.ts): words, `a|b`
 * alternatives, `(x y|z)` groups, `?x` optional, `~N` up to N other words, `@class`,
 * `@eoc` end of clause, `@bos` start of clause, `word*` any word with that prefix.
 */
export interface Rule {
  intent: RuleIntent;
  certainty: 'explicit' | 'likely';
  p: string;
  /** Cancelled by a negator just before it ("don't stop", "no pares"). Default: true. */
  negatable?: boolean;
  /** A polite request to cease: its own negator or stop verb does not cancel it. */
  polite?: boolean;
  /** An opt-in that sounds negative ("don't stop sending the deals"): stops it overlaps go. */
  keeps?: boolean;
  /**
   * An opt-in asked as a question that is the request itself ("why does my neighbour get your
   * codes and I don't?"): kept where an opt-in phrase inside a question is not (round 13a).
   */
  asks?: boolean;
  /**
   * Said of the messages or offers themselves, now ("drowning in your messages 😅", "moved away
   * last year, so the store offers are wasted on me"): laughter does not make it a joke, nor a
   * past moment a stop told (round 13b, signals.ts).
   */
  wry?: boolean;
  /**
   * A stop of one named automated stream ("turn off the price-drop alerts, keep the rest", round
   * 13c): "keep the rest" beside it is said of the other streams, and does not set it aside.
   */
  stream?: boolean;
}

/** Whole-message keywords, by what they mean when the message is (almost) only them. */
export interface KeywordSets {
  /** Opt-out even with objects or pronouns around ("stop", "stop it", "unsubscribe me"). */
  stop: string[];
  /** Opt-out alone or with marketing objects; only `likely` with a bare pronoun ("cancel it"). */
  stopWeak: string[];
  /** Opt-out only when alone (with polite filler): the word has common other meanings ("para"). */
  stopSolo: string[];
  /** Might mean stop ("no", "enough", "spam"): ask first. */
  stopLikely: string[];
  start: string[];
  help: string[];
  status: string[];
}

export interface Lexicon {
  lang: Lang;
  keywords: KeywordSets;
  /** Polite words, greetings, "now": ignored around a keyword. */
  filler: string[];
  /** Words for "everything": widen the scope to all marketing. */
  all: string[];
  /** Names for marketing messages ("messages", "promos", "offers"). */
  objects: string[];
  /** "it", "this", "them": an opt-out's object when the message is short. */
  pronouns: string[];
  /** Articles, "me", "my number", "from the list": allowed around a keyword. */
  connectors: string[];
  /** Words that cancel a following stop verb ("don't", "não", "nicht"). */
  negators: string[];
  /** Negators that follow the verb (German "hören Sie nicht auf", French "n'arrêtez pas"). */
  negatorsAfter?: string[];
  /** Named word classes used by rules as `@name`. */
  classes: Record<string, string[]>;
  /** Phrases that look like a keyword but are not ("bus stop"): masked before rules run. */
  traps: string[];
  rules: Rule[];
  /** Frequent words that tell this language apart (language detection). */
  common: string[];
  /** Chat spellings read as the full words ("kiero" → "quiero", "jgn" → "jangan"). */
  slang?: Record<string, string>;
  /** Patterns (rule grammar) for what the words around a keyword say; see signals.ts. */
  signals?: Partial<Record<SignalKind, string[]>>;
}

/**
 * What the rest of a message says about a keyword in it (signals.ts):
 * - `laugh`: laughter or a joke ("haha", "mdr", "hasa hasa"): "stop it, I'm dying" is no stop;
 * - `past`: a past moment or a mistake ("last year", "by mistake"): an unsubscription told,
 *   not asked for;
 * - `still`: a stop already asked for and ignored ("still", "already told you");
 * - `decline`: one offer declined, not all ("not this time", "not for today");
 * - `others`: the rest still wanted ("but keep sending the others", "every shop except you");
 * - `another`: another product asked about after one declined ("anything on bags?");
 * - `elsewhere`: another shop, brand or company named ("another store", "otra tienda"): a
 *   stop in its own clause is about that company, not this one (round 7b).
 */
export type SignalKind =
  'laugh' | 'past' | 'still' | 'decline' | 'others' | 'another' | 'elsewhere' | 'hypothetical';
