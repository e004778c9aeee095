/**
 * The clause and the sentence around a run of tokens, as [from, to) indexes. A clause ends at
 * any boundary ("|" or "||"), a sentence only at a strong one ("||"). One place for the walk
 * that errand.ts, asking.ts, context.ts and signals.ts each measure their findings with.
 */
import { isBoundary, STRONG_BOUNDARY } from './normalize';

export interface Span {
  start: number;
  end: number;
}

function around(
  tokens: readonly string[],
  span: Span,
  ends: (token: string | undefined) => boolean,
): [number, number] {
  let from = Math.min(span.start, tokens.length);
  while (from > 0 && !ends(tokens[from - 1])) from--;
  let to = span.end;
  while (to < tokens.length && !ends(tokens[to])) to++;
  return [from, to];
}

/** [from, to) of the clause (between any boundaries) around `span`. */
export const clauseOf = (tokens: readonly string[], span: Span): [number, number] =>
  around(tokens, span, isBoundary);

/** [from, to) of the sentence (between "||" marks) around `span`. */
export const sentenceOf = (tokens: readonly string[], span: Span): [number, number] =>
  around(tokens, span, (t) => t === STRONG_BOUNDARY);

/** [from, to) of every sentence of the message (between "||" marks), empty ones left out. */
export function sentencesOf(tokens: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== STRONG_BOUNDARY) continue;
    if (i > from) out.push([from, i]);
    from = i + 1;
  }
  return out;
}
