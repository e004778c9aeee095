/**
 * Round 13d of issue 18: batches 31 (regional varieties) and 33 (an ordinary fortnight of small
 * businesses), read after round 13 was merged. Phrasings in none of the corpora beside the
 * sentences that keep their reading (dev-round13d.jsonl holds more). See lexicon/round13d-rules.ts,
 * never-joined.ts ("where did you get my number?" before a removal), human-please.ts (Vietnamese
 * "bớt"), asking.ts (Polish "jak"), booked-errand.ts and service-things.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('"where did you get my number? delete it" is a stop (never-joined.ts)', () => {
  it.each([
    'Откуда у вас мой номер вообще? Сотрите его.',
    'Saan nyo nakuha number ko? Pakidelete po.',
    'Mmepata namba yangu wapi? Ifuteni tafadhali.',
    'من وين جبتوا رقمي؟ امسحوه لو سمحتوا',
    'Dapat nomor saya dari mana? Tolong dihapus aja.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('the question alone stays help', () => {
    expect(read('Откуда у вас мой номер?')).toBe('help/explicit');
    expect(read('Mmepata namba yangu wapi?')).toBe('help/explicit');
  });
});

describe('round 13d opt-ins', () => {
  it.each([
    'Mi prima recibe sus descuentos. ¿Me pueden incluir a mí también?',
    'Mama dostaje od was promocje. Możecie mnie też dopisać?',
    'Meine Nachbarin bekommt euren Newsletter. Könnt ihr mich auch aufnehmen?',
    '可唔可以加返我入優惠名單？',
    'زيدوني ف الليستة عافاكم',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it("a relative's parcel is no opt-in", () => {
    expect(read('Mi prima recibió su pedido. ¿Me pueden decir dónde está el mío?')).not.toMatch(
      /^opt_in/,
    );
  });
});

describe('round 13d status, help and stops', () => {
  it('"I sent STOP, has it been processed?" is status (id, tl)', () => {
    expect(read('Kemarin udah kirim STOP, tapi masih ada promo. Sudah diproses belum?')).toBe(
      'status/explicit',
    );
    expect(read('Nag-STOP na ako noong Lunes, na-process na po ba?')).toBe('status/explicit');
  });

  it('how to stop these, asked, is help', () => {
    expect(read('Is message ko band karne ka tareeqa kya hai?')).toBe('help/explicit');
    expect(read('এই মেসেজগুলো বন্ধ করতে কী করতে হবে?')).toBe('help/explicit');
  });

  it.each([
    'Вимкніть, будь ласка, цю розсилку',
    'Pack in the promo texts please',
    'List theke amar naam kete din',
    'Inda ku mau lagi dapat promosi kamu',
    'Wywalcie mnie z tej listy czy jak to się tam nazywa',
  ])('a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Bỏ bớt 2 chai nước trong đơn giúp em',
    'ขอยกเลิกตั๋วรถทัวร์ 1 ที่นั่งครับ',
    'Nak berhenti langganan internet rumah, macam mana?',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});
