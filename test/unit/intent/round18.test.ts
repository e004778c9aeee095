/**
 * Round 18's merge (issue 18): readings fixed after rounds 18a-g met and the model was retrained
 * with batches 49, 51, 52 and 55. See learned.ts (MORE_LIKE_THIS: more of the same asked for is
 * no stop for the model), own-matters.ts (a product's round moved to another day) and
 * hypothetical.ts (a leave supposed names the list only when no order or thing sent is named).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('more of the same offers asked for is no stop', () => {
  it.each([
    'Please send me more offers like this one',
    'more deals like these please!',
    'Más ofertas como esta, por favor',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out/);
  });

  it.each(['no more offers like this please', 'stop sending me stuff like this'])(
    'a stop stays a stop: %s',
    (text) => {
      expect(read(text)).toMatch(/^opt_out\//);
    },
  );
});

describe("a product's round moved to another day is the customer's own order", () => {
  it.each([
    'Ya no me manden el garrafón los lunes, mejor los jueves',
    'Please stop sending the milk on Mondays, better on Fridays',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('the offers moved to another day are still a stop: Ya no me manden las ofertas los lunes', () => {
    expect(read('Ya no me manden las ofertas los lunes')).toBe('opt_out/explicit');
  });
});

describe('a leave supposed, then a thing that still comes, is help only when the list is left', () => {
  it.each([
    'If I cancel my order, will I still get the invoice?',
    'Si cancelo el pedido, ¿me llega igual la factura?',
  ])('an order cancelled: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'If I unsubscribe, will I still get my receipts?',
    'Se eu sair, ainda vou receber os boletos?',
  ])('the list left: %s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });
});
