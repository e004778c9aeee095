/**
 * Round 17j of issue 18: stops missed or misread at the end of long messages (batch 50).
 * Phrasings in none of the corpora beside the sentences that keep their reading
 * (dev-round17j.jsonl holds more). See signals.ts (a subscription told in the past no longer
 * silences the stop asked after it), never-joined.ts (the where-did-you-get-my-number question
 * in any words, before a removal), lexicon/round17j-rules.ts (preferences for no more, the number
 * removed from the marketing messages, no promotion wanted, 就算了) and not-marketing.ts
 * ("newsletters" names the marketing).
 */
import { classifyMessage } from '../../../src/domain/intent';

const read = (text: string): string => {
  const c = classifyMessage(text);
  return `${c.intent}/${c.certainty}`;
};

describe('a subscription told, then a removal asked, is a stop (c1)', () => {
  it.each([
    'Mujhe yaad nahi kab maine subscribe kiya tha. Naya SIM hai, sab band kar raha hoon. Please mujhe unsubscribe kar do.',
    'Meri beti ne bina bataye aapke offers subscribe kar liye the. Please ye number saari promotional list se hata dijiye.',
    'Maine pichle saal subscribe kiya tha, ab zaroorat nahi. Mujhe unsubscribe kar dijiye.',
    'Con gái mình tự đăng ký nhận tin khuyến mãi. Shop gỡ số này khỏi tất cả tin quảng cáo giúp mình nhé.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Maine pichle saal unsubscribe kiya tha galti se. Ab please mujhe phir se subscribe kar dijiye.',
    'Hice la baja el año pasado, pero ahora abrimos la tienda. ¿Me pueden volver a suscribir a las ofertas?',
  ])('a stop told, then an opt-in asked, stays an opt-in: %s', (text) => {
    expect(read(text)).toBe('opt_in/explicit');
  });
});

describe('where did you get my number, then delete it, is a stop (c2)', () => {
  it.each([
    'Tôi chưa bao giờ đăng ký với shop! Không biết shop lấy số tôi từ đâu. Xóa ngay đi.',
    '我从没在你们这儿登记过，你们哪儿来的我的号码？马上删了！',
    "Jamais je ne me suis inscrite chez vous. D'où vous avez mon numéro ? Supprimez-le.",
    'Nie rejestrowałem się u was! Skąd macie mój numer? Usuńcie go natychmiast.',
    'Ik heb me nooit bij jullie aangemeld! Waar hebben jullie mijn nummer vandaan? Verwijder het meteen.',
    'Nunca me cadastrei com vocês! De onde vocês pegaram meu número? Apaguem agora.',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Where did you get my number from? I want to order, send me the catalogue.',
    'Where can I remove my number from your list?',
  ])('no removal after the question, or the removal asked in it, is no stop: %s', (text) => {
    expect(read(text)).not.toBe('opt_out/explicit');
  });
});

describe('a long story, then a plain stop (c3)', () => {
  it.each([
    'Wir haben gerade ein Baby bekommen und ich räume mein Handy auf. Ihre Newsletter möchte ich lieber nicht mehr bekommen.',
    'Sono appena tornato dal funerale di mio padre. Le vostre offerte preferisco non riceverle più, grazie.',
    'Prefiro não receber mais as promoções, estou organizando o celular depois do casamento.',
    'Tuko kwenye msiba, simu imejaa jumbe. Napendelea kutopokea matangazo yenu tena.',
    'Baru selesai nikahan, HP penuh notif. Promo dari kalian saya lebih suka tidak menerima lagi.',
    'Мы закрыли магазин. Снимите меня с рассылки, пожалуйста.',
    'Я весь месяц был в больнице. Предпочитаю их больше не получать.',
    'Ми закрили крамницю. Зніміть мене з розсилки.',
    'Düğünden yeni döndüm, telefonu temizliyorum. Bu mesajları artık almamayı tercih ederim.',
    'Main raat ki shift karti hoon. Aapke messages subah aate hain. Mujhe koi promotion nahi chahiye.',
    '每天的促销广告就算了吧，太多了。',
  ])('%s', (text) => {
    expect(read(text)).toBe('opt_out/explicit');
  });

  it.each([
    'Je préfère ne plus recevoir les colis au bureau, livrez-les à la maison.',
    'Prefiero no recibir el pedido antes del lunes.',
    'Ich möchte die Rechnung lieber nicht mehr per Post bekommen, bitte per E-Mail.',
    'Saya lebih suka tidak menerima paket di kantor lagi, kirim ke rumah saja.',
  ])('a preference about a delivery or a bill is no stop: %s', (text) => {
    expect(read(text)).toBe('none/none');
  });
});
