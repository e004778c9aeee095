import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string, opts = {}) => {
  const r = classifyMessage(text, opts);
  return `${r.intent}/${r.certainty}`;
};

describe('classifyMessage: what the rest of the message says (signals)', () => {
  it('reads laughter, delight and singing around a short stop as a joke, a full request still as a stop', () => {
    expect(read('stop it 😂😂 I’m dying')).toBe('none/none');
    expect(read('para kkkkk to morrendo')).toBe('none/none');
    expect(read('Stop! In the name of love 🎵')).toBe('none/none');
    expect(read('stop sending me promos lol')).toBe('opt_out/explicit');
    expect(read('Please unsubscribe +1 555 123 4567')).toBe('opt_out/explicit');
  });

  it('opts in a customer who asks to come back after an earlier or mistaken unsubscription', () => {
    expect(read('I unsubscribed by mistake last week, can you add me back to the offers?')).toBe(
      'opt_in/explicit',
    );
    expect(read('я случайно отписался, подпишите меня обратно на акции пожалуйста')).toBe(
      'opt_in/explicit',
    );
  });

  it('reads a past unsubscription told while asking about something else as nothing', () => {
    expect(read('I unsubscribed from your emails last year but where are my points?')).toBe(
      'none/none',
    );
    expect(read('for the last time, STOP')).toBe('opt_out/explicit');
  });

  it('makes a stop asked for before explicit, even in reported speech', () => {
    expect(read('hab euch schon gesagt ihr sollt aufhören, warum kommt immer noch werbung??')).toBe(
      'opt_out/explicit',
    );
    expect(read('Why am I still getting these?')).toBe('opt_out/likely');
  });

  it('reads one offer declined as no stop and no opt-in', () => {
    expect(read('no thanks, not this time')).toBe('none/none');
    expect(read('essa oferta não me interessa, mas continua me mandando as outras')).toBe(
      'none/none',
    );
  });

  it('answers who-questions and where-is-my-number-from questions with help in any language, unless they hold a stop', () => {
    for (const text of [
      'who is this?',
      'kim jesteście?',
      '请问是哪位？',
      'どちら様ですか？',
      'sino to?',
    ])
      expect({ text, got: read(text) }).toEqual({ text, got: 'help/explicit' });
    // Where the number came from: help names the brand and the way out (issue 18, round 2).
    expect(read('who gave you my number?')).toBe('help/explicit');
    expect(read('skąd macie mój numer?')).toBe('help/explicit');
    expect(read('who is this? stop texting me')).toBe('opt_out/explicit');
  });

  it('takes an international keyword in capitals or said twice as a stop in any language', () => {
    expect(read('STOP prosím už mi nepište')).toBe('opt_out/explicit');
    expect(read('stop stop stop j’en ai marre')).toBe('opt_out/explicit');
    expect(read('Stop prosím')).toBe('opt_out/likely');
  });

  it('never reads a tenant never-opt-out phrase as an opt-out, wherever it stands', () => {
    const opts = { neverOptOut: ['Stop & Shop'] };
    expect(read('STOP & SHOP', opts)).toBe('none/none');
    expect(read('is stop & shop open on sunday? 😍', opts)).toBe('none/none');
    expect(read('STOP. Stop & Shop is not for me', opts)).toBe('opt_out/explicit');
    expect(read('STOP & SHOP')).toBe('opt_out/explicit');
  });
});

describe('classifyMessage: languages added by issue 18', () => {
  it.each([
    ['uitschrijven', 'nl'],
    ['WYPISZ', 'pl'],
    ['jangan hantar mesej lagi', 'ms'],
    ['đừng nhắn tin cho tôi nữa', 'vi'],
    ['tigilan nyo na ako', 'tl'],
    ['مجھے میسج مت کریں', 'ur'],
    ['message mat bhejo', 'hi'],
    ['আর মেসেজ পাঠাবেন না', 'bn'],
    ['ไม่ต้องส่งมาอีก', 'th'],
    ['msinitumie ujumbe tena', 'sw'],
    ['取消訂閱', 'zh'],
    ['配信停止', 'ja'],
  ])('%s is an opt-out in %s', (text, language) => {
    expect(classifyMessage(text)).toMatchObject({ intent: 'opt_out', language });
  });
});
