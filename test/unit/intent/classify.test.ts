import fc from 'fast-check';
import { classifyMessage, INTENTS, LANGS, type Classification } from '../../../src/domain/intent';
import { CORPUS, CORPUS_CATEGORIES, type CorpusCase } from './corpus';

const opts = { categories: CORPUS_CATEGORIES };

function describeCase(c: CorpusCase, r: Classification): string {
  return `${JSON.stringify(c.text)} → ${r.intent}/${r.certainty}/${r.language}/${r.scope}/${r.categoryId} (${r.matched})`;
}

describe('classifyMessage: corpus', () => {
  // The eleven languages of the hand-written corpus; the languages added by issue 18 are
  // covered by the fresh corpora (fresh-corpus.test.ts).
  it('has at least 400 messages covering its 11 languages and every intent', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(400);
    const langs = new Set(CORPUS.map((c) => c.language).filter(Boolean));
    expect(LANGS.slice(0, 11).filter((l) => !langs.has(l))).toEqual([]);
    const intents = new Set(CORPUS.map((c) => c.intent));
    expect([...INTENTS].filter((i) => !intents.has(i))).toEqual([]);
  });

  it.each(CORPUS.map((c) => [c.kind, c.text, c] as const))('%s: %j', (_kind, _text, c) => {
    const r = classifyMessage(c.text, opts);
    const got = {
      intent: c.kind === 'notout' ? (r.intent === 'opt_out' ? 'opt_out' : c.intent) : r.intent,
      certainty: c.certainty ? r.certainty : undefined,
      language: c.language ? r.language : undefined,
      scope: c.scope ? r.scope : undefined,
      categoryId: c.categoryId ? r.categoryId : undefined,
    };
    const want = {
      intent: c.intent,
      certainty: c.certainty,
      language: c.language,
      scope: c.scope,
      categoryId: c.categoryId,
    };
    expect({ ...got, why: describeCase(c, r) }).toEqual({ ...want, why: describeCase(c, r) });
  });
});

describe('classifyMessage: behaviour', () => {
  it('reports the deciding keyword, normalised', () => {
    expect(classifyMessage('  Stooop!!! 🛑 ').matched).toBe('stop');
    expect(classifyMessage('NÃO QUERO MAIS RECEBER MENSAGENS').matched).toBe(
      'nao quero mais receber mensagens',
    );
    expect(classifyMessage('hello there').matched).toBeNull();
  });

  it('returns none/und for empty, blank and punctuation-only text', () => {
    for (const text of ['', '   ', '\n', '...', '?!']) {
      expect(classifyMessage(text)).toEqual({
        intent: 'none',
        certainty: 'none',
        language: 'und',
        scope: 'default',
        categoryId: null,
        matched: null,
      });
    }
  });

  it('scopes to one category, widens to all when two are named or everything is meant', () => {
    expect(classifyMessage('stop offers', opts)).toMatchObject({
      scope: 'category',
      categoryId: 'offers',
    });
    expect(classifyMessage('STOP offers and newsletter', opts)).toMatchObject({
      scope: 'all',
      categoryId: null,
    });
    expect(classifyMessage('stop everything, offers too', opts)).toMatchObject({ scope: 'all' });
    expect(classifyMessage('stop all offers', opts)).toMatchObject({
      scope: 'category',
      categoryId: 'offers',
    });
    expect(classifyMessage('stop offers')).toMatchObject({ scope: 'default', categoryId: null });
    expect(classifyMessage('START offers', opts)).toMatchObject({
      intent: 'opt_in',
      scope: 'category',
    });
  });

  it('matches tenant extra phrases like built-in keywords', () => {
    const extra = { extraOptOut: ['PARE JÁ', 'nada mais'], extraOptIn: ['quero de volta'] };
    expect(classifyMessage('pare já!', extra)).toMatchObject({
      intent: 'opt_out',
      certainty: 'explicit',
    });
    expect(classifyMessage('Olá, nada mais por hoje, obrigado', extra)).toMatchObject({
      intent: 'opt_out',
    });
    expect(classifyMessage('eu quero de volta', extra)).toMatchObject({ intent: 'opt_in' });
    // a negated phrase is not an opt-out
    expect(classifyMessage('não nada mais', extra).intent).not.toBe('opt_out');
    // a single extra word counts only as a whole message
    const word = { extraOptOut: ['basta'], extraOptIn: ['volta'] };
    expect(classifyMessage('zzzstop', { extraOptOut: ['zzzstop'] }).intent).toBe('opt_out');
    expect(classifyMessage('a volta ao mundo', word).intent).toBe('none');
  });

  // Round 11b: a bare YES was nothing (it collides with bot questions). It is the whole reply
  // to a promotion's "Reply YES", so it reads as an opt-in now, but only `likely`: decideReply
  // takes a typed yes as the answer to a pending question first and records nothing on a likely
  // opt-in (round11b.test.ts).
  it('treats a bare YES as a likely opt-in, never an explicit one', () => {
    for (const text of ['yes', 'YES', 'Sí', 'sim', 'oui', 'ja', 'evet', 'да', 'نعم', 'haan']) {
      expect(classifyMessage(text)).toMatchObject({ intent: 'opt_in', certainty: 'likely' });
    }
  });

  it('answers a question about stopping with help, not an opt-out', () => {
    expect(classifyMessage('How do I unsubscribe from the offers?', opts)).toMatchObject({
      intent: 'help',
      scope: 'category',
      categoryId: 'offers',
    });
    expect(classifyMessage('how do I unsubscribe? just unsubscribe me').intent).toBe('opt_out');
  });

  it('never throws and always answers within the declared values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = classifyMessage(text);
        expect(INTENTS).toContain(r.intent);
        expect(['explicit', 'likely', 'none']).toContain(r.certainty);
        expect([...LANGS, 'und']).toContain(r.language);
        expect(['all', 'category', 'default']).toContain(r.scope);
        expect(r.intent === 'none').toBe(r.certainty === 'none');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a bare STOP explicit whatever the case, filler and punctuation around it', () => {
    const fillers = ['', 'please', 'pls', 'thank you', 'por favor', 'merci', 'bitte', 'ok', 'now'];
    fc.assert(
      fc.property(
        fc.constantFrom(...fillers),
        fc.constantFrom('', '.', '!!!', ' 🛑', '?'),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (filler, punct, upper, fillerFirst) => {
          const stop = [...'stop'].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('');
          const text = fillerFirst ? `${filler} ${stop}${punct}` : `${stop}${punct} ${filler}`;
          expect(classifyMessage(text)).toMatchObject({ intent: 'opt_out', certainty: 'explicit' });
        },
      ),
    );
  });

  it('is deterministic', () => {
    for (const c of CORPUS.slice(0, 50))
      expect(classifyMessage(c.text, opts)).toEqual(classifyMessage(c.text, opts));
  });
});
