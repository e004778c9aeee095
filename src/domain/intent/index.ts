/**
 * The message classifier: is a customer's message an opt-out, an opt-in, help or status?
 *
 * Decisions worth knowing (the corpus in test/unit/intent pins each of them):
 * - A whole-message keyword ("STOP", "Stop. Thank you", "PARAR 🛑", "stopppp", "S.T.O.P")
 *   is explicit. Words that double as other things ("para" = for, "dur", "end", "cancel")
 *   count alone; "cancel my order", "bus stop", "dur bir dakika" are not opt-outs.
 * - A phrase inside text is explicit when unambiguous ("please stop sending me these",
 *   "não quero mais receber mensagens") and `likely` when it only might mean stop ("too many
 *   messages", "no", a lone 🛑): the service asks one question before recording anything.
 * - A negator governing the phrase cancels it ("don't stop sending me deals", "não pare",
 *   "nicht aufhören", "لا توقف"); "I don't want to stop receiving these" is no opt-out.
 * - "How do I unsubscribe?" is `help` (Twilio would not opt out either); the help reply
 *   tells the customer the keyword. "Am I subscribed?" is `status`.
 * - A bare YES is never an opt-in (it collides with bot questions); START, UNSTOP,
 *   "subscribe again", VOLTAR, ALTA... are. An opt-in phrase inside a question ("subscribe
 *   to what?") is not one, since re-subscribing someone by mistake is the costlier error.
 * - German "abmelden" alone is an opt-out (not with Konto/App: log out); "anmelden" alone is
 *   an opt-in. "cancel my subscription" is an opt-out.
 * - Scope: "all"/"todas"/"alle"/STOPALL → `all`; a tenant category named → `category`
 *   ("stop all offers" stays the category; two categories named → `all`); else `default`.
 * - Tenant extra phrases match after the same normalisation: a single word only as a whole
 *   message (like the built-in keywords), a longer phrase anywhere unless negated.
 * - Language: the lexicon that decided, unless the words around an international keyword
 *   say otherwise ("stop por favor" → es); Arabic (Urdu when its letters show), Devanagari,
 *   Cyrillic, Bengali, Thai and Chinese/Japanese script decide by themselves; Roman Urdu
 *   reads as Hindi; `und` when nothing tells.
 * - 23 languages (types.ts LANGS; Ukrainian since round 9b). Chinese, Japanese and Thai have no spaces between words:
 *   they are read letter by letter, and their phrases match wherever they stand.
 * - The rest of a message can overrule a keyword in it (signals.ts): laughter or a song
 *   ("stop it 😂 I'm dying") makes a short stop a joke; a past or mistaken unsubscription
 *   ("I unsubscribed by mistake, add me back") makes the request an opt-in, or, with no
 *   request, nothing ("I unsubscribed last year, where are my points?"); a stop already asked
 *   for ("I told you to stop, still getting promos??") is explicit; one offer declined ("not
 *   this time", "not this one but keep sending the others") is no stop and no opt-in.
 * - "Who is this?" and "why am I getting these?" are help in every language (the help reply
 *   names the brand and the way out); "why do you keep texting me" stays a likely stop.
 * - An international keyword in capitals or said twice opens a stop in any language ("STOP
 *   prosím, nepište"); tenant never-opt-out phrases (a slogan with "stop") are masked first.
 */
export { classifyByRules } from './classify';
export { classifyMessage } from './learned';
export { detectLanguage } from './language';
export { foldText, normalizeText } from './normalize';
export { sharedKeywordLanguages } from './shared-keyword';
export type {
  CategoryRef,
  Certainty,
  Classification,
  ClassifyOptions,
  Intent,
  Lang,
  Scope,
} from './types';
export { INTENTS, LANGS } from './types';
