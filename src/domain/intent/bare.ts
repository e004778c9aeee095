/**
 * Whole-message keywords: "STOP", "Stop. Thank you", "stop all please", "CANCELAR",
 * "PARAR 🛑", "unsubscribe me from offers". The message (or one sentence of it) must be
 * nothing but a keyword and words that cannot change its meaning; anything else is left
 * to the phrase rules, so "stop, o Zé não vem" or "STOP this terrible bill" are not read
 * as an opt-out.
 */
import { isAllWord, NEGATORS, NON_KEYWORD_ROLES, type KeywordKind } from './compiled';
import { coverWords, rolesOf, type CoveredPhrase, type TenantPhrases } from './cover';
import type { Finding } from './finding';
import { isBoundary } from './normalize';
import type { Lang } from './types';

const KIND_ORDER: readonly KeywordKind[] = [
  'stop',
  'stopWeak',
  'stopSolo',
  'start',
  'status',
  'help',
  'stopLikely',
];

function kindsOf(p: CoveredPhrase): KeywordKind[] {
  const kinds = KIND_ORDER.filter((k) => p.roles.some((r) => r.role === k));
  if (p.tenant === 'stop') kinds.unshift('stop');
  if (p.tenant === 'start') kinds.unshift('start');
  return kinds;
}

const isFiller = (p: CoveredPhrase): boolean => rolesOf(p, 'filler').length > 0;

interface Reading {
  kind: KeywordKind;
  phrase: CoveredPhrase;
  pronounOnly: boolean;
  othersCount: number;
  kindCount: number;
}

function read(covered: readonly CoveredPhrase[]): Reading | null {
  const keywords = covered.filter((p) => kindsOf(p).length > 0);
  const others = covered.filter((p) => kindsOf(p).length === 0 && !isFiller(p));
  const hasObject = others.some(
    (p) => p.categoryIds.length > 0 || rolesOf(p, 'object').length + rolesOf(p, 'all').length > 0,
  );
  const hasPronoun = others.some((p) => rolesOf(p, 'pronoun').length > 0);
  const first = new Set(keywords.map((p) => kindsOf(p)[0]));
  // "não quero parar de receber": stop and start words together make a sentence, not a keyword.
  if (first.has('start') && (first.has('stop') || first.has('stopWeak') || first.has('stopSolo')))
    return null;
  for (const kind of KIND_ORDER) {
    const phrase = keywords.find((p) => kindsOf(p)[0] === kind);
    if (!phrase) continue;
    const kindCount = new Set(keywords.map((p) => kindsOf(p)[0])).size;
    return {
      kind,
      phrase,
      pronounOnly: hasPronoun && !hasObject,
      othersCount: others.length,
      kindCount,
    };
  }
  return null;
}

function langsOf(p: CoveredPhrase, kind: KeywordKind): Lang[] {
  return p.tenant ? [] : [...new Set(rolesOf(p, kind))];
}

/**
 * "não pare", "لا توقف", "jangan berhenti": a keyword right after a negator of its own
 * language, or a phrase holding one ("não quero parar"), with no comma between, is negated. English "no stop" stays a stop ("no" is not an
 * English negator); "No, stop" has a comma anyway.
 */
function isNegated(covered: readonly CoveredPhrase[], slice: readonly string[]): boolean {
  const boundaryBefore: boolean[] = [];
  let pending = false;
  for (const t of slice) {
    if (isBoundary(t)) pending = true;
    else {
      boundaryBefore.push(pending);
      pending = false;
    }
  }
  return covered.some((p, i) => {
    const prev = covered[i - 1];
    if (!prev || boundaryBefore[p.start] || kindsOf(p).length === 0) return false;
    const langs = p.tenant
      ? [...NEGATORS.keys()]
      : p.roles.filter((r) => !NON_KEYWORD_ROLES.has(r.role)).map((r) => r.lang);
    // "wag nyo itigil": the negator may stand before a pronoun or connector.
    const prev2 = covered[i - 2];
    const between = prev.roles.every((r) => NON_KEYWORD_ROLES.has(r.role));
    const before = [
      ...prev.text.split(' '),
      ...(prev2 && between && !boundaryBefore[prev.start] ? prev2.text.split(' ') : []),
    ];
    return langs.some((l) => before.some((w) => NEGATORS.get(l)?.has(w)));
  });
}

/**
 * Connectors ("the", "i", "de", "me") only count around a keyword of their own language
 * (or a tenant keyword): Italian "i" next to English "quit" does not make "I quit!" a
 * bare keyword message. Filler and marketing objects mix freely ("stop por favor").
 */
function sameLanguageConnectors(covered: readonly CoveredPhrase[], r: Reading): boolean {
  if (r.phrase.tenant) return true;
  const langs = new Set(r.phrase.roles.map((x) => x.lang));
  return covered.every((p) => {
    if (p.tenant || p.categoryIds.length > 0 || p.roles.every((x) => x.role !== 'connector'))
      return true;
    if (p.roles.some((x) => x.role !== 'connector')) return true;
    return p.roles.some((x) => langs.has(x.lang)) || /^\d+$/.test(p.text);
  });
}

export type BareFinding = Finding & { kind: KeywordKind | 'emoji' };

/**
 * Read tokens[from, to) as a bare keyword message. `stopEmoji` (🛑, ✋, 👎...) turns a
 * message of only objects and filler ("🛑 promos") into a likely opt-out.
 */
export function readBare(
  tokens: readonly string[],
  from: number,
  to: number,
  tenant: TenantPhrases,
  stopEmoji: boolean,
): BareFinding | null {
  const slice = tokens.slice(from, to);
  const words = slice.filter((t) => !isBoundary(t));
  if (words.length === 0) return null;
  const covered = coverWords(words, tenant);
  if (!covered || isNegated(covered, slice)) return null;
  // "stop all" is one keyword phrase; its "all" still widens the scope.
  const all = covered.some(
    (p) =>
      rolesOf(p, 'all').length > 0 || (kindsOf(p).length > 0 && p.text.split(' ').some(isAllWord)),
  );
  const base = { start: from, end: to, source: 'message', all } as const;
  const r = read(covered);
  if (r && !sameLanguageConnectors(covered, r)) return null;
  if (!r) {
    if (!stopEmoji || covered.every(isFiller)) return null;
    const emoji = { intent: 'opt_out', certainty: 'likely', matched: 'emoji', langs: [] } as const;
    return { ...base, ...emoji, langs: [], kind: 'emoji' };
  }
  const found = { ...base, matched: r.phrase.text, langs: langsOf(r.phrase, r.kind), kind: r.kind };
  switch (r.kind) {
    case 'stop':
      return { ...found, intent: 'opt_out', certainty: 'explicit' };
    case 'stopWeak':
      return { ...found, intent: 'opt_out', certainty: r.pronounOnly ? 'likely' : 'explicit' };
    case 'stopSolo':
      return r.othersCount === 0 && r.kindCount === 1
        ? { ...found, intent: 'opt_out', certainty: 'explicit' }
        : null;
    case 'start':
      return { ...found, intent: 'opt_in', certainty: 'explicit' };
    case 'status':
      return { ...found, intent: 'status', certainty: 'explicit' };
    case 'help':
      return { ...found, intent: 'help', certainty: 'explicit' };
    case 'stopLikely':
      return { ...found, intent: 'opt_out', certainty: 'likely' };
  }
}

/** 😡 🤬 😠 👿 💢 😤 🖕: anger. */
export const ANGER_EMOJI: ReadonlySet<string> = new Set([
  '\u{1F621}',
  '\u{1F92C}',
  '\u{1F620}',
  '\u{1F47F}',
  '\u{1F4A2}',
  '\u{1F624}',
  '\u{1F595}',
]);

/**
 * A sentence of a longer message that is a bare keyword: "STOP. I never signed up" or
 * "I get too many of these. Unsubscribe". Strong keywords count as explicit, weaker ones
 * ("Cancel. Wrong address", "Para! ...") only as likely.
 */
export function readSentences(
  tokens: readonly string[],
  tenant: TenantPhrases,
  angry = false,
): Finding[] {
  const found: Finding[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== '||') continue;
    const f = from > 0 || i < tokens.length ? readBare(tokens, from, i, tenant, false) : null;
    if (f?.kind === 'stop' || f?.kind === 'help' || f?.kind === 'start')
      found.push({ ...f, source: 'sentence' });
    else if (f && (f.kind === 'stopWeak' || f.kind === 'stopSolo')) {
      found.push({ ...f, source: 'sentence', certainty: 'likely' });
    } else if (f?.kind === 'stopLikely' && angry) {
      // "พอ!!! พอได้แล้ว!!! 😡", "ENOUGH!! 🤬": a maybe-stop shouted in anger, asked about.
      found.push({ ...f, source: 'sentence' });
    }
    from = i + 1;
  }
  return [...found, ...readClauses(tokens, tenant, found)];
}

/**
 * "you're sending again, stop", "too many messages, unsubscribe": a strong keyword that is
 * the last clause of the message, after a comma. Likely only (one question first). A stop
 * that opens the message is often "wait" ("stop, I meant the blue one", "stop, o Zé não
 * vem"): not read here.
 */
function readClauses(
  tokens: readonly string[],
  tenant: TenantPhrases,
  sentences: readonly Finding[],
): Finding[] {
  const comma = tokens.lastIndexOf('|');
  if (comma < 0 || tokens.indexOf('||', comma) >= 0) return [];
  if (sentences.some((s) => s.end === tokens.length)) return [];
  const f = readBare(tokens, comma + 1, tokens.length, tenant, false);
  return f?.kind === 'stop' ? [{ ...f, source: 'sentence', certainty: 'likely' }] : [];
}
