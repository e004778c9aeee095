/**
 * Round 14g of issue 18: batch 39 (businesses that also send service messages), read after round
 * 14 was submitted. "If I stop the promos, will I still get the outage alerts?" asks which
 * messages remain: help (hypothetical.ts, service-only.ts `namesServiceNotice`). Phrasings in
 * none of the corpora.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop supposed, and the service messages asked about, is help', () => {
  it.each([
    'If I unsubscribe from the offers, do I still get my appointment reminders?',
    'Wenn ich den Newsletter abbestelle, bekomme ich dann noch die Terminerinnerungen?',
    'Kalau saya berhenti langganan promo, pengingat janji temu masih dikirim?',
    'Als ik me afmeld voor de acties, krijg ik dan nog de bezorging updates?',
    'Если отпишусь от акций, напоминания о записи будут приходить?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it('not about points, not without a stop, and a stop asked for stays one', () => {
    expect(read('What happens to my points if I unsubscribe?')).toBe('none/none');
    expect(read('If I cancel my appointment, will I get a reminder for the new one?')).toBe(
      'none/none',
    );
    expect(read('Stop the promos, but keep the appointment reminders')).toMatch(/^opt_out/);
  });
});
