/**
 * Round 12b of issue 18: words of stopping said about a service or a thing, not about the
 * marketing, are no stop and no help answer about the list; each class with phrasings in none of
 * the corpora and the sentences that must keep their reading beside them (dev-round12b.jsonl
 * holds more). See service-things.ts and learned.ts (`courtesy`, `brokenCode`).
 */
import { classifyMessage } from '../../../src/domain/intent';
import { normalizeText } from '../../../src/domain/intent/normalize';
import { isAboutServiceOrAccount } from '../../../src/domain/intent/service-things';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a service paid for, cancelled or asked how to, is no stop and no help', () => {
  it.each([
    'How can I switch off the caller tune on my line?',
    '¿Cómo desactivo el bono de internet que me renueva solo?',
    'Como desativo o pacote de SMS?',
    "Comment arrêter l'option internet payante de mon forfait ?",
    'Wie kann ich das Datenpaket abbestellen?',
    'Как отменить пакет интернета?',
    'Paket internet bulanan gimana cara stopnya?',
    'Macam mana nak hentikan pakej data bulanan?',
    'Nawezaje kuzima kifurushi cha SMS?',
    'Ek internet paketimi nasıl kapatırım?',
    'Làm sao hủy gói cước nhạc chờ?',
    'डेटा पैक कैसे रोकें?',
    'ڈیٹا پیکج کیسے ختم کروں؟',
    'كيف اوقف الباقة الاضافية؟',
    'แพ็กเกจเสริมยกเลิกยังไงครับ',
    '流量包怎么退订？',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'How do I stop your promos?',
    '¿Cómo dejo de recibir sus ofertas?',
    'Как отписаться от рекламных сообщений?',
    "Kampanya SMS'lerinden nasıl çıkarım?",
    // Both asked: the marketing named keeps the help.
    'How do I cancel my data bundle and stop the promos?',
  ])('help: %s', (text) => {
    expect(read(text)).toMatch(/^help\//);
  });

  it.each([
    'Si je réponds STOP, ça coupe aussi mon forfait internet ?',
    'لو بعت ايقاف هتتلغي باقة النت؟',
  ])('replying STOP asked about leaves the reading to the rest (the model): %s', (text) => {
    const about = (t: string): boolean => {
      const { tokens, questions } = normalizeText(t);
      return isAboutServiceOrAccount(tokens, questions);
    };
    expect(about(text)).toBe(false);
    expect(about('ça coupe mon forfait ?')).toBe(true);
  });

  it.each([
    // A package offered, or the business's own packages, is the marketing.
    'Stop offering me data bundles every morning',
    'Vifurushi vyenu havinihusu, niondoeni kwenye orodha',
  ])('still a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});

describe('a thing sent or a carrier named where the stop is said is no stop', () => {
  it.each([
    "Please don't send the driver before 6pm",
    'Não mandem o entregador hoje, não tem ninguém em casa',
    'No envíen el repartidor hoy, no estoy',
    "N'envoyez plus la facture papier, je préfère l'e-mail",
    'Bitte keine Papierrechnung mehr schicken',
    'Не присылайте больше бумажные квитанции',
    'Kurirnya jangan dikirim dulu, saya belum pulang',
    'Fatura kağıt olarak gönderilmesin',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Stop sending me the newsletter, I only want the invoices',
    'Non mandatemi più promozioni, solo le fatture',
    'Не присылайте больше рекламу и квитанции',
    // The parcel is in another clause: the stop is the customer's.
    'Stop texting me, where is my parcel?',
  ])('still a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\/explicit/);
  });
});

describe('an account, a wallet or a card blocked is no stop', () => {
  it.each([
    'Please block my GCash, my phone got snatched',
    'Bloqueiem meu cartão, perdi a carteira',
    'Blokir akun DANA saya, HP dicopet',
    'Заблокируйте мой счёт, телефон украли',
    'M-Pesa yangu ifungeni, simu imepotea',
    'Paytm account block kar do, phone chori ho gaya',
    'বিকাশ একাউন্ট বন্ধ করে দিন, মোবাইল হারিয়েছি',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Block me from your offers',
    'Bloqueen mi número de sus promociones',
    // This chat's account blocked: the sender is meant.
    'stop, or I will block this account',
  ])('still a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});

describe('a parcel left or a car stopped at a place is an errand', () => {
  it.each([
    'Leave the package with my neighbour please',
    'Deixa com o porteiro, por favor',
    'Lasciatelo in portineria',
    'Оставьте посылку у охраны',
    'Titip ke satpam aja',
    'Kapıcıya bırakın lütfen',
    'ฝากไว้ที่ป้อมยามได้เลย',
    '放在快递柜就行',
    '正門の前で止めてください',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('leaving me alone is still a stop', () => {
    expect(read('Leave me alone with your ads')).toBe('opt_out/explicit');
  });
});

describe('a balance asked about is no stop', () => {
  it.each([
    'Kuota saya masih cukup buat sebulan?',
    'Mi rimane abbastanza traffico per stasera?',
    'Still have enough data left for the weekend?',
    '¿Me alcanza el saldo para una llamada?',
    'Хватит ли баланса на звонок?',
    '流量还剩多少？够用吗？',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Enough promos already, stop',
    '一大早推流量包，够了，别再发了',
    // Said, not asked: may be fed up with the messages (asked first, as before).
    "Enough, I don't have credit left for this",
  ])('still a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out\//);
  });
});

describe('thanks and a farewell alone raise nothing (learned.ts `courtesy`)', () => {
  it.each([
    'Thanks a lot, have a nice day',
    'Muchas gracias, buenas noches',
    'Merci beaucoup, à bientôt',
    'Vielen Dank, schönen Tag',
    'Спасибо, хорошего дня',
    'Terima kasih, selamat malam',
    'Asante sana, kwaheri',
    'ขอบคุณครับ ราตรีสวัสดิ์',
    '谢谢，再见',
    'ありがとうございました、またね',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each(['Thanks, but stop the promos, bye', 'Obrigado, pode parar de mandar promoção, tchau'])(
    'still a stop: %s',
    (text) => {
      expect(read(text)).toBe('opt_out/explicit');
    },
  );
});

describe('a discount code that does not work is no opt-in (learned.ts `brokenCode`)', () => {
  it.each([
    "The coupon doesn't work at checkout",
    'Промокод не работает на сайте',
    'Kode diskon tidak bisa dipakai',
    '优惠券用不了',
    'クーポンが使えません',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it('asking for the codes to keep coming is still an opt-in', () => {
    expect(read('Sigan mandándome los cupones de descuento, por favor')).toMatch(/^opt_in\//);
  });
});
