/**
 * Round 11a of issue 18: batch19/20's opt-out classes, each with phrasings in none of the
 * corpora and the sentences that must keep their reading beside them (dev-round11a.jsonl holds
 * more). See channel-stop.ts, other-channel.ts, not-marketing.ts (OFFER_KINDS),
 * other-offers-kept.ts, dictated.ts and lexicon/round11a-rules.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a partial stop naming the kind of offer beside a service kept (not-marketing.ts)', () => {
  it.each([
    'the prescription reminders are fine, but no more vitamin offers please',
    'Buchungsbestätigungen ja, aber keine Mietwagenangebote mehr',
    'los avisos de la farmacia sí, las promociones de cremas no',
    'уведомления о посылке оставьте, а промокоды не присылайте',
    'ilaç hatırlatmaları kalsın, vitamin kampanyalarını göndermeyin',
    '快递通知照常发，保健品促销就别发了',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each([
    'no car hire offers, but send me the hotel deals',
    'no promos for shoes, but tell me about the bag deals',
  ])('another offer still wanted is asked about, never acted on: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });

  it.each(['the flight updates are fine, thanks', 'la receta está lista? avísenme por favor'])(
    'a service kept alone is no stop: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_out\//);
    },
  );
});

describe('the pitch refused, with its reason (lexicon/round11a-rules.ts)', () => {
  it.each([
    'stop offering me credit cards, I have three already',
    'dejen de ofrecerme seguros, ya tengo uno',
    'parem de me oferecer empréstimo, não preciso',
    'arrêtez de me proposer des forfaits, je suis bien chez vous',
    'не предлагайте мне больше карты, спасибо',
    'jangan nawarin kartu kredit lagi, udah punya',
    '别再给我推理财了，不需要',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    "don't offer me the small size, I need the large",
    'can you offer me a discount on two?',
  ])('a choice or a question about an offer is never an explicit stop: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });
});

describe('our marketing refused on WhatsApp for another channel is a stop (channel-stop.ts)', () => {
  it.each([
    'not via WhatsApp please, send the deals to my email',
    'per WhatsApp bitte nicht, lieber per E-Mail',
    'pas par WhatsApp, envoyez vos offres par mail',
    'WhatsApp से नहीं, ईमेल पर भेजें',
    'whatsapp tak nak, emel boleh',
    '不要用WhatsApp发，发邮件',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'please email me the receipt instead of WhatsApp',
    'mándenme el comprobante por correo, no por WhatsApp',
    'my WhatsApp is not working, email me the invoice',
    'no WhatsApp? ok, can I get the catalogue by email?',
  ])('an errand moved, a broken app or a question is no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });

  // Risk probes written after the rules: each of the first four read as an explicit stop
  // before the refusal had to govern WhatsApp itself (and "sí" was taken for Swahili "si").
  it.each([
    'WhatsApp is fine not email',
    'prefer whatsapp not email',
    'not email but whatsapp please',
    'por WhatsApp sí, por correo no',
    'I prefer WhatsApp, not email',
    'WhatsApp ok, e-mail nein',
    'tak, WhatsApp jest ok, mail nie',
  ])('the other channel refused, WhatsApp kept, is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('the offers asked for by e-mail are no opt-in on WhatsApp', () => {
    expect(read('su WhatsApp no, le promozioni mandatele per email')).toBe('opt_out/explicit');
  });
});

describe('a relative takes someone else off the list (lexicon/round11a-rules.ts)', () => {
  it.each([
    "this is my grandad's phone, please take him off your mailing list",
    'mi mamá ya no quiere recibir promociones, sáquenla de la lista',
    'écrit pour mon père: merci de le retirer de votre liste',
    'это номер отца, отпишите его, пожалуйста',
    'dit is de telefoon van mijn vader, haal hem van de verzendlijst',
    '这是我爸的手机，请把他从名单里删除',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'sáquenla del carrito, ya no la quiero',
    'retirez-le du panier svp',
    'remove her from the booking, she cannot come',
  ])('an item or a booking is no list: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });
});

describe('receiving cancelled or stopped is a stop (lexicon/round11a-rules.ts)', () => {
  it.each([
    '我想取消接收促销信息',
    '请停止接收广告',
    'хочу прекратить получение акций',
    'quiero cancelar la recepción de promociones',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each(['我想重新接收优惠信息', '取消订单'])('no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\//);
  });
});

describe('formal and object-first Chinese (lexicon/round11a-rules.ts)', () => {
  it.each(['请勿再向此号码发送推广短信', '保险广告不要再发到这个号码', '直播通知别再推了'])(
    '%s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );

  it('"don\'t delay the shipment" is no stop', () => {
    expect(read('别推迟发货')).not.toMatch(/^opt_out\//);
  });
});

describe('dictated punctuation (dictated.ts) and terse stops', () => {
  it.each([
    'hủy đăng ký cho tôi chấm tôi chưa bao giờ đồng ý chấm',
    'dénsinscrivez-moi point je n ai jamais accepté point',
  ])('a dictated full stop ends the sentence: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it('"en punto" inside a sentence stays a word', () => {
    expect(read('llego a las 5 en punto')).toBe('none/none');
  });

  it.each(["c'est bon arrêtez", 'bon, stoppez'])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});
