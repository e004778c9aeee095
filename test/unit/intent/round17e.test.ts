/**
 * Round 17e of issue 18: batches 45 and 48's false stops. A round of the customer's own paused
 * (a delivery, a subscription of a product, a home service, a booking's deposit) and started
 * again; an item taken out of an order or a cart, a product given up and sent back; an "enough"
 * that counts the goods; an apology for the trouble; sugar no more in the tea. Phrasings in none
 * of the corpora, beside the sentences that keep their stop.
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a service or a delivery of the customer paused or ended is no stop (c1)', () => {
  it.each([
    'Please hold the milk delivery while we are away, from Monday bring it as usual',
    'Pausen la entrega del agua dos semanas, por favor, estamos fuera',
    'Podem suspender a entrega do jornal até dia 10? Depois volta normal',
    'Merci de suspendre la livraison du lait la semaine prochaine',
    'Bitte die Zeitung zwei Wochen nicht liefern, danach wieder normal',
    'Sospendete la consegna del pane fino a lunedì, grazie',
    'Wil de melk bezorging twee weken stopzetten, we zijn weg',
    'Rezygnujemy z usługi mycia okien od przyszłego miesiąca',
    'Приостановите доставку молока на неделю, пожалуйста',
    'Su teslimatını bir hafta durdurun lütfen, sonra normal devam',
    'Tolong stop dulu antar air galon minggu ini ya',
    'Tạm ngưng giao sữa tuần sau giúp em',
    'Naomba msimamishe kuletewa maziwa wiki hii, tunasafiri',
    'Doodh ki delivery 5 din ke liye band kar dijiye, phir se shuru kar dena',
    'এক সপ্তাহ দুধ দেওয়া বন্ধ রাখবেন, তারপর আবার দেবেন',
    'أوقفوا توصيل الحليب أسبوع، بعدين رجعوا عادي',
    'ช่วยงดส่งนมสดอาทิตย์หน้านะคะ',
    '牛奶配送暂停两周，之后照常送',
    '来週は牛乳の配達をお休みしてください',
    'Is it OK to hold the deposit for the hall until Friday?',
    '今月のハウスクリーニングは一旦停止でお願いします。',
    'Прошу приостановить услуги уборки на время отпуска.',
    'أوقفوا خدمة التنظيف هذا الشهر لو سمحتوا، مسافرين',
    'Langganan sayur minggu ini di-pause dulu ya kak, lagi mudik.',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Pause the offers until after Ramadan please',
    'Please suspend the promotional messages, thanks',
    'Stop the milk promos, I only want the delivery',
    'Приостановите рассылку акций до лета',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('an item out of an order or a cart, a product given up, is no stop (c2)', () => {
  it.each([
    'Please remove the bananas from my order, I still have some',
    'Quiten el pan del pedido, no lo necesito',
    'Tira a camisa do carrinho, não quero mais',
    'Enlevez le fromage de ma commande svp',
    'Bitte die Eier aus der Bestellung entfernen',
    'Togliete il latte dal mio ordine, grazie',
    'Verwijder de kaas uit mijn bestelling aub',
    'Usuńcie masło z zamówienia, nie chcę już',
    'Удалите хлеб из заказа, больше не нужно',
    'Siparişten ekmeği çıkarın, istemiyorum artık',
    'Hapus sabun dari pesanan saya ya, gak jadi',
    'Xóa giúp em đôi giày khỏi giỏ hàng, em không lấy nữa',
    'Pakitanggal po yung gatas sa order ko',
    'Ondoeni mkate kwenye oda yangu, sitaki tena',
    'میرے آرڈر سے دہی نکال دیں، نہیں چاہیے',
    'অর্ডার থেকে রুটি বাদ দিন',
    '订单里的牛奶删掉，不要了',
    'Je renonce à ce pull, je peux le renvoyer ?',
    'Rinuncio a questa borsa, posso restituirla?',
    'Danke, drei Flaschen reichen, mehr brauche ich nicht',
    'Thanks, two bags is plenty, no more needed',
    'Twee kratten is genoeg, meer hoeft niet',
    'Двух коробок хватит, больше не надо',
    'Die Schuhe bitte aus dem Warenkorb löschen, will sie nicht mehr.',
    'Desisto dessa bolsa, posso devolver?',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Remove the shoes from my cart, and unsubscribe me',
    'Delete the abandoned cart reminders please',
    'Hapus pengingat keranjang, ganggu banget',
    'Two messages a week is plenty, stop the rest',
    'Two messages a week is plenty, no more please',
    'Rezygnuję z newslettera',
    'Não quero mais receber promoções',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});

describe('the old address, an apology for the trouble, sugar no more: no stop (c3)', () => {
  it.each([
    'Msiletee mzigo kwenye anwani ya zamani, nimehama. Samahani kwa usumbufu',
    'Msitume bidhaa kwa anwani ya zamani, sasa niko Mtaa wa Uhuru nyumba 14',
    "Don't ship it to my old flat, I moved last week. Sorry for the inconvenience!",
    'No envíen el pedido a la dirección vieja, me mudé. Disculpen las molestias',
    'Не отправляйте заказ на старый адрес, я переехала. Извините за беспокойство',
    'آئندہ کافی میں چینی مت ڈالیں',
    'Aage se chai mein chini mat daaliye',
    'この先はコーヒーに砂糖を入れないでください',
    '以后奶茶不要加糖',
  ])('%s', (text) => {
    expect(read(text)).toBe('none/none');
  });

  it.each([
    'Mnanitumia matangazo kila siku, ni usumbufu mtupu',
    'Jangan kirim promo ke wa saya lagi',
    'Sorry for the trouble, but please stop the promos',
  ])('a stop stays a stop: %s', (text) => {
    expect(read(text)).toMatch(/^opt_out/);
  });
});
