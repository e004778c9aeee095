/**
 * Round 14c of issue 18: batches 34 and 35's help, status and false readings. Phrasings in none
 * of the corpora beside the sentences that keep their reading (dev-round14c.jsonl holds more).
 * See service-things.ts (home internet, a phone plan), business-sense.ts (a card declined),
 * what-message.ts ("what are these messages? I'm not your customer"), human-please.ts (an
 * automatic reply refused), did-it-work.ts and lexicon/round14c-rules.ts (did you manage it?).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('how to cancel a service paid for (home internet, a phone plan) is none (service-things.ts)', () => {
  it.each([
    'How can I cancel my fibre? I am moving abroad',
    '¿Cómo cancelo el wifi? Me voy a otra ciudad',
    'Jak wyłączyć internet domowy? Przeprowadzam się',
    'Wie kann ich mein WLAN kündigen? Wir ziehen um',
    'Comment arrêter ma fibre ? Je déménage',
    'Internet rumah cara berhentinya gimana ya? Mau pindah',
    'Broadband kaise band karwaun? Ghar badal rahe hain',
    '宽带怎么停掉？要搬家了',
    'インターネット回線はどうやって止めますか？引っ越すので',
    'เลิกใช้ไวไฟบ้านทำยังไงคะ ย้ายบ้านค่ะ',
    'Rezygnuję z abonamentu, przenoszę numer do innej sieci',
    'Je veux résilier mon forfait mobile',
    'Voglio disdire il piano tariffario',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('how to stop the messages stays help, also beside the service', () => {
    expect(read("How do I stop your messages? I'm moving abroad")).toBe('help/explicit');
    expect(read('How do I stop the promos and cancel my wifi?')).toBe('help/explicit');
    expect(read('Jak zrezygnować z newslettera?')).toBe('help/explicit');
  });

  it('the offers refused stay stops', () => {
    expect(read('Chcę zrezygnować z ofert SMS')).toBe('opt_out/explicit');
    expect(
      read('pas intéressé par la box internet et plus généralement arrêtez tout ça svp'),
    ).toMatch(/^opt_out\//);
    expect(read('ไม่เอาโปรเน็ตแล้ว')).toMatch(/^opt_out\//);
  });
});

describe('"what are these messages? I am not your customer" is help (what-message.ts)', () => {
  it.each([
    "What are these texts? I've never been your customer",
    'Was sind das für SMS? Ich kenne Sie nicht',
    'Что это за сообщения? Я вас не знаю',
    'Bu mesajlar ne? Sizi tanımıyorum',
    'ما هذه الرسائل؟',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^help\//);
  });

  it('a stop said beside it stays a stop', () => {
    expect(read("What are these messages? I don't know you. Stop texting me")).toBe(
      'opt_out/explicit',
    );
    expect(read('ما هذه الرسائل؟ احذفوا رقمي')).toBe('opt_out/explicit');
  });
});

describe('a person asked for, an automatic reply refused, is help (human-please.ts)', () => {
  it.each([
    "Connect me to a human, I don't want these automatic replies",
    'Kisi agent se baat karwao, ye automatic jawab bekaar hai',
    'Quiero hablar con alguien, no quiero respuestas automáticas',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it('the promos refused stay a stop', () => {
    expect(read('Ye promo messages nahi chahiye')).toBe('opt_out/explicit');
  });
});

describe('"did you manage to remove me?" is status (did-it-work.ts, round14c-rules.ts)', () => {
  it.each([
    'Did you manage to take me off the list?',
    'Have you removed me yet or not?',
    '¿Ya me han dado de baja?',
    'Vocês já me tiraram da lista ou ainda não?',
    'Habt ihr mich schon ausgetragen?',
    'Вы меня уже отписали?',
    'Udah berhasil dihapus belum?',
    'Czy udało się mnie wypisać?',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it('a stop asked for stays a stop', () => {
    expect(read('Can you unsubscribe me?')).toBe('opt_out/explicit');
    expect(read('¿Me podéis dar de baja?')).toBe('opt_out/explicit');
    expect(read('Consegue me descadastrar por favor?')).toBe('opt_out/explicit');
    expect(
      read(
        'saya udah minta dihapus dari list minggu lalu, kok masih dikirim terus?? hapus sekarang',
      ),
    ).toBe('opt_out/explicit');
  });
});
