/**
 * Round 14b of issue 18: stops and opt-ins missed on batches 34 and 35. Phrasings in none of the
 * corpora beside the sentences that keep their reading (dev-round14b.jsonl holds more). See
 * lexicon/round14b-rules.ts (the marketing's parts, "X no, Y yes", another person's number,
 * Swahili "koma"), errand.ts (the parts named are no errand; an item out of the order),
 * sent-by-mistake.ts (an unsubscription told, Turkey's RET) and service-things.ts.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a part of the marketing refused beside a service kept is a stop (c1)', () => {
  it.each([
    'Coupons no thank you, but keep the receipts coming',
    'I would like to come off the mailing list but keep sending delivery updates',
    'Le catalogue hebdomadaire non merci, les factures oui',
    'Der Newsletter nein danke, Rechnungen ja',
    'Il volantino no grazie, le fatture sì',
    'Newsletter nee, bestelupdates wel',
    'Kupony nie, paragony tak',
    'Kupon gak usah dikirim lagi, struk aja',
    'Katalog tak payah, resit je hantar',
    '电子报不要了，发票照常发',
    'Jarida sitaki, ila risiti ziendelee',
    'Рассылку не надо, а уведомления о заказе присылайте',
    'Розсилку не треба, а сповіщення про замовлення надсилайте',
    'النشرة الإخبارية لا شكرا، بس تحديثات الطلب أيوه',
    'Newsletter wag na po, yung order updates lang',
    'Quero sair da newsletter, mas continuem mandando as atualizações do pedido',
    'Saya nak keluar dari newsletter, tapi notifikasi pesanan teruskan',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'The offer no thanks, but keep me posted',
    'La oferta no, gracias, ya lo compré',
    'Nein danke, das Angebot nicht, aber haltet mich gern auf dem Laufenden',
    'Keep sending the order updates please',
  ])('one offer declined, or a service kept alone, is no stop: %s', (text) => {
    expect(read(text)).not.toMatch(/^opt_out\/explicit/);
  });
});

describe("another person's number removed too is a stop (c2)", () => {
  it.each([
    "Take my son off too, 07700 900321, he doesn't want them either",
    "Remove my mum's number as well please, 07700 900111",
    'Hapus juga nomor suami saya, 0813-1111-2222',
    'Entfernt auch meine Frau, 0151 2345678, sie will das auch nicht',
    'Retirez aussi ma femme, 06 12 34 56 78',
    'Xóa số của bố em luôn nhé, 0912 000 111',
    'Видаліть і номер дружини, 067 123 45 67, їй теж не треба',
    'আমার স্ত্রীর নম্বরটাও বাদ দিন, 01711-000000, সেও চায় না',
    'ลบเบอร์ภรรยาผมด้วยครับ 081-234-5678 เขาก็ไม่อยากได้',
    'Mtoeni na mke wangu pia, 0712 345 678, hataki pia',
    'Verwijder mijn vrouw ook, 06 12345678, zij wil ze ook niet',
    'Pakiremove din ang misis ko, 0917 000 1111',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it('an unsubscription from e-mails told beside an errand stays no stop (Vietnamese "đã")', () => {
    expect(read('Em đã hủy nhận email của Shopee rồi, nhưng hóa đơn đơn hàng chưa tới')).toBe(
      'none/none',
    );
  });

  it("another person's number given for an errand is no stop", () => {
    expect(read("Please add my wife's number too, 07700 900789, for the delivery")).toBe(
      'none/none',
    );
    expect(read('Xóa giúp em món trà sữa khỏi đơn')).toBe('none/none');
  });
});

describe('plain stops (c3)', () => {
  it.each([
    'Please stop the charity requests',
    'Komesheni kutuma matangazo kwa namba yangu',
    'Koma kunitumia ofa',
    'Chciałabym wypisać się z newslettera, dziękuję',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Koma kidogo, nitakupigia baadaye',
    'I want to cancel my mobile plan',
    'Chcę zrezygnować z abonamentu na telefon',
    'How do I stop the auto renewal?',
    'カードが止められたんですが、どうすればいいですか',
  ])('no stop and no help: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('opt-ins missed (c4)', () => {
  it.each([
    'Przypadkiem się wypisałam, dodajcie mnie z powrotem',
    'Unsubscribed by mistake, please add me back',
    'Yanlışlıkla RET gönderdim, tekrar ekleyin',
    'Galti se unsubscribe kar diya, wapas add kar do',
    'Випадково відписався, поверніть мене',
    'Mujhe bhi deals bhej dein',
    'मुझे भी ऑफर भेजा करो',
    'আমাকেও অফার পাঠাবেন',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });

  it('a mistake that is no unsubscription is no opt-in', () => {
    expect(read('Yanlışlıkla yanlış adres yazdım, düzeltebilir misiniz?')).not.toMatch(/^opt_in/);
    expect(read('RET')).toBe('opt_out/explicit');
  });
});
