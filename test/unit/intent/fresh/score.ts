/**
 * Scores the classifier on a corpus written by someone who never read its lexicons (JSON
 * lines `{ lang, expect, text, note }`), the way issue 18's evaluation does: per language,
 * opt-out recall (opt_out at any certainty), explicit and likely false opt-outs over the
 * messages that are not opt-outs, and opt-in, help and status recall.
 */
import type { Classification, ClassifyOptions } from '../../../../src/domain/intent';

export const EXPECTED = ['opt_out', 'opt_in', 'help', 'status', 'none'] as const;
export type Expected = (typeof EXPECTED)[number];

export interface FreshCase {
  lang: string;
  expect: Expected;
  text: string;
  note?: string;
}

/** A count and its denominator: `hit` of `of` messages. */
export interface Ratio {
  hit: number;
  of: number;
}

export interface Score {
  optOut: Ratio;
  explicitFalseOptOut: Ratio;
  likelyFalseOptOut: Ratio;
  optIn: Ratio;
  help: Ratio;
  status: Ratio;
}

export interface CorpusScore {
  total: Score;
  byLang: Map<string, Score>;
  misses: { c: FreshCase; got: Classification }[];
}

/** Parse JSON lines; a malformed line is an error naming its line number. */
export function parseFreshCorpus(text: string): FreshCase[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      const c = JSON.parse(line) as Partial<FreshCase>;
      if (typeof c.text !== 'string' || typeof c.lang !== 'string')
        throw new Error(`line ${n}: needs "lang" and "text" strings`);
      if (!EXPECTED.includes(c.expect as Expected))
        throw new Error(`line ${n}: "expect" must be one of ${EXPECTED.join(', ')}`);
      return c as FreshCase;
    });
}

const empty = (): Score => ({
  optOut: { hit: 0, of: 0 },
  explicitFalseOptOut: { hit: 0, of: 0 },
  likelyFalseOptOut: { hit: 0, of: 0 },
  optIn: { hit: 0, of: 0 },
  help: { hit: 0, of: 0 },
  status: { hit: 0, of: 0 },
});

function add(s: Score, c: FreshCase, got: Classification): boolean {
  const count = (r: Ratio, hit: boolean): void => {
    r.of++;
    if (hit) r.hit++;
  };
  if (c.expect === 'opt_out') {
    count(s.optOut, got.intent === 'opt_out');
    return got.intent === 'opt_out';
  }
  const out = got.intent === 'opt_out';
  count(s.explicitFalseOptOut, out && got.certainty === 'explicit');
  count(s.likelyFalseOptOut, out && got.certainty === 'likely');
  if (c.expect === 'opt_in') count(s.optIn, got.intent === 'opt_in');
  if (c.expect === 'help') count(s.help, got.intent === 'help');
  if (c.expect === 'status') count(s.status, got.intent === 'status');
  return got.intent === c.expect;
}

export function scoreCorpus(
  cases: readonly FreshCase[],
  classify: (text: string, opts?: ClassifyOptions) => Classification,
): CorpusScore {
  const total = empty();
  const byLang = new Map<string, Score>();
  const misses: CorpusScore['misses'] = [];
  for (const c of cases) {
    const got = classify(c.text);
    const lang = byLang.get(c.lang) ?? empty();
    byLang.set(c.lang, lang);
    add(lang, c, got);
    if (!add(total, c, got)) misses.push({ c, got });
  }
  return { total, byLang, misses };
}

const ratio = (r: Ratio): string =>
  r.of === 0 ? '-' : `${(r.hit / r.of).toFixed(2)} (${r.hit}/${r.of})`;

/** A Markdown table of the scores, one row per language and a total. */
export function scoreTable(score: CorpusScore): string {
  const head =
    '| lang | opt-out recall | explicit false opt-outs | likely false opt-outs | opt-in | help | status |\n' +
    '|---|---|---|---|---|---|---|';
  const row = (name: string, s: Score): string =>
    `| ${name} | ${ratio(s.optOut)} | ${ratio(s.explicitFalseOptOut)} | ${ratio(s.likelyFalseOptOut)} | ${ratio(s.optIn)} | ${ratio(s.help)} | ${ratio(s.status)} |`;
  const langs = [...score.byLang.keys()].sort();
  return [
    head,
    ...langs.map((l) => row(l, score.byLang.get(l) ?? empty())),
    row('**all**', score.total),
  ].join('\n');
}
