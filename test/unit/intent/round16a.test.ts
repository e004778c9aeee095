/**
 * Round 16a of issue 18: batches 42-44's false stops, the customer's own matters (own-matters.ts,
 * read by not-marketing.ts) and "enough" before praise of an item taken (business-sense.ts).
 * Phrasings in none of the corpora beside the sentences that keep their stop.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('full after a meal, or an ingredient taken off, is no stop (c1)', () => {
  it.each([
    "Nothing more for me, I'm so full",
    'No más por favor, ya comí demasiado, gracias',
    'Chega pra mim, tô cheia',
    'Merci, plus rien, je suis repu',
    'Danke, nichts mehr, ich bin pappsatt',
    'Grazie, niente dolce, sono sazia',
    'Nee dank je, ik zit vol',
    'Dziękuję, już nie, najadłam się',
    'Спасибо, больше не буду, я наелась',
    'Дякую, більше не треба, я наїлася',
    'Teşekkürler, başka istemem, doydum',
    'Makasih, udah kenyang kok',
    'Salamat, ayoko na, busog na ako',
    'Asante, sitaki tena, nimeshiba',
    'Bas bhai, aur nahi, pet bhar gaya',
    'না না, আর না, পেট ভরে গেছে',
    'لا شكرا، شبعان',
    'ไม่เอาแล้ว อิ่มแล้วค่ะ',
    '不用了，吃饱了',
    'Saca la falda del carrito, ya no la quiero',
    'Take the mug out of my basket, not needed',
    'No garlic on mine please',
    'Sin cebolla en la mía',
    '我的那份不要香菜',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    "Enough of your restaurant offers, I'm stuffed with them",
    'Basta promozioni, sono pieno di messaggi vostri',
    "Unsubscribe me, I'm full",
    'Empty my cart, and unsubscribe me',
    'Ich hab es satt, hört auf mir zu schreiben',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('a wait while driving, or a delivery held while away, is no stop (c2)', () => {
  it.each([
    "Hang on, I'm driving",
    'Un momento, estoy conduciendo',
    'Attends, je suis au volant',
    'Aspetta, sono alla guida',
    'Chwila, prowadzę',
    'Секунду, я за рулём',
    'Bentar ya, lagi meeting',
    'Chờ chút, đang lái xe',
    '等下，在开会',
    'No me traigan el pedido mañana, no voy a estar en casa',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Stop the promos, I read them while driving and it is dangerous',
    'Pause the promos while I am abroad',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('a charge on a card or a bill removed is no stop (c3)', () => {
  it.each([
    'Please take the delivery fee off my card, delivery was free',
    'Retirez les frais de livraison de ma carte',
    'Stornieren Sie bitte die Versandkosten auf meiner Karte',
    'Tolong hapus ongkir dari tagihan kartu saya',
    'Уберите комиссию из счёта, пожалуйста',
    '请把运费从账单里去掉',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});

describe('a contract or a product subscription ended is no stop (c4)', () => {
  it.each([
    'I want to end my contract in March',
    'Quiero cancelar mi contrato a fin de mes',
    'Je souhaite résilier mon contrat',
    'Wil mijn contract opzeggen per 1 januari',
    'Chcę zrezygnować z prenumeraty kawy',
    'Хочу отменить подписку на корм для кошки',
    'Kedi maması aboneliğimi iptal edin',
    'ワインの定期便を解約したいです',
    '咖啡订阅帮我取消一下',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Cancel my subscription to your newsletter please',
    'Chcę zrezygnować z subskrypcji newslettera',
    'I never signed a contract with you, delete my number',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('an apology, a courier complained of, a pet, an item praised and taken (c5)', () => {
  it.each([
    'Apologies for my last message, I was frustrated',
    'Perdón por el mensaje de antes, estaba enojado',
    'Przepraszam za poprzednią wiadomość, byłam zła',
    'I will file a complaint with the courier, the box was wet',
    'Ich werde mich beim Paketdienst beschweren, das Paket war offen',
    'Our cat keeps scratching the door, how do I make her stop?',
    'Basta, è troppo bella, la prendo!',
    'How can I block spam calls on my phone?',
    '¿Cómo bloqueo las llamadas spam en mi teléfono nuevo?',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each(['Sorry, I was upset earlier, but please remove me', 'Basta con le vostre offerte'])(
    'a stop stays a stop: %s',
    (text) => {
      expect(read(text)).toMatch(/^opt_out/);
    },
  );
});
