/**
 * Round 15d of issue 18: stops missed on batch 41 (businesses with several kinds of marketing).
 * Phrasings in none of the corpora beside the sentences that keep their reading
 * (dev-round15d.jsonl holds more). See lexicon/round15d-rules.ts, lexicon/round14b-rules.ts
 * (`OBJECTS`) and asking.ts (`CLOSING_PARTICLES`).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('the marketing paused until a time is a stop (c1)', () => {
  it.each([
    'Please put the promotions on pause until my birthday',
    'Could you suspend the deals until September?',
    'Suspendan las promos hasta después de la cuesta de enero',
    'Pausem as promoções até o fim do mês, por favor',
    "Suspendez les offres jusqu'à la fin du mois, merci",
    'Setzt die Werbung bitte bis nach dem Umzug auf Pause',
    'Keine Angebote bis nach meiner Prüfung, danke',
    'Niente promozioni fino a settembre, grazie',
    'Zet de reclame even on hold tot januari',
    'Zawieście reklamy do końca miesiąca',
    'Отложите рекламу до конца месяца, пожалуйста',
    'Kampanyaları yılbaşına kadar askıya alın lütfen',
    'علقوا العروض لحين انتهاء رمضان',
    'Shaadi ke baad tak offers hold pe rakh do',
    'রমজান শেষ হওয়া পর্যন্ত অফার বন্ধ রাখবেন',
    'Tolong tunda promo sampai akhir bulan',
    'Stop dulu promosi sampai hujung bulan ye',
    'Hold muna yung promos hanggang sweldo',
    'Tạm dừng gửi ưu đãi đến cuối tháng giúp mình',
    'งดส่งโปรโมชั่นจนถึงปีใหม่นะครับ',
    '促销信息暂停到月底吧',
    'セールのお知らせは来月まで止めてください',
    'Simamisheni matangazo hadi mwisho wa mwezi',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Pause my subscription box until after the holidays',
    'Hold my order until Friday please',
    'Pausen mi suscripción de la caja hasta enero',
    "Mettez ma livraison en pause jusqu'à lundi",
    'Bitte die Lieferung bis nach Ostern pausieren',
    'Tunda pengiriman paket sampai Senin ya',
    'พักการส่งกล่องอาหารจนถึงเดือนหน้า',
    'Dá pra pausar o clube do vinho até março?',
  ])("the business's own pause is none: %s", (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Send the offers after Christmas please',
    'Is the offer paused until next week? I wanted to buy',
    'Promo-nya ditunda sampai kapan kak?',
    '¿La oferta está en pausa hasta cuándo?',
    '促销暂停到什么时候？',
  ])('no pause asked for, no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out/);
  });

  // The model retrained in round 15 (on the pauses "promos until …") reads this one as a likely
  // stop, P 0.82: one question asked, nothing recorded. The rules read no pause in it.
  it("I haven't had any promos until today: no pause asked for, no explicit stop", () => {
    expect(read("I haven't had any promos until today")).not.toMatch(/^opt_out\/explicit/);
  });

  it.each([
    'Can you hold the offer until Friday? I get paid then',
    'Segura essa oferta pra mim até sexta',
    'Congelen la oferta hasta el viernes, porfa',
  ])('an offer reserved is no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out/);
  });

  it('asking how to pause them is help', () => {
    expect(read('how do I pause the offers until January?')).toBe('help/explicit');
  });
});

describe('the kinds refused beside a kind kept are a stop (c2)', () => {
  it.each([
    'no more wine club emails, the new arrivals are fine',
    'The birthday coupons and the event invites can stop, keep the new arrivals',
    'Keine Geburtstagsgutscheine mehr, Neuheiten gerne',
    'Без запрошень на події, новинки можна',
    'Tak nak jemputan event lagi, koleksi baru boleh',
    'Yung event invites wag nyo na isend, yung promos okay lang',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each(['โปรรองเท้าไม่เอา แต่โปรเสื้อส่งมาได้', 'Phone promo ni tak nak, tapi promo laptop bagitau'])(
    "one product's offer declined is no explicit stop: %s",
    (text) => {
      expect(read(text)).not.toBe('opt_out/explicit');
    },
  );
});

describe('a named kind of marketing stopped is a stop (c3)', () => {
  it.each([
    'Stop the last-minute deals please, not travelling this year',
    "Basta con le offerte last minute, quest'anno non parto",
    'Tama na po ang seat sale, wala akong budget',
    'Genug mit den Reiseangeboten',
    'Hakuna haja ya ofa za tiketi za ndege tena',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'the happy hour yesterday was amazing, thanks!',
    'Genug mit dem Gerede, ich nehme das Angebot',
    'Hakuna haja ya kunitumia risiti',
  ])('none: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('moved away or too many, then remove me, is a stop (c4)', () => {
  it.each([
    'Mudei para o Porto, as promoções da loja de Lisboa não servem. Tira-me da lista',
    'Me mudé, las ofertas de la tienda de Madrid ya no me sirven, bórrenme',
    'ย้ายบ้านแล้วค่ะ โปรสาขาเดิมใช้ไม่ได้ ยกเลิกให้ด้วยนะคะ',
    'Five messages a day is a lot, remove my number from the list please',
    'ข้อความเยอะเกินไปมั้ย ลบชื่อออกจากรายชื่อด้วยค่ะ',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'I moved to Leeds, please update my delivery address',
    'Mudei de endereço, podem atualizar o cadastro?',
    'ย้ายบ้านแล้วค่ะ ช่วยเปลี่ยนที่อยู่จัดส่งด้วย',
  ])('a new address is none: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('a Thai stop asked about after it is still status', () => {
    expect(read('ลบเบอร์ออกแล้วหรือยังครับ')).toBe('status/explicit');
  });
});
