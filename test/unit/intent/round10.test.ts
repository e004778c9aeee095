/**
 * Round 10 of issue 18: batch17/18's classes, each with phrasings in none of the corpora and the
 * sentences that must keep their reading beside them (dev-round10.jsonl holds more). See
 * enough-order.ts, sent-by-mistake.ts, unsubscribed-elsewhere.ts, did-it-work.ts, asking.ts,
 * human-please.ts, come-back.ts and the lexicons.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('"enough" beside a quantity is an order, never an explicit stop (enough-order.ts)', () => {
  it.each([
    'con 4 basta',
    '4 bastano',
    '5 tane yeter',
    '4個で十分です',
    'quatro já basta',
    'Basta de pensarlo, me llevo cuatro',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });

  it.each([
    // A duration is no quantity ordered.
    'Ya basta, llevo 2 semanas recibiendo spam',
    'basta con i messaggi, 4 al giorno!',
    '3 messages a day is enough, STOP',
    'basta!',
  ])('keeps the stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});

describe('STOP sent by mistake, with a request to come back, is an opt-in (sent-by-mistake.ts)', () => {
  it.each([
    'Le di a STOP sin querer, actívenme otra vez',
    'per sbaglio ho scritto STOP, rimettetemi per favore',
    'omylkowo wysłałam STOP... przez pomyłkę, przywróćcie mnie',
    'ich hab versehentlich STOP geschickt, bitte wieder aktivieren',
    'tak sengaja hantar STOP, aktifkan semula',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it.each(['STOP. Not by mistake. Do not add me again', "it's no mistake, STOP"])(
    'keeps the stop when the mistake is denied: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );

  it('reads no mistake in Spanish "lo" (Vietnamese "lỡ" only as "lỡ bấm / lỡ gửi")', () => {
    expect(read('lo de ayer y hoy otra vez... ya no gracias, bórrenme')).toBe('opt_out/explicit');
  });

  it.each(['スタート', 'สตาร์ท', 'اسٹارٹ', 'স্টার্ট', 'स्टार्ट'])(
    'START written in local script is the START keyword: %s',
    (text) => {
      expect(read(text)).toBe('opt_in/explicit');
    },
  );
});

describe('an unsubscription from e-mails told beside an errand is no stop (unsubscribed-elsewhere.ts)', () => {
  it.each([
    'Myntra ke emails unsubscribe kar diye the, mera order kahan hai?',
    'Ya me di de baja del newsletter de Zara, pero necesito la factura de mi pedido de aquí',
    'ヨドバシのメルマガは解除しました。こちらの注文はいつ届きますか',
  ])('%s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });

  it.each([
    'I unsubscribed from your emails, now stop WhatsApp too',
    'Already unsubscribed from the emails. STOP',
  ])('keeps the stop asked for beside it: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });
});

describe('did my unsubscription go through: status; never signed up, a formal request: stops', () => {
  it.each([
    'la mia disiscrizione è andata?',
    'wypisaliście mnie już z newslettera?',
    'ยกเลิกเรียบร้อยยังคะ',
    'ma désinscription est passée ?',
  ])('status: %s', (text) => {
    expect(read(text)).toBe('status/explicit');
  });

  it.each([
    'tôi chưa đăng ký gì cả, xoá số tôi đi',
    'Solicito que mi teléfono sea eliminado de su lista de difusión',
    'nie chcę już tego, wypiszcie mnie',
  ])('stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it('reads the done-marker in the stop\'s own clause: "where is my order?" asks no status', () => {
    expect(read('Unsubscribe me from emails and whatsapp, and where is my order?')).toBe(
      'opt_out/explicit',
    );
  });

  it('reads no status in "już" alone (an exchange asked)', () => {
    expect(read('nie chcę już tego koloru, mogę wymienić?')).toBe('none/none');
  });
});

describe('help and missed stops', () => {
  it.each([
    'Cho em nói chuyện với nhân viên thật được không ạ?',
    'pwede po bang makausap ang tao?',
    'najiondoaje kwenye orodha hii?',
  ])('help: %s', (text) => {
    expect(read(text)).toBe('help/explicit');
  });

  it.each([
    'me borran de la lista',
    'đừng liên lạc với tôi nữa',
    'komeni kunitumia meseji',
    'میں نے پہلے ان سبسکرائب کیا تھا، اب پیغامات نہیں چاہییں',
  ])('stop: %s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'me borran la foto de perfil?',
    'đừng liên lạc với shipper, để em tự lấy hàng',
    'pehle unsubscribe kiya tha lekin ab dobara offers chahiye',
  ])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});
