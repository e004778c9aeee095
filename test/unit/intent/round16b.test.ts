/**
 * Round 16b of issue 18: batches 42-44's help, status and opt-in misses, built for every
 * language. Phrasings in none of the corpora beside the sentences that keep their reading. See
 * hypothetical.ts (a stop foreseen with a how beside it), what-message.ts (am I signed up
 * somewhere?), asking.ts (short "removed yet?" forms, polite requests) and
 * lexicon/round16b-rules.ts (opt-ins).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop foreseen in a conditional, with a how beside it, is help (c1)', () => {
  it.each([
    'If I ever get tired of the promos, how do I stop them?',
    'Se um dia eu não quiser mais as promoções, como cancelo?',
    'Wenn ich irgendwann keine Angebote mehr will, wie melde ich mich ab?',
    'Se un giorno non voglio più le offerte, come mi cancello?',
    'Kalau nanti udah nggak mau dapet promo, cara berhentinya gimana?',
    '如果以后不想收了，怎么退订？',
    'Если когда-нибудь не захочу получать акции, как отписаться?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    "I don't want them any more, how do I unsubscribe?",
    "If I don't want these any more, why do you keep sending them?",
  ])('no "if", or no how: a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('a threat in a conditional is no help', () => {
    expect(read('If you send me one more message I will report you')).not.toMatch(/^help/);
  });
});

describe('"what are these messages? am I signed up somewhere?" is help (c2)', () => {
  it.each([
    'Wat zijn dit voor berichten? Ben ik ergens aangemeld?',
    'What are these messages? Am I subscribed to something?',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it('"am I still subscribed? I sent STOP" stays status', () => {
    expect(read('What is this? Am I still subscribed? I sent STOP last week')).toBe(
      'status/explicit',
    );
  });
});

describe('short "removed yet?" questions are status (c3)', () => {
  it.each([
    'ya me sacaron?',
    'dah unsub saya ke belum?',
    'amake list theke bad dilen?',
    'شلتوني من القائمة؟',
    'เอาชื่อออกให้ยังคะ',
    'kya aapne mujhe list se hata diya?',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });
});

describe('a polite "can you / is it possible to remove me?" is a stop (c4)', () => {
  it.each([
    'Kya aap mera number list se hata sakte hain please?',
    'আমাকে লিস্ট থেকে বাদ দেওয়া যাবে? ধন্যবাদ',
    'Is it possible to remove me from your mailing list?',
    'È possibile togliermi dalla newsletter?',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('"is it possible to unsubscribe?" stays a help question', () => {
    expect(read('Is it possible to unsubscribe?')).toBe('help/explicit');
  });
});

describe('"I want to be on your list", "you can send them again" are opt-ins (c5)', () => {
  it.each([
    'Quiero estar en vuestra lista de ofertas',
    'Je voudrais être sur votre liste',
    'Хочу быть в списке рассылки',
    'Ich möchte auf eure Liste',
    'Voglio stare nella vostra lista',
    'Можна знову надсилати знижки, дякую',
    'Можете снова присылать акции, всё решилось',
    '还是想收到优惠信息',
    '再给我发吧',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    "I don't want to be on your list",
    'Не хочу быть в вашем списке',
    '别再给我发了',
    'No quiero estar en su lista',
  ])('said with a negator: no opt-in: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});
