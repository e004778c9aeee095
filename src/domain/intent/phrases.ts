/**
 * Phrase rules inside free text. Order matters: traps ("bus stop", "cancel my order") are
 * masked first; then questions ("how do I unsubscribe?", "am I subscribed?") are read and
 * masked, so the opt-out words they contain are not acted on; then opt-out and opt-in
 * phrases are read, each dropped when a negator governs it ("don't stop sending deals").
 */
import {
  COMPILED,
  NEGATORS,
  STOP_VERBS,
  type CompiledLexicon,
  type CompiledRule,
} from './compiled';
import type { TenantPhrases } from './cover';
import type { Finding } from './finding';
import { anchorIndex } from './anchor-index';
import { findSpans, renderTokens, type TokenSpan } from './grammar';
import { guessLanguage } from './language';
import { LEXICONS } from './lexicon';
import { isBoundary, isUnspaced, phraseTokens } from './normalize';
import { withReasonBreaks } from './reason-breaks';

const MASK = '#';
const NEGATION_WINDOW = 3;

const ALL_NEGATORS: ReadonlySet<string> = new Set(COMPILED.flatMap((c) => [...c.negators]));
/**
 * Negators of scripts written without spaces, longer than one letter ("ไม่", "อย่า"): read
 * letter by letter, they negate a phrase whose letters follow them at once ("ไม่อยากสมัคร").
 */
const UNSPACED_NEGATORS: readonly (readonly string[])[] = LEXICONS.flatMap((l) => l.negators)
  .filter(isUnspaced)
  .map(phraseTokens)
  .filter((t) => t.length > 1);
// English negators apply to every language's rules: "stop" and "unsubscribe" are used
// everywhere, and "don't unsubscribe me" must not be read by another lexicon's "unsub*".
const EN_NEGATORS: readonly string[] = [...(COMPILED.find((c) => c.lang === 'en')?.negators ?? [])];
const RULE_NEGATORS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  COMPILED.map((c) => [c.lang, new Set([...c.negators, ...EN_NEGATORS])]),
);

function mask(tokens: string[], span: TokenSpan): void {
  for (let i = span.start; i < span.end; i++) if (!isBoundary(tokens[i])) tokens[i] = MASK;
}

/**
 * A negator among the few words before the phrase (same clause), inside it, or, for
 * languages that negate after the verb, just after its first word. "Why don't you stop
 * texting me" is a demand, not a negation: a negator followed by "you" is skipped.
 */
export function isNegated(
  tokens: readonly string[],
  span: TokenSpan,
  negators: ReadonlySet<string>,
  after: ReadonlySet<string> = new Set(),
): boolean {
  let seen = 0;
  for (let k = span.start - 1; k >= 0 && seen < NEGATION_WINDOW; k--) {
    const t = tokens[k] ?? '';
    if (isBoundary(t)) break;
    if (t === MASK) continue;
    seen++;
    const next = tokens[k + 1];
    if (negators.has(t) && next !== 'you' && next !== 'u') return true;
  }
  for (let k = span.start + 1; k < span.end; k++) if (negators.has(tokens[k] ?? '')) return true;
  const before = (run: readonly string[]): boolean =>
    run.every((w, k) => tokens[span.start - run.length + k] === w);
  if (UNSPACED_NEGATORS.some(before)) return true;
  for (let k = span.start + 1; k <= span.start + 2 && k < tokens.length; k++) {
    const t = tokens[k] ?? '';
    if (isBoundary(t)) break;
    if (after.has(t)) return true;
  }
  return false;
}

/**
 * "I don't want to stop receiving messages": a phrase that carries its own negation
 * ("don't want ... messages") around a stop verb is a double negation, not an opt-out.
 */
function hasInnerStop(
  tokens: readonly string[],
  span: TokenSpan,
  homographs: ReadonlySet<string>,
): boolean {
  for (let k = span.start + 1; k < span.end; k++) {
    const t = tokens[k] ?? '';
    // Another language's stop verb the rule spells out is its own word ("hindi para sa akin").
    if (STOP_VERBS.has(t) && !homographs.has(t)) return true;
  }
  return false;
}

function toFinding(cr: CompiledRule, span: TokenSpan, tokens: readonly string[]): Finding {
  const { intent, certainty } = cr.rule;
  const matched = tokens.slice(span.start, span.end).join(' ');
  const found: Finding = {
    intent,
    certainty,
    matched,
    langs: [cr.lang],
    ...span,
    source: 'phrase',
    all: false,
  };
  // The rule's own marks, set only when true (a finding without them reads as before).
  if (cr.rule.keeps) found.keeps = true;
  if (cr.rule.asks) found.asks = true;
  if (cr.rule.wry) found.wry = true;
  if (cr.rule.stream) found.stream = true;
  return found;
}

const RULES = anchorIndex(COMPILED.flatMap((lex) => lex.rules.map((cr) => ({ ...cr, lex }))));
const TRAPS = anchorIndex(COMPILED.flatMap((lex) => lex.traps));

type IndexedRule = CompiledRule & { lex: CompiledLexicon };

function eachRule(
  candidates: readonly IndexedRule[],
  tokens: readonly string[],
  pick: (cr: CompiledRule) => boolean,
  visit: (cr: CompiledRule, span: TokenSpan, lex: CompiledLexicon) => void,
): void {
  const rendered = renderTokens(tokens);
  for (const rule of candidates) {
    if (!pick(rule)) continue;
    for (const span of findSpans(rule.re, rendered)) visit(rule, span, rule.lex);
  }
}

function tenantFindings(tokens: readonly string[], tenant: TenantPhrases): Finding[] {
  const found: Finding[] = [];
  const lists = [
    ['opt_out', tenant.optOut],
    ['opt_in', tenant.optIn],
  ] as const;
  for (const [intent, phrases] of lists) {
    for (const phrase of phrases) {
      if (phrase.length < 2) continue; // single words count only as whole messages (bare.ts)
      for (let i = 0; i + phrase.length <= tokens.length; i++) {
        if (!phrase.every((w, k) => tokens[i + k] === w)) continue;
        const span = { start: i, end: i + phrase.length };
        if (isNegated(tokens, span, ALL_NEGATORS)) continue;
        found.push({
          intent,
          certainty: 'explicit',
          matched: phrase.join(' '),
          langs: [],
          ...span,
          source: 'phrase',
          all: false,
        });
      }
    }
  }
  return found;
}

/**
 * The runs of words a trap masked (in `trapped`) and nothing masked since (in `masked`: a
 * question's words stay set aside).
 */
function runsOf(trapped: readonly string[], masked: readonly string[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i <= trapped.length; i++) {
    if (i < trapped.length && trapped[i] === MASK && masked[i] === MASK) run.push(i);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  }
  return out;
}

/** The message with its traps masked ("vom Konto abmelden", "cancel my order"). */
export function maskTraps(tokens: readonly string[]): string[] {
  const masked = [...tokens];
  const rendered = renderTokens(tokens);
  for (const trap of TRAPS(new Set(tokens))) {
    for (const s of findSpans(trap.re, rendered)) mask(masked, s);
  }
  return masked;
}

export function readPhrases(tokens: readonly string[], tenant: TenantPhrases): Finding[] {
  const trapped = maskTraps(tokens);
  const masked = [...trapped];
  const findings: Finding[] = [];
  const questions: TokenSpan[] = [];
  const isQuestion = (cr: CompiledRule): boolean =>
    cr.rule.intent === 'help' || cr.rule.intent === 'status';
  // The rules the message's words point to, found once (masking only removes words).
  const candidates = RULES(new Set(tokens));
  eachRule(candidates, masked, isQuestion, (cr, span) => {
    findings.push(toFinding(cr, span, masked));
    questions.push(span);
  });
  for (const span of questions) mask(masked, span);

  // Negators of the message's own language apply too: a Spanish rule can match a
  // Portuguese message ("não quero parar de receber").
  const context = guessLanguage(tokens);
  const contextNegators = context ? [...(NEGATORS.get(context) ?? [])] : [];
  // "Don't stop sending me the deals" (round 8): the negated stop is a trap (masked, no stop),
  // and the opt-in it says is read on the words as written.
  eachRule(
    candidates,
    tokens,
    (cr) => cr.rule.keeps === true,
    (cr, span) => findings.push(toFinding(cr, span, tokens)),
  );
  const isStatement = (cr: CompiledRule): boolean => !isQuestion(cr) && cr.rule.keeps !== true;
  // Round 17b: "nie ma sensu wypiszcie mnie" (no sense, sign me off): the negator of a reason
  // run on before the stop governs the reason only (reason-breaks.ts).
  const governed = withReasonBreaks(masked);
  /** A statement's span, unless negated or a double negation; read on `seen`. */
  const visit =
    (seen: readonly string[]) => (cr: CompiledRule, span: TokenSpan, lex: CompiledLexicon) => {
      const own = RULE_NEGATORS.get(lex.lang) ?? lex.negators;
      const negators =
        context && context !== lex.lang ? new Set([...own, ...contextNegators]) : own;
      if (cr.rule.negatable !== false && isNegated(governed, span, negators, lex.negatorsAfter))
        return;
      const doubled =
        cr.rule.negatable === false && !cr.rule.polite && cr.rule.intent === 'opt_out';
      if (doubled && hasInnerStop(masked, span, cr.homographs)) return;
      findings.push(toFinding(cr, span, seen));
    };
  eachRule(candidates, masked, isStatement, visit(masked));
  // Round 12: a trap sets words aside in another sense ("para mí": for me, no "stop"); a rule
  // that spells out ALL of them has read them in that sense, so it is read with them given
  // back ("estas ofertas no son para mí"). A rule that names only the stop word a trap guards
  // ("tak boleh berhenti beli": can't stop buying) still meets the trap. Only spans holding
  // such words are read again: the rest were read above.
  const aside = runsOf(trapped, masked);
  if (aside.length > 0) {
    const words = new Set(aside.flatMap((run) => run.map((i) => tokens[i] ?? '')));
    const restored = [...masked];
    for (const run of aside) for (const i of run) restored[i] = tokens[i] ?? '';
    const spells = (cr: CompiledRule): boolean =>
      isStatement(cr) && [...words].some((w) => cr.written.has(w));
    const read = visit(restored);
    eachRule(candidates, restored, spells, (cr, span, lex) => {
      const touched = aside.filter((run) => run.some((i) => i >= span.start && i < span.end));
      const whole = touched.every((run) =>
        run.every((i) => i >= span.start && i < span.end && cr.written.has(tokens[i] ?? '')),
      );
      if (touched.length > 0 && whole) read(cr, span, lex);
    });
  }
  findings.push(...tenantFindings(masked, tenant));
  return withoutOptInsInsideStops(findings);
}

/**
 * "No need to keep sending", "I don't want to receive your offers" (round 13a): an opt-in phrase
 * that lies wholly inside a stop the lexicon read is that stop's own words, no opt-in. (A `keep`
 * opt-in is the other way round: it holds the stop it sets aside.)
 */
function withoutOptInsInsideStops(findings: Finding[]): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out' && f.certainty === 'explicit');
  if (stops.length === 0) return findings;
  return findings.filter(
    (f) =>
      f.intent !== 'opt_in' ||
      f.keeps === true ||
      !stops.some((s) => s.start <= f.start && s.end >= f.end && s.end - s.start > f.end - f.start),
  );
}
