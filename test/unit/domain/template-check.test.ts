import {
  checkTemplate,
  templateShape,
  type TemplateFacts,
} from '../../../src/domain/template-check';

const promo = (overrides: Partial<TemplateFacts> = {}): TemplateFacts => ({
  name: 'spring_sale',
  language: 'pt_BR',
  status: 'APPROVED',
  category: 'MARKETING',
  components: [
    { type: 'BODY', text: 'Olá {{1}}, {{2}} de desconto!' },
    { type: 'FOOTER', text: 'Loja Azul' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'URL', text: 'Ver ofertas' },
        { type: 'QUICK_REPLY', text: 'Parar promoções' },
      ],
    },
  ],
  ...overrides,
});
const task = { name: 'spring_sale', language: 'pt_BR', optOutButtonIndex: 1 as number | null };
const two = { kind: 'positional', count: 2 } as const;

describe('checkTemplate', () => {
  it('passes an approved marketing template with matching parameters and an opt-out button', () => {
    expect(checkTemplate(task, [promo()], two)).toEqual([]);
  });

  it('says when the template or its language is missing', () => {
    expect(checkTemplate(task, [], two)).toEqual([
      'Template "spring_sale" does not exist in this WhatsApp Business Account.',
    ]);
    expect(
      checkTemplate(task, [promo({ language: 'en_US' }), promo({ language: 'es' })], two)[0],
    ).toMatch(/has no pt_BR version \(it has en_US, es\)/);
  });

  it('names every problem at once: status, category, parameters, way out', () => {
    const problems = checkTemplate(
      { ...task, optOutButtonIndex: 0 },
      [promo({ status: 'PAUSED', category: 'UTILITY' })],
      { kind: 'named', names: ['first_name'] },
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/is PAUSED, not APPROVED/);
    expect(problems[1]).toMatch(/UTILITY template; marketing tasks must use a MARKETING/);
    expect(problems[2]).toMatch(
      /takes 2 positional parameters, but the recipients carry named parameters first_name/,
    );
    expect(problems[3]).toMatch(/no quick-reply button at index 0.*0: URL "Ver ofertas"/);
  });

  it('accepts opt-out wording in the footer when the task names no button, in several languages', () => {
    const noButton = { ...task, optOutButtonIndex: null };
    for (const footer of [
      'Reply STOP to unsubscribe',
      'Não quer mais? Toque em Parar promoções',
      'Para darse de baja responda BAJA',
      'Not interested? Tap Stop promotions',
    ]) {
      const t = promo({
        components: [
          { type: 'BODY', text: 'Olá {{1}} {{2}}' },
          { type: 'FOOTER', text: footer },
        ],
      });
      expect(checkTemplate(noButton, [t], two)).toEqual([]);
    }
    const silent = promo({
      components: [
        { type: 'BODY', text: 'Olá {{1}} {{2}}' },
        { type: 'FOOTER', text: 'Loja Azul' },
      ],
    });
    expect(checkTemplate(noButton, [silent], two)[0]).toMatch(/gives the customer no way out/);
  });

  it('skips the parameter rule when there are no recipients to compare', () => {
    expect(checkTemplate(task, [promo()], null)).toEqual([]);
  });
});

describe('templateShape', () => {
  it('reads positional, named and no placeholders from the body', () => {
    expect(templateShape(promo())).toEqual({ kind: 'positional', count: 2 });
    expect(
      templateShape(
        promo({
          components: [{ type: 'BODY', text: 'Hi {{first_name}}, {{ code }} {{first_name}}' }],
        }),
      ),
    ).toEqual({ kind: 'named', names: ['code', 'first_name'] });
    expect(templateShape(promo({ components: [] }))).toEqual({ kind: 'none' });
  });
});
