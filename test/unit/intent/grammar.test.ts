import {
  compilePattern,
  findSpans,
  patternAnchors,
  renderTokens,
} from '../../../src/domain/intent/grammar';

const classes = (name: string): string[] | undefined =>
  ({ obj: ['messages', 'promo codes'], det: ['the', 'these'], tail: ['@eoc', '@obj'] })[name];

function spans(pattern: string, text: string): string[] {
  const tokens = text.split(' ');
  return findSpans(compilePattern(pattern, classes), renderTokens(tokens)).map((s) =>
    tokens.slice(s.start, s.end).join(' '),
  );
}

describe('rule grammar', () => {
  it('matches whole words only', () => {
    expect(spans('stop', 'stop now')).toEqual(['stop']);
    expect(spans('stop', 'unstoppable nonstop')).toEqual([]);
  });

  it('supports alternatives, groups, optional words and classes', () => {
    expect(spans('stop|quit ?@det @obj', 'quit the messages')).toEqual(['quit the messages']);
    expect(spans('(do not|dont) text', 'please do not text')).toEqual(['do not text']);
    expect(spans('stop @obj', 'stop promo codes')).toEqual(['stop promo codes']);
  });

  it('bounds gaps and never crosses a clause boundary', () => {
    expect(spans('remove ~2 list', 'remove me from list')).toEqual(['remove me from list']);
    expect(spans('remove ~1 list', 'remove me from list')).toEqual([]);
    expect(spans('remove ~3 list', 'remove me | list')).toEqual([]);
  });

  it('anchors end and start of clause', () => {
    expect(spans('stop @tail', 'stop | thanks')).toEqual(['stop']);
    expect(spans('stop @tail', 'stop by')).toEqual([]);
    expect(spans('@bos no @obj', 'no messages | say no messages')).toEqual(['no messages']);
  });

  it('matches word prefixes and folds accents in patterns', () => {
    expect(spans('desabonn*', 'je me désabonne'.normalize('NFD').replace(/\p{M}/gu, ''))).toEqual([
      'desabonne',
    ]);
    expect(spans('não quero', 'nao quero mais')).toEqual(['nao quero']);
  });

  it('rejects malformed patterns with a message naming them', () => {
    expect(() => compilePattern('(stop', classes)).toThrow(/Unbalanced/);
    expect(() => compilePattern('stop @nothing', classes)).toThrow(/@nothing/);
    expect(() => compilePattern('(no )?more', classes)).toThrow();
  });

  it('computes the words every match must contain', () => {
    expect([...(patternAnchors('?please stop|quit @obj', classes) ?? [])].sort()).toEqual([
      'quit',
      'stop',
    ]);
    expect(patternAnchors('unsub*', classes)).toBeNull();
    expect(patternAnchors('stop @tail', classes)).toEqual(new Set(['stop']));
  });
});
