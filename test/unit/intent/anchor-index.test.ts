import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorIndex } from '../../../src/domain/intent/anchor-index';
import { runs, startsAt } from '../../../src/domain/intent/asking';
import { COMPILED, VOCABULARY } from '../../../src/domain/intent/compiled';
import {
  findSpans,
  patternAnchors,
  patternRequirements,
  renderTokens,
  type Requirement,
} from '../../../src/domain/intent/grammar';
import { normalizeText } from '../../../src/domain/intent/normalize';
import { CORPUS } from './corpus';
import { parseFreshCorpus } from './fresh/score';

const classes = (name: string): string[] | undefined =>
  ({ obj: ['messages', 'promo codes'], tail: ['@eoc', '@obj'] })[name];

const read = (pattern: string): [string[], string[]][] =>
  patternRequirements(pattern, classes).map((r) => [[...r.words].sort(), r.prefixes]);

/** Whether a message of these tokens meets a requirement. */
const meets = (r: Requirement, tokens: readonly string[]): boolean =>
  tokens.some((t) => r.words.has(t) || r.prefixes.some((p) => t.startsWith(p)));

describe('requirements of a pattern', () => {
  it('lists one per element no match can skip, in pattern order', () => {
    expect(read('?please stop|quit ~2 @obj')).toEqual([
      [['quit', 'stop'], []],
      [['messages', 'promo'], []],
    ]);
    expect(read('unsub*|stop ~2 (the list|lists)')).toEqual([
      [['stop'], ['unsub']],
      [['lists', 'the'], []],
    ]);
    expect(read('Désabonn* (henti langgan*|quit)')).toEqual([
      [[], ['desabonn']],
      [['henti', 'quit'], []],
    ]);
    expect(read('?stop ~1 @eoc')).toEqual([]);
  });

  it('takes the anchors from the smallest requirement without prefixes', () => {
    expect(patternAnchors('stop|quit|end @obj', classes)).toEqual(new Set(['messages', 'promo']));
    expect(patternAnchors('unsub* @obj', classes)).toEqual(new Set(['messages', 'promo']));
    expect(patternAnchors('unsub*', classes)).toBeNull();
  });

  // Every lexicon pattern, on every message it matches, meets each of its required sets:
  // otherwise the index would skip a pattern that matches (and change an answer). Tried on
  // the patterns whose anchors the message holds (no other can match: the index's old rule).
  it('is met by every message a lexicon pattern matches', () => {
    const fresh = readFileSync(join(__dirname, 'corpus', 'fresh-batch1.jsonl'), 'utf8');
    const texts = [...CORPUS.map((c) => c.text), ...parseFreshCorpus(fresh).map((c) => c.text)];
    const patterns = COMPILED.flatMap((c) => [
      ...c.rules,
      ...c.traps,
      ...c.signals.map(([, p]) => p),
    ]).filter((p) => p.required.length > 1 || p.required.some((r) => r.prefixes.length > 0));
    const byAnchor = new Map<string, typeof patterns>();
    for (const p of patterns)
      for (const w of p.anchors ?? []) byAnchor.set(w, [...(byAnchor.get(w) ?? []), p]);
    const missed: string[] = [];
    let matched = 0;
    let prefixed = 0;
    for (const text of texts) {
      const tokens = normalizeText(text, (w) => VOCABULARY.has(w)).tokens;
      const words = new Set(tokens);
      const rendered = renderTokens(tokens);
      for (const p of new Set([...words].flatMap((w) => byAnchor.get(w) ?? []))) {
        if (findSpans(p.re, rendered).length === 0) continue;
        matched++;
        if (p.required.some((r) => r.prefixes.length > 0)) prefixed++;
        if (!p.required.every((r) => meets(r, tokens))) missed.push(`${p.re.source} on "${text}"`);
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(500);
    expect(prefixed).toBeGreaterThan(50);
  });
});

describe('anchor index', () => {
  const need = (words: string[], prefixes: string[] = []): Requirement => ({
    words: new Set(words),
    prefixes,
  });
  const a = need(['stop', 'quit']);
  const b = need(['messages']);
  const patterns = [
    { id: 'always', anchors: null, required: [] },
    { id: 'stop messages', anchors: b.words, required: [a, b] },
    { id: 'stop', anchors: a.words, required: [a] },
    { id: 'no required list', anchors: new Set(['help']) },
    { id: 'unsub*', anchors: null, required: [need([], ['unsub'])] },
  ];
  const lookup = anchorIndex(patterns);
  const ids = (...words: string[]): string[] => lookup(new Set(words)).map((p) => p.id);

  it('returns each pattern the words point to once, in the original order', () => {
    expect(ids('quit', 'stop', 'messages', 'help')).toEqual([
      'always',
      'stop messages',
      'stop',
      'no required list',
    ]);
    expect(ids('quit', 'stop', 'messages')).toEqual(ids('messages', 'stop', 'quit'));
  });

  it('skips a pattern when the message misses one of its required sets', () => {
    expect(ids('messages')).toEqual(['always']);
    expect(ids('stop')).toEqual(['always', 'stop']);
  });

  it('meets a prefix requirement by a word starting with it', () => {
    expect(ids('unsubscribe')).toEqual(['always', 'unsub*']);
    expect(ids('resubscribe', 'unsu')).toEqual(['always']);
  });

  it('forgets the words of the previous lookup', () => {
    expect(ids('stop', 'messages')).toContain('stop messages');
    expect(ids('messages')).not.toContain('stop messages');
  });
});

describe('word lists with stems and suffixes', () => {
  const list = runs('abmeld*, *jiondoa, отпис*, stop now, please stop*');

  it('matches a stem by its start and a suffix by its end', () => {
    expect(startsAt(list, ['bitte', 'abmelden'], 1, 2)).toBe(true);
    expect(startsAt(list, ['nitajiondoa'], 0, 1)).toBe(true);
    expect(startsAt(list, ['jiondoa'], 0, 1)).toBe(true);
    expect(startsAt(list, ['отписаться'], 0, 1)).toBe(true);
    expect(startsAt(list, ['please', 'stopping'], 0, 2)).toBe(true);
  });

  it('does not match a stem inside a word or a suffix at its start', () => {
    expect(startsAt(list, ['xabmelden'], 0, 1)).toBe(false);
    expect(startsAt(list, ['jiondoani'], 0, 1)).toBe(false);
    expect(startsAt(list, ['stop', 'now'], 0, 1)).toBe(false);
    expect(startsAt(list, ['stop', 'now'], 0, 2)).toBe(true);
  });
});
