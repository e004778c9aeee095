/**
 * Round 18f of issue 18: opt-ins and status asked in short messages (batch 55). Phrasings in
 * none of the corpora beside the sentences that keep their reading (dev-round18f.jsonl holds
 * more). See keep-wanted.ts (the messages still wanted after a stop sent by mistake), how-back.ts
 * (how to come back, asked, is the request), lexicon/round18f-rules.ts (told of the next sale)
 * and asked-before.ts (a re-subscription told and asked about in one sentence).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a stop sent by mistake, then the messages wanted, is an opt-in (c1)', () => {
  it.each([
    'Typed STOP by accident, sorry! I really do want your offers',
    'Ich habe versehentlich STOP geschrieben, ich möchte die Angebote aber bekommen',
    'J’ai envoyé STOP par erreur, je veux recevoir vos promos',
    'Mandei SAIR por engano, quero continuar a receber as mensagens',
    'Nilituma STOP kwa makosa, nataka ofa zenu',
    'Lỡ tay nhắn STOP, em vẫn muốn nhận khuyến mãi',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'I sent STOP by mistake? No, I meant it. Please stop the messages',
    'Sorry, wrong chat, I want to stop the group messages',
  ])('keeps: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in/);
  });
});

describe('how to come back, asked, is an opt-in (c2)', () => {
  it.each([
    'How can I get your promos again?',
    '¿Cómo puedo recibir otra vez sus ofertas?',
    'Wie bekomme ich eure Angebote wieder?',
    'Jak mogę ponownie dostawać wasze oferty?',
    'Paano ako makakasali ulit sa promo list nyo?',
    '怎么重新收到你们的优惠？',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each(['How do I stop getting the offers?', 'How do I get my points back?'])(
    'keeps: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_in/);
    },
  );
});

describe('asked to be told of the next sale is an opt-in (c3)', () => {
  it.each([
    'Tell me when the next promo starts please',
    'Prévenez-moi pour les prochaines soldes',
    'Gebt mir Bescheid über neue Angebote',
    'Сообщите мне о следующей распродаже',
    'Kabarin aku kalau ada promo lagi ya',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each(['Tell me when my order ships', 'Avísenme cuando llegue el técnico'])(
    'keeps: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_in/);
    },
  );
});

describe('a re-subscription asked before, then whether it is done, is a status (c4)', () => {
  it.each([
    'Hace una semana pedí volver a recibir las ofertas, ¿ya está?',
    'Asked last week to be added back, has it happened?',
    'Geçen hafta tekrar eklenmek istemiştim, oldu mu?',
    'Minggu lalu udah minta dimasukin lagi, udah belum?',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each(['Früher habt ihr mir immer die Angebote geschickt, habt ihr mich vergessen?'])(
    'keeps: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^status/);
    },
  );
});
