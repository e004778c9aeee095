/**
 * "Sitenizde abonelikten çık butonu bile yok, neyse, kargom ne zaman gelir?" (round 10): a stop
 * phrase that only names a link or a button ("the unsubscribe button"), in a message that then
 * turns to something else, is no stop asked for: it is asked about (`likely`), never acted on
 * at once. The model used to doubt it; the rules now say so themselves. A stop said anywhere
 * else in the message ("the unsubscribe link is broken, take me off") keeps it explicit.
 * In every language at once (way-out.ts LINK).
 */
import { clauseOf } from './bounds';
import type { Finding } from './finding';
import { startsAt } from './asking';
import { LINK } from './way-out';

/** Findings read again: stops that only name a button, before another matter, are asked about. */
export function askNamedButtons(findings: Finding[], tokens: readonly string[]): Finding[] {
  const stops = findings.filter((f) => f.intent === 'opt_out' && f.certainty === 'explicit');
  if (stops.length === 0) return findings;
  const names = (f: Finding): boolean => {
    if (f.source !== 'phrase' || !startsAt(LINK, tokens, f.end, tokens.length)) return false;
    // Another clause follows: the message moves on to something else.
    const [, to] = clauseOf(tokens, f);
    return to < tokens.length - 1;
  };
  if (!stops.every(names)) return findings;
  return findings.map((f) => (stops.includes(f) ? { ...f, certainty: 'likely' } : f));
}
