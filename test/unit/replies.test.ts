import { classifyMessage, LANGS } from '../../src/domain/intent';
import {
  BUTTON_KEYS,
  DEFAULT_REPLIES,
  formatDate,
  MAX_BUTTON_TITLE,
  renderReply,
  REPLY_KEYS,
  REPLY_KEYWORDS,
  REPLY_LANGUAGES,
} from '../../src/domain/replies';
import { ValidationError } from '../../src/errors';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('default reply texts', () => {
  it('exist in every language the classifier reads', () => {
    expect([...REPLY_LANGUAGES].sort()).toEqual([...LANGS].sort());
  });

  it.each(REPLY_LANGUAGES.map((l) => [l]))(
    '%s has every key, non-empty, with the English placeholders',
    (lang) => {
      for (const key of REPLY_KEYS) {
        const text = DEFAULT_REPLIES[lang][key];
        expect(text.trim().length).toBeGreaterThan(0);
        expect({ key, placeholders: placeholders(text) }).toEqual({
          key,
          placeholders: placeholders(DEFAULT_REPLIES.en[key]),
        });
      }
      expect(Object.keys(DEFAULT_REPLIES[lang]).sort()).toEqual([...REPLY_KEYS].sort());
    },
  );

  it.each(REPLY_LANGUAGES.map((l) => [l]))(
    '%s button titles fit WhatsApp’s 20 characters',
    (lang) => {
      for (const key of BUTTON_KEYS) {
        expect({ key, length: DEFAULT_REPLIES[lang][key].length <= MAX_BUTTON_TITLE }).toEqual({
          key,
          length: true,
        });
      }
    },
  );

  it.each(REPLY_LANGUAGES.map((l) => [l]))(
    '%s names keywords the classifier understands',
    (lang) => {
      const kw = REPLY_KEYWORDS[lang];
      expect(classifyMessage(kw.stop).intent).toBe('opt_out');
      expect(classifyMessage(kw.start).intent).toBe('opt_in');
      expect(classifyMessage(kw.status).intent).toBe('status');
      expect(DEFAULT_REPLIES[lang].optOutConfirmAll).toContain(kw.start);
      expect(DEFAULT_REPLIES[lang].help).toContain(kw.stop);
    },
  );

  it.each(REPLY_LANGUAGES.map((l) => [l]))(
    "%s STATUS parts for an admin's or Meta's opt-outs never tell the customer to send START",
    (lang) => {
      const texts = DEFAULT_REPLIES[lang];
      const start = REPLY_KEYWORDS[lang].start;
      // The customer's own part does (START lifts those); the others would be untrue.
      expect(texts.statusList).toContain(start);
      for (const key of ['statusListAdmin', 'statusListMeta', 'noEndDate'] as const) {
        expect({ key, start: texts[key].includes(start) }).toEqual({ key, start: false });
        expect({ key, differs: texts[key] !== texts.statusList }).toEqual({ key, differs: true });
      }
      expect(texts.noEndDate).not.toBe(texts.untilRevoked);
    },
  );

  it('confirms an opt-out with the brand, the stop and how to undo it', () => {
    expect(renderReply('optOutConfirmAll', 'en', { brand: 'Acme' })).toBe(
      "You won't receive promotions from Acme anymore. Reply START to receive them again.",
    );
  });
});

describe('renderReply', () => {
  it('substitutes variables and leaves unknown placeholders visible', () => {
    const text = renderReply('optOutConfirmCategory', 'pt', {
      brand: 'Loja',
      category: 'Ofertas',
      until: '1 de março',
    });
    expect(text).toBe(
      'Você não receberá promoções de Ofertas de Loja até 1 de março. Responda VOLTAR para desfazer.',
    );
    expect(renderReply('statusList', 'en', { brand: 'Acme' })).toContain('{list}');
  });

  it('accepts region-tagged language codes', () => {
    expect(renderReply('btnUndo', 'pt-BR', {})).toBe('Desfazer');
    expect(renderReply('btnUndo', 'es_MX', {})).toBe('Deshacer');
  });

  it('uses the tenant override, then our text, then English', () => {
    const overrides = { es: { help: 'Ayuda de {brand}' }, en: { askConfirm: 'Stop {brand}?' } };
    expect(renderReply('help', 'es', { brand: 'X' }, overrides)).toBe('Ayuda de X');
    expect(renderReply('askConfirm', 'es', { brand: 'X' }, overrides)).toBe(
      '¿Quieres dejar de recibir promociones de X?',
    );
    expect(renderReply('askConfirm', 'xx', { brand: 'X' }, overrides)).toBe('Stop X?');
    expect(renderReply('btnKeep', 'und', {})).toBe('Keep receiving');
  });

  it('rejects an unknown key with the list of valid ones', () => {
    expect(() => renderReply('nope' as never, 'en')).toThrow(ValidationError);
    expect(() => renderReply('nope' as never, 'en')).toThrow(/optOutConfirmAll/);
  });
});

describe('formatDate', () => {
  const date = new Date('2026-03-01T02:00:00Z');

  it('formats in the language and the tenant time zone', () => {
    expect(formatDate(date, 'en', 'UTC')).toBe('March 1, 2026');
    expect(formatDate(date, 'pt', 'America/Sao_Paulo')).toBe('28 de fevereiro de 2026');
    expect(formatDate(date, 'de', 'Europe/Berlin')).toBe('1. März 2026');
    expect(formatDate(date, 'zz', 'UTC')).toBe('March 1, 2026');
  });

  it('rejects an unknown time zone and an invalid date', () => {
    expect(() => formatDate(date, 'en', 'Mars/Olympus')).toThrow(/Mars\/Olympus.*IANA/);
    expect(() => formatDate(new Date('nope'), 'en', 'UTC')).toThrow(ValidationError);
  });
});
