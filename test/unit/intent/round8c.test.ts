/**
 * Round 8c of issue 18 (batch13's classes): new phrasings, in none of the corpora, of each class
 * the round fixed, and the sentences that must keep their reading beside them (the "r8c" lines
 * of dev-round8c.jsonl hold more). See hypothetical.ts, quoted.ts, consent.ts,
 * confirm-removal.ts, registry.ts, formal-stops.ts and not-marketing.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop supposed in a question is no stop (hypothetical.ts)', () => {
  it.each([
    'Hypothetically, if I opt out of the texts, do I lose my store credit?',
    'Wenn ich die Werbung abbestelle, gilt mein Gutschein dann noch?',
    'Se eu me descadastrar, perco o cashback?',
    'Jika saya berhenti berlangganan, apakah saldo poin tetap ada?',
    'Nếu tôi hủy nhận tin thì có còn được giảm giá thành viên không?',
    '退订的话，我的优惠券还能用吗？',
    'إذا ألغيت الاشتراك، هل يضيع الرصيد؟',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('asks which messages remain: help (round 14g, batch 39: the help reply says what stays)', () => {
    expect(read('Si me doy de baja, ¿sigo recibiendo los avisos de envío?')).toBe('help/explicit');
  });

  it.each([
    // A request inside the conditional, or no question: a stop.
    'If you could unsubscribe me, that would be great',
    'if possible can you remove me from this list?',
    'Wenn ihr nicht aufhört, zeige ich euch an',
  ])('stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('our own opt-out line quoted is no stop (quoted.ts)', () => {
  it.each([
    'Your message said "text STOP to quit" - is the store open on Monday?',
    'Vous avez écrit « STOP pour arrêter » : la livraison est-elle gratuite ?',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('a quote of their own, then a stop, stays a stop', () => {
    expect(read('I replied "STOP" and you still text me. STOP.')).toBe('opt_out/explicit');
  });
});

describe('formal consent is an opt-in (consent.ts)', () => {
  it.each([
    'I hereby give my consent to receive marketing offers by WhatsApp.',
    'Acconsento a ricevere offerte promozionali via WhatsApp.',
    'Zgadzam się na otrzymywanie ofert promocyjnych.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('refused consent stays a stop', () => {
    expect(read("I don't agree to receive marketing offers.")).toBe('opt_out/explicit');
  });
});

describe('a confirmation of an earlier stop is status; a registry cited is a stop', () => {
  it.each([
    "I unsubscribed yesterday — can you confirm I'm off the list?",
    'Me desinscribí hace una semana, ¿me pueden confirmar que ya no estoy?',
  ])('status: %s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each([
    "Please remove me and confirm once it's done.",
    "I'm registered with the Telephone Preference Service, stop texting me.",
    'Numărul meu este în Registrul Robinson',
  ])('stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('asking how to join a registry is help, no stop', () => {
    expect(read('how do I sign up for Bloctel?')).toBe('help/explicit');
  });
});

describe('formal stops (formal-stops.ts)', () => {
  it.each([
    'My mother passed away. Please delete her number from your marketing list.',
    'I object to receiving direct marketing from you.',
    'Delete my personal data and stop sending me promotions.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('someone else named beside an errand is no stop', () => {
    expect(read('My son ordered this, can you stop the delivery?')).toBe('none/none');
  });
});

describe('errands with stop words (not-marketing.ts)', () => {
  it.each([
    'My doctor told me to stop the vitamins, can I return them?',
    'I deleted the app, where do I see my order status?',
    "Give me my money back or I'll report you to the consumer office.",
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('a threat beside our marketing stays a stop', () => {
    expect(read("Stop the promos or I'll report you to the regulator.")).toBe('opt_out/explicit');
  });
});

describe('rounds 8b and 8c together (found when they were merged)', () => {
  it.each([
    // A registry cited beside "texts": round 8b's channel preference must not take it.
    'I am on the National Do Not Call Registry. Any further marketing texts will be reported.',
    'Ik sta in het Bel-me-niet Register, stop met die berichten',
  ])('a registry cited stays a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    // Dutch "bel me niet" alone is a call refused (round 8b), not the Bel-me-niet Register.
    'bel me niet, app maar',
    'Bel me niet aub, stuur liever een appje',
  ])('a call refused with a channel wanted is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});
