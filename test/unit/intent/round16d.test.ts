/**
 * Round 16d of issue 18: second replies that are opt-ins or stops (batch 47). Phrasings in none of
 * the corpora beside the sentences that keep their reading (dev-round16d.jsonl holds more). See
 * new-number.ts (a change of mind back to the offers), lexicon/round16d-rules.ts (another person's
 * number stopped, "this time really delete me", "only the offers"), sent-by-mistake.ts (Swahili)
 * and lexicon/tr.ts ("onay için teşekkürler").
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a change of mind back to the offers is an opt-in (c1)', () => {
  it.each([
    'On second thought, keep sending the deals',
    'Pensándolo bien, sigan mandando las ofertas',
    'Pensando melhor, continuem mandando as promoções',
    'Laat maar, blijf de aanbiedingen sturen',
    'Gak jadi, promonya tetap kirim aja',
    'Tak jadi, teruskan hantar promosi ya',
    'Thôi shop cứ gửi ưu đãi nha',
    '算了，优惠继续发吧',
    'やっぱりクーポンの配信は続けてください',
    'Nimebadilisha mawazo, endeleeni kutuma ofa',
    'Sige na nga, ituloy niyo na yung promo',
    'Увімкніть акції знову, будь ласка',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_in\//);
  });

  it.each([
    ['I changed my mind, please stop the promos', /^opt_out\//],
    ['Changed my mind, keep sending my delivery updates', /^(none|opt_in)\//],
    ['算了，别再发优惠了', /^opt_out\//],
    ['Thôi đừng gửi khuyến mãi nữa', /^opt_out\//],
    ['Gak jadi, yang merah aja kirim', /^none\//],
    ['Laat maar, waarom blijven jullie aanbiedingen sturen?', /^(none|opt_out)\//],
    ['やっぱり広告が続けて来るのは困ります', /^(none|opt_out)\//],
    // Not an opt-in; the model retrained on round 16 asks whether it is a stop (likely).
    ['Never mind, keep the offers, I will buy later', /^(none\/|opt_out\/likely)/],
  ])('%s keeps its reading', (text, expected) => {
    expect(read(text)).toMatch(expected);
  });
});

describe("another person's number stopped after thanks for the confirmation is a stop (c2)", () => {
  it.each([
    'Thanks for confirming! My son gets your texts as well and he wants off too: 07700 900111',
    'Cheers. Could you remove him too? My husband, 07700 900222',
    'Onaylandığı için sağolun. Babamın numarasına da geliyor, onun da iptal edin: 0532 999 88 77',
    'Makasih ya. Ibu saya juga sering dapet promo, sekalian stopin: 0812-9999-8888',
    'شكرا. اخوي بعد يوصله عروضكم ويبي يطلع من القائمة، رقمه 0501112233',
    '好的谢谢。我爸的号码也一直收到，顺便一起退订吧：135 0000 1111',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it.each(['Onay için teşekkürler', 'Teyit için sağolun, iyi akşamlar'])(
    'thanks for the confirmation alone is no opt-in: %s',
    (text) => {
      expect(read(text)).not.toMatch(/^opt_in/);
    },
  );
});

describe('a confirmed stop not honoured, then a repeated demand, is a stop (c3)', () => {
  it.each([
    'You said I was removed but got another promo today. This time really delete me',
    'Dijeron que ya estaba fuera y me volvió a llegar. Esta vez en serio bórrenme',
    'แจ้งว่ายกเลิกแล้ว แต่ยังส่งมาอีก คราวนี้ลบให้จริงๆ นะ',
    'Bảo hủy rồi mà vẫn nhắn, lần này xóa thật nha',
    'Bu sefer gerçekten silin, iptal dediniz ama yine geldi',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it('an order cancelled and charged again asks for no stop', () => {
    expect(read('You said the order was cancelled but you charged me again')).not.toMatch(
      /^opt_out/,
    );
  });
});

describe('corrections that are stops (c4)', () => {
  it.each([
    'Espera, solamente las promociones. Los avisos del envío sí los necesito',
    'Só as ofertas. Os avisos de entrega eu quero sim',
    'ไม่เอาโฆษณาทั้งหมดเลยค่ะ',
    'Eure Kataloge will ich hier nicht mehr bekommen',
  ])('%s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });

  it('only the shoes, the shirts I want: no stop', () => {
    expect(read('Solo las zapatillas. Las camisetas sí las quiero')).not.toMatch(/^opt_out/);
  });
});

describe('a STOP sent by mistake, in Swahili, is an opt-in (c5)', () => {
  it.each(['Nilibonyeza STOP kwa makosa, mnirudishe kwenye ofa tafadhali'])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('not by mistake stays a stop', () => {
    expect(read('Sikutuma STOP kwa makosa, acheni kunitumia ofa')).toMatch(/^opt_out\//);
  });
});
