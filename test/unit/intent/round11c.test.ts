/**
 * Round 11c of issue 18: batch21's classes (replies to small local businesses), each with
 * phrasings in none of the corpora and the sentences that must keep their reading beside them
 * (dev-round11c.jsonl holds more). See given-for.ts, added-to-group.ts, asking.ts
 * (Vietnamese "không" before a verb) and lexicon/round11c-rules.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('"I gave you my number for X, not for ads" is a stop (given-for.ts)', () => {
  it.each([
    'I left my number for the fitting, not for advertising',
    'Le dejé mi número para la reparación del reloj, no para publicidad',
    'Deixei meu número pra marcar horário, não pra receber promoção',
    'Ich habe meine Nummer für den Termin hinterlassen, nicht für Werbung',
    'Numaramı randevu için bıraktım, kampanya için değil',
    'Nomor saya untuk servis motor, bukan untuk iklan',
    'Niliwapa namba yangu kwa ajili ya kutengeneza simu, si kwa matangazo',
    'ให้เบอร์ไว้เพื่อรับของซ่อม ไม่ใช่เพื่อรับโฆษณา',
    '号码是给你们送货用的，不是让你们发广告的',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    // No marketing denied: the number given, an errand asked.
    'I gave you my number for the alterations, can you ring me when they are done?',
    // The denial is about another number, not about marketing.
    'Te di mi número para el pedido, no el de mi hermana',
    // The offers sent to the number, "not to" someone else's.
    'Send the promos to my number, not to my wife',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it('asks when the denial is a question', () => {
    expect(read('Did I give you my number for the repair and not for ads?')).not.toBe(
      'opt_out/explicit',
    );
  });
});

describe('"keep your offers, I will come when I need something" is a stop (round11c-rules.ts)', () => {
  it.each([
    'Keep your deals, I know where the shop is',
    'Guarde as promoções pra vocês, quando precisar eu volto',
    'Gardez vos offres, je viendrai quand j’en aurai besoin',
    'Оставьте скидки себе, понадобится — приду',
    'İndirimler sende kalsın, lazım olursa gelirim',
    'Ofa zenu kaa nazo, nikihitaji nitapiga simu',
    '优惠活动你们自己留着吧，有需要我会来的',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'Keep the offers coming!',
    'Can you keep the offer for me until Saturday?',
    'Guarda essa promoção pra mim, passo aí amanhã',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out/);
  });
});

describe('moved away, no need for the offers, with good wishes, is a stop', () => {
  it.each([
    'Moved to Manchester, no need for the offers any more. Good luck with the bakery!',
    'Taşındım, kampanyalara gerek kalmadı, hayırlı işler',
    'Mudei de bairro, não preciso mais das promoções. Boa sorte!',
    'Mình chuyển nhà rồi nên không cần khuyến mãi nữa. Chúc tiệm đắt hàng',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each(["I've moved to Leeds, do you deliver there?", 'Taşındım, yeni adrese kargo olur mu?'])(
    'no stop: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_out/);
    },
  );

  it('a Vietnamese "không" that closes the clause still asks (asking.ts)', () => {
    expect(read('mình hủy rồi không')).toBe('status/explicit');
  });
});

describe('a polite refusal with thanks and a blessing', () => {
  it.each([
    'شكرا، ما عندي اهتمام بالعروض، الله يوفقكم',
    'Dhonnobad, offer gulo te agroho nai',
    'お知らせありがとうございます、でもセール情報は興味ないです',
  ])('refusing the offers as such is a stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('a bare "thanks but not interested" is asked about, never acted on at once', () => {
    expect(read('Thanks but not interested, God bless your business')).toBe('opt_out/likely');
  });

  it.each(['Not this one, keep me posted', 'Esta no, pero avísame de las próximas'])(
    'declining one offer changes nothing at once: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_out\/explicit/);
    },
  );
});

describe('"who added me to this group? remove me": the removal wins (added-to-group.ts)', () => {
  it.each([
    'Who added me to this group? Get me out',
    '¿Quién me metió en este grupo? Sáquenme',
    'Kto mnie dodał do tej grupy? Usuńcie mnie',
    'Beni bu gruba kim ekledi? Çıkarın beni',
    'Siapa yang masukin saya ke grup? Keluarin saya',
    'Ai thêm mình vào nhóm vậy? Xoá mình ra',
    'Хто мене додав у групу? Видаліть мене',
    'Sino nag-add sa akin sa GC na ito? Paki-remove po ako',
    '谁把我拉进群的？把我移出去',
    "I left your group and now you've put me on a broadcast? Remove me",
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each(['Who added me to this group?', 'Beni bu gruba kim ekledi?', '谁把我拉进这个群的？'])(
    'without a removal it stays help: %s',
    (text) => {
      expect(read(text)).toBe('help/explicit');
    },
  );
});

describe('opt-in to the broadcast', () => {
  it.each([
    'Send me the new menu news too please',
    'Tolong masukin saya ke broadcast promo',
    'Kekalkan saya dalam senarai broadcast ya',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('"send me the invoice too" is no opt-in', () => {
    expect(read('Send me the invoice too please')).not.toMatch(/^opt_in/);
  });
});

describe('stop, block and remove in another sense are never an explicit stop', () => {
  it.each([
    'Tu peux t’arrêter devant la boulangerie ?',
    'Pak, berhenti di depan apotek ya',
    'Eczanenin önünde durun lütfen',
    '銀行の前で止めてください',
    'จอดหน้าเซเว่นด้วยค่ะ',
    'My phone keeps blocking numbers by itself, can you look at it?',
    'Mera phone apne aap numbers block kar deta hai, dekh lena',
    'I blocked your number by mistake, sorry! Is the suit ready?',
    'The spam filter on my phone blocked your number, is Friday still on?',
    'No me manden las otras tallas, solo la L',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it('"I\'ve blocked your number" said by the customer is still asked about', () => {
    expect(read("I've blocked your number on my phone. Bye")).toMatch(/^opt_out\//);
  });
});
