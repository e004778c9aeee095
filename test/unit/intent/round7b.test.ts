/**
 * The classes of issue 18's round 7b, one assertion per class in a few languages each, with
 * the sentences that must keep their reading beside them (the table rows in corpus/mixed.ts
 * and the "r7b" lines of dev-round7.jsonl hold more). New phrasings, in none of the corpora.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const r = classifyMessage(text);
  return `${r.intent}/${r.certainty}`;
};

describe('classifyMessage: round-7b classes', () => {
  it('keeps a stop addressed to us in a clause beside another shop named', () => {
    expect(read('I order from a different shop these days, stop texting me')).toBe(
      'opt_out/explicit',
    );
    expect(read('ahora compro en otra tienda, no me escriban más')).toBe('opt_out/explicit');
    expect(read('ik bestel tegenwoordig bij een andere winkel, stuur me geen berichten meer')).toBe(
      'opt_out/explicit',
    );
  });

  it('sets aside a stop about the other company, and any opt-in beside another shop', () => {
    expect(read("please take me off the other store's list")).not.toBe('opt_out/explicit');
    expect(read('not this one, but keep sending the others')).toBe('none/none');
    expect(
      read('sekarang saya belanjanya di toko sebelah kak, jadi ga usah repot kirim2 info lagi'),
    ).not.toMatch(/^opt_in/);
  });

  it('reads one product declined and a variant asked about as no stop', () => {
    expect(read('bunu istemiyorum, siyahı var mı?')).toBe('none/none');
    expect(read('bunu istemiyorum')).toBe('opt_out/likely');
    expect(read('bunları istemiyorum')).toBe('opt_out/explicit');
  });

  it('reads refused consent naming the marketing as an explicit stop, not an errand', () => {
    expect(read('nie zgadzam się na otrzymywanie reklam')).toBe('opt_out/explicit');
    expect(read('non do il consenso a ricevere promozioni')).toBe('opt_out/explicit');
    expect(read('no doy consentimiento para recibir publicidad')).toBe('opt_out/explicit');
    expect(read("I don't agree with the delivery fee")).toBe('none/none');
    expect(read('I agree to receive offers')).toBe('opt_in/explicit');
  });

  it('reads "who" about a person of the service or a draw as no help', () => {
    expect(read('who is the delivery driver today?')).toBe('none/none');
    expect(read('kto dziś ma dyżur w aptece?')).toBe('none/none');
    expect(read('who is texting me?')).toBe('help/explicit');
  });

  it('reads a call refused at an hour as a preference, and never-again calls as a stop', () => {
    // The rules act on no stop there; the learned model may still ask (likely).
    expect(read("please don't call me in the morning, text me about the delivery")).not.toBe(
      'opt_out/explicit',
    );
    expect(read('no me llamen más, ni de día ni de noche')).toBe('opt_out/explicit');
    expect(read("don't call me at night with your promos")).toBe('opt_out/explicit');
    expect(read('stop calling me')).toBe('opt_out/explicit');
  });

  it('reads the unsubscribe button named, or "I do not know any more", as no stop', () => {
    expect(read('n11 in abonelikten çık butonu hiç yok, neyse')).toBe('none/none');
    expect(read('abonelikten çıkmak istiyorum')).toBe('opt_out/explicit');
    expect(read('ik weet het echt niet meer')).not.toBe('opt_out/explicit');
    expect(read('niet meer sturen')).toBe('opt_out/explicit');
  });

  it('reads "tell me when there is a sale" and "add me too" as opt-ins', () => {
    expect(read('let me know whenever you have deals')).toBe('opt_in/explicit');
    expect(read('me avisem quando tiver descontos')).toBe('opt_in/explicit');
    expect(read("ajoutez-moi aussi s'il vous plaît")).toBe('opt_in/explicit');
    expect(read('let me know when my order ships')).toBe('none/none');
  });
});
