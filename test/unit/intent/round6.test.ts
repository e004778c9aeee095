/**
 * The mechanisms of issue 18's sixth round, one assertion per class in a few languages each,
 * with the sentences that must keep their reading beside them (the full sets are pinned by
 * dev-round6.jsonl in fresh-corpus.test.ts). New phrasings, in none of the corpora.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const r = classifyMessage(text);
  return `${r.intent}/${r.certainty}`;
};

describe('classifyMessage: round-6 classes', () => {
  it('reads stopping an automatic payment, or asking how, as neither a stop nor help', () => {
    expect(read('please stop the direct debit, I moved banks')).toBe('none/none');
    expect(read('¿cómo quito la domiciliación del recibo?')).toBe('none/none');
    expect(read('bitte den Dauerauftrag stoppen')).toBe('none/none');
  });

  it('keeps a stop that names the marketing beside a payment word', () => {
    expect(read('stop the autopay promos, unsubscribe me')).toBe('opt_out/explicit');
    expect(read('not interested in the credit card, stop sending all this')).toMatch(/^opt_out/);
  });

  it('reads "do not send it to the old address" as a delivery instruction', () => {
    expect(read("don't send the parcel to my old address please")).toBe('none/none');
    expect(read('no envíen el pedido a la dirección antigua')).toBe('none/none');
  });

  it('reads another service unsubscribed and money still taken as a billing complaint', () => {
    expect(read('canceled my music app subscription and you still charged me for it')).toBe(
      'none/none',
    );
    expect(read('I unsubscribed, stop sending me your promos')).toBe('opt_out/explicit');
  });

  it('reads consent to receive marketing as an opt-in, and its negation as none', () => {
    expect(read('I consent to receiving offers and news')).toBe('opt_in/explicit');
    expect(read('oui, je suis d accord pour recevoir les promos')).toBe('opt_in/explicit');
    expect(read('я согласна получать скидки')).toBe('opt_in/explicit');
    expect(read("I don't agree to receive promotions")).not.toMatch(/^opt_in/);
  });
});
