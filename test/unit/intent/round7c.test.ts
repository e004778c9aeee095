/**
 * The classes of issue 18's round 7c, one assertion per class in a few languages each, with
 * the sentences that must keep their reading beside them (the "r7c" lines of dev-round7.jsonl
 * hold more). New phrasings, in none of the corpora.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const r = classifyMessage(text);
  return `${r.intent}/${r.certainty}`;
};

describe('classifyMessage: round-7c classes', () => {
  it('reads leaving a waiting list as no stop, in any language', () => {
    expect(read('pls drop me from the waitlist for the air fryer, bought one already')).toBe(
      'none/none',
    );
    expect(read('borrenme de la lista de espera de la consola, ya la conseguí')).toBe('none/none');
    expect(read('bitte streicht mich von der Warteliste für den Kurs')).toBe('none/none');
    expect(read('把我从候补名单里移除吧，不需要了')).toBe('none/none');
    // The marketing named beside it stays a stop.
    expect(read('take me off the waitlist and stop the promos too')).toBe('opt_out/explicit');
  });

  it('reads "am I still on the waiting list / still booked?" as no status question', () => {
    expect(read('am I still on the waitlist for the table tonight?')).toBe('none/none');
    expect(read('ainda estou na lista de espera do curso?')).toBe('none/none');
    expect(read('am I still subscribed to your offers?')).toBe('status/explicit');
  });

  it('reads a negator before "receive" in an opt-in phrase as a stop, never an opt-in', () => {
    expect(read('ขอไม่รับโปรค่ะ')).toMatch(/^opt_out/);
    expect(read('ขอรับโปรค่ะ')).toMatch(/^opt_in/);
  });

  it('reads a carrier named in a negated send as a delivery, not a stop', () => {
    expect(read('no me lo manden más por SEUR, siempre llega roto')).not.toBe('opt_out/explicit');
    expect(read('no me manden más promociones por DHL')).toBe('opt_out/explicit');
  });
});
