/**
 * Round 15e of issue 18: batch 41's businesses with several kinds of marketing. Phrasings in none
 * of the corpora beside the sentences that keep their reading (dev-round15e.jsonl holds more).
 * See lexicon/round15e-rules.ts, classify.ts (`leadingKeyword`: "STOP bheja tha" tells the
 * keyword), typed-stop.ts (`TOLD_AFTER_KEYWORD`) and channel-stop.ts (a negator said after the
 * channel's name: "whatsapptan değil mailden atın", batch 19's line, read as nothing once round
 * 15b taught other-channel.ts the Turkish "mailden").
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('what kinds of messages, and can I choose, is help (c1)', () => {
  it.each([
    'Which kinds of messages do you send out? Can I opt for just one?',
    'Welche Arten von Nachrichten verschickt ihr? Kann ich wählen?',
    'Quel genre de messages vous envoyez ? On peut en choisir un seul ?',
    '¿Qué tipos de mensajes envían? ¿Puedo quedarme solo con uno?',
    'Que tipos de mensagens vocês mandam? Dá pra escolher?',
    'Hangi tür bildirimler geliyor? Birini seçebilir miyim?',
    'Kis type ke messages aate hain aapke? Main select kar sakta hun?',
    'Ada jenis mesej apa je korang hantar?',
    'Có những loại tin gì vậy shop?',
    '有哪些类型的推送？可以只收一种吗？',
  ])('%s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'What kinds of cake do you have? Can I choose the filling?',
    '¿Qué tipos de café tienen?',
  ])('the kinds of a product are none: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('the flyer or catalogue asked for here too is an opt-in (c2)', () => {
  it.each([
    'Could you text me the weekly leaflet as well?',
    'Pouvez-vous m envoyer aussi le catalogue ici ?',
    '¿Me pueden enviar también el catálogo de ofertas?',
    'Me mandem o folheto toda semana por aqui também',
    'Mi mandate anche il catalogo delle offerte?',
    'Broşürü bana da buradan gönderir misiniz?',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each([
    'Não me mandem mais o encarte por aqui',
    'Dejen de mandarme el folleto, por favor',
    'Could you send me the catalogue for the sofas? Just that one',
  ])('a stop, or one catalogue asked for once, is no opt-in: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_in/);
  });
});

describe('STOP told with its verb after it is no new stop (c3)', () => {
  it.each([
    'STOP likha tha pichle hafte, kya main list se nikal gaya?',
    'STOP pathiyechilam, list theke bad porechi ki?',
  ])('%s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each(['STOP', 'STOP STOP', 'STOP kirim promo terus', 'STOP send nothing more please'])(
    'the keyword said now stays a stop: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );
});

describe('a table, a date, a card or an item taken off is no stop (c4)', () => {
  it.each([
    'Zablokujcie nam salę na sobotę, będzie 30 osób',
    'Friday er jonno table ta block kore rakhen please',
    'Purana credit card app se delete kar dein',
    'トマトは外してください',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it.each(['外してください', '配信から外してください', 'Mera number list se remove kar dein'])(
    'the customer taken off stays a stop: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );
});

describe('a refusal said after the channel refuses the word before it (c5)', () => {
  it.each(['whatsapptan değil mailden atın isterseniz', 'WhatsApp pe nahi, email pe bhejo offers'])(
    'WhatsApp refused for another channel is a stop: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );

  it.each(['e-posta değil, WhatsApptan atın', 'email pe nahi, whatsapp pe bhejo'])(
    'the other channel refused, WhatsApp kept, is no stop: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_out/);
    },
  );
});
